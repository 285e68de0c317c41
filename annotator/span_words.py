"""Span refusals in the words of the text, for the window: ``«الرئيس فلاديمير» would
cross PER «فلاديمير بوتين»``. The one place of this wording (:meth:`SpanError.in_text
<annotator.spans.SpanError.in_text>` calls it); :mod:`annotator.spans` words the same
refusals with offsets, for files and logs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotator.spans import SpanError

QUOTE_LIMIT = 40  # characters of a span quoted in full; longer ones are shortened

# The wording of the refusals; the window passes the same templates in its language
# ({words}: the refused span quoted, {label} and {other}: the span in the way).
WORDING = {
    "duplicate": "{words} is already labelled {label}",
    "overlap": "{words} would overlap {label} {other}",
    "cross": "{words} would cross {label} {other}",
    "starts": "{words} starts on whitespace",
    "ends": "{words} ends on whitespace",
}
EDGES = {"span_starts_on_space": "starts", "span_ends_on_space": "ends"}  # code -> template


def quote(text: str) -> str:
    """``«text»`` for a message: invisible characters shown as ``<U+XXXX>``, line breaks
    as spaces, long text shortened in the middle."""
    from annotator.text.chars import visible_form

    flat = " ".join(text.split("\n"))
    if len(flat) > QUOTE_LIMIT:
        half = QUOTE_LIMIT // 2
        flat = f"{flat[:half]}…{flat[-half:]}"
    return f"«{visible_form(flat)}»"


def in_words(error: SpanError, text: str, wording: dict[str, str] | None = None) -> str:
    """The refusal ``error`` naming words of ``text`` instead of offsets (its message,
    without the full stop, when it names no span of the text). ``wording`` replaces
    templates of :data:`WORDING` (a translation)."""
    templates = {**WORDING, **(wording or {})}
    span, size = error.span, len(text)
    if span is None or not 0 <= span.start < span.end <= size:
        return error.message.rstrip(".")
    words = quote(text[span.start : span.end])
    other = getattr(error, "other", None)  # an OverlapError's other span
    if other is None or not 0 <= other.start < other.end <= size:
        if error.code in EDGES:
            return templates[EDGES[error.code]].format(words=words)
        return f"{words} {error.reason}" if error.reason else error.message.rstrip(".")
    if getattr(error, "kind", "") == "duplicate":
        return templates["duplicate"].format(words=words, label=other.label)
    inside = other.start <= span.start and span.end <= other.end
    around = span.start <= other.start and other.end <= span.end
    template = templates["overlap" if inside or around else "cross"]
    other_words = quote(text[other.start : other.end])
    return template.format(words=words, label=other.label, other=other_words)
