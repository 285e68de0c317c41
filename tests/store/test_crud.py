"""Labels, layers, documents, statuses and spans, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib

import pytest

from annotator.spans import Span
from annotator.store import SpanRefused, Store, StoreError

TEXT = "زار الرئيس باريس ثم لندن."  # "the president visited Paris then London."
PARIS = (TEXT.index("باريس"), TEXT.index("باريس") + len("باريس"))
LONDON = (TEXT.index("لندن"), TEXT.index("لندن") + len("لندن"))


@pytest.fixture
def doc(store: Store) -> int:
    store.apply_preset("anercorp")
    return store.add_document("news-1", TEXT, {"source": "test"}).id


def test_new_database_has_no_labels_and_flat_policy(store: Store) -> None:
    assert store.labels() == []
    assert store.policy == "flat"
    assert store.documents() == []


def test_labels_add_update_order_and_errors(store: Store) -> None:
    per = store.add_label("PER", "#AA0000", "1")
    loc = store.add_label("LOC")
    assert per.color == "#aa0000" and per.hotkey == "1"
    assert loc.color.startswith("#") and loc.color != per.color
    assert [label.name for label in store.labels()] == ["PER", "LOC"]
    with pytest.raises(StoreError, match="already exists"):
        store.add_label("PER")
    with pytest.raises(StoreError, match="hotkey '1' is already used by label 'PER'"):
        store.add_label("ORG", hotkey="1")
    with pytest.raises(StoreError, match="whitespace"):
        store.add_label("B AD")
    with pytest.raises(StoreError, match="colour"):
        store.add_label("ORG", color="red")
    renamed = store.update_label("PER", new_name="PERS", hotkey="")
    assert renamed.name == "PERS" and renamed.hotkey is None and renamed.id == per.id
    store.update_label("LOC", order=-1)
    assert [label.name for label in store.labels()] == ["LOC", "PERS"]


def test_presets(store: Store) -> None:
    added = store.apply_preset("wojood")
    assert len(added) == 21 and added[0] == "PERS" and added[-1] == "CURR"
    labels = store.labels()
    assert len({label.color for label in labels}) == 21
    assert [label.hotkey for label in labels[:9]] == [str(i) for i in range(1, 10)]
    assert all(label.hotkey is None for label in labels[9:])
    # Applying another preset adds only what is missing, without stealing hotkeys.
    assert store.apply_preset("anercorp") == ["MISC"]
    assert store.labels()[-1].hotkey is None
    with pytest.raises(StoreError, match="unknown label preset 'nope'"):
        store.apply_preset("nope")


def test_document_roundtrip_normalises_text(store: Store) -> None:
    raw = "\ufeffسطر أول\r\nسطر ثان\rثالث"
    info = store.add_document("doc", raw, {"url": "http://example.org/1"})
    expected = "سطر أول\nسطر ثان\nثالث"
    document = store.document(info.id)
    assert document.text == expected
    assert document.sha256 == hashlib.sha256(expected.encode("utf-8")).hexdigest()
    assert document.meta == {"url": "http://example.org/1"}
    assert document.status == "new"
    assert store.find_document("doc", raw).id == info.id
    assert store.find_document("doc", "other") is None
    with pytest.raises(StoreError, match="no document with id 999"):
        store.document(999)


def test_documents_order_counts_and_status_per_layer(store: Store, doc: int) -> None:
    other = store.add_document("news-2", "نص آخر").id
    store.add_span(doc, "ali", *PARIS, "LOC")
    store.add_span(doc, "ali", *LONDON, "LOC")
    store.add_span(doc, "sara", *PARIS, "LOC")
    listed = store.documents()
    assert [d.id for d in listed] == [doc, other]
    assert [d.span_count for d in listed] == [3, 0]
    assert [d.span_count for d in store.documents(annotator="ali")] == [2, 0]
    assert [d.span_count for d in store.documents(annotator="nobody")] == [0, 0]
    uncounted = store.documents(annotator="ali", counts=False)
    assert [(d.id, d.span_count) for d in uncounted] == [(doc, 0), (other, 0)]

    store.set_status(doc, "done", annotator="ali")
    store.set_status(other, "in_progress")
    assert store.status_for(doc, "ali") == "done"
    assert store.status_for(doc, "sara") == "new"  # falls back to the document status
    assert store.status_for(doc) == "new"
    assert [d.id for d in store.documents(status="done", annotator="ali")] == [doc]
    assert [d.id for d in store.documents(status="in_progress")] == [other]
    store.set_status(doc, "reviewed", annotator="ali")
    assert store.status_for(doc, "ali") == "reviewed"
    with pytest.raises(StoreError, match="unknown status 'finished'"):
        store.set_status(doc, "finished")


def test_spans_order_by_start_longest_first_then_insertion(store: Store, doc: int) -> None:
    store.set_policy("nested")
    a = store.add_span(doc, "gold", PARIS[0], LONDON[1], "MISC")
    b = store.add_span(doc, "gold", *LONDON, "LOC")
    c = store.add_span(doc, "gold", *PARIS, "LOC")
    d = store.add_span(doc, "gold", *PARIS, "ORG")  # same extent: insertion order kept
    got = [s.id for s in store.spans_for(doc, "gold")]
    assert got == [a.id, c.id, d.id, b.id]
    by_doc = store.spans_by_document([doc, 12345], "gold")
    assert [s.id for s in by_doc[doc]] == got and by_doc[12345] == []


def test_span_validation_is_refused_with_message(store: Store, doc: int) -> None:
    store.add_span(doc, "gold", *PARIS, "LOC")
    with pytest.raises(SpanRefused):
        store.add_span(doc, "gold", PARIS[0] + 1, PARIS[1] + 2, "LOC")  # overlap, flat
    with pytest.raises(SpanRefused):
        store.add_span(doc, "gold", *LONDON, "NOPE")
    with pytest.raises(SpanRefused):
        store.add_span(doc, "gold", 0, len(TEXT) + 5, "LOC")
    # Another layer is independent of the first.
    store.add_span(doc, "other", PARIS[0] + 1, PARIS[1], "LOC")
    assert len(store.spans_for(doc)) == 2
    with pytest.raises(StoreError, match="cannot switch to the flat policy"):
        store.set_policy("nested")
        store.add_span(doc, "gold", PARIS[0], LONDON[1], "MISC")
        store.set_policy("flat")
    assert store.policy == "nested"


def test_remove_restore_relabel(store: Store, doc: int) -> None:
    first = store.add_span(doc, "gold", *PARIS, "LOC")
    second = store.add_span(doc, "gold", *LONDON, "LOC")
    removed = store.remove_span(first.id)
    assert removed == first
    assert [s.id for s in store.spans_for(doc, "gold")] == [second.id]
    restored = store.restore_span(removed)
    assert restored == first  # same id back
    relabelled = store.relabel_span(second.id, "ORG")
    assert relabelled.label == "ORG"
    assert [s.label for s in store.spans_for(doc, "gold")] == ["LOC", "ORG"]
    with pytest.raises(SpanRefused):
        store.relabel_span(second.id, "NOPE")
    with pytest.raises(StoreError, match="no span with id"):
        store.remove_span(987654)


def test_restore_gives_new_id_when_taken_and_ids_not_reused(store: Store, doc: int) -> None:
    first = store.add_span(doc, "gold", *PARIS, "LOC")
    store.remove_span(first.id)
    again = store.add_span(doc, "gold", *LONDON, "LOC")
    assert again.id != first.id  # ids of removed spans are not handed out again
    restored = store.restore_span(first)
    assert restored.id == first.id
    later = store.add_span(doc, "gold", 0, 3, "MISC")
    assert later.id not in (first.id, again.id)


def test_add_spans_is_all_or_nothing(store: Store, doc: int) -> None:
    before = store.revision()
    with pytest.raises(SpanRefused):
        store.add_spans(doc, "gold", [Span(*PARIS, "LOC"), Span(PARIS[0], PARIS[1] + 1, "LOC")])
    assert store.spans_for(doc) == []
    assert store.revision() == before
    added = store.add_spans(doc, "gold", [Span(*PARIS, "LOC"), Span(*LONDON, "LOC")], "suggested")
    assert [s.source for s in added] == ["suggested", "suggested"]
    with pytest.raises(StoreError, match="unknown span source"):
        store.add_spans(doc, "gold", [], "robot")


def test_delete_label_removes_or_relabels(store: Store, doc: int) -> None:
    store.add_span(doc, "gold", *PARIS, "LOC")
    store.add_span(doc, "gold", *LONDON, "LOC")
    store.add_span(doc, "ali", *PARIS, "ORG")
    assert store.delete_label("LOC", relabel_to="MISC") == 2
    assert sorted(s.label for s in store.spans_for(doc)) == ["MISC", "MISC", "ORG"]
    assert store.delete_label("ORG") == 1
    assert "ORG" not in {label.name for label in store.labels()}
    assert len(store.spans_for(doc)) == 2
    with pytest.raises(StoreError, match="no label 'ORG'"):
        store.delete_label("ORG")


def test_outer_atomic_rolls_back_everything(store: Store, doc: int) -> None:
    with pytest.raises(SpanRefused), store.atomic():
        store.add_span(doc, "gold", *PARIS, "LOC")
        store.set_status(doc, "done")
        store.add_span(doc, "gold", *PARIS, "LOC")  # overlaps the first: refused
    assert store.spans_for(doc) == []
    assert store.status_for(doc) == "new"


def test_revision_grows_with_each_write_only(store: Store, doc: int) -> None:
    start = store.revision()
    store.add_span(doc, "gold", *PARIS, "LOC")
    after_add = store.revision()
    assert after_add > start
    store.spans_for(doc)
    store.documents()
    assert store.revision() == after_add
    store.set_status(doc, "done")
    assert store.revision() > after_add


def test_annotators_layers(store: Store) -> None:
    gold = store.annotator("gold")
    assert store.annotator("gold") == gold
    store.annotator("ali")
    assert [a.name for a in store.annotators()] == ["gold", "ali"]
    with pytest.raises(StoreError, match="invalid annotator name"):
        store.annotator("  ")


def test_find_document_reports_span_count(store: Store, doc: int) -> None:
    store.add_span(doc, "gold", *PARIS, "LOC")
    found = store.find_document("news-1", TEXT)
    assert found is not None
    assert (found.id, found.span_count, found.meta, found.status) == (
        doc,
        1,
        {"source": "test"},
        "new",
    )
    assert store.find_document("news-2", TEXT) is None


def test_own_writes_tell_this_store_s_changes_from_others(store: Store, doc: int) -> None:
    revision, mine = store.revision(), store.own_writes()
    store.add_span(doc, "gold", *PARIS, "LOC")
    with pytest.raises(SpanRefused):  # refused: rolled back, neither moves
        store.add_spans(doc, "gold", [Span(*LONDON, "LOC"), Span(*LONDON, "LOC")])
    store.spans_for(doc)  # a read moves neither
    assert store.revision() - revision == store.own_writes() - mine > 0
