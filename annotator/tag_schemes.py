"""IOB1/IOB2/BIOES tag schemes: spans to token tags and back, and nesting depths.

For token-level formats a span covers every token it overlaps; nested spans are laid out
in columns by nesting depth (column 0 = outermost), the way Wojood's nested CoNLL does
it.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from annotator.spans import HasExtent, SpanLike

__all__ = [
    "I_BEGAN_ENTITY",
    "SCHEMES",
    "UNCLOSED_ENTITY",
    "DecodeResult",
    "Scheme",
    "TagError",
    "decode",
    "detect_scheme",
    "encode",
    "nesting_depths",
]

Scheme = Literal["IOB1", "IOB2", "BIOES"]
SCHEMES: tuple[Scheme, ...] = ("IOB1", "IOB2", "BIOES")
OUTSIDE = "O"


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
