"""Opening a database: target parsing, SQLite pragmas, PostgreSQL connections.

A target is a plain file path, a ``sqlite:///path`` URL or a
``postgresql://user[:password]@host[:port]/dbname`` URL. Every store gets its own peewee
``Database`` instance; nothing here is global.

Durability: with SQLite in WAL mode, ``synchronous=NORMAL`` ("normal") makes a committed
transaction survive a crash of the process; surviving a power loss or OS crash needs
``synchronous=FULL`` ("full"), which costs an fsync per commit.

Nothing here writes to a file before it is known to be ours: the connection is opened
with pragmas that only change the connection, and the file's journal mode is switched to
WAL by :func:`prepare_for_writes` once the schema check has accepted the database. A
refused file (another program's database, a newer schema, not a database) stays
byte-identical.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import quote

import peewee as pw

from annotator.store.errors import MissingDatabase, StoreError
from annotator.urls import redact_url

Durability = Literal["normal", "full"]
SQLITE_HEADER = b"SQLite format 3\x00"
POSTGRES_SCHEMES = ("postgresql", "postgres")
# "scheme:" not followed by "//", at least two letters (so that C:\ stays a path)
_SCHEME_WITHOUT_SLASHES = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]+):(?!//)")


@dataclass(frozen=True)
class Opened:
    """A connected database and what the store needs to know about it."""

    db: pw.Database
    backend: Literal["sqlite", "postgresql"]
    display: str  # path or URL without password, for messages
    path: Path | None  # the SQLite file, None for PostgreSQL and :memory:
    read_only: bool


def open_database(
    target: str | os.PathLike[str],
    *,
    create: bool = True,
    read_only: bool = False,
    timeout: float = 5.0,
    durability: Durability = "normal",
) -> Opened:
    if durability not in ("normal", "full"):
        raise StoreError(f"durability must be 'normal' or 'full', not {durability!r}")
    text = os.fspath(target)
    if "://" not in text:
        _refuse_url_without_slashes(text)
        return _open_sqlite(text, create, read_only, timeout, durability)
    from playhouse.db_url import parse as parse_url  # only URLs need it (and it is slow)

    scheme = text.split("://", 1)[0].lower()
    if scheme == "sqlite":
        rest = text.split("://", 1)[1]
        if rest and not rest.startswith("/"):  # peewee would open :memory: and keep nothing
            shown = f"sqlite://***@{rest.rsplit('@', 1)[1]}" if "@" in rest else text
            raise StoreError(
                f"{shown}: a sqlite URL names no host: sqlite:///relative/path "
                "or sqlite:////absolute/path",
                "sqlite_url_host",
                path=shown,
            )
        database = parse_url(text)["database"] if rest.strip("/") else ""
        if not database:
            message = f"{text}: a sqlite URL needs a file path (sqlite:///path)"
            raise StoreError(message, "sqlite_url_no_path", path=text)
        return _open_sqlite(database, create, read_only, timeout, durability)
    if scheme in POSTGRES_SCHEMES:
        return _open_postgres(text, timeout)
    raise StoreError(
        f"{redact_url(text)}: unsupported database URL (use a path, sqlite:/// or postgresql://)",
        "unsupported_url",
        path=redact_url(text),
    )


def _refuse_url_without_slashes(text: str) -> None:
    """A mistyped URL (``postgresql:user:pw@host/db``, ``sqlite:/file``) is refused, not
    taken as a file name: that would create folders named after the password."""
    match = _SCHEME_WITHOUT_SLASHES.match(text)
    if match is None:
        return
    base = match.group(1).lower().split("+", 1)[0]
    if base in ("sqlite", *POSTGRES_SCHEMES):
        raise StoreError(
            f"{redact_url(text)}: a database URL starts with {base}:// "
            "(sqlite:///path, postgresql://host/dbname)",
            "url_slashes",
            path=redact_url(text),
            scheme=f"{base}://",
        )
    if "@" in text:
        raise StoreError(
            f"{redact_url(text)}: unsupported database URL (use a path, sqlite:/// or "
            "postgresql://)",
            "unsupported_url",
            path=redact_url(text),
        )


def _open_sqlite(
    name: str, create: bool, read_only: bool, timeout: float, durability: Durability
) -> Opened:
    pragmas: dict[str, object] = {
        "foreign_keys": 1,
        "busy_timeout": int(timeout * 1000),
    }
    if name == ":memory:":
        db = pw.SqliteDatabase(":memory:", pragmas=pragmas, timeout=timeout)
        _connect_sqlite(db, name)
        return Opened(db, "sqlite", name, None, False)
    path = Path(name).expanduser()
    if name.endswith(("/", os.sep)):  # Path() drops the slash: "db/" would make a file "db"
        raise StoreError(f"{name} names a folder: give the database file's name")
    if _exists(path):
        if not path.is_file():
            if path.is_dir():
                raise StoreError(
                    f"{path} is not an annotator database: it is a folder",
                    "a_folder",
                    path=str(path),
                )
            message = f"{path} is not an annotator database: it is not a file"
            raise StoreError(message, "not_a_file", path=str(path))
        if not read_only and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            read_only = True
    elif not create:
        raise MissingDatabase(f"{path} does not exist", str(path))
    elif read_only:
        message = f"{path} does not exist (cannot create it read-only)"
        raise StoreError(message, "does_not_exist", path=str(path))
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"cannot create the folder {path.parent} for the database: {exc.strerror}",
                "cannot_create_folder",
                path=str(path.parent),
                detail=str(exc.strerror),
            ) from exc
    if read_only:
        uri = "file:" + quote(str(path.resolve())) + "?mode=ro" + _immutable(path)
        db = pw.SqliteDatabase(uri, uri=True, pragmas=pragmas, timeout=timeout)
    else:
        pragmas["synchronous"] = "full" if durability == "full" else "normal"  # per connection
        db = pw.SqliteDatabase(str(path), pragmas=pragmas, timeout=timeout)
    _connect_sqlite(db, str(path), path)
    return Opened(db, "sqlite", str(path), path, read_only)


def _exists(path: Path) -> bool:
    """Whether ``path`` exists. A path that cannot be looked up (a link loop, a folder
    one may not enter, a name too long) is refused with the system's reason, where
    ``Path.exists()`` would say "no" and SQLite only "unable to open database file"."""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):  # a file in the way: mkdir says so
        return False
    except OSError as exc:
        message = f"cannot open {path}: {_reason(exc)}"
        raise StoreError(message, "cannot_open", path=str(path), detail=_reason(exc)) from exc
    return True


def _reason(exc: OSError) -> str:
    text = exc.strerror or str(exc)
    return text[:1].lower() + text[1:]


def _why_not_opened(path: Path) -> StoreError | None:
    """Why SQLite could not open ``path`` ("unable to open database file"), in words, from
    ``stat``/``access`` only: the file is not opened here (closing a descriptor of it
    would drop this process's POSIX locks on it)."""
    folder = path.parent
    if os.path.lexists(path):
        if not os.access(path, os.R_OK):
            message = f"cannot open {path}: permission denied (you may not read it)"
            return StoreError(message, "not_readable", path=str(path))
        return None
    if os.access(folder, os.W_OK | os.X_OK):
        return None
    try:
        read_only_mount = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        read_only_mount = False
    if read_only_mount:
        message = f"cannot create {path}: the folder {folder} is read-only (read-only file system)"
        return StoreError(message, "folder_read_only", path=str(path), folder=str(folder))
    message = f"cannot create {path}: permission denied (you may not write to the folder {folder})"
    return StoreError(message, "folder_not_writable", path=str(path), folder=str(folder))


def _immutable(path: Path) -> str:
    """``"&immutable=1"`` when a read-only open could not work otherwise: a WAL reader
    needs the ``-wal`` and ``-shm`` files, and in a folder it may not write to SQLite
    cannot create them ("attempt to write a readonly database"). Without them no writer
    has the file open (a writer keeps both); the file is then read as it is, and changes
    that someone allowed to write makes later are seen at the next open."""
    sidecars = [Path(f"{path}-wal"), Path(f"{path}-shm")]
    if os.access(path.parent, os.W_OK) or all(p.exists() for p in sidecars):
        return ""
    return "&immutable=1"


#: Page size of a new SQLite file. A document row, its boundary cache and its search key
#: are each a few kilobytes, so most of a database is overflow pages: with 16 KiB pages
#: an import of 100,000 spans writes and checkpoints a quarter of the pages, and spends a
#: sixth less time in SQLite, than with the default 4 KiB.
PAGE_SIZE = 16384


def prepare_for_writes(opened: Opened, *, new: bool = False) -> None:
    """Switch an accepted SQLite file to WAL (for this and every later connection); a
    ``new`` (empty) file first gets :data:`PAGE_SIZE` pages, which only an empty file can
    change to, before WAL.

    Called after the schema check: the switch writes the file's header, and a refused
    file must stay as it was.
    """
    db = opened.db
    if not isinstance(db, pw.SqliteDatabase) or opened.read_only or opened.path is None:
        return
    try:
        if new:
            db.pragma("page_size", PAGE_SIZE)
        db.pragma("journal_mode", "wal", permanent=True)
    except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
        message = f"cannot open {opened.display}: {exc}"
        raise StoreError(message, "cannot_open", path=opened.display, detail=str(exc)) from exc


def _not_sqlite(path: Path) -> bool:
    """True when ``path`` does not start with SQLite's header. Read only after SQLite has
    refused the file: closing any descriptor of a file drops every POSIX lock this process
    holds on it, so reading a database another connection here has open would let another
    process take it for unused and delete its ``-wal`` and ``-shm`` under that
    connection."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(header) and header != SQLITE_HEADER


def _connect_sqlite(db: pw.SqliteDatabase, display: str, path: Path | None = None) -> None:
    try:
        db.connect(reuse_if_open=True)
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
        db.close()
        message = str(exc)
        if "not a database" in message or "malformed" in message:
            code = "not_database"
            if path is not None and _not_sqlite(path):
                message, code = "it is not a SQLite file", "not_sqlite"
            text = f"{display} is not an annotator database: {message}"
            raise StoreError(text, code, path=display, detail=message) from exc
        reason = _why_not_opened(path) if path is not None and "unable to open" in message else None
        if reason is not None:
            raise reason from exc
        text = f"cannot open {display}: {message}"
        raise StoreError(text, "cannot_open", path=display, detail=message) from exc


def _open_postgres(url: str, timeout: float) -> Opened:
    from playhouse.db_url import parse as parse_url

    from annotator.store.connection import ResilientPostgresqlDatabase

    display = redact_url(url)
    try:
        params = parse_url(url, unquote_password=True, unquote_user=True)
    except Exception as exc:  # malformed netloc, bad port number, ...
        message = f"{display}: malformed PostgreSQL URL"
        raise StoreError(message, "malformed_url", path=display) from exc
    database = params.pop("database", None)
    if not database:
        message = f"{display}: the URL names no database (postgresql://host/dbname)"
        raise StoreError(message, "url_no_database", path=display)
    password = params.get("password")
    params.setdefault("connect_timeout", max(1, int(timeout)))
    db = ResilientPostgresqlDatabase(database, **params)
    try:
        db.connect(reuse_if_open=True)
    except pw.ImproperlyConfigured as exc:
        message = "PostgreSQL support needs psycopg2: install annotator[postgres]"
        raise StoreError(message, "no_psycopg") from exc
    except (pw.DatabaseError, pw.InterfaceError, ValueError) as exc:  # ValueError: a NUL
        reason = " ".join(str(exc).split())
        for secret in (password, *(v for k, v in params.items() if "password" in k)):
            if secret:
                reason = reason.replace(str(secret), "***")
        message = f"cannot connect to {display}: {reason}"
        raise StoreError(message, "cannot_connect", path=display, detail=reason) from None
    return Opened(db, "postgresql", display, None, False)
