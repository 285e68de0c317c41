"""Matching keys: compare Arabic strings across spelling variants, with a map back.

The key drops harakat (and Quranic marks), tatweel, bidi marks and ZWNJ/ZWJ, unifies the
alef variants أ إ آ ٱ to ا, and optionally ى to ي and ة to ه. ``MatchKey.offsets`` maps every
key character to its offset in the original text, so a hit in the key is a span of the text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from annotator.text.chars import BIDI_MARKS, DROPPED_BY_KEY, JOINERS, TATWEEL, is_harakah

__all__ = ["MatchKey", "find_all", "find_words", "key_text", "match_key"]

_ALEF_MAP = {"\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627"}
_YEH_MAP = {"\u0649": "\u064a"}  # alef maksura -> yeh
_TEH_MAP = {"\u0629": "\u0647"}  # teh marbuta -> heh
_EDGE_MARKS = frozenset(BIDI_MARKS + JOINERS)


@dataclass(frozen=True, slots=True)
class MatchKey:
    """``key`` with ``offsets[i]`` = original offset of ``key[i]``; ``offsets[-1]`` is the
    length of the original text."""

    key: str
    offsets: list[int]


@functools.cache
def _table(yeh: bool, teh_marbuta: bool) -> dict[int, str]:
    mapping = dict(_ALEF_MAP)
    if yeh:
        mapping.update(_YEH_MAP)
    if teh_marbuta:
        mapping.update(_TEH_MAP)
    return str.maketrans(mapping)


# Runs of kept characters; the key is built run by run so that long texts stay fast.
_KEPT_RUN = re.compile("[^" + re.escape("".join(sorted(DROPPED_BY_KEY))) + "]+")


def match_key(text: str, *, yeh: bool = False, teh_marbuta: bool = False) -> MatchKey:
    """The matching key of ``text`` and its offset map."""
    table = _table(yeh, teh_marbuta)
    parts: list[str] = []
    offsets: list[int] = []
    for run in _KEPT_RUN.finditer(text):
        parts.append(run.group().translate(table))
        offsets.extend(range(run.start(), run.end()))
    offsets.append(len(text))
    return MatchKey("".join(parts), offsets)


def key_text(text: str, *, yeh: bool = False, teh_marbuta: bool = False) -> str:
    """``match_key(text).key`` without the offset map: cheap enough for whole corpora
    (the document filter's search keys)."""
    kept = "".join(_KEPT_RUN.findall(text))  # faster than a sub() of the dropped runs
    mapping = dict(_ALEF_MAP)
    if yeh:
        mapping.update(_YEH_MAP)
    if teh_marbuta:
        mapping.update(_TEH_MAP)
    for variant, plain in mapping.items():
        if variant in kept:
            kept = kept.replace(variant, plain)
    return kept


# Whitespace within a line: in find_words a run of it is one space (a line break stays).
_BLANK_RUN = re.compile(r"[^\S\n]+")


def _single_spaced(match: MatchKey) -> MatchKey:
    """``match`` with each run of whitespace within a line (NBSP, TAB, two spaces, ...)
    made one space at the run's first offset, so that a query's space matches any."""
    runs = [run for run in _BLANK_RUN.finditer(match.key) if run.group() != " "]
    if not runs:
        return match
    parts: list[str] = []
    offsets: list[int] = []
    at = 0
    for run in runs:
        parts.append(match.key[at : run.start()] + " ")
        offsets.extend(match.offsets[at : run.start() + 1])
        at = run.end()
    parts.append(match.key[at:])
    offsets.extend(match.offsets[at:])
    return MatchKey("".join(parts), offsets)


def _is_word_char(ch: str) -> bool:
    return not ch.isspace() and unicodedata.category(ch)[0] not in "PS"


def _extend_end(text: str, end: int) -> int:
    """Extend a hit over the marks that belong to its last letter (harakat, tatweel), and
    over bidi marks/joiners when they end the word (so the hit stays token-aligned)."""
    n = len(text)
    while end < n and (is_harakah(text[end]) or text[end] == TATWEEL):
        end += 1
    glue_end = end
    while glue_end < n and text[glue_end] in _EDGE_MARKS:
        glue_end += 1
    if glue_end > end and (glue_end == n or not _is_word_char(text[glue_end])):
        end = glue_end
    return end


def _extend_start(text: str, start: int) -> int:
    """Extend a hit back over bidi marks/joiners that begin the word it starts."""
    glue_start = start
    while glue_start > 0 and text[glue_start - 1] in _EDGE_MARKS:
        glue_start -= 1
    if glue_start < start and (glue_start == 0 or not _is_word_char(text[glue_start - 1])):
        start = glue_start
    return start


def _whole_word(text: str, start: int, end: int) -> bool:
    before_ok = start == 0 or not _is_word_char(text[start - 1])
    after_ok = end == len(text) or not _is_word_char(text[end])
    return before_ok and after_ok


def find_all(
    text: str,
    query: str,
    *,
    yeh: bool = False,
    teh_marbuta: bool = False,
    whole_word: bool = False,
) -> list[tuple[int, int]]:
    """Non-overlapping ``(start, end)`` offsets in ``text`` whose key equals ``query``'s key.

    ``end`` is right after the last matched letter and the harakat/tatweel that belong to
    it. With ``whole_word`` a hit must not be preceded or followed by a word character (a
    clitic like ل in لروسيا therefore blocks a whole-word hit for روسيا).
    """
    needle = match_key(query, yeh=yeh, teh_marbuta=teh_marbuta).key
    hay = match_key(text, yeh=yeh, teh_marbuta=teh_marbuta)
    return _hits(text, hay, needle, whole_word)


def find_words(
    text: str, query: str, *, yeh: bool = False, teh_marbuta: bool = False
) -> list[tuple[int, int]]:
    """:func:`find_all` for a typed query (Find in article): whitespace around the query
    is ignored (a hit never ends on a space, which no span may), and a whitespace run
    inside it matches any run of whitespace within a line of the text (space, NBSP, TAB,
    two spaces, ...): words are separated by whitespace of any kind."""
    needle = " ".join(match_key(query, yeh=yeh, teh_marbuta=teh_marbuta).key.split())
    hay = _single_spaced(match_key(text, yeh=yeh, teh_marbuta=teh_marbuta))
    return _hits(text, hay, needle, whole_word=False)


def _hits(text: str, hay: MatchKey, needle: str, whole_word: bool) -> list[tuple[int, int]]:
    if not needle:
        return []
    hits: list[tuple[int, int]] = []
    pos = hay.key.find(needle)
    while pos >= 0:
        # Never reach back into the previous hit (both could claim the glue between them).
        start = max(_extend_start(text, hay.offsets[pos]), hits[-1][1] if hits else 0)
        end = _extend_end(text, hay.offsets[pos + len(needle) - 1] + 1)
        if not whole_word or _whole_word(text, start, end):
            hits.append((start, end))
            pos = hay.key.find(needle, pos + len(needle))
        else:
            pos = hay.key.find(needle, pos + 1)
    return hits
