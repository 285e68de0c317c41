"""Opening targets, pragmas, schema versions, migrations with backups, refusals."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from playhouse.db_url import connect, parse

from annotator.store import Store, StoreError
from annotator.store.connection import ResilientPostgresqlDatabase
from annotator.store.migrations import latest_version, load

# The version-1 schema written out by hand (not by the code under test), per dialect.
V1_SCHEMA = """
CREATE TABLE "meta" ("key" VARCHAR(100) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);
CREATE TABLE "label_type" ("id" {pk}, "name" VARCHAR(100) NOT NULL UNIQUE,
  "color" VARCHAR(7) NOT NULL, "hotkey" VARCHAR(20), "order" INTEGER NOT NULL);
CREATE TABLE "document" ("id" {pk}, "name" TEXT NOT NULL, "text" TEXT NOT NULL,
  "sha256" VARCHAR(64) NOT NULL, "meta" TEXT NOT NULL, "status" VARCHAR(20) NOT NULL,
  "order" INTEGER NOT NULL, "created" {ts} NOT NULL, "updated" {ts} NOT NULL);
CREATE INDEX "document_sha256" ON "document" ("sha256");
CREATE TABLE "annotator" ("id" {pk}, "name" VARCHAR(100) NOT NULL UNIQUE);
CREATE TABLE "doc_status" ("id" {pk},
  "document_id" INTEGER NOT NULL REFERENCES "document" ("id") ON DELETE CASCADE,
  "annotator_id" INTEGER NOT NULL REFERENCES "annotator" ("id") ON DELETE CASCADE,
  "status" VARCHAR(20) NOT NULL);
CREATE UNIQUE INDEX "doc_status_document_id_annotator_id"
  ON "doc_status" ("document_id", "annotator_id");
CREATE TABLE "span" ("id" {span_pk},
  "document_id" INTEGER NOT NULL REFERENCES "document" ("id") ON DELETE CASCADE,
  "annotator_id" INTEGER NOT NULL REFERENCES "annotator" ("id"),
  "start" INTEGER NOT NULL, "end" INTEGER NOT NULL,
  "label_id" INTEGER NOT NULL REFERENCES "label_type" ("id"),
  "source" VARCHAR(20) NOT NULL, "created" {ts} NOT NULL, "updated" {ts} NOT NULL);
CREATE INDEX "span_document_id_annotator_id" ON "span" ("document_id", "annotator_id");
INSERT INTO "meta" VALUES ('schema_version', '1');
INSERT INTO "meta" VALUES ('overlap_policy', 'nested');
INSERT INTO "label_type" ("name", "color", "hotkey", "order") VALUES ('LOC', '#64b5f6', '1', 0);
INSERT INTO "annotator" ("name") VALUES ('gold');
INSERT INTO "document" ("name", "text", "sha256", "meta", "status", "order", "created", "updated")
  VALUES ('old', 'في القاهرة', 'x', '{{}}', 'done', 0, '2024-01-02 03:04:05',
  '2024-01-02 03:04:05');
INSERT INTO "span" ("document_id", "annotator_id", "start", "end", "label_id", "source",
  "created", "updated") VALUES (1, 1, 3, 10, 1, 'manual', '2024-01-02 03:04:05',
  '2024-01-02 03:04:05');
"""
DIALECT = {
    "sqlite": {
        "pk": "INTEGER NOT NULL PRIMARY KEY",
        "span_pk": "INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT",
        "ts": "DATETIME",
    },
    "postgres": {"pk": "SERIAL PRIMARY KEY", "span_pk": "SERIAL PRIMARY KEY", "ts": "TIMESTAMP"},
}


def raw_url(store_url: str) -> str:
    return store_url if "://" in store_url else f"sqlite:///{store_url}"


def run_sql(store_url: str, script: str) -> None:
    if backend(store_url) == "postgres":
        db = ResilientPostgresqlDatabase(**parse(store_url))
    else:
        db = connect(raw_url(store_url))
    with db.atomic():
        for statement in script.split(";"):
            if statement.strip():
                db.execute_sql(statement)
    db.close()


def backend(store_url: str) -> str:
    return "postgres" if store_url.startswith("postgresql://") else "sqlite"


def test_migrations_are_numbered_in_order() -> None:
    modules = load()
    assert [m.VERSION for m in modules] == list(range(1, latest_version() + 1))
    folder = Path(modules[0].__file__).parent
    on_disk = sorted(p.stem for p in folder.glob("[0-9][0-9][0-9][0-9]_*.py"))
    assert on_disk == [m.__name__.rsplit(".", 1)[1] for m in modules]


def test_new_database_gets_latest_version(store: Store) -> None:
    assert store.setting("schema_version") == str(latest_version())
    assert store.revision() == 0


def test_migrates_version_1_keeping_data(store_url: str) -> None:
    run_sql(store_url, V1_SCHEMA.format(**DIALECT[backend(store_url)]))
    with Store.open(store_url) as store:
        assert store.setting("schema_version") == str(latest_version())
        assert store.policy == "nested"
        (doc,) = store.documents()
        assert (doc.name, doc.status, doc.span_count) == ("old", "done", 1)
        (span,) = store.spans_for(doc.id, "gold")
        assert (span.start, span.end, span.label) == (3, 10, "LOC")
        assert store.document(doc.id).text[span.start : span.end] == "القاهرة"
        before = store.revision()
        added = store.add_label("ORG")
        assert store.revision() == before + 1
        assert added.id != store.labels()[0].id
    if backend(store_url) == "sqlite":
        backup = Path(store_url).with_name("test.backup-v1.annotator")
        assert backup.is_file()
        with sqlite3.connect(backup) as old:
            assert old.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == (
                "1",
            )
            tables = {row[0] for row in old.execute("SELECT name FROM sqlite_master")}
            assert "revision" not in tables
            assert old.execute("SELECT count(*) FROM span").fetchone() == (1,)


def test_second_backup_does_not_overwrite_the_first(tmp_path: Path) -> None:
    target = str(tmp_path / "test.annotator")
    for _ in range(2):
        run_sql(target, V1_SCHEMA.format(**DIALECT["sqlite"]))
        Store.open(target).close()
        Path(target).unlink()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["test.backup-v1-2.annotator", "test.backup-v1.annotator"]


def test_newer_schema_is_refused(store_url: str) -> None:
    Store.open(store_url).close()
    run_sql(store_url, "UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    from annotator.urls import redact_url

    message = (
        f"{redact_url(store_url)}: database schema version 99 is newer than this annotator "
        f"supports ({latest_version()}); upgrade the annotator"
    )
    with pytest.raises(StoreError) as caught:
        Store.open(store_url)
    assert str(caught.value) == message


def test_foreign_tables_are_not_an_annotator_database(store_url: str) -> None:
    run_sql(store_url, "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(StoreError, match=r"is not an annotator database: .*people"):
        Store.open(store_url)


def test_not_a_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.annotator"
    path.write_text("just some text\n" * 20)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert str(caught.value).startswith(f"{path} is not an annotator database: ")
    assert path.read_text() == "just some text\n" * 20  # untouched


def test_corrupt_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.annotator"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(StoreError, match="is not an annotator database"):
        Store.open(path)


def test_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.annotator"
    path.touch()
    with Store.open(path) as store:
        assert store.labels() == []
    assert list(tmp_path.glob("*.backup-*")) == []


def test_paths_and_urls(tmp_path: Path) -> None:
    nested = tmp_path / "a" / "b" / "db.annotator"
    Store.open(f"sqlite:///{nested}").close()
    assert nested.is_file()
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "missing.annotator", create=False)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create the folder"):
        Store.open(blocker / "db.annotator")
    with pytest.raises(StoreError, match="unsupported database URL"):
        Store.open("mysql://user@host/db")
    with pytest.raises(StoreError, match="needs a file path"):
        Store.open("sqlite:///")


def test_sqlite_pragmas_and_durability(tmp_path: Path) -> None:
    with Store.open(tmp_path / "n.annotator", timeout=2.5) as store:
        pragma = store.db.execute_sql
        assert pragma("PRAGMA journal_mode").fetchone() == ("wal",)
        assert pragma("PRAGMA foreign_keys").fetchone() == (1,)
        assert pragma("PRAGMA synchronous").fetchone() == (1,)  # NORMAL
        assert pragma("PRAGMA busy_timeout").fetchone() == (2500,)
    with Store.open(tmp_path / "f.annotator", durability="full") as store:
        assert store.db.execute_sql("PRAGMA synchronous").fetchone() == (2,)  # FULL
    with pytest.raises(StoreError, match="durability"):
        Store.open(tmp_path / "x.annotator", durability="fast")  # type: ignore[arg-type]


def test_new_sqlite_file_gets_large_pages_and_an_old_one_keeps_its_own(tmp_path: Path) -> None:
    for name in ("new.annotator", "empty.annotator"):
        path = tmp_path / name
        if name.startswith("empty"):
            path.touch()
        Store.open(path).close()
        assert sqlite3.connect(path).execute("PRAGMA page_size").fetchone() == (16384,)
    old = tmp_path / "old.annotator"
    run_sql(f"sqlite:///{old}", V1_SCHEMA.format(**DIALECT["sqlite"]))
    with Store.open(old) as store:  # upgraded, its pages as they were
        assert store.db.execute_sql("PRAGMA page_size").fetchone() == (4096,)
        (doc,) = store.documents()
        assert doc.name == "old"


def test_read_only(tmp_path: Path) -> None:
    path = tmp_path / "ro.annotator"
    with Store.open(path) as store:
        store.apply_preset("conll2003")
    with Store.open(path, read_only=True) as store:
        assert store.read_only
        assert len(store.labels()) == 4
        with pytest.raises(StoreError, match="read-only"):
            store.add_label("EXTRA")
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "none.annotator", read_only=True)


def test_postgres_errors_never_show_the_password(pg_server: object) -> None:
    url = pg_server.url("no_such_db").replace("postgres@", "postgres:s3cr3t-pw@")
    with pytest.raises(StoreError) as caught:
        Store.open(url)
    message = str(caught.value)
    assert "s3cr3t-pw" not in message
    assert "no_such_db" in message and "***" in message
    with pytest.raises(StoreError) as caught:
        Store.open("postgresql://me:hunter2@127.0.0.1:1/db", timeout=1)
    assert "hunter2" not in str(caught.value) and "cannot connect" in str(caught.value)


def test_two_stores_in_one_process(tmp_path: Path, store_url: str) -> None:
    first = Store.open(store_url)
    second = Store.open(tmp_path / "other.annotator")
    try:
        first.add_label("ONLY_FIRST")
        second.add_label("ONLY_SECOND")
        doc = second.add_document("d", "نص")
        assert [label.name for label in first.labels()] == ["ONLY_FIRST"]
        assert [label.name for label in second.labels()] == ["ONLY_SECOND"]
        assert first.documents() == [] and [d.id for d in second.documents()] == [doc.id]
    finally:
        first.close()
        second.close()


def test_password_in_query_is_masked_too(pg_server: object) -> None:
    url = pg_server.url("no_such_db") + "?password=qu3ry-secret"
    with pytest.raises(StoreError) as caught:
        Store.open(url)
    assert "qu3ry-secret" not in str(caught.value)


def test_schema_version_and_location(store: Store, store_url: str) -> None:
    assert store.schema_version() == latest_version()
    assert store.location == store_url


def test_postgres_without_the_driver_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg2", None)  # as if it were not installed
    with pytest.raises(StoreError, match=r"needs psycopg2: install annotator\[postgres\]"):
        Store.open("postgresql://me@127.0.0.1:1/db", timeout=1)


@pytest.mark.parametrize(
    "target",
    [
        "postgresql:u:s3cr3t-pw@127.0.0.1:1/x",
        "postgresql:/u:s3cr3t-pw@127.0.0.1:1/x",
        "postgres:u:s3cr3t-pw@host/x",
        "POSTGRESQL:u:s3cr3t-pw@host/x",
        "sqlite:/x.annotator",
        "sqlite:x.annotator",
        "mysql:u:s3cr3t-pw@host/x",
    ],
)
def test_url_without_its_slashes_is_refused_not_made_a_file(
    target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``postgresql:user:pw@host/db`` is a mistyped URL, not a file name: taking it as a
    path created folders named after the password."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError) as caught:
        Store.open(target)
    assert "s3cr3t-pw" not in str(caught.value) and "URL" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "target", ["sqlite://db.annotator", "sqlite://user:s3cr3t-pw@host/db.annotator"]
)
def test_sqlite_url_with_a_host_is_refused_not_opened_in_memory(
    target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``sqlite://db.annotator`` (two slashes) named the host part: it opened an in-memory
    database, and an import into it reported success and kept nothing."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError, match="sqlite:///") as caught:
        Store.open(target)
    assert "s3cr3t-pw" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_nul_in_a_postgres_url_names_the_url_without_its_password() -> None:
    with pytest.raises(StoreError) as caught:
        Store.open("postgresql://u:s3cr3t%00pw@127.0.0.1:1/x")
    message = str(caught.value)
    assert "s3cr3t" not in message and "postgresql://u:***@127.0.0.1:1/x" in message


def test_opening_a_database_twice_keeps_the_first_connections_locks(tmp_path: Path) -> None:
    """A second open in this process (a worker's store, Ctrl+O on the same file) must not
    drop the locks of the first: closing any descriptor of the file drops every POSIX lock
    the process holds on it, and another program closing its connection then takes the
    file for unused and deletes the -wal and -shm files the first store still uses."""
    import subprocess

    path = tmp_path / "project.annotator"
    first = Store.open(path)
    try:
        first.add_document("one", "نص أول")
        Store.open(path).close()
        other = (
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "c.execute('SELECT count(*) FROM sqlite_master').fetchall(); c.close()"
        )
        subprocess.run([sys.executable, "-c", other, str(path)], check=True)
        assert Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists()
    finally:
        first.close()
