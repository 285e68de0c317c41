"""The batch overlap checker and tag decoding against brute-force definitions."""

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
    clash,
    validate_span,
    validate_spans,
)
from annotator.tag_schemes import I_BEGAN_ENTITY, SCHEMES, UNCLOSED_ENTITY, TagError, decode, encode

relaxed = settings(deadline=None, max_examples=300)
TEXT = "ab cd ef gh ij kl mn op qr st uv wx yz"
LABELS = ("PER", "LOC")

word_span = st.builds(
    lambda first, length, label: Span(3 * first, 3 * (first + length) - 1, label),
    st.integers(0, 10),
    st.integers(1, 3),
    st.sampled_from(LABELS),
)


def test_check_overlaps_messages() -> None:
    with pytest.raises(OverlapError, match=r"Span 3-5 \(LOC\) overlaps span 0-5 \(PER\)\."):
        check_overlaps([Span(3, 5, "LOC"), Span(0, 5, "PER")], "flat")
    with pytest.raises(OverlapError, match="crosses span"):
        check_overlaps([Span(0, 5, "PER"), Span(3, 8, "LOC")], "nested")
    with pytest.raises(OverlapError, match="is duplicated"):
        check_overlaps([Span(0, 5, "PER"), Span(0, 5, "LOC"), Span(0, 5, "PER")], "nested")
    assert check_overlaps([Span(0, 5, "PER"), Span(0, 5, "LOC"), Span(3, 5, "PER")], "nested")
    assert not check_overlaps([Span(0, 2, "PER"), Span(3, 5, "LOC")], "flat")


def test_validate_spans_names_the_new_span() -> None:
    existing = [Span(0, 5, "PER")]
    with pytest.raises(OverlapError) as info:
        validate_spans([Span(9, 11, "LOC"), Span(3, 5, "LOC")], TEXT, LABELS, existing)
    assert info.value.message == "Span 3-5 (LOC) overlaps the existing span 0-5 (PER)."
    with pytest.raises(SpanError, match="already exists"):
        validate_spans([Span(0, 5, "PER")], TEXT, LABELS, existing, "nested")
    with pytest.raises(SpanError, match="starts on whitespace"):
        validate_spans([Span(2, 5, "PER")], TEXT, LABELS)


def _pairwise_clash(spans: list[Span], policy: str) -> bool:
    return any(
        clash(a, b, policy) is not None  # type: ignore[arg-type]
        for a, b in itertools.combinations(spans, 2)
    )


@relaxed
@given(st.lists(word_span, max_size=8), st.sampled_from(("flat", "nested")))
def test_check_overlaps_agrees_with_every_pair(spans: list[Span], policy: str) -> None:
    try:
        nested = check_overlaps(spans, policy)  # type: ignore[arg-type]
    except OverlapError as exc:
        assert _pairwise_clash(spans, policy)
        assert clash(exc.span, exc.other, policy) == exc.kind  # type: ignore[arg-type]
        return
    assert not _pairwise_clash(spans, policy)
    overlapping = any(a.start < b.end and b.start < a.end for a, b in itertools.pairwise(spans))
    assert nested or not overlapping


@relaxed
@given(st.lists(word_span, max_size=8), st.sampled_from(("flat", "nested")))
def test_validate_spans_agrees_with_one_at_a_time(spans: list[Span], policy: str) -> None:
    existing, new = spans[: len(spans) // 2], spans[len(spans) // 2 :]
    if _pairwise_clash(existing, policy):
        return  # the layer already breaks the policy: not a state the store can be in
    one_by_one_ok = True
    layer = list(existing)
    for span in new:
        try:
            validate_span(span, TEXT, LABELS, layer, policy)  # type: ignore[arg-type]
        except SpanError:
            one_by_one_ok = False
            break
        layer.append(span)
    try:
        validate_spans(new, TEXT, LABELS, existing, policy)  # type: ignore[arg-type]
    except SpanError:
        assert not one_by_one_ok
        return
    assert one_by_one_ok


# --- decoding random tag sequences ------------------------------------------------------

any_tag = st.sampled_from(
    ["O", "B-PER", "I-PER", "E-PER", "S-PER", "B-LOC", "I-LOC", "E-LOC", "S-LOC"]
)


def _allowed(tag: str, scheme: str) -> bool:
    return tag == "O" or scheme == "BIOES" or tag[0] in "BI"


@relaxed
@given(st.lists(any_tag, max_size=12), st.sampled_from(SCHEMES))
def test_decode_random_sequences(raw: list[str], scheme: str) -> None:
    tags = [t if _allowed(t, scheme) else "O" for t in raw]
    try:
        result = decode([tags], scheme)  # type: ignore[arg-type]
    except TagError as exc:
        # refused exactly where a tag cannot be read: E- or S- in BIOES, B- in IOB1
        bad = tags[exc.token]
        assert bad[0] in ("ES" if scheme == "BIOES" else "B")
        assert scheme != "IOB2"
        return
    covered = sorted(i for first, end, _ in result.spans for i in range(first, end))
    assert covered == [i for i, t in enumerate(tags) if t != "O"]  # every tag, once
    began_with_i = unclosed = 0
    for first, end, label in result.spans:
        assert all(t.endswith("-" + label) for t in tags[first:end])
        began_with_i += tags[first].startswith("I-")
        unclosed += tags[end - 1][0] not in "ES"
    expected = {}
    if scheme != "IOB1" and began_with_i:
        expected[I_BEGAN_ENTITY] = began_with_i
    if scheme == "BIOES" and unclosed:
        expected[UNCLOSED_ENTITY] = unclosed
    assert result.repairs == expected
    # what was read is what a clean file of the same scheme says
    tokens = [(i, i + 1) for i in range(len(tags))]
    spans = [Span(first, end, label) for first, end, label in result.spans]
    clean = encode(tokens, spans, scheme)  # type: ignore[arg-type]
    again = decode([[row[0] for row in clean]], scheme)  # type: ignore[arg-type]
    assert again.spans == result.spans and again.repaired == 0
