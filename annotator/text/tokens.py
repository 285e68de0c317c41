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
:func:`token_offsets` cuts a long text at whitespace into pieces of about a million
characters and keeps the offsets in compact arrays, so the memory it needs beyond the text
is about 8 bytes per token, whatever the text's length.
"""

from __future__ import annotations

import functools
import gc
import re
from array import array
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import accumulate, repeat

from annotator.text.chars import ARABIC_DIGITS, DECIMAL_SEPARATORS, GLUE_CHARS, category_class

__all__ = ["Token", "gc_paused", "split_offsets", "token_offsets", "token_pattern", "tokenize"]


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
def _scan_pattern() -> re.Pattern[str]:
    """Two groups, the whitespace before a token and the token, for ``split``.

    Equivalent to searching for :func:`token_pattern` (tokens cover every character that
    is not whitespace, so the gaps are exactly the whitespace runs) at about half the
    cost: consuming the gap with ``\\s*+`` spares the search a failed attempt at every
    whitespace position, and the first alternative takes a plain word (no punctuation,
    symbol, glue, mark or astral character) followed by whitespace or the end in one
    step; :func:`token_pattern`'s word branch would match exactly that run (its first
    character cannot start a punctuation token, and only whitespace can follow the run,
    so no decimal separator extends it). ``tests/text/test_token_scan.py`` checks the
    two against each other.
    """
    punct_bmp, _punct_astral = category_class("P", "S")
    marks_bmp, _marks_astral = category_class("Mn", "Me")
    plain = rf"[^\s{punct_bmp}{re.escape(GLUE_CHARS)}{marks_bmp}{_ASTRAL}]++(?!\S)"
    return re.compile(rf"(\s*+)({plain}|{token_pattern().pattern})")


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
# The slot descriptors of Token (mypy sees the class attributes as instance fields).
_set_text = Token.__dict__["text"].__set__
_set_start = Token.__dict__["start"].__set__
_set_end = Token.__dict__["end"].__set__


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens covering every non-whitespace character exactly once.

    Offsets are code points into ``text``; ``text[t.start:t.end] == t.text``.
    """
    with gc_paused():
        # split() gives (empty, whitespace, token) triples and the trailing whitespace, so
        # offsets are running sums of lengths; everything below runs in C loops.
        parts = _scan_pattern().split(text)
        offsets = list(accumulate(map(len, parts), initial=0))
        texts = parts[2::3]
        tokens = list(map(_new, repeat(Token, len(texts))))
        # Filling the slots directly is equivalent to Token(text, start, end) for these
        # already-valid values, and several times faster.
        deque(map(_set_text, tokens, texts), 0)
        deque(map(_set_start, tokens, offsets[2:-1:3]), 0)
        deque(map(_set_end, tokens, offsets[3::3]), 0)
    return tokens


#: Characters split at once by :func:`split_offsets` (then up to the next whitespace).
PIECE = 1 << 20
_SPACE = re.compile(r"\s")  # for str patterns, \s is exactly str.isspace()


def _pieces(text: str, size: int) -> Iterator[tuple[int, str]]:
    """``text`` as ``(offset, piece)``, each piece but the last ending just after a
    whitespace character (so no token straddles two pieces)."""
    at = 0
    while len(text) - at > size:
        space = _SPACE.search(text, at + size)
        if space is None:
            break
        yield at, text[at : space.end()]
        at = space.end()
    yield at, text[at:] if at else text


def split_offsets(
    pattern: re.Pattern[str], text: str, piece: int = PIECE
) -> tuple[array[int], array[int]]:
    """Starts and ends (code points, as ``array("I")``) of the tokens that ``pattern``
    finds in ``text``; its last capturing group is the token, which never holds
    whitespace, and it has one or two groups (a second one, first, may take the gap).

    ``pattern.split`` gives the gap, the groups and the token for every match, so offsets
    are running sums of lengths computed in C loops. A token cannot reach across
    whitespace, so matching piece by piece (cut after a whitespace character) finds the
    same tokens as matching the whole text, while only one piece's strings exist at a time.
    """
    step = pattern.groups + 1
    starts: array[int] = array("I")
    ends: array[int] = array("I")
    with gc_paused():
        for offset, part in _pieces(text, piece):
            parts = pattern.split(part)
            offsets = list(accumulate(map(len, parts), initial=offset))
            starts.extend(offsets[step - 1 : -1 : step])
            ends.extend(offsets[step::step])
    return starts, ends


def token_offsets(text: str, piece: int = PIECE) -> tuple[array[int], array[int]]:
    """The tokens of :func:`tokenize` as two arrays, starts and ends, without Token objects
    (what exports and the boundary cache need, at a fraction of the cost)."""
    return split_offsets(_scan_pattern(), text, piece)
