"""import_batch with spans that are already there: exact duplicates (same document, start,
end and label) of the layer's spans, stored before or earlier in the same batch, are
skipped and counted; every other clash is still refused, all or nothing, naming the item
and the span that was refused."""

from __future__ import annotations

import pytest

from annotator.spans import Span
from annotator.store import ImportItem, SpanRefused, Store

TEXT_A = "وصل كيم جونغ أون إلى بيونغ يانغ."
TEXT_B = "قالت وكالة الأنباء إن الاجتماع انتهى."


def span_of(text: str, word: str, label: str) -> Span:
    start = text.index(word)
    return Span(start, start + len(word), label)


PERSON = span_of(TEXT_A, "كيم جونغ أون", "PERS")
CITY = span_of(TEXT_A, "بيونغ يانغ", "LOC")
AGENCY = span_of(TEXT_B, "وكالة الأنباء", "ORG")


@pytest.fixture
def labelled(store: Store) -> Store:
    store.apply_preset("anercorp")
    return store


def layer(store: Store, annotator: str) -> list[tuple[str, int, int, str, str]]:
    names = {d.id: d.name for d in store.documents()}
    by_doc = store.spans_by_document(list(names), annotator)
    return sorted(
        (names[doc_id], s.start, s.end, s.label, s.source)
        for doc_id, spans in by_doc.items()
        for s in spans
    )


def counts(store: Store) -> tuple[int, int]:
    return store.m.document.select().count(), store.m.span.select().count()


def test_importing_the_same_batch_again_adds_nothing_and_counts_it(labelled: Store) -> None:
    items = [
        ImportItem("a", TEXT_A, spans=[PERSON, CITY]),
        ImportItem("b", TEXT_B, spans=[AGENCY]),
    ]
    first = labelled.import_batch(items, "sara")
    assert (first.spans_added, first.spans_already_there) == (3, 0)
    before, spans_before = counts(labelled), layer(labelled, "sara")
    again = labelled.import_batch(items, "sara")
    assert (again.documents_created, again.documents_merged) == (0, 2)
    assert (again.spans_added, again.spans_already_there) == (0, 3)
    assert counts(labelled) == before
    assert layer(labelled, "sara") == spans_before


def test_a_record_given_twice_in_one_batch_is_stored_once(labelled: Store) -> None:
    items = [ImportItem("a", TEXT_A, spans=[PERSON]), ImportItem("a", TEXT_A, spans=[PERSON])]
    report = labelled.import_batch(items, "sara")
    assert (report.documents_created, report.documents_merged) == (1, 1)
    assert (report.spans_added, report.spans_already_there) == (1, 1)
    assert layer(labelled, "sara") == [("a", PERSON.start, PERSON.end, "PERS", "imported")]


def test_a_span_repeated_within_one_item_is_stored_once(labelled: Store) -> None:
    report = labelled.import_batch([ImportItem("a", TEXT_A, spans=[CITY, PERSON, CITY])], "x")
    assert (report.spans_added, report.spans_already_there) == (2, 1)
    assert len(layer(labelled, "x")) == 2


def test_only_the_new_spans_of_a_merged_document_are_added(labelled: Store) -> None:
    labelled.import_batch([ImportItem("a", TEXT_A, spans=[PERSON])], "sara")
    doc_id = labelled.documents()[0].id
    labelled.add_span(doc_id, "sara", CITY.start, CITY.end, "LOC")  # by hand
    report = labelled.import_batch(
        [ImportItem("a", TEXT_A, spans=[PERSON, CITY]), ImportItem("b", TEXT_B, spans=[AGENCY])],
        "sara",
    )
    assert (report.spans_added, report.spans_already_there) == (1, 2)
    sources = {(name, label): source for name, _s, _e, label, source in layer(labelled, "sara")}
    assert sources == {("a", "PERS"): "imported", ("a", "LOC"): "manual", ("b", "ORG"): "imported"}


def test_spans_of_another_layer_are_not_already_there(labelled: Store) -> None:
    labelled.import_batch([ImportItem("a", TEXT_A, spans=[PERSON])], "sara")
    report = labelled.import_batch([ImportItem("a", TEXT_A, spans=[PERSON])], "badr")
    assert (report.spans_added, report.spans_already_there) == (1, 0)


def test_the_same_extent_with_another_label_is_not_a_duplicate_under_nested(
    labelled: Store,
) -> None:
    labelled.set_policy("nested")
    labelled.import_batch([ImportItem("a", TEXT_A, spans=[PERSON])], "sara")
    other = Span(PERSON.start, PERSON.end, "MISC")
    report = labelled.import_batch([ImportItem("a", TEXT_A, spans=[PERSON, other])], "sara")
    assert (report.spans_added, report.spans_already_there) == (1, 1)


CLASHES = {
    # policy, the span stored first, the clashing span (the second of its item)
    "overlap_flat": ("flat", PERSON, span_of(TEXT_A, "جونغ أون إلى", "MISC")),
    "other_label_flat": ("flat", PERSON, Span(PERSON.start, PERSON.end, "MISC")),
    "crossing_nested": ("nested", PERSON, span_of(TEXT_A, "أون إلى", "MISC")),
}


@pytest.mark.parametrize("case", sorted(CLASHES))
def test_other_clashes_are_refused_all_or_nothing(labelled: Store, case: str) -> None:
    policy, stored, clashing = CLASHES[case]
    labelled.set_policy(policy)
    labelled.import_batch([ImportItem("a", TEXT_A, spans=[stored])], "sara")
    before, spans_before = counts(labelled), layer(labelled, "sara")
    items = [
        ImportItem("b", TEXT_B, spans=[AGENCY]),  # new, and would be fine alone
        ImportItem("a", TEXT_A, spans=[stored, clashing]),  # one duplicate, one clash
    ]
    with pytest.raises(SpanRefused, match="document 'a'") as info:
        labelled.import_batch(items, "sara")
    assert (info.value.item, info.value.span) == (1, 1)
    assert counts(labelled) == before
    assert layer(labelled, "sara") == spans_before


def test_a_clash_with_an_earlier_item_names_the_later_item(labelled: Store) -> None:
    items = [
        ImportItem("a", TEXT_A, spans=[PERSON]),
        ImportItem("b", TEXT_B, spans=[AGENCY]),
        ImportItem("a", TEXT_A, spans=[CITY, PERSON, span_of(TEXT_A, "أون", "MISC")]),
    ]
    with pytest.raises(SpanRefused, match="overlaps the existing span") as info:
        labelled.import_batch(items, "sara")
    assert (info.value.item, info.value.span) == (2, 2)
    assert counts(labelled) == (0, 0)


def test_a_refusal_of_the_span_alone_names_it(labelled: Store) -> None:
    on_space = Span(CITY.start - 1, CITY.end, "LOC")  # starts on the space before it
    items = [
        ImportItem("b", TEXT_B, spans=[AGENCY]),
        ImportItem("a", TEXT_A, spans=[PERSON, on_space]),
    ]
    with pytest.raises(SpanRefused, match="starts on whitespace") as info:
        labelled.import_batch(items, "sara")
    assert (info.value.item, info.value.span) == (1, 1)
    outside = ImportItem("c", TEXT_B, spans=[AGENCY, Span(0, len(TEXT_B) + 1, "ORG")])
    with pytest.raises(SpanRefused, match="outside the text") as info:
        labelled.import_batch([outside], "sara")
    assert (info.value.item, info.value.span) == (0, 1)
