"""Span validation reads only the spans that can conflict; decisions must not change.

The store validates a new span against the spans overlapping it (an indexed range query)
instead of the whole layer. These tests compare its decisions with ``validate_span`` run
against every span of the layer, and check the cases a range query could get wrong: a
long outer span starting far before the new one, spans touching at an edge, and the
cached document text of several documents.
"""

from __future__ import annotations

import random

import pytest

from annotator.spans import Span, SpanError, validate_span
from annotator.store import SpanRefused, Store, StoreError

WORDS = ["زار", "الرئيس", "باريس", "ثم", "لندن", "أمس", "وقال", "إن", "العلاقات", "جيدة"]


def _text(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


def _reference_accepts(span: Span, text: str, existing: list[Span], policy: str) -> bool:
    try:
        validate_span(span, text, ["PER", "LOC", "ORG", "MISC"], existing, policy)  # type: ignore[arg-type]
    except SpanError:
        return False
    return True


@pytest.mark.parametrize("policy", ["flat", "nested"])
def test_decisions_match_validation_against_the_whole_layer(store: Store, policy: str) -> None:
    rng = random.Random(20240501)
    store.apply_preset("conll2003")
    store.set_policy(policy)
    text = _text(rng, 300)
    doc = store.add_document("random", text).id
    existing: list[Span] = []
    accepted = refused = 0
    for _ in range(400):
        start = rng.randrange(len(text))
        end = min(len(text), start + rng.choice([1, 3, 6, 12, 40, 150]))
        span = Span(start, end, rng.choice(["PER", "LOC", "ORG"]))
        expected = _reference_accepts(span, text, existing, policy)
        try:
            store.add_span(doc, "amal", span.start, span.end, span.label)
        except SpanRefused:
            assert not expected, f"{span} was refused but validates against the whole layer"
            refused += 1
        else:
            assert expected, f"{span} was accepted but conflicts with the layer"
            existing.append(span)
            accepted += 1
    stored = sorted(info.to_span() for info in store.spans_for(doc, "amal"))
    assert stored == sorted(existing)
    assert accepted > 20 and refused > 20  # both paths were exercised


def test_long_outer_span_far_before_is_still_seen(store: Store) -> None:
    store.apply_preset("conll2003")
    store.set_policy("nested")
    text = "أ" * 50 + " " + "ب" * 50
    doc = store.add_document("long", text).id
    store.add_span(doc, "amal", 0, 60, "ORG")
    # nested inside, far from the outer span's start: fine
    store.add_span(doc, "amal", 52, 55, "PER")
    # crosses the outer span's end although it starts 55 characters after its start
    with pytest.raises(SpanRefused, match="crosses the existing span"):
        store.add_span(doc, "amal", 55, 70, "LOC")
    # the exact duplicate of the far outer span
    with pytest.raises(SpanRefused, match="already exists"):
        store.add_span(doc, "amal", 0, 60, "ORG")
    # another layer does not conflict
    store.add_span(doc, "other", 55, 70, "LOC")


def test_touching_spans_do_not_overlap(store: Store) -> None:
    store.apply_preset("conll2003")
    text = "باريسلندن"  # one token: exact character spans meet at offset 5
    doc = store.add_document("touching", text).id
    store.add_span(doc, "amal", 0, 5, "LOC")
    store.add_span(doc, "amal", 5, 9, "LOC")
    with pytest.raises(SpanRefused, match="overlaps"):
        store.add_span(doc, "amal", 4, 6, "MISC")


def test_restore_and_relabel_check_overlapping_spans(store: Store) -> None:
    store.apply_preset("conll2003")
    text = "زار الرئيس باريس ثم لندن"
    doc = store.add_document("restore", text).id
    paris = text.index("باريس")
    removed = store.remove_span(store.add_span(doc, "amal", paris, paris + 5, "LOC").id)
    store.add_span(doc, "amal", paris - 7, paris + 2, "PER")  # now overlaps the removed one
    with pytest.raises(SpanRefused, match="overlaps"):
        store.restore_span(removed)
    london = text.index("لندن")
    far = store.add_span(doc, "amal", london, london + 4, "LOC")
    assert store.relabel_span(far.id, "MISC").label == "MISC"  # itself is not a conflict
    with pytest.raises(SpanRefused, match="Unknown label"):
        store.relabel_span(far.id, "NOPE")


def test_each_document_is_validated_against_its_own_text(store: Store) -> None:
    store.apply_preset("conll2003")
    first = store.add_document("one", "ab cd").id
    second = store.add_document("two", "abxcd").id
    store.add_span(first, "amal", 0, 2, "PER")
    store.add_span(second, "amal", 1, 4, "PER")  # offset 2 is a letter here
    with pytest.raises(SpanRefused, match="ends on whitespace"):
        store.add_span(first, "amal", 1, 3, "ORG")  # "b " in the first document
    with pytest.raises(SpanRefused, match="outside the text"):
        store.add_span(second, "amal", 3, 6, "PER")
    with pytest.raises(StoreError, match="no document"):
        store.add_span(second + 100, "amal", 0, 1, "PER")


def test_batch_validates_against_spans_around_every_member(store: Store) -> None:
    store.apply_preset("conll2003")
    text = "زار الرئيس باريس ثم لندن"
    doc = store.add_document("batch", text).id
    london = text.index("لندن")
    store.add_span(doc, "amal", london, london + 4, "LOC")
    batch = [Span(0, 3, "PER"), Span(london + 1, london + 3, "LOC")]
    with pytest.raises(SpanRefused, match="overlaps"):
        store.add_spans(doc, "amal", batch)
    assert [s.label for s in store.spans_for(doc, "amal")] == ["LOC"]  # all or nothing
    with pytest.raises(SpanRefused, match="integers"):
        store.add_spans(doc, "amal", [Span("0", 3, "PER")])  # type: ignore[arg-type]
