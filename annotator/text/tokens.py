"""Whitespace-and-punctuation tokenizer with code-point offsets.

Rules (see the design notes):

* whitespace (``str.isspace``, NBSP included) separates tokens and is never inside one;
* every punctuation or symbol character (Unicode P* / S*) is a token of its own, together
  with the combining marks that follow it;
* a digit run with an inner decimal separator followed by a digit stays one token
  (``3.5``, ``٣٫٥``, ``1,000``);
* tatweel, harakat and other combining marks, ZWNJ/ZWJ and bidi marks stay inside the token
  they touch: glued to a word they belong to the word, glued only to punctuation they
  belong to that punctuation token, and standing alone between spaces they are a token.

One compiled regular expression does the work; a million tokens take well under a second.
"""

from __future__ import annotations

import functools
import gc
import re
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import accumulate, repeat

from annotator.text.chars import ARABIC_DIGITS, DECIMAL_SEPARATORS, GLUE_CHARS, category_class

__all__ = ["Token", "gc_paused", "token_offsets", "token_pattern", "tokenize"]


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


_ASTRAL = r"\U00010000-\U0010ffff"


@functools.cache
def token_pattern() -> re.Pattern[str]:
    """The compiled pattern matching one token (built on first use, in about 0.1 s)."""
    punct_bmp, punct_astral = category_class("P", "S")
    marks_bmp, marks_astral = category_class("Mn", "Me")
    glue_bmp = re.escape(GLUE_CHARS) + marks_bmp
    astral_next = f"(?=[{_ASTRAL}])"  # guards the slow astral classes
    punct = rf"(?:[{punct_bmp}]|{astral_next}[{punct_astral}])"
    marks = rf"(?:[{marks_bmp}]|{astral_next}[{marks_astral}])"
    glue = rf"(?:[{glue_bmp}]|{astral_next}[{marks_astral}])"
    word_bmp = rf"[^\s{punct_bmp}{_ASTRAL}]"
    word_astral = rf"{astral_next}[^{punct_astral}]"
    no_word_next = rf"(?!{word_bmp})(?!{word_astral})"
    word_run = rf"(?:{word_bmp}++|{word_astral})++"
    digit = f"[{ARABIC_DIGITS}]"
    separator = f"[{re.escape(DECIMAL_SEPARATORS)}]"
    # Glue before a punctuation character, the character, its combining marks, then more
    # glue only when no word follows (a following word claims the glue it touches).
    punct_token = rf"{glue}*+{punct}{marks}*+(?:{glue}++{no_word_next})?"
    word_token = rf"{word_run}(?:(?<={digit}){separator}(?={digit}){word_run})*+"
    return re.compile(f"{punct_token}|{word_token}")


@functools.cache
def _split_pattern() -> re.Pattern[str]:
    return re.compile(f"({token_pattern().pattern})")


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic GC while allocating many small acyclic objects.

    Creating a million tokens otherwise triggers repeated collections that cost more
    than the tokenizing itself.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_new = object.__new__
_set_text = Token.text.__set__  # type: ignore[attr-defined]
_set_start = Token.start.__set__  # type: ignore[attr-defined]
_set_end = Token.end.__set__  # type: ignore[attr-defined]


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens covering every non-whitespace character exactly once.

    Offsets are code points into ``text``; ``text[t.start:t.end] == t.text``.
    """
    with gc_paused():
        # split() alternates whitespace (possibly empty) and token strings, so offsets are
        # running sums of lengths; everything below runs in C loops.
        parts = _split_pattern().split(text)
        offsets = list(accumulate(map(len, parts), initial=0))
        texts = parts[1::2]
        tokens = list(map(_new, repeat(Token, len(texts))))
        # Filling the slots directly is equivalent to Token(text, start, end) for these
        # already-valid values, and several times faster.
        deque(map(_set_text, tokens, texts), 0)
        deque(map(_set_start, tokens, offsets[1:-1:2]), 0)
        deque(map(_set_end, tokens, offsets[2::2]), 0)
    return tokens


def token_offsets(text: str) -> tuple[list[int], list[int]]:
    """The tokens of :func:`tokenize` as two lists, starts and ends, without Token objects
    (what exports and the boundary cache need, at a fraction of the cost)."""
    with gc_paused():
        parts = _split_pattern().split(text)
    offsets = list(accumulate(map(len, parts), initial=0))
    return offsets[1:-1:2], offsets[2::2]
