"""What a click, drag or keyboard selection picks for labelling: the one rule.

A pick covers whole tokens (exact characters with Alt) and never begins or ends on
punctuation: ``روسيا”`` picks ``روسيا``. A pick of punctuation only is refused, except
one punctuation character chosen exactly (Alt+drag over it alone). No Qt here.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

# Punctuation that belongs to what it marks (50%, ٪٥٠, #1, @name, AT&T): never trimmed.
KEPT = frozenset("%٪‰‱#@&*§")


def is_edge_trimmed(ch: str) -> bool:
    """Characters a pick sheds at its edges: whitespace and punctuation (P*: quotes,
    brackets, dashes, . , ; : ! ? ، ؛ ؟ « » ...) except :data:`KEPT`. Symbols
    (S*: $ € + ...) stay too."""
    return ch.isspace() or (unicodedata.category(ch).startswith("P") and ch not in KEPT)


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """[start, end) without punctuation and whitespace at either edge; None if nothing
    else is left."""
    while start < end and is_edge_trimmed(text[start]):
        start += 1
    while end > start and is_edge_trimmed(text[end - 1]):
        end -= 1
    return (start, end) if start < end else None


def trim_end(text: str, start: int, end: int, *, moving_start: bool) -> tuple[int, int] | None:
    """Trim only the edge that moves (an edge drag keeps the other edge where it was)."""
    if moving_start:
        while start < end and is_edge_trimmed(text[start]):
            start += 1
    else:
        while end > start and is_edge_trimmed(text[end - 1]):
            end -= 1
    return (start, end) if start < end else None


@dataclass(frozen=True)
class Pick:
    """The outcome of a pick: a range to label or select, or why there is none."""

    extent: tuple[int, int] | None
    refusal: str = ""


def refined(text: str, start: int, end: int, *, exact: bool) -> Pick:
    """The pick [start, end) as labelled: trimmed, or refused when only punctuation is
    covered (one character chosen exactly is kept whatever it is)."""
    one_character = end - start == 1 or _single_cluster(text, start, end)
    if exact and one_character and not text[start].isspace():
        return Pick((start, end))
    kept = trim(text, start, end)
    if kept is not None:
        return Pick(kept)
    if text[start:end].strip():
        from annotator.span_words import quote  # only when refusing

        return Pick(
            None,
            QCoreApplication.translate(
                "MainWindow",
                "Not labelled: {} is punctuation only "
                "(Alt+drag over one character to label just that one)",
            ).format(quote(text[start:end].strip())),
        )
    return Pick(None)


def _single_cluster(text: str, start: int, end: int) -> bool:
    """One base character with its combining marks."""
    return end - start > 1 and all(
        unicodedata.category(ch) in ("Mn", "Me") for ch in text[start + 1 : end]
    )
