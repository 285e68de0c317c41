"""Sentence splitting over tokens.

A sentence ends after a token that is a sentence-final mark (``. ! ? ؟ … ۔``) and at every
line break between two tokens. A run of final marks and the closing quotes or brackets right
after it (``?!``, ``...``, ``.»``) stay with the sentence they close, so no sentence consists
of punctuation alone. A ``.`` inside a number token (``3.5``) is not a token of its own and
therefore never ends a sentence.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from annotator.text.chars import GLUE_CHARS, category_class
from annotator.text.tokens import Token

__all__ = ["SENTENCE_FINAL", "sentence_ranges", "sentence_starts"]

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


@functools.cache
def _special_chars() -> re.Pattern[str]:
    """Characters without which a token is neither a final mark nor a closing quote."""
    finals = re.escape("".join(sorted(SENTENCE_FINAL)))
    return re.compile(f"[{finals}{category_class('Pe', 'Pf')[0]}]")


def sentence_starts(text: str, starts: Sequence[int], ends: Sequence[int]) -> list[int]:
    """Index of the first token of each sentence, for tokens given as offset lists.

    The rules of :func:`sentence_ranges`, computed without visiting every token: only the
    tokens holding a final mark or closing character and the line breaks between tokens
    are looked at, so a long document costs little more than two regex scans.
    """
    n = len(starts)
    if n == 0:
        return []
    newline_before: set[int] = set()
    for match in re.finditer("\n", text):
        i = bisect.bisect_left(starts, match.start())
        if 0 < i < n:
            newline_before.add(i)
    final, closing_pattern = _patterns()
    final_at: dict[int, bool] = {}  # token index -> is a final mark (else closing)
    last = -1
    for match in _special_chars().finditer(text):
        i = bisect.bisect_right(starts, match.start()) - 1
        if i == last or i < 0:
            continue
        last = i
        token = text[starts[i] : ends[i]]
        if token in SENTENCE_FINAL or final.fullmatch(token) is not None:
            final_at[i] = True
        elif closing_pattern.fullmatch(token) is not None:
            final_at[i] = False
    breaks = set(newline_before)
    special = sorted(final_at)
    k = 0
    while k < len(special):
        # one run of consecutive final/closing tokens, ending at b
        b = special[k]
        closing = False
        k += 1
        while k < len(special) and special[k] == b + 1:
            b += 1
            k += 1
            if b in newline_before:
                closing = False
            elif final_at[b - 1]:
                closing = True
        if b + 1 < n and b + 1 not in newline_before and (closing or final_at[b]):
            breaks.add(b + 1)
    breaks.discard(0)
    return [0, *sorted(breaks)]


def sentence_ranges(text: str, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Split ``tokens`` of ``text`` into sentences.

    Returns ``(first_token_index, end_token_index_exclusive)`` pairs that cover all tokens
    in order; no sentence is empty. A sentence ends after a final mark (and the closing
    marks right after it) and at every line break between two tokens.
    """
    firsts = sentence_starts(text, [t.start for t in tokens], [t.end for t in tokens])
    if not firsts:
        return []
    return list(zip(firsts, [*firsts[1:], len(tokens)], strict=True))


def _sentence_ranges_stepwise(text: str, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """The token-by-token statement of the rules (reference for tests)."""
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
