"""Token and sentence boundaries of a whole document, and a compact form to cache them.

Exports need every token's offsets and the sentence breaks; computing them is most of an
export's cost, so the store keeps them per document (filled at import) in the packed form
below. ``BOUNDARIES_VERSION`` names the rules: a cache written under another version is
ignored and recomputed.

Offsets are kept in ``array("I")`` (4 bytes each): a list of a few million Python ints
would cost ten times the memory of the text they point into.
"""

from __future__ import annotations

import bisect
import re
import sys
from array import array
from collections.abc import Iterable
from dataclasses import dataclass

from annotator.text.sentences import sentence_starts
from annotator.text.tokens import split_offsets, token_offsets

__all__ = [
    "BOUNDARIES_VERSION",
    "TOKENIZATION_KEY",
    "WHITESPACE_TOKENS",
    "Boundaries",
    "boundaries",
    "cached_boundaries",
    "is_pretokenized",
    "pack_boundaries",
    "unpack_boundaries",
]

#: Bump whenever the tokenizer, the sentence rules or the packed layout change.
#: 2: pre-tokenised text splits on every whitespace character (``str.isspace``), not only
#: on spaces and newlines.
BOUNDARIES_VERSION = 2

#: Meta key and value marking a pre-tokenised document (CoNLL imports): tokens are the
#: runs of non-whitespace characters, and every line is a sentence.
TOKENIZATION_KEY = "tokenization"
WHITESPACE_TOKENS = "whitespace"

_WORD = re.compile(r"(\S+)")  # \s is exactly str.isspace() for str patterns


def is_pretokenized(meta: object) -> bool:
    """True for a document whose meta says its text is pre-tokenised."""
    return isinstance(meta, dict) and meta.get(TOKENIZATION_KEY) == WHITESPACE_TOKENS


def _offsets(values: Iterable[int]) -> array[int]:
    return values if isinstance(values, array) and values.typecode == "I" else array("I", values)


@dataclass(frozen=True, slots=True)
class Boundaries:
    """Tokens as parallel offset arrays; ``sentence_starts`` are token indexes, ascending,
    the first one 0 (empty when there are no tokens), in a list (there are few). Offsets
    given as lists are stored as ``array("I")``, so boundaries compare equal whatever they
    were built from."""

    starts: array[int]
    ends: array[int]
    sentence_starts: list[int]

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", _offsets(self.starts))
        object.__setattr__(self, "ends", _offsets(self.ends))
        if not isinstance(self.sentence_starts, list):
            object.__setattr__(self, "sentence_starts", list(self.sentence_starts))


def _line_starts(text: str, starts: array[int]) -> list[int]:
    """The first token of every line that has one (pre-tokenised text)."""
    if not starts:
        return []
    firsts = [0]
    for newline in re.finditer("\n", text):
        index = bisect.bisect_left(starts, newline.start())
        if index < len(starts) and index != firsts[-1]:
            firsts.append(index)
    return firsts


def boundaries(text: str, *, whitespace: bool = False) -> Boundaries:
    """Tokens and sentences of ``text``.

    ``whitespace=True`` is for pre-tokenised text (CoNLL imports): tokens are the runs of
    characters that are not whitespace (any ``str.isspace`` character separates them),
    and every line (``\\n``) is a sentence.
    """
    if not whitespace:
        starts, ends = token_offsets(text)
        return Boundaries(starts, ends, sentence_starts(text, starts, ends))
    starts, ends = split_offsets(_WORD, text)
    return Boundaries(starts, ends, _line_starts(text, starts))


def pack_boundaries(found: Boundaries) -> bytes:
    """``[n, starts..., ends..., sentence_starts...]`` as little-endian uint32."""
    values = array("I", [len(found.starts)])
    values.extend(found.starts)
    values.extend(found.ends)
    values.extend(found.sentence_starts)
    if sys.byteorder != "little":
        values.byteswap()
    return values.tobytes()


def _read(data: memoryview) -> array[int]:
    values = array("I")
    values.frombytes(data)
    if sys.byteorder != "little":
        values.byteswap()
    return values


def unpack_boundaries(data: bytes | memoryview) -> Boundaries:
    """The inverse of :func:`pack_boundaries`; ``ValueError`` for malformed data."""
    view = memoryview(data).cast("B")
    if len(view) % 4:
        raise ValueError("packed boundaries: length is not a multiple of 4")
    if not view:
        raise ValueError("packed boundaries: truncated")
    n = int.from_bytes(view[:4], "little")
    if 4 * (1 + 2 * n) > len(view):
        raise ValueError("packed boundaries: truncated")
    middle = 4 * (1 + n)
    end = 4 * (1 + 2 * n)
    return Boundaries(_read(view[4:middle]), _read(view[middle:end]), _read(view[end:]).tolist())


def cached_boundaries(packed: bytes | None, text: str) -> Boundaries | None:
    """The cached boundaries of ``text`` unpacked, or None when there is no row or it
    cannot be of this text (malformed, a token past the text's end, sentence starts that
    are not token indexes from 0): the caller then tokenises the text itself. Costs no
    pass over the tokens."""
    if packed is None:
        return None
    try:
        found = unpack_boundaries(packed)
    except ValueError:
        return None
    n, firsts = len(found.starts), found.sentence_starts
    if len(found.ends) != n or (n and found.ends[-1] > len(text)):
        return None
    if (firsts[:1] != [0] if n else firsts) or any(i >= n for i in firsts):
        return None
    return found
