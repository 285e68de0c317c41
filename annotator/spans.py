"""Span value type and validation with an overlap policy.

Spans are character spans of a document's stored text (code points, end exclusive). The
tag schemes (IOB1/IOB2/BIOES encoding and decoding, nesting depths) live in
:mod:`annotator.tag_schemes`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from operator import attrgetter, le
from typing import Literal, Protocol, TypeVar

__all__ = [
    "HasExtent",
    "OverlapError",
    "Policy",
    "Span",
    "SpanError",
    "SpanLike",
    "check_overlaps",
    "clash",
    "in_order",
    "sort_nested",
    "validate_span",
    "validate_spans",
]

Policy = Literal["flat", "nested"]


@dataclass(frozen=True, order=True, slots=True)
class Span:
    start: int
    end: int
    label: str


class SpanError(ValueError):
    """A span that cannot be added; ``message`` is one sentence an annotator can read,
    naming offsets (files, logs); :meth:`in_text` names the words instead (the window)."""

    def __init__(
        self,
        message: str,
        span: SpanLike | None = None,
        reason: str = "",
        code: str = "",
        **params: object,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.span, self.reason = span, reason  # reason: the predicate, without offsets
        # a stable name of the rule broken and its arguments (see annotator.store.errors)
        self.code, self.params = code, params

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
    at = {"start": span.start, "end": span.end}
    if span.start < 0 or span.end > len(text):
        message = f"{where} is outside the text, which has {len(text)} characters."
        raise SpanError(message, None, "", "span_outside", **at, length=len(text))
    if span.start >= span.end:
        message = f"{where} is empty: its start must come before its end."
        raise SpanError(message, None, "", "span_empty", **at)
    for edge, index in (("starts", span.start), ("ends", span.end - 1)):
        if text[index].isspace():
            reason = f"{edge} on whitespace"
            raise SpanError(f"{where} {reason}.", span, reason, f"span_{edge}_on_space", **at)
    if span.label not in labels:
        known = ", ".join(sorted(labels)) or "none defined"
        message = f"Unknown label {span.label!r}; known labels: {known}."
        raise SpanError(message, None, "", "unknown_label", label=span.label, known=sorted(labels))


def _check_each(spans: Sequence[Span], text: str, labels: Collection[str], policy: Policy) -> None:
    """:func:`_check_alone` for each span, whose messages are built only for a span that
    fails the same rules checked inline (most spans pass: a tenth of the time)."""
    if policy not in ("flat", "nested"):
        for span in spans:
            _check_alone(span, text, labels, policy)
        return
    length = len(text)
    for span in spans:
        if (
            span.__class__ is Span
            and (start := span.start).__class__ is int
            and (end := span.end).__class__ is int
            and 0 <= start < end <= length
            and span.label.__class__ is str
            and not text[start].isspace()
            and not text[end - 1].isspace()
            and span.label in labels
        ):
            continue
        _check_alone(span, text, labels, policy)  # raises (or passes an int subclass)


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
        code = f"span_{kind}" if kind != "duplicate" or not existing else "span_exists"
        super().__init__(
            message,
            span,
            "",
            code,
            **{"start": span.start, "end": span.end, "label": span.label},
            **{"other_start": other.start, "other_end": other.end, "other_label": other.label},
        )
        self.other, self.kind = other, kind


_START = attrgetter("start")
_END = attrgetter("end")


def _sort_key(span: SpanLike) -> tuple[int, int, str]:
    return span.start, -span.end, span.label


def in_order(spans: Sequence[HasExtent]) -> bool:
    """Whether each span ends where or before the next one starts (most files): then no
    two of them overlap, or are the same. Checked at C speed, without sorting."""
    return all(map(le, map(_END, spans), map(_START, islice(spans, 1, None))))


def check_overlaps(spans: Iterable[_L], policy: Policy) -> bool:
    """Check a whole set of spans against ``policy`` in O(n log n): raise
    :class:`OverlapError` for the first pair that may not share a layer; return True when
    some span nests inside another (only possible under ``"nested"``).

    Sorted by start, longest first, the spans that are still open at a span's start form a
    chain, each inside the one before it; a span that may join the layer nests inside the
    innermost of them, so comparing it with that one decides. Identical spans sort next to
    each other (the label is part of the key), so duplicates meet there too.

    Spans given in order, each ending where or before the next starts (most files), are
    recognised in one pass without sorting: none of them overlaps another.
    """
    given = spans if isinstance(spans, list) else list(spans)
    if in_order(given):
        return False
    ordered = sorted(given, key=_sort_key)
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
    _check_each(spans, text, labels, policy)
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
