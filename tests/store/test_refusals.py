"""A database the store refuses stays exactly as it was: byte-identical SQLite files (no
journal-mode switch, no sidecar files), untouched PostgreSQL databases."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.store import Store, StoreError
from annotator.store.connection import ResilientPostgresqlDatabase
from annotator.store.migrations import latest_version, load


def _sqlite(path: Path, script: str) -> None:
    """A database in the default (rollback journal) mode, as other programs make them."""
    conn = sqlite3.connect(path)
    conn.executescript(script)
    conn.commit()
    conn.close()


def _foreign(path: Path) -> None:
    _sqlite(path, "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT);"
            "INSERT INTO people (name) VALUES ('Amal');")  # fmt: skip


def _newer(path: Path) -> None:
    _sqlite(path, "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);")
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(latest_version() + 1),))
    conn.commit()
    conn.close()


def _no_version(path: Path) -> None:
    _sqlite(path, "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);")


def _bad_version(path: Path) -> None:
    _sqlite(path, "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
            "INSERT INTO meta VALUES ('schema_version', 'seven');")  # fmt: skip


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 this is a zip file, not a database" * 50)


def _corrupt(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 16)


REFUSED: dict[str, tuple[Callable[[Path], None], str]] = {
    "other tables": (_foreign, "holds other tables"),
    "newer schema": (_newer, "is newer than this annotator supports"),
    "no schema version": (_no_version, "no schema version"),
    "bad schema version": (_bad_version, "bad schema version"),
    "not a SQLite file": (_not_sqlite, "not a SQLite file"),
    "corrupt SQLite file": (_corrupt, "not an annotator database"),
}


def _state(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` with its SHA-256."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_refused_sqlite_file_is_byte_identical(case: str, tmp_path: Path) -> None:
    make, reason = REFUSED[case]
    path = tmp_path / "other.db"
    make(path)
    before = _state(tmp_path)
    for read_only in (False, True):
        with pytest.raises(StoreError, match=reason):
            Store.open(path, read_only=read_only)
    assert _state(tmp_path) == before  # same bytes, and no -wal or -shm file left


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_cli_on_a_refused_file_changes_nothing(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, reason = REFUSED[case]
    path = tmp_path / "other.db"
    make(path)
    before = _state(tmp_path)
    for command in (["stats"], ["labels"], ["labels", "add", "PERS"]):
        assert main(["--db", str(path), *command]) == 1
        err = capsys.readouterr().err
        assert reason in err and err.count("\n") == 1
    assert _state(tmp_path) == before


def test_old_schema_opened_read_only_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "old.annotator"
    db = sqlite3.connect(path)
    db.close()
    from peewee import SqliteDatabase

    old = SqliteDatabase(str(path))
    load()[0].apply(old)
    old.execute_sql("INSERT INTO meta (key, value) VALUES ('schema_version', '1')")
    old.close()
    before = _state(tmp_path)
    with pytest.raises(StoreError, match=r"needs an upgrade .* but is read-only"):
        Store.open(path, read_only=True)
    assert _state(tmp_path) == before


def test_accepted_file_is_switched_to_wal(tmp_path: Path) -> None:
    """The other side of the rule: a database that is ours gets WAL once accepted."""
    path = tmp_path / "ours.annotator"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    with Store.open(path) as store:
        assert store.db.execute_sql("PRAGMA journal_mode").fetchone() == ("wal",)


@pytest.mark.postgres
def test_refused_postgres_database_is_untouched(pg_server: object) -> None:
    url = pg_server.create_database()  # type: ignore[attr-defined]
    from playhouse.db_url import parse

    db = ResilientPostgresqlDatabase(**parse(url))
    db.execute_sql("CREATE TABLE people (id SERIAL PRIMARY KEY, name TEXT)")
    db.execute_sql("INSERT INTO people (name) VALUES ('Amal')")

    def snapshot() -> tuple[list[str], list[tuple[object, ...]]]:
        return db.get_tables(), db.execute_sql("SELECT * FROM people ORDER BY id").fetchall()

    before = snapshot()
    with pytest.raises(StoreError, match="holds other tables"):
        Store.open(url)
    assert snapshot() == before
    db.close()


def test_a_newer_schema_refusal_names_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The line says which file is too new, an odd name escaped, not only the versions."""
    for name in ("team project.db", "a\nb.db", "bad\udcff.db"):
        path = tmp_path / name
        _newer(path)
        assert main(["--db", str(path), "stats"]) == 1
        err = capsys.readouterr().err
        shown = str(tmp_path / name.replace("\n", "<U+000A>").replace("\udcff", "\\xff"))
        assert err.startswith(f"annotator: error: {shown}: database schema version ")
        assert err.count("\n") == 1 and "newer than this annotator supports" in err
