"""validate_spans checks each span alone exactly as validate_span does (the same
refusal, the same message), whatever is odd about it."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.spans import (
    OverlapError,
    Span,
    SpanError,
    check_overlaps,
    validate_span,
    validate_spans,
)

TEXT = "زار بوتين\tموسكو اليوم"
LABELS = {"PER", "LOC"}


class Offset(int):
    """An int subclass: accepted as an offset."""


offset = st.one_of(
    st.integers(min_value=-2, max_value=len(TEXT) + 2),
    st.integers(min_value=0, max_value=len(TEXT)).map(Offset),
    st.sampled_from([True, 1.0, "3", None]),
)
label = st.one_of(
    st.sampled_from(["PER", "LOC", "ORG", ""]), st.sampled_from([None, 3, ("PER",), ["PER"]])
)
span = st.one_of(
    st.builds(Span, offset, offset, label),
    st.sampled_from([(0, 3, "PER"), "PER", None]),
)


def _refusal(check, *args) -> str | None:
    try:
        check(*args)
    except SpanError as exc:
        return exc.message
    return None


@settings(deadline=None, max_examples=500)
@given(span, st.sampled_from(["flat", "nested", "other"]))
def test_each_span_is_refused_as_validate_span_refuses_it(one, policy) -> None:
    alone = _refusal(validate_span, one, TEXT, LABELS, [], policy)
    assert _refusal(validate_spans, [one], TEXT, LABELS, [], policy) == alone


@settings(deadline=None, max_examples=200)
@given(st.lists(span, max_size=4), st.sampled_from(["flat", "nested"]))
def test_the_first_odd_span_is_named(spans, policy) -> None:
    expected = next(
        (m for m in (_refusal(validate_span, s, TEXT, LABELS, [], policy) for s in spans) if m),
        None,
    )
    found = _refusal(validate_spans, spans, TEXT, LABELS, [], policy)
    if expected is not None:
        assert found == expected


@pytest.mark.parametrize(
    ("one", "needle"),
    [
        (Span(3, 9, "PER"), "starts on whitespace"),
        (Span(4, 10, "PER"), "ends on whitespace"),
        (Span(4, 9, "ORG"), "Unknown label"),
        (Span(4, 99, "PER"), "outside the text"),
        (Span(4, 4, "PER"), "is empty"),
        (Span(4, 9, ["PER"]), "must be a string"),  # type: ignore[arg-type]
        (Span(4, 9.0, "PER"), "must be integers"),  # type: ignore[arg-type]
    ],
)
def test_refusals(one: Span, needle: str) -> None:
    with pytest.raises(SpanError, match=needle):
        validate_spans([one], TEXT, LABELS)
    validate_spans([Span(Offset(4), Offset(9), "PER")], TEXT, LABELS)


extent = st.tuples(st.integers(0, 12), st.integers(1, 4), st.sampled_from(["PER", "LOC"]))


@settings(deadline=None, max_examples=300)
@given(st.lists(extent, max_size=6), st.sampled_from(["flat", "nested"]), st.booleans())
def test_spans_in_order_are_checked_as_any_order(raw, policy, as_iterator) -> None:
    """Spans sorted by start (disjoint ones take a shortcut) give the result of the same
    spans in reverse order: the same refusal kind, or the same nesting answer."""
    spans = sorted(Span(start, start + length, name) for start, length, name in raw)

    def outcome(given):
        try:
            return check_overlaps(iter(given) if as_iterator else given, policy)
        except OverlapError as exc:
            return exc.kind

    assert outcome(spans) == outcome(spans[::-1])
    disjoint = all(a.end <= b.start for a, b in itertools.pairwise(spans))
    if disjoint:
        assert outcome(spans) is False
