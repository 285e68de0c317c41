import itertools
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.spans import Span, SpanError, sort_nested, validate_span
from annotator.tag_schemes import (
    I_BEGAN_ENTITY,
    SCHEMES,
    UNCLOSED_ENTITY,
    TagError,
    decode,
    detect_scheme,
    encode,
    nesting_depths,
)
from annotator.text import tokenize

relaxed = settings(deadline=None)

TEXT = "وصل كيم جونغ أون إلى لروسيا"
#       0   4   8    13  17  21    (token starts)
LABELS = ("PER", "LOC", "ORG")


def refused(span: Span, existing: Sequence[Span] = (), policy: str = "flat") -> str:
    with pytest.raises(SpanError) as info:
        validate_span(span, TEXT, LABELS, existing, policy)  # type: ignore[arg-type]
    assert str(info.value) == info.value.message
    return info.value.message


# --- value type -------------------------------------------------------------------------


def test_span_is_frozen_and_ordered() -> None:
    assert sorted([Span(4, 8, "B"), Span(0, 3, "Z"), Span(4, 7, "A")]) == [
        Span(0, 3, "Z"),
        Span(4, 7, "A"),
        Span(4, 8, "B"),
    ]
    with pytest.raises(AttributeError):
        Span(0, 1, "X").start = 2  # type: ignore[misc]
    assert issubclass(SpanError, ValueError)


# --- validation -------------------------------------------------------------------------


def test_valid_spans_pass() -> None:
    validate_span(Span(4, 16, "PER"), TEXT, LABELS, [])
    validate_span(Span(22, 27, "LOC"), TEXT, LABELS, [Span(4, 16, "PER")])  # روسيا in لروسيا


@pytest.mark.parametrize(
    ("span", "words"),
    [
        (Span(-1, 3, "PER"), ["outside", "27"]),
        (Span(20, 28, "PER"), ["outside", "27"]),
        (Span(5, 5, "PER"), ["empty"]),
        (Span(6, 5, "PER"), ["empty"]),
        (Span(3, 7, "PER"), ["starts on whitespace"]),
        (Span(4, 8, "PER"), ["ends on whitespace"]),
        (Span(4, 7, "GPE"), ["Unknown label 'GPE'", "LOC, ORG, PER"]),
    ],
)
def test_refusals(span: Span, words: list[str]) -> None:
    message = refused(span)
    for word in words:
        assert word in message
    assert message.endswith(".") and message.count(". ") == 0


def test_unknown_label_with_no_labels() -> None:
    with pytest.raises(SpanError, match="none defined"):
        validate_span(Span(0, 3, "PER"), TEXT, [], [])


def test_flat_policy_refuses_any_overlap() -> None:
    existing = [Span(4, 16, "PER")]
    assert refused(Span(8, 12, "LOC"), existing) == (
        "Span 8-12 (LOC) overlaps the existing span 4-16 (PER)."
    )
    assert "4-16 (PER)" in refused(Span(0, 7, "ORG"), existing)
    assert "4-16 (PER)" in refused(Span(4, 16, "ORG"), existing)
    assert refused(Span(4, 16, "PER"), existing) == "Span 4-16 (PER) already exists."
    # Touching is not overlapping.
    validate_span(Span(0, 3, "ORG"), TEXT, LABELS, existing)
    validate_span(Span(17, 20, "ORG"), TEXT, LABELS, existing)


def test_nested_policy() -> None:
    existing = [Span(4, 16, "PER")]
    validate_span(Span(4, 7, "PER"), TEXT, LABELS, existing, "nested")  # inside
    validate_span(Span(0, 16, "ORG"), TEXT, LABELS, existing, "nested")  # around
    validate_span(Span(4, 16, "ORG"), TEXT, LABELS, existing, "nested")  # same extent
    assert refused(Span(8, 20, "LOC"), existing, "nested") == (
        "Span 8-20 (LOC) crosses the existing span 4-16 (PER)."
    )
    assert "already exists" in refused(Span(4, 16, "PER"), existing, "nested")


def test_bad_argument_types_are_span_errors() -> None:
    with pytest.raises(SpanError):
        validate_span(Span("0", 3, "PER"), TEXT, LABELS, [])  # type: ignore[arg-type]
    with pytest.raises(SpanError):
        validate_span(Span(0, 3, "PER"), TEXT, LABELS, [], "loose")  # type: ignore[arg-type]


# --- nesting ----------------------------------------------------------------------------


def test_sort_nested_and_depths() -> None:
    spans = [
        Span(8, 12, "B"),
        Span(0, 20, "A"),
        Span(0, 20, "C"),
        Span(8, 16, "D"),
        Span(0, 3, "E"),
    ]
    assert sort_nested(spans) == [spans[1], spans[2], spans[4], spans[3], spans[0]]
    # A encloses everything; C (same extent, later) is inside A; D inside A and C; B inside
    # A, C and D; E inside A and C.
    assert nesting_depths(spans) == [3, 0, 1, 2, 2]
    assert nesting_depths([]) == []
    # Crossing spans do not count as enclosing each other.
    assert nesting_depths([Span(0, 5, "A"), Span(3, 8, "B")]) == [0, 0]


# --- encoding ---------------------------------------------------------------------------

TOKENS = [(t.start, t.end) for t in tokenize(TEXT)]  # وصل كيم جونغ أون إلى لروسيا


def test_encode_flat_schemes() -> None:
    spans = [Span(4, 16, "PER"), Span(21, 27, "LOC")]
    assert encode(TOKENS, spans, "IOB2") == [
        ["O"], ["B-PER"], ["I-PER"], ["I-PER"], ["O"], ["B-LOC"]
    ]  # fmt: skip
    assert encode(TOKENS, spans, "BIOES") == [
        ["O"], ["B-PER"], ["I-PER"], ["E-PER"], ["O"], ["S-LOC"]
    ]  # fmt: skip
    assert encode(TOKENS, spans, "IOB1") == [
        ["O"], ["I-PER"], ["I-PER"], ["I-PER"], ["O"], ["I-LOC"]
    ]  # fmt: skip
    assert encode(TOKENS, [], "IOB2") == [["O"]] * 6


def test_encode_iob1_uses_b_between_same_type_entities() -> None:
    spans = [Span(4, 7, "PER"), Span(8, 16, "PER"), Span(17, 20, "LOC")]
    assert encode(TOKENS, spans, "IOB1") == [
        ["O"], ["I-PER"], ["B-PER"], ["I-PER"], ["I-LOC"], ["O"]
    ]  # fmt: skip


def test_encode_nested_columns() -> None:
    # Wojood style: ORG over tokens 1-3, PER inside it on token 3, LOC alone on token 5.
    spans = [Span(21, 27, "LOC"), Span(13, 16, "PER"), Span(4, 16, "ORG")]
    assert encode(TOKENS, spans, "IOB2") == [
        ["O", "O"],
        ["B-ORG", "O"],
        ["I-ORG", "O"],
        ["I-ORG", "B-PER"],
        ["O", "O"],
        ["B-LOC", "O"],
    ]


def test_encode_accepts_token_objects_and_refuses_conflicts() -> None:
    tokens = tokenize(TEXT)
    assert encode(tokens, [Span(0, 3, "ORG")]) == encode(TOKENS, [Span(0, 3, "ORG")])
    with pytest.raises(ValueError, match="share token 5"):
        encode(TOKENS, [Span(21, 22, "ORG"), Span(22, 27, "LOC")])  # not token aligned
    with pytest.raises(ValueError, match="covers no token"):
        encode([(0, 3)], [Span(5, 9, "LOC")])
    with pytest.raises(ValueError, match="unknown tagging scheme"):
        encode(TOKENS, [], "BILOU")  # type: ignore[arg-type]


# --- decoding ---------------------------------------------------------------------------


def test_decode_iob2_repairs_i_that_starts_an_entity() -> None:
    result = decode([["I-PER", "I-PER", "O", "B-LOC", "I-ORG", "I-ORG"]], "IOB2")
    assert result.spans == [(0, 2, "PER"), (3, 4, "LOC"), (4, 6, "ORG")]
    assert result.repaired == 2


def test_decode_iob1() -> None:
    result = decode([["I-PER", "I-PER", "B-PER", "O", "I-LOC"]], "IOB1")
    assert result.spans == [(0, 2, "PER"), (2, 3, "PER"), (4, 5, "LOC")]
    assert result.repaired == 0


def test_decode_bioes_lenient() -> None:
    good = decode([["B-PER", "I-PER", "E-PER", "S-LOC", "O"]], "BIOES")
    assert good.spans == [(0, 3, "PER"), (3, 4, "LOC")]
    assert good.repaired == 0
    # B- never closed (twice: before O and before another B-), I- without B-.
    bad = decode([["B-PER", "O", "I-ORG", "E-ORG", "B-PER", "B-LOC", "E-LOC"]], "BIOES")
    assert bad.spans == [(0, 1, "PER"), (2, 4, "ORG"), (4, 5, "PER"), (5, 7, "LOC")]
    assert bad.repairs == {I_BEGAN_ENTITY: 1, UNCLOSED_ENTITY: 2}
    assert bad.repaired == 3


@pytest.mark.parametrize(
    ("tags", "scheme", "token", "words"),
    [
        (["E-PERS", "B-PERS"], "BIOES", 0, "E-PERS closes no open PERS entity"),
        (["B-PER", "E-LOC"], "BIOES", 1, "E-LOC closes no open LOC"),
        (["B-PER", "I-PER", "S-PER", "E-PER"], "BIOES", 2, "S-PER inside an open PER entity"),
        (["B-PER", "S-LOC"], "BIOES", 1, "S-LOC inside an open PER"),
        (["O", "B-PER"], "IOB1", 1, "B-PER does not follow an entity of type PER"),
        (["I-LOC", "B-PER"], "IOB1", 1, "does not follow"),
    ],
)
def test_decode_refuses_what_the_scheme_cannot_mean(
    tags: list[str], scheme: str, token: int, words: str
) -> None:
    with pytest.raises(TagError) as info:
        decode([tags], scheme)  # type: ignore[arg-type]
    assert info.value.token == token and info.value.column == 0
    assert words in info.value.reason and "invalid" in str(info.value)


def test_decode_wojood_sample_columns() -> None:
    # مجلس الأمن ضد الأسد from tests/data/wojood_sample_train.txt (padded with O).
    columns = [["B-ORG", "I-ORG", "I-ORG", "I-ORG"], ["O", "O", "O", "B-PERS"]]
    result = decode(columns)
    assert result.spans == [(0, 4, "ORG"), (3, 4, "PERS")]
    assert result.depths == [0, 1]


def test_decode_orders_outer_first() -> None:
    columns = [["O", "B-A", "I-A"], ["B-B", "B-C", "O"]]
    assert decode(columns).spans == [(0, 1, "B"), (1, 3, "A"), (1, 2, "C")]


def test_decode_errors() -> None:
    with pytest.raises(ValueError, match="token 1 of column 0"):
        decode([["O", "PER"]])
    with pytest.raises(ValueError, match="'S-PER'"):
        decode([["S-PER"]], "IOB2")
    with pytest.raises(ValueError, match="different lengths"):
        decode([["O"], ["O", "O"]])
    assert decode([]).spans == []


def test_detect_scheme() -> None:
    assert detect_scheme([["B-PER", "I-PER", "O"], ["O", "S-LOC"]]) == "BIOES"
    assert detect_scheme([["B-PER", "E-PER"]]) == "BIOES"
    assert detect_scheme([["I-PER", "I-PER", "B-PER", "O", "I-LOC"]]) == "IOB1"
    # ANERcorp: IOB2 with a few I- tags starting entities.
    assert detect_scheme([["B-PER", "I-PER", "O"], ["I-LOC", "O"]]) == "IOB2"
    assert detect_scheme([["O", "O"]]) == "IOB2"
    assert detect_scheme([]) == "IOB2"


# --- properties -------------------------------------------------------------------------


@st.composite
def token_extents(draw: st.DrawFn) -> list[tuple[int, int]]:
    lengths = draw(
        st.lists(st.tuples(st.integers(1, 4), st.integers(0, 2)), min_size=1, max_size=25)
    )
    extents, pos = [], 0
    for length, gap in lengths:
        extents.append((pos, pos + length))
        pos += length + gap
    return extents


def _laminar(
    draw: st.DrawFn, lo: int, hi: int, depth: int, out: list[tuple[int, int, str]]
) -> None:
    """Properly nested token ranges inside [lo, hi)."""
    pos = lo
    while pos < hi and depth < 4 and draw(st.booleans()):
        start = draw(st.integers(pos, hi - 1))
        end = draw(st.integers(start + 1, hi))
        out.append((start, end, draw(st.sampled_from(LABELS))))
        _laminar(draw, start, end, depth + 1, out)
        pos = end


@st.composite
def encoded_case(draw: st.DrawFn, nested: bool) -> tuple[list[tuple[int, int]], list[Span]]:
    tokens = draw(token_extents())
    ranges: list[tuple[int, int, str]] = []
    if nested:
        _laminar(draw, 0, len(tokens), 0, ranges)
    else:
        _laminar(draw, 0, len(tokens), 3, ranges)  # depth limit 4: one level only
    spans = [Span(tokens[a][0], tokens[b - 1][1], label) for a, b, label in ranges]
    return tokens, draw(st.permutations(spans))


def _round_trip(tokens: list[tuple[int, int]], spans: list[Span], scheme: str) -> None:
    rows = encode(tokens, spans, scheme)  # type: ignore[arg-type]
    width = len(rows[0])
    assert all(len(row) == width for row in rows)
    columns = [[row[k] for row in rows] for k in range(width)]
    result = decode(columns, scheme)  # type: ignore[arg-type]
    assert result.repaired == 0
    decoded = [Span(tokens[a][0], tokens[b - 1][1], label) for a, b, label in result.spans]
    expected = sort_nested(spans)
    # Exact ties keep input order in sort_nested; decoding restores them column by column,
    # so compare the order of extents and the multiset of spans.
    assert [(s.start, s.end) for s in decoded] == [(s.start, s.end) for s in expected]
    assert sorted(decoded) == sorted(spans)
    if spans:
        assert detect_scheme(columns) == scheme


@relaxed
@given(encoded_case(nested=False), st.sampled_from(SCHEMES))
def test_flat_round_trip(case: tuple[list[tuple[int, int]], list[Span]], scheme: str) -> None:
    tokens, spans = case
    _round_trip(tokens, spans, scheme)
    assert len(encode(tokens, spans, scheme)[0]) == 1  # type: ignore[arg-type]


@relaxed
@given(encoded_case(nested=True), st.sampled_from(SCHEMES))
def test_nested_round_trip(case: tuple[list[tuple[int, int]], list[Span]], scheme: str) -> None:
    tokens, spans = case
    _round_trip(tokens, spans, scheme)
    if spans:
        assert len(encode(tokens, spans, scheme)[0]) == max(nesting_depths(spans)) + 1  # type: ignore[arg-type]


offsets = st.integers(-3, 40)
any_span = st.builds(Span, offsets, offsets, st.sampled_from([*LABELS, "GPE", ""]))


@relaxed
@given(
    any_span,
    st.text(max_size=30),
    st.lists(st.sampled_from([*LABELS, "GPE"]), max_size=3),
    st.lists(any_span, max_size=6),
    st.sampled_from(["flat", "nested"]),
)
def test_validate_span_only_raises_span_error(
    span: Span, text: str, labels: list[str], existing: list[Span], policy: str
) -> None:
    try:
        validate_span(span, text, labels, existing, policy)  # type: ignore[arg-type]
    except SpanError as err:
        assert err.message and "\n" not in err.message
    else:
        assert 0 <= span.start < span.end <= len(text)
        assert span.label in labels


@relaxed
@given(st.lists(any_span, max_size=12), st.sampled_from(["flat", "nested"]))
def test_accepted_spans_respect_policy(candidates: list[Span], policy: str) -> None:
    text = "ab cd ef gh ij kl mn op qr st uv wx yz ab cd"
    accepted: list[Span] = []
    for span in candidates:
        try:
            validate_span(span, text, LABELS, accepted, policy)  # type: ignore[arg-type]
        except SpanError:
            continue
        accepted.append(span)
    for i, a in enumerate(accepted):
        for b in accepted[i + 1 :]:
            assert a != b
            if a.start < b.end and b.start < a.end:
                assert policy == "nested"
                assert (a.start <= b.start and b.end <= a.end) or (
                    b.start <= a.start and a.end <= b.end
                )


tag = st.sampled_from(
    ["O", "B-PER", "I-PER", "E-PER", "S-PER", "I-LOC", "B-LOC", "PER", "B-", "X-Y"]
)


@relaxed
@given(st.lists(st.lists(tag, min_size=5, max_size=5), max_size=3), st.sampled_from(SCHEMES))
def test_decode_any_tags(columns: list[list[str]], scheme: str) -> None:
    try:
        result = decode(columns, scheme)  # type: ignore[arg-type]
    except ValueError as err:
        assert "invalid" in str(err)
        return
    assert len(result.depths) == len(result.spans)
    for (first, end, label), depth in zip(result.spans, result.depths, strict=True):
        assert 0 <= first < end <= 5
        assert columns[depth][first].endswith("-" + label)
    # The entities of each column do not overlap.
    for k in range(len(columns)):
        extents = sorted(
            (a, b) for (a, b, _), d in zip(result.spans, result.depths, strict=True) if d == k
        )
        assert all(b <= c for (_, b), (c, _) in itertools.pairwise(extents))


@relaxed
@given(token_extents(), st.lists(any_span, max_size=6), st.sampled_from(SCHEMES))
def test_encode_any_spans_raises_only_value_error(
    tokens: list[tuple[int, int]], spans: list[Span], scheme: str
) -> None:
    try:
        rows = encode(tokens, spans, scheme)  # type: ignore[arg-type]
    except ValueError:
        return
    assert len(rows) == len(tokens)
    assert len({len(row) for row in rows}) == 1
