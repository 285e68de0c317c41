"""Notes and "uncertain" flags on spans and documents, titles and search keys, and the
document list's reads, on SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from annotator.spans import Span
from annotator.store import ImportItem, ListedDocument, Note, Store, StoreError
from annotator.text.search_key import search_key

TEXT = "زار الرئيسُ باريس ثم لندن.\nوعاد أمس."
PARIS = (TEXT.index("باريس"), TEXT.index("باريس") + len("باريس"))
LONDON = (TEXT.index("لندن"), TEXT.index("لندن") + len("لندن"))
SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schemas"


@pytest.fixture
def doc(store: Store) -> int:
    store.apply_preset("anercorp")
    return store.add_document("news-1", TEXT).id


def test_a_span_note_and_flag_are_set_kept_and_cleared(store: Store, doc: int) -> None:
    span = store.add_span(doc, "amal", *PARIS, "LOC")
    assert store.span_notes(doc) == {}
    before = store.revision()
    assert store.set_span_note(span.id, "  maybe ORG?  ") == Note("maybe ORG?", False)
    assert store.revision() > before
    assert store.set_span_note(span.id, flagged=True) == Note("maybe ORG?", True)  # note kept
    assert store.span_notes(doc, "amal") == {span.id: Note("maybe ORG?", True)}
    assert store.set_span_note(span.id, "") == Note("", True)  # flag kept
    assert store.set_span_note(span.id, flagged=False) == Note()
    assert store.span_notes(doc) == {}


def test_span_notes_per_layer_and_for_all_layers(store: Store, doc: int) -> None:
    mine = store.add_span(doc, "amal", *PARIS, "LOC")
    theirs = store.add_span(doc, "badr", *LONDON, "LOC")
    store.set_span_note(mine.id, "mine")
    store.set_span_note(theirs.id, "theirs", flagged=True)
    assert store.span_notes(doc, "amal") == {mine.id: Note("mine")}
    assert store.span_notes(doc, "badr") == {theirs.id: Note("theirs", True)}
    assert store.span_notes(doc) == {mine.id: Note("mine"), theirs.id: Note("theirs", True)}
    assert store.span_notes(doc, "nobody") == {}
    assert [a.name for a in store.annotators()] == ["amal", "badr"]  # reads create nothing


def test_a_removed_span_takes_its_note_along_and_its_restore_brings_it_back(
    store: Store, doc: int
) -> None:
    span = store.add_span(doc, "amal", *PARIS, "LOC")
    store.set_span_note(span.id, "check the spelling", flagged=True)
    removed = store.remove_span(span.id)
    assert store.span_notes(doc) == {}
    with pytest.raises(StoreError, match=f"no span with id {span.id}"):
        store.set_span_note(span.id, "x")
    restored = store.restore_span(removed)
    assert store.span_notes(doc) == {restored.id: Note("check the spelling", True)}
    relabelled = store.relabel_span(restored.id, "ORG")
    assert store.span_notes(doc)[relabelled.id].text == "check the spelling"


@pytest.mark.parametrize(
    ("note", "message"),
    [
        ("a\x00b", r"U\+0000"),
        ("x" * 10_001, "longer than 10000"),
        ("\ud800", "lone surrogate"),
        (42, "must be text"),
    ],
)
def test_bad_notes_are_refused_and_nothing_changes(
    store: Store, doc: int, note: object, message: str
) -> None:
    span = store.add_span(doc, "amal", *PARIS, "LOC")
    store.set_span_note(span.id, "kept")
    with pytest.raises(StoreError, match=message):
        store.set_span_note(span.id, note)  # type: ignore[arg-type]
    with pytest.raises(StoreError, match=message):
        store.set_document_note(doc, "amal", note)  # type: ignore[arg-type]
    assert store.span_notes(doc) == {span.id: Note("kept")}
    assert store.document_note(doc, "amal") == Note()


def test_a_multi_line_arabic_note_round_trips(store: Store, doc: int) -> None:
    span = store.add_span(doc, "amal", *PARIS, "LOC")
    note = "هل هي «باريس» المدينة؟\nأو اسم شخص <b>&amp;</b>"
    store.set_span_note(span.id, note)
    assert store.span_notes(doc)[span.id].text == note


def test_document_notes_belong_to_one_layer(store: Store, doc: int) -> None:
    other = store.add_document("news-2", "نص آخر").id
    assert store.document_note(doc, "amal") == Note()
    assert store.set_document_note(doc, "amal", "ask the editor", flagged=True) == Note(
        "ask the editor", True
    )
    store.set_document_note(other, "badr", flagged=True)
    assert store.document_note(doc, "amal") == Note("ask the editor", True)
    assert store.document_note(doc, "badr") == Note()
    assert store.document_notes("amal") == {doc: Note("ask the editor", True)}
    assert store.document_notes("badr") == {other: Note("", True)}
    assert store.document_notes("nobody") == {}
    assert store.set_document_note(doc, "amal", flagged=False) == Note("ask the editor")
    assert store.set_document_note(doc, "amal", "") == Note()
    assert store.document_notes("amal") == {}
    with pytest.raises(StoreError, match="no document with id 999"):
        store.set_document_note(999, "amal", "x")


def test_titles_and_keys_are_written_with_each_document(store: Store, doc: int) -> None:
    report = store.import_batch(
        [ImportItem("batch-1", "\n  \n  العنوان   الأول\t هنا\nالنص"), ImportItem("blank", " \n ")],
        "imported",
    )
    assert report.documents_created == 2
    ids = {d.name: d.id for d in store.documents()}
    _counts, titles = store.document_details()
    assert titles == {
        ids["news-1"]: "زار الرئيسُ باريس ثم لندن.",
        ids["batch-1"]: "العنوان الأول هنا",
        ids["blank"]: "",
    }
    keys = dict(store.search_keys())
    assert keys[ids["news-1"]] == search_key("news-1\n" + TEXT)
    assert list(keys) == sorted(ids.values())


def test_documents_without_a_current_row_are_computed_on_the_fly(store: Store, doc: int) -> None:
    second = store.add_document("news-2", "سطر أول\nثان").id
    store.db.execute_sql(f"DELETE FROM doc_search WHERE document_id = {second}")  # noqa: S608
    store.db.execute_sql('UPDATE doc_search SET "version" = 99')  # rules of another version
    _counts, titles = store.document_details()
    assert titles == {doc: "زار الرئيسُ باريس ثم لندن.", second: "سطر أول"}
    assert dict(store.search_keys()) == {
        doc: search_key("news-1\n" + TEXT),
        second: search_key("news-2\nسطر أول\nثان"),
    }


def test_the_document_list_follows_the_rules_of_documents(store: Store, doc: int) -> None:
    other = store.add_document("news-2", "نص آخر").id
    hidden = store.add_document("news-3", "نص ثالث").id
    store.assign(hidden, "badr")
    store.set_status(other, "done", "amal")
    store.add_spans(doc, "amal", [Span(*PARIS, "LOC"), Span(*LONDON, "LOC")])
    store.add_span(other, "badr", 0, 2, "LOC")
    for layer in ("amal", "badr", "gold", None):
        expected = store.documents(annotator=layer)
        assert store.document_list(layer) == [
            ListedDocument(d.id, d.name, d.status, d.order) for d in expected
        ]
        counts, _titles = store.document_details(layer)
        assert {d.id: counts.get(d.id, 0) for d in expected} == {
            d.id: d.span_count for d in expected
        }
    assert [d.id for d in store.document_list("amal")] == [doc, other]
    assert store.document_details("amal", [other, doc, 999]) == (
        {doc: 2},
        {doc: "زار الرئيسُ باريس ثم لندن.", other: "نص آخر"},
    )
    assert store.document_details(None, [other]) == ({other: 1}, {other: "نص آخر"})


def test_an_old_database_gets_titles_and_keys_when_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.annotator"
    shutil.copyfile(SCHEMAS / "v6.annotator", path)  # the version migration 7 upgrades
    with Store.open(path) as store:
        docs = store.documents()
        _counts, titles = store.document_details()
        rows = store.db.execute_sql("SELECT COUNT(*) FROM doc_search").fetchone()[0]
        assert rows == len(docs) == 2
        first = store.document(docs[0].id)
        assert titles[first.id] == first.text.split("\n")[0]
        assert dict(store.search_keys())[first.id] == search_key(f"{first.name}\n{first.text}")
