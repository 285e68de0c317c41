"""Span value type, validation with an overlap policy, and IOB1/IOB2/BIOES encoding.

Spans are character spans of a document's stored text (code points, end exclusive). For
token-level formats a span covers every token it overlaps; nested spans are laid out in
columns by nesting depth (column 0 = outermost), the way Wojood's nested CoNLL does it.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol, TypeVar

__all__ = [
    "I_BEGAN_ENTITY",
    "SCHEMES",
    "UNCLOSED_ENTITY",
    "DecodeResult",
    "HasExtent",
    "OverlapError",
    "Policy",
    "Scheme",
    "Span",
    "SpanError",
    "SpanLike",
    "TagError",
    "check_overlaps",
    "clash",
    "decode",
    "detect_scheme",
    "encode",
    "nesting_depths",
    "sort_nested",
    "validate_span",
    "validate_spans",
]

Policy = Literal["flat", "nested"]
Scheme = Literal["IOB1", "IOB2", "BIOES"]
SCHEMES: tuple[Scheme, ...] = ("IOB1", "IOB2", "BIOES")
OUTSIDE = "O"


@dataclass(frozen=True, order=True, slots=True)
class Span:
    start: int
    end: int
    label: str


class SpanError(ValueError):
    """A span that cannot be added; ``message`` is one sentence an annotator can read,
    naming offsets (files, logs); :meth:`in_text` names the words instead (the window)."""

    def __init__(self, message: str, span: SpanLike | None = None, reason: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.span, self.reason = span, reason  # reason: the predicate, without offsets

    def in_text(self, text: str, wording: dict[str, str] | None = None) -> str:
        """``«الرئيس فلاديمير» would cross PER «فلاديمير بوتين»`` (:mod:`span_words`)."""
        from annotator.span_words import in_words

        return in_words(self, text, wording)


class HasExtent(Protocol):  # anything with character offsets
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_S = TypeVar("_S", bound=HasExtent)


class SpanLike(HasExtent, Protocol):  # and a label: Span, the store's SpanInfo, ...
    @property
    def label(self) -> str: ...


_L = TypeVar("_L", bound=SpanLike)


def _describe(span: SpanLike) -> str:
    return f"{span.start}-{span.end} ({span.label})"


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_alone(span: Span, text: str, labels: Collection[str], policy: Policy) -> None:
    """The rules a span must meet by itself: offsets, label, edges not on whitespace."""
    if not isinstance(span, Span):
        raise SpanError(f"Expected a Span, got {type(span).__name__}.")
    if not _is_int(span.start) or not _is_int(span.end):
        raise SpanError(f"Span offsets must be integers, got {span.start!r} and {span.end!r}.")
    if not isinstance(span.label, str):
        raise SpanError(f"Span label must be a string, got {span.label!r}.")
    if policy not in ("flat", "nested"):
        raise SpanError(f"Unknown overlap policy {policy!r}; use 'flat' or 'nested'.")
    where = f"Span {span.start}-{span.end}"
    if span.start < 0 or span.end > len(text):
        raise SpanError(f"{where} is outside the text, which has {len(text)} characters.")
    if span.start >= span.end:
        raise SpanError(f"{where} is empty: its start must come before its end.")
    for edge, index in (("starts", span.start), ("ends", span.end - 1)):
        if text[index].isspace():
            reason = f"{edge} on whitespace"
            raise SpanError(f"{where} {reason}.", span, reason)
    if span.label not in labels:
        known = ", ".join(sorted(labels)) or "none defined"
        raise SpanError(f"Unknown label {span.label!r}; known labels: {known}.")


def validate_span(
    span: Span,
    text: str,
    labels: Collection[str],
    existing: Iterable[Span],
    policy: Policy = "flat",
) -> None:
    """Raise :class:`SpanError` unless ``span`` may be added to ``text``.

    ``existing`` are the spans already in the same layer (leave out the span being edited
    when re-validating it). Under the ``"flat"`` policy a span may not overlap any existing
    span; under ``"nested"`` it may nest inside or around others (even with the identical
    extent and another label) but not cross them or duplicate one exactly. For many spans
    at once use :func:`validate_spans`.
    """
    _check_alone(span, text, labels, policy)
    start, end = span.start, span.end
    for other in existing:
        if other.start < end and start < other.end:  # only overlapping spans can clash
            kind = clash(span, other, policy)
            if kind is not None:
                raise OverlapError(span, other, kind, existing=True)


ClashKind = Literal["duplicate", "overlaps", "crosses"]


def clash(span: SpanLike, other: SpanLike, policy: Policy) -> ClashKind | None:
    """The overlap rule, in one place: why ``span`` and ``other`` may not share a layer
    under ``policy``, or None when they may (touching spans do not overlap)."""
    if other.start >= span.end or span.start >= other.end:
        return None
    if (span.start, span.end, span.label) == (other.start, other.end, other.label):
        return "duplicate"
    if policy == "flat":
        return "overlaps"
    inside = other.start <= span.start and span.end <= other.end
    around = span.start <= other.start and other.end <= span.end
    return None if inside or around else "crosses"


class OverlapError(SpanError):
    """Two spans that may not share a layer; ``span`` is the one refused, ``other`` the
    one it clashes with, ``kind`` one of ``duplicate``, ``overlaps``, ``crosses``."""

    def __init__(self, span: SpanLike, other: SpanLike, kind: ClashKind, *, existing: bool) -> None:
        where = f"Span {_describe(span)}"
        if kind == "duplicate":
            message = f"{where} already exists." if existing else f"{where} is duplicated."
        else:
            the = "the existing span" if existing else "span"
            message = f"{where} {kind} {the} {_describe(other)}."
        super().__init__(message, span)
        self.other, self.kind = other, kind


def _sort_key(span: SpanLike) -> tuple[int, int, str]:
    return span.start, -span.end, span.label


def check_overlaps(spans: Iterable[_L], policy: Policy) -> bool:
    """Check a whole set of spans against ``policy`` in O(n log n): raise
    :class:`OverlapError` for the first pair that may not share a layer; return True when
    some span nests inside another (only possible under ``"nested"``).

    Sorted by start, longest first, the spans that are still open at a span's start form a
    chain, each inside the one before it; a span that may join the layer nests inside the
    innermost of them, so comparing it with that one decides. Identical spans sort next to
    each other (the label is part of the key), so duplicates meet there too.
    """
    ordered = sorted(spans, key=_sort_key)
    open_: list[_L] = []
    nested = False
    for span in ordered:
        while open_ and open_[-1].end <= span.start:
            open_.pop()
        if open_:
            kind = clash(span, open_[-1], policy)
            if kind is not None:
                raise OverlapError(span, open_[-1], kind, existing=False)
            nested = True
        open_.append(span)
    return nested


def validate_spans(
    spans: Sequence[Span],
    text: str,
    labels: Collection[str],
    existing: Iterable[Span] = (),
    policy: Policy = "flat",
) -> None:
    """:func:`validate_span` for many new spans at once, in O(n log n): each span alone,
    then all of them together with ``existing`` (the layer's spans, which already meet the
    policy). The refusal names a new span and what it clashes with."""
    for span in spans:
        _check_alone(span, text, labels, policy)
    new = {id(span) for span in spans}
    old = list(existing)
    try:
        check_overlaps([*old, *spans], policy)
    except OverlapError as exc:
        first, second = exc.span, exc.other
        assert first is not None  # an OverlapError names its span
        if id(first) not in new:  # name the new span first
            first, second = second, first
        raise OverlapError(first, second, exc.kind, existing=id(second) not in new) from None


def sort_nested(spans: Iterable[_S]) -> list[_S]:
    """Spans by start, then longest first (outermost first); input order breaks exact ties."""
    return sorted(spans, key=lambda s: (s.start, -s.end))


def nesting_depths(spans: Sequence[HasExtent]) -> list[int]:
    """Depth of each span (in input order): how many other spans strictly enclose it.

    Of two spans with the identical extent, the earlier one in input order encloses the
    later one. Spans that cross (neither contains the other) do not add to each other's
    depth.
    """
    order = sorted(range(len(spans)), key=lambda i: (spans[i].start, -spans[i].end, i))
    depths = [0] * len(spans)
    # ``open_`` holds the indices of the enclosing candidates seen so far, outermost first;
    # in this order a span's enclosers are the ones still open whose end reaches its end.
    open_: list[int] = []
    for i in order:
        span = spans[i]
        open_ = [j for j in open_ if spans[j].end > span.start]
        depths[i] = sum(1 for j in open_ if spans[j].end >= span.end)
        open_.append(i)
    return depths


def _extent(token: object) -> tuple[int, int]:
    if isinstance(token, tuple):
        return token[0], token[1]
    return token.start, token.end  # type: ignore[attr-defined]


def encode(
    tokens: Sequence[tuple[int, int]] | Sequence[HasExtent],
    spans: Iterable[SpanLike],
    scheme: Scheme = "IOB2",
) -> list[list[str]]:
    """Tags for each token: ``result[i][k]`` is the tag of token ``i`` in column ``k``.

    ``tokens`` are ``(start, end)`` character extents (or objects with ``start``/``end``) in
    text order; a span covers every token it overlaps. Column ``k`` holds the spans at
    nesting depth ``k``; every token gets ``max depth + 1`` columns, padded with ``"O"``.
    Raises ``ValueError`` for an unknown scheme, a span that covers no token, or two spans
    that would need the same column of one token (crossing spans, or spans not aligned to
    token edges).
    """
    if scheme not in SCHEMES:
        raise ValueError(f"unknown tagging scheme {scheme!r}; use one of {', '.join(SCHEMES)}")
    extents = [_extent(t) for t in tokens]
    starts = [s for s, _ in extents]
    ends = [e for _, e in extents]
    span_list = list(spans)
    depths = nesting_depths(span_list)
    width = max(depths, default=0) + 1
    owner: list[list[int | None]] = [[None] * len(extents) for _ in range(width)]
    ranges: list[tuple[int, int]] = []
    for index, (span, depth) in enumerate(zip(span_list, depths, strict=True)):
        first = bisect.bisect_right(ends, span.start)
        last = bisect.bisect_left(starts, span.end)
        if first >= last:
            raise ValueError(f"span {span.start}-{span.end} ({span.label}) covers no token")
        column = owner[depth]
        for i in range(first, last):
            taken = column[i]
            if taken is not None:
                other = span_list[taken]
                raise ValueError(
                    f"spans {span.start}-{span.end} ({span.label}) and "
                    f"{other.start}-{other.end} ({other.label}) share token {i} "
                    f"at nesting depth {depth}"
                )
            column[i] = index
        ranges.append((first, last))
    tags = [[OUTSIDE] * width for _ in extents]
    for k, column in enumerate(owner):
        for index, (first, last) in enumerate(ranges):
            if depths[index] != k:
                continue
            label = span_list[index].label
            for i in range(first, last):
                tags[i][k] = _tag_for(scheme, i, first, last, label, column, span_list, index)
    return tags


def _tag_for(
    scheme: Scheme,
    i: int,
    first: int,
    last: int,
    label: str,
    column: list[int | None],
    span_list: Sequence[SpanLike],
    index: int,
) -> str:
    if scheme == "IOB2":
        return f"B-{label}" if i == first else f"I-{label}"
    if scheme == "BIOES":
        if last - first == 1:
            return f"S-{label}"
        if i == first:
            return f"B-{label}"
        return f"E-{label}" if i == last - 1 else f"I-{label}"
    # IOB1: B- only where an entity directly follows another one of the same type.
    if i == first and first > 0:
        before = column[first - 1]
        if before is not None and before != index and span_list[before].label == label:
            return f"B-{label}"
    return f"I-{label}"


#: The kinds of repair :func:`decode` counts (see :class:`DecodeResult`).
I_BEGAN_ENTITY = "i_began_entity"
UNCLOSED_ENTITY = "unclosed_entity"


class TagError(ValueError):
    """A tag sequence the scheme cannot mean; ``column`` and ``token`` say where."""

    def __init__(self, reason: str, column: int, token: int) -> None:
        super().__init__(f"{reason} (token {token} of column {column})")
        self.reason, self.column, self.token = reason, column, token


@dataclass(frozen=True)
class DecodeResult:
    """Decoded entities as ``(first_token, end_token_exclusive, label)``.

    ``depths[i]`` is the column ``spans[i]`` came from. ``repairs`` counts, per kind, the
    malformed but unambiguous sequences that were read leniently: ``I_BEGAN_ENTITY``, an
    ``I-`` that began an entity (IOB2, BIOES; in IOB1 that is the normal form), and
    ``UNCLOSED_ENTITY``, a BIOES entity not closed by ``E-``. ``repaired`` is their total.
    """

    spans: list[tuple[int, int, str]]
    repairs: dict[str, int] = field(default_factory=dict)
    depths: list[int] = field(default_factory=list)

    @property
    def repaired(self) -> int:
        return sum(self.repairs.values())


_PREFIXES: dict[str, frozenset[str]] = {
    "IOB1": frozenset("BI"),
    "IOB2": frozenset("BI"),
    "BIOES": frozenset("BIES"),
}


def _parse_tag(tag: str, scheme: Scheme, column: int, index: int) -> tuple[str, str]:
    if tag == OUTSIDE:
        return OUTSIDE, ""
    prefix, dash, label = tag.partition("-")
    if not dash or not label or prefix not in _PREFIXES[scheme]:
        raise TagError(f"invalid {scheme} tag {tag!r}", column, index)
    return prefix, label


class _Column:
    """The entities of one tag column, read left to right (see :func:`decode`)."""

    def __init__(self, scheme: Scheme, column: int) -> None:
        self.scheme, self.column = scheme, column
        self.found: list[tuple[int, int, str]] = []
        self.repairs: Counter[str] = Counter()
        self.start: int | None = None  # the open entity's first token
        self.label = ""

    def close(self, end: int, *, terminated: bool) -> None:
        if self.start is None:
            return
        self.found.append((self.start, end, self.label))
        if self.scheme == "BIOES" and not terminated:
            self.repairs[UNCLOSED_ENTITY] += 1
        self.start = None

    def refuse(self, reason: str, index: int) -> TagError:
        return TagError(f"invalid {self.scheme} sequence: {reason}", self.column, index)

    def read(self, i: int, prefix: str, kind: str) -> None:
        continues = self.start is not None and kind == self.label
        if prefix == OUTSIDE:
            self.close(i, terminated=False)
        elif prefix == "I":
            if not continues:
                self.close(i, terminated=False)
                if self.scheme != "IOB1":
                    self.repairs[I_BEGAN_ENTITY] += 1
                self.start, self.label = i, kind
        elif prefix == "B":
            if self.scheme == "IOB1" and not continues:
                raise self.refuse(
                    f"B-{kind} does not follow an entity of type {kind} (in IOB1 a B- tag "
                    "only separates two adjacent entities of one type)",
                    i,
                )
            self.close(i, terminated=False)
            self.start, self.label = i, kind
        elif prefix == "E":
            if not continues:
                raise self.refuse(f"E-{kind} closes no open {kind} entity", i)
            self.close(i + 1, terminated=True)
        else:  # S
            if self.start is not None:
                raise self.refuse(
                    f"S-{kind} inside an open {self.label} entity (begun at token "
                    f"{self.start}, not closed by E-)",
                    i,
                )
            self.start, self.label = i, kind
            self.close(i + 1, terminated=True)


def _decode_column(
    tags: Sequence[str], scheme: Scheme, column: int
) -> tuple[list[tuple[int, int, str]], Counter[str]]:
    state = _Column(scheme, column)
    for i, tag in enumerate(tags):
        prefix, kind = _parse_tag(tag, scheme, column, i)
        state.read(i, prefix, kind)
    state.close(len(tags), terminated=False)
    return state.found, state.repairs


def decode(columns: Sequence[Sequence[str]], scheme: Scheme = "IOB2") -> DecodeResult:
    """Entities in tag columns (``columns[k]`` = the tags of every token in column ``k``).

    Malformed but unambiguous sequences are read leniently and counted in ``repairs``; a
    sequence the scheme cannot mean raises :class:`TagError` (a ``ValueError``): in BIOES
    an ``E-X`` with no open ``X`` entity or an ``S-`` inside an open entity, in IOB1 a
    ``B-X`` that does not follow an ``X`` entity. Spans come ordered by first token, outer
    (lower column) before inner at the same start. Raises ``ValueError`` for an unknown
    scheme, columns of different lengths or an invalid tag (a :class:`TagError`).
    """
    if scheme not in SCHEMES:
        raise ValueError(f"unknown tagging scheme {scheme!r}; use one of {', '.join(SCHEMES)}")
    if len({len(c) for c in columns}) > 1:
        raise ValueError("tag columns have different lengths")
    entries: list[tuple[int, int, int, str]] = []
    repairs: Counter[str] = Counter()
    for k, tags in enumerate(columns):
        found, counts = _decode_column(tags, scheme, k)
        repairs.update(counts)
        entries += [(first, k, end, label) for first, end, label in found]
    entries.sort(key=lambda e: (e[0], e[1]))
    return DecodeResult(
        spans=[(first, end, label) for first, _, end, label in entries],
        repairs=dict(repairs),
        depths=[k for _, k, _, _ in entries],
    )


def detect_scheme(tag_lists: Iterable[Sequence[str]]) -> Scheme:
    """Guess the scheme of tag sequences (sentences or columns).

    Any ``E-``/``S-`` tag means BIOES. Otherwise a ``B-`` that starts an entity after ``O``,
    the start or another type means IOB2; ``I-`` tags starting entities with ``B-`` used
    only between adjacent entities of one type mean IOB1. All-``O`` input counts as IOB2.
    """
    iob1_evidence = iob2_evidence = False
    for tags in tag_lists:
        previous = ""
        for tag in tags:
            prefix, _, label = tag.partition("-")
            if prefix in ("E", "S") and label:
                return "BIOES"
            starts_entity = previous != label
            if prefix == "B" and starts_entity:
                iob2_evidence = True
            if prefix == "I" and starts_entity:
                iob1_evidence = True
            previous = label if prefix in ("B", "I") else ""
    return "IOB1" if iob1_evidence and not iob2_evidence else "IOB2"
