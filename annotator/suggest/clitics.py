"""Arabic proclitics: which prefixes a word may carry and where a name inside it begins.

The rules work on matching keys (:func:`annotator.suggest.memory.token_key`: harakat and
tatweel dropped, alef forms unified), so a split position is an index into the key; the
caller maps it back to the text with the key's offset map.

Proclitics are an optional conjunction (و ف), an optional preposition (ب ك ل) and an
optional article (ال): و ف ب ك ل ال وال فال بال كال لل وب ول فب فل وك فك ولل فلل وبال
فبال وكال فكال ... The preposition ل before the article drops the article's alef (لل =
ل + ال), and before a name that carries its own article it is written the same way:
للكرملين is ل + (ا)لكرملين, whose stem is the known form الكرملين.

The one rule (:func:`split_known`): a word is split only when the remaining stem is a known
entity form, and never when the whole word is known itself. Letters of a name that look
like a clitic (the ب of بوتين and بغداد, the ل of لبنان, the و of واشنطن, the ف of فلسطين)
are therefore never cut off unless the rest of the word happens to be a known name and the
word itself is not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "ARTICLE",
    "CONJUNCTIONS",
    "MIN_STEM",
    "PREPOSITIONS",
    "Split",
    "split_known",
    "splits",
    "strip",
]

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ك", "ل")
ARTICLE = "ال"
ALEF = "ا"
LAM = "ل"
#: A stem shorter than this (in key characters) is never split off.
MIN_STEM = 2
#: :func:`strip` (features, no memory) keeps at least this many letters.
MIN_GUESSED_STEM = 3


@dataclass(frozen=True, slots=True)
class Split:
    """A reading of a word as ``prefix`` + ``stem``.

    ``cut`` is the index in the word's key where the stem's letters begin (``len(prefix)``);
    ``stem`` is the key of the name as it is known, which differs from ``key[cut:]`` when
    the article's alef was dropped after ل (``الكرملين`` for the ``لكرملين`` of
    ``للكرملين``). A whole word is ``Split("", key, 0)``.
    """

    prefix: str
    stem: str
    cut: int


def _prefixes() -> list[tuple[str, bool]]:
    """Every proclitic combination, shortest first; the flag marks a trailing ل whose
    following ل may be a name's article with its alef dropped."""
    found: dict[str, bool] = {}
    for conj in ("", *CONJUNCTIONS):
        for prep in ("", *PREPOSITIONS):
            for article in ("", ARTICLE):
                # ل + ال is written لل
                prefix = conj + LAM + LAM if prep == LAM and article else conj + prep + article
                if prefix:
                    found[prefix] = found.get(prefix, False) or (prep == LAM and not article)
    return sorted(found.items(), key=lambda item: (len(item[0]), item[0]))


_PREFIXES = _prefixes()


@lru_cache(maxsize=65536)
def splits(key: str) -> tuple[Split, ...]:
    """Every morphologically possible reading with a proclitic, shortest prefix first
    (the reading that keeps most of the word comes first)."""
    found: list[Split] = []
    for prefix, lam in _PREFIXES:
        if not key.startswith(prefix):
            continue
        rest = key[len(prefix) :]
        if len(rest) < MIN_STEM:
            continue
        found.append(Split(prefix, rest, len(prefix)))
        if lam and rest.startswith(LAM):
            found.append(Split(prefix, ALEF + rest, len(prefix)))  # ل + (ا)لكرملين
    return tuple(found)


def split_known(key: str, known: Callable[[str], bool]) -> Split | None:
    """The reading of the word ``key`` as a known entity form: the whole word when it is
    known, else the shortest proclitic whose stem is known, else None (nothing is
    split off a word whose stem is unknown)."""
    if known(key):
        return Split("", key, 0)
    for candidate in splits(key):
        if known(candidate.stem):
            return candidate
    return None


def strip(key: str) -> Split:
    """A best guess without a memory (a CRF feature): the longest proclitic that leaves at
    least :data:`MIN_GUESSED_STEM` letters, or the whole word."""
    best = Split("", key, 0)
    for candidate in splits(key):
        if len(key) - candidate.cut >= MIN_GUESSED_STEM and candidate.cut > best.cut:
            if candidate.stem.startswith(ALEF) and not key[candidate.cut :].startswith(ALEF):
                continue  # the restored-alef reading is for lookups, not a guess
            best = candidate
    return best
