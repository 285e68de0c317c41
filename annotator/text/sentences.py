"""Sentence splitting over tokens.

A sentence ends after a token that is a sentence-final mark (``. ! ? ؟ … ۔``) and at every
line break between two tokens. A run of final marks and the closing quotes or brackets right
after it (``?!``, ``...``, ``.»``) stay with the sentence they close, so no sentence consists
of punctuation alone. A ``.`` inside a number token (``3.5``) is not a token of its own and
therefore never ends a sentence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from annotator.text.chars import GLUE_CHARS, category_class
from annotator.text.tokens import Token

__all__ = ["SENTENCE_FINAL", "sentence_ranges"]

SENTENCE_FINAL = frozenset(".!?\u061f\u2026\u06d4\u203c\u2047\u2048\u2049")


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns for a final mark / closing quote with any glue and marks around it."""
    marks_bmp, marks_astral = category_class("Mn", "Me")
    glue = f"[{re.escape(GLUE_CHARS)}{marks_bmp}{marks_astral}]*+"
    final = re.compile(f"{glue}[{re.escape(''.join(sorted(SENTENCE_FINAL)))}]{glue}")
    closing = re.compile(f"{glue}[{category_class('Pe', 'Pf')[0]}]{glue}")
    return final, closing


def _is_final(token: Token) -> bool:
    text = token.text
    if text in SENTENCE_FINAL:
        return True
    # Cheap test first: most tokens are words without any final mark.
    return not SENTENCE_FINAL.isdisjoint(text) and _patterns()[0].fullmatch(text) is not None


def _is_closing(token: Token) -> bool:
    return _patterns()[1].fullmatch(token.text) is not None


def sentence_ranges(text: str, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Split ``tokens`` of ``text`` into sentences.

    Returns ``(first_token_index, end_token_index_exclusive)`` pairs that cover all tokens
    in order; no sentence is empty.
    """
    ranges: list[tuple[int, int]] = []
    first = 0
    closing = False  # inside the run of final marks / closers that ends a sentence
    for i in range(1, len(tokens)):
        prev, tok = tokens[i - 1], tokens[i]
        if text.find("\n", prev.end, tok.start) >= 0:
            ranges.append((first, i))
            first, closing = i, False
            continue
        if _is_final(prev):
            closing = True
        if closing and not (_is_final(tok) or _is_closing(tok)):
            ranges.append((first, i))
            first, closing = i, False
    if tokens:
        ranges.append((first, len(tokens)))
    return ranges
