"""Old schemas (the fixtures in tests/data/schemas) migrate with a backup and keep their
data; a newer schema is refused untouched; an old one opened read-only is refused."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import peewee as pw
import pytest
from playhouse.db_url import parse

from annotator.store import Store, StoreError
from annotator.store.connection import ResilientPostgresqlDatabase
from annotator.store.migrations import latest_version

REPO = Path(__file__).resolve().parents[2]
SCHEMAS = REPO / "tests" / "data" / "schemas"
FIXTURES = sorted(SCHEMAS.glob("v*.annotator"), key=lambda p: int(p.stem[1:]))


def integrity_ok(path: Path) -> bool:
    with sqlite3.connect(path) as con:
        return con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_fixture_exists_for_every_older_schema_version() -> None:
    versions = {int(p.stem[1:]) for p in FIXTURES}
    missing = sorted(set(range(1, latest_version())) - versions)
    assert missing == [], (
        f"no schema fixture for version(s) {missing}: build it with "
        f"`python tests/data/schemas/make_fixtures.py {' '.join(map(str, missing))}` and commit it"
    )


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_fixture_opens_migrated_with_backup(fixture: Path, tmp_path: Path) -> None:
    content = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))
    version = content["schema_version"]
    path = tmp_path / "old.annotator"
    shutil.copyfile(fixture, path)
    with Store.open(path) as store:
        assert store.setting("schema_version") == str(latest_version())
        assert store.policy == content["policy"]
        assert [(x.name, x.color, x.hotkey) for x in store.labels()] == [
            tuple(label) for label in content["labels"]
        ]
        docs = store.documents()
        assert [(d.name, d.status) for d in docs] == [
            (name, status) for name, _text, status in content["documents"]
        ]
        assert [store.document(d.id).text for d in docs] == [
            t for _n, t, _s in content["documents"]
        ]
        stored = sorted(
            (s.document_id, s.annotator, s.start, s.end, s.label)
            for s in store.spans_for(docs[0].id)
        )
        expected = sorted(
            (docs[d].id, content["annotators"][a], start, end, content["labels"][label][0])
            for d, a, start, end, label in content["spans"]
        )
        assert stored == expected
        layer, status = content["annotators"][1], content["doc_status"][0][2]
        assert store.status_for(docs[0].id, layer) == status
        # and it is writable afterwards
        store.add_span(docs[1].id, "gold", 0, 2, "LOC")
    assert integrity_ok(path)
    backups = sorted(tmp_path.glob("old.backup-*"))
    if version < latest_version():
        assert [b.name for b in backups] == [f"old.backup-v{version}.annotator"]
        with sqlite3.connect(backups[0]) as old:
            assert old.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'"
            ).fetchone() == (str(version),)
            assert old.execute("SELECT count(*) FROM span").fetchone() == (len(content["spans"]),)
    else:
        assert backups == []


def test_newer_schema_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.annotator"
    Store.open(path).close()
    with sqlite3.connect(path) as con:
        con.execute(
            "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(latest_version() + 1),)
        )
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer than this annotator supports"):
        Store.open(path)
    assert path.read_bytes() == before
    assert list(tmp_path.glob("*.backup-*")) == []


def test_old_schema_read_only_is_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "old.annotator"
    shutil.copyfile(FIXTURES[0], path)
    with pytest.raises(StoreError, match=r"needs an upgrade .* read-only"):
        Store.open(path, read_only=True)


SPAN_PREFIX_INDEXES = {"span_document_id", "span_document_id_annotator_id"}


def _span_indexes(store_url: str) -> set[str]:
    db: pw.Database
    if store_url.startswith("postgresql://"):
        db = ResilientPostgresqlDatabase(**parse(store_url))
    else:
        db = pw.SqliteDatabase(store_url)
    try:
        return {index.name for index in db.get_indexes("span")}
    finally:
        db.close()


def test_span_indexes_without_repeated_prefixes(store_url: str) -> None:
    Store.open(store_url).close()
    names = _span_indexes(store_url)
    assert {"span_document_annotator_start", "span_annotator_document"} <= names
    assert names.isdisjoint(SPAN_PREFIX_INDEXES)


def test_migration_9_drops_the_prefix_indexes_and_keeps_cascades(tmp_path: Path) -> None:
    path = tmp_path / "v8.annotator"
    shutil.copyfile(SCHEMAS / "v8.annotator", path)
    assert _span_indexes(str(path)) >= SPAN_PREFIX_INDEXES
    Store.open(path).close()
    assert _span_indexes(str(path)).isdisjoint(SPAN_PREFIX_INDEXES)
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("DELETE FROM document WHERE name = 'article-1'")
        assert con.execute("SELECT count(*) FROM span").fetchone() == (0,)


def test_search_keys_of_the_first_rules_are_remade(tmp_path: Path) -> None:
    """Version 10: keys made before whitespace runs were folded are replaced, so the
    filter finds two words separated by NBSP in a document imported before."""
    from annotator.text.search_key import SEARCH_VERSION, search_key

    path = tmp_path / "v9.annotator"
    with Store.open(path) as store:
        doc = store.add_document("seoul", "زار كيم\u00a0جونغ أون")
    with sqlite3.connect(path) as con:
        con.execute("UPDATE doc_search SET version = 1, key = ?", (b"old",))
        con.execute("UPDATE meta SET value = '9' WHERE key = 'schema_version'")
    con.close()
    Store.open(path).close()
    with sqlite3.connect(path) as con:
        rows = con.execute('SELECT document_id, "version", "key" FROM doc_search').fetchall()
    con.close()
    assert rows == [(doc.id, SEARCH_VERSION, search_key("seoul\nزار كيم جونغ أون"))]
