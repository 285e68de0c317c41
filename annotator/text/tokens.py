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

One compiled regular expression states the rules; a million tokens take well under a second
(single-spaced words, most text, are found with ``str.split`` and only the few holding
punctuation are scanned).
:func:`token_offsets` cuts a long text at whitespace into pieces of about a million
characters and keeps the offsets in compact arrays, so the memory it needs beyond the text
is about 8 bytes per token, whatever the text's length.
"""

from __future__ import annotations

import bisect
import functools
import gc
import re
from array import array
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import accumulate, repeat
from operator import add, sub

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


def _add_scanned(
    pattern: re.Pattern[str], part: str, offset: int, starts: array[int], ends: array[int]
) -> None:
    """Append the offsets (plus ``offset``) of the tokens ``pattern`` finds in ``part``:
    ``pattern.split`` gives the gap, the groups and the token for every match, so offsets
    are running sums of lengths computed in C loops."""
    step = pattern.groups + 1
    parts = pattern.split(part)
    offsets = list(accumulate(map(len, parts), initial=offset))
    starts.extend(offsets[step - 1 : -1 : step])
    ends.extend(offsets[step::step])


def split_offsets(
    pattern: re.Pattern[str], text: str, piece: int = PIECE
) -> tuple[array[int], array[int]]:
    """Starts and ends (code points, as ``array("I")``) of the tokens that ``pattern``
    finds in ``text``; its last capturing group is the token, which never holds
    whitespace, and it has one or two groups (a second one, first, may take the gap).

    A token cannot reach across whitespace, so matching piece by piece (cut after a
    whitespace character) finds the same tokens as matching the whole text, while only
    one piece's strings exist at a time.
    """
    starts: array[int] = array("I")
    ends: array[int] = array("I")
    with gc_paused():
        for offset, part in _pieces(text, piece):
            _add_scanned(pattern, part, offset, starts, ends)
    return starts, ends


@functools.cache
def _joined_special() -> re.Pattern[str]:
    """A punctuation, symbol or astral character with a non-whitespace neighbour."""
    punct_bmp, _punct_astral = category_class("P", "S")
    special = f"[{punct_bmp}{_ASTRAL}]"
    return re.compile(rf"{special}(?:(?=\S)|(?<=\S.))")


def _add_single_spaced(
    part: str, offset: int, starts: array[int], ends: array[int], pattern: re.Pattern[str]
) -> bool:
    """Append the tokens of ``part`` when its words (``str.split``) are separated by
    single whitespace characters with none before the first (most text); False, adding
    nothing, otherwise.

    A word without punctuation, symbols (P*, S*) and astral characters is exactly one
    token: no punctuation token can start in it and the word rule takes its whole run
    (glue, marks and decimal digits included; every decimal separator is punctuation).
    A one-character word is one token too. So only the longer words holding such a
    character are scanned with ``pattern``; the other words' offsets are running sums
    of their lengths, computed in C loops.
    """
    words = part.split()
    lengths = list(map(len, words))
    count = len(words)
    trailing = 1 if part and part[-1].isspace() else 0
    if not count or len(part) - sum(lengths) != count - 1 + trailing:
        return False
    word_ends = list(map(add, accumulate(lengths, initial=offset), range(-1, count)))
    del word_ends[0]
    word_starts = list(map(sub, word_ends, lengths))
    done = 0  # words before this index are appended
    for match in _joined_special().finditer(part):
        i = bisect.bisect_right(word_starts, offset + match.start()) - 1
        if i < done:  # a word already scanned
            continue
        starts.extend(word_starts[done:i])
        ends.extend(word_ends[done:i])
        _add_scanned(pattern, words[i], word_starts[i], starts, ends)
        done = i + 1
    starts.extend(word_starts[done:])
    ends.extend(word_ends[done:])
    return True


def token_offsets(text: str, piece: int = PIECE) -> tuple[array[int], array[int]]:
    """The tokens of :func:`tokenize` as two arrays, starts and ends, without Token objects
    (what exports and the boundary cache need, at a fraction of the cost).

    Pieces of single-spaced words skip the scan for all but a few words (a third less
    time on news text); others are scanned whole. ``tests/text/test_token_scan.py``
    checks both against the rule pattern."""
    pattern = _scan_pattern()
    starts: array[int] = array("I")
    ends: array[int] = array("I")
    with gc_paused():
        for offset, part in _pieces(text, piece):
            if not _add_single_spaced(part, offset, starts, ends, pattern):
                _add_scanned(pattern, part, offset, starts, ends)
    return starts, ends
