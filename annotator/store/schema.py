"""Schema version checks, backups before upgrading, and running migrations."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from types import ModuleType

import peewee as pw

from annotator.store import migrations
from annotator.store.db import Opened, prepare_for_writes
from annotator.store.errors import StoreError
from annotator.text.chars import display_path

# Key of the PostgreSQL advisory lock held while migrating (any constant shared by all).
MIGRATION_LOCK = 0x616E6E6F


def read_version(opened: Opened) -> int:
    """The stored schema version; 0 for an empty database."""
    db = opened.db
    tables = db.get_tables()
    if "meta" not in tables:
        if tables:
            raise StoreError(
                f"{opened.display} is not an annotator database: it holds other tables "
                f"({', '.join(sorted(tables)[:5])})",
                "other_tables",
                path=opened.display,
                tables=", ".join(sorted(tables)[:5]),
            )
        return 0
    row = db.execute_sql("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None:
        message = f"{opened.display} is not an annotator database: no schema version"
        raise StoreError(message, "no_schema_version", path=opened.display)
    try:
        return int(row[0])
    except ValueError:
        raise StoreError(
            f"{opened.display} is not an annotator database: bad schema version {row[0]!r}"
        ) from None


def ensure_schema(opened: Opened) -> None:
    """Bring the database to the latest schema, or refuse one that is too new or not
    ours. Only reads happen before the database is accepted."""
    latest = migrations.latest_version()
    try:
        version = read_version(opened)
    except pw.DatabaseError as exc:
        message = f"{opened.display} is not an annotator database: {exc}"
        raise StoreError(message, "not_database", path=opened.display, detail=str(exc)) from exc
    if version > latest:
        raise StoreError(
            f"{display_path(opened.display)}: database schema version {version} is newer "
            f"than this annotator supports ({latest}); upgrade the annotator",
            "schema_newer",
            path=display_path(opened.display),
            version=version,
            latest=latest,
        )
    if version < latest and opened.read_only:
        raise StoreError(
            f"{opened.display} needs an upgrade from schema version {version} to {latest} "
            "but is read-only",
            "upgrade_read_only",
            path=opened.display,
            version=version,
            latest=latest,
        )
    prepare_for_writes(opened, new=version == 0)
    if version == latest:
        return
    if version > 0 and opened.path is not None and isinstance(opened.db, pw.SqliteDatabase):
        backup_sqlite(opened.db, opened.path, version)
    for module in migrations.load()[version:]:
        _apply(opened, module)


def _apply(opened: Opened, module: ModuleType) -> None:
    db = opened.db
    version = int(module.VERSION)
    lock = ("IMMEDIATE",) if opened.backend == "sqlite" else ()
    try:
        with db.atomic(*lock):
            if opened.backend == "postgresql":
                db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            if read_version(opened) >= version:
                return  # another process migrated meanwhile
            module.apply(db)
            db.execute_sql("DELETE FROM meta WHERE key = 'schema_version'")
            param = "?" if opened.backend == "sqlite" else "%s"
            db.execute_sql(
                f"INSERT INTO meta (key, value) VALUES ('schema_version', {param})",  # noqa: S608
                (str(version),),
            )
    except pw.DatabaseError as exc:
        raise StoreError(
            f"{opened.display}: upgrading to schema version {version} failed: {exc}",
            "upgrade_failed",
            **{"path": opened.display, "version": version, "detail": str(exc)},
        ) from exc


def backup_path(path: Path, version: int) -> Path:
    """``name.backup-vN.ext`` beside ``path`` (``-2``, ``-3`` ... if it exists)."""
    candidate = path.with_name(f"{path.stem}.backup-v{version}{path.suffix}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.backup-v{version}-{n}{path.suffix}")
        n += 1
    return candidate


def backup_sqlite(db: pw.SqliteDatabase, path: Path, version: int) -> Path:
    """Checkpoint the WAL and copy the database beside itself before it is upgraded.

    The copy goes through SQLite's online backup so that it is consistent even while
    another process writes; it is written under a temporary name, then renamed.
    """
    target = backup_path(path, version)
    partial = target.with_name(target.name + ".partial")
    try:
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        dest = sqlite3.connect(partial)
        try:
            db.connection().backup(dest)
        finally:
            dest.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error, pw.DatabaseError) as exc:
        partial.unlink(missing_ok=True)
        message = f"cannot back up {path} to {target} before upgrading: {exc}"
        at = {"path": str(path), "target": str(target), "detail": str(exc)}
        raise StoreError(message, "backup_failed", **at) from exc
    return target


def advance_sequence(db: pw.Database, table: str, at_least: int) -> None:
    """Make a PostgreSQL serial sequence hand out ids above ``at_least``."""
    seq = db.execute_sql("SELECT pg_get_serial_sequence(%s, 'id')", (table,)).fetchone()[0]
    db.execute_sql(
        "SELECT setval(%s, GREATEST(%s, (SELECT last_value FROM " + seq + ")))",  # noqa: S608
        (seq, at_least),
    )
