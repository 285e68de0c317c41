"""import_batch: merging, labels, validation and all-or-nothing behaviour."""

from __future__ import annotations

import pytest

from annotator.spans import Span
from annotator.store import ImportItem, SpanRefused, Store, StoreError

TEXT_A = "وصل كيم جونغ أون إلى بيونغ يانغ."
TEXT_B = "قالت وكالة الأنباء إن الاجتماع انتهى."


def span_of(text: str, word: str, label: str) -> Span:
    start = text.index(word)
    return Span(start, start + len(word), label)


def row_counts(store: Store) -> tuple[int, int, int, int, int]:
    m = store.m
    return (
        m.document.select().count(),
        m.span.select().count(),
        m.label_type.select().count(),
        m.doc_status.select().count(),
        m.annotator.select().count(),
    )


@pytest.fixture
def labelled(store: Store) -> Store:
    store.apply_preset("anercorp")
    return store


def test_import_creates_documents_and_spans(labelled: Store) -> None:
    items = [
        ImportItem("a", TEXT_A, {"n": 1}, [span_of(TEXT_A, "كيم جونغ أون", "PERS")], "done"),
        ImportItem("b", TEXT_B, None, [span_of(TEXT_B, "وكالة الأنباء", "ORG")]),
    ]
    report = labelled.import_batch(items, "imported")
    assert (report.documents_created, report.documents_merged, report.spans_added) == (2, 0, 2)
    assert report.labels_added == []
    docs = labelled.documents()
    assert [(d.name, d.status, d.span_count, d.meta) for d in docs] == [
        ("a", "done", 1, {"n": 1}),
        ("b", "new", 1, {}),
    ]
    spans = labelled.spans_for(docs[0].id, "imported")
    assert [(s.start, s.end, s.label, s.source) for s in spans] == [(4, 16, "PERS", "imported")]
    assert labelled.document(docs[0].id).text[4:16] == "كيم جونغ أون"


def test_same_name_and_text_merges_into_existing_document(labelled: Store) -> None:
    first = labelled.import_batch([ImportItem("a", TEXT_A, spans=[])], "imported")
    assert first.documents_created == 1
    doc_id = labelled.documents()[0].id
    city = span_of(TEXT_A, "بيونغ يانغ", "LOC")
    labelled.add_span(doc_id, "ali", city.start, city.end, "LOC")
    items = [
        ImportItem("a", TEXT_A, spans=[span_of(TEXT_A, "بيونغ يانغ", "LOC")], status="done"),
        ImportItem("a", TEXT_A, spans=[span_of(TEXT_A, "كيم جونغ أون", "PERS")]),
        ImportItem("a", TEXT_B, spans=[]),  # same name, other text: a new document
    ]
    report = labelled.import_batch(items, "sara")
    assert (report.documents_created, report.documents_merged, report.spans_added) == (1, 2, 2)
    assert len(labelled.documents()) == 2
    assert [s.label for s in labelled.spans_for(doc_id, "sara")] == ["PERS", "LOC"]
    assert labelled.status_for(doc_id, "sara") == "done"
    assert labelled.status_for(doc_id) == "new"


def test_merge_validates_against_existing_layer_spans(labelled: Store) -> None:
    labelled.import_batch([ImportItem("a", TEXT_A, spans=[span_of(TEXT_A, "كيم", "PERS")])], "x")
    before = row_counts(labelled)
    overlapping = ImportItem("a", TEXT_A, spans=[span_of(TEXT_A, "كيم جونغ", "PERS")])
    with pytest.raises(SpanRefused, match="document 'a'"):
        labelled.import_batch([overlapping], "x")
    assert row_counts(labelled) == before
    # The same spans into another layer are fine.
    assert labelled.import_batch([overlapping], "y").spans_added == 1


def test_one_bad_span_leaves_the_database_unchanged(labelled: Store) -> None:
    labelled.import_batch([ImportItem("seed", TEXT_B, spans=[])], "imported")
    before = row_counts(labelled)
    revision = labelled.revision()
    good = [
        ImportItem(f"ok{i}", TEXT_A + str(i), spans=[span_of(TEXT_A, "كيم", "PERS")])
        for i in range(50)
    ]
    bad = ImportItem("bad", TEXT_B, spans=[Span(0, len(TEXT_B) + 3, "ORG")])
    with pytest.raises(SpanRefused, match="document 'bad'"):
        labelled.import_batch([*good, bad], "new-layer", add_labels=True)
    assert row_counts(labelled) == before
    assert labelled.revision() == revision


def test_unknown_labels_listed_or_added(labelled: Store) -> None:
    items = [
        ImportItem("a", TEXT_A, spans=[span_of(TEXT_A, "كيم جونغ أون", "PERSON")]),
        ImportItem("b", TEXT_B, spans=[span_of(TEXT_B, "وكالة الأنباء", "AGENCY")]),
    ]
    before = row_counts(labelled)
    with pytest.raises(StoreError, match="unknown labels: AGENCY, PERSON"):
        labelled.import_batch(items, "imported")
    assert row_counts(labelled) == before
    report = labelled.import_batch(items, "imported", add_labels=True)
    assert report.labels_added == ["AGENCY", "PERSON"]
    names = [label.name for label in labelled.labels()]
    assert names[-2:] == ["AGENCY", "PERSON"]


def test_text_with_crlf_and_spans_is_refused_but_plain_text_is_normalised(labelled: Store) -> None:
    with pytest.raises(StoreError, match="normalise it"):
        labelled.import_batch([ImportItem("a", "x\r\ny", spans=[Span(0, 1, "LOC")])], "i")
    labelled.import_batch([ImportItem("a", "\ufeffx\r\ny")], "i")
    doc = labelled.documents()[0]
    assert labelled.document(doc.id).text == "x\ny"


def test_nested_policy_import(labelled: Store) -> None:
    labelled.set_policy("nested")
    outer = span_of(TEXT_A, "كيم جونغ أون", "PERS")
    inner = span_of(TEXT_A, "كيم", "MISC")
    report = labelled.import_batch([ImportItem("a", TEXT_A, spans=[outer, inner])], "gold")
    assert report.spans_added == 2
    doc_id = labelled.documents()[0].id
    assert [s.label for s in labelled.spans_for(doc_id)] == ["PERS", "MISC"]


def test_many_documents_chunked(labelled: Store) -> None:
    """More documents and spans than one INSERT or IN list holds."""
    items = []
    for i in range(1200):
        text = f"{TEXT_A} {i}"
        items.append(
            ImportItem(
                f"d{i}", text, spans=[span_of(text, "كيم", "PERS"), span_of(text, "بيونغ", "LOC")]
            )
        )
    report = labelled.import_batch(items, "bulk")
    assert report.documents_created == 1200 and report.spans_added == 2400
    docs = labelled.documents(annotator="bulk")
    assert len(docs) == 1200 and all(d.span_count == 2 for d in docs)
    assert [d.name for d in docs[:3]] == ["d0", "d1", "d2"]
    by_doc = labelled.spans_by_document([d.id for d in docs], "bulk")
    assert sum(len(v) for v in by_doc.values()) == 2400
    # Importing the same batch again merges every document and skips every span.
    again = labelled.import_batch(items, "bulk")
    assert (again.documents_merged, again.spans_added, again.spans_already_there) == (1200, 0, 2400)
    assert labelled.import_batch(items[:10], "second").documents_merged == 10


def test_awkward_text_and_meta_survive_bulk_insert(labelled: Store) -> None:
    texts = {
        "empty": "",
        "quotes": "قال \"مرحبا\", ثم 'وداعا'",
        "lines": "سطر\nسطر آخر\n\n,\t\\N \\.",
        "emoji": "😀 في باريس",
    }
    items = [ImportItem(name, text, {"note": text, "n": None}) for name, text in texts.items()]
    labelled.import_batch(items, "imported")
    for info in labelled.documents():
        document = labelled.document(info.id)
        assert document.text == texts[info.name]
        assert document.meta == {"note": texts[info.name], "n": None}
