"""Token and sentence boundaries of a whole document, and a compact form to cache them.

Exports need every token's offsets and the sentence breaks; computing them is most of an
export's cost, so the store keeps them per document (filled at import) in the packed form
below. ``BOUNDARIES_VERSION`` names the rules: a cache written under another version is
ignored and recomputed.
"""

from __future__ import annotations

import bisect
import re
import sys
from array import array
from dataclasses import dataclass
from itertools import accumulate

from annotator.text.sentences import sentence_starts
from annotator.text.tokens import token_offsets

__all__ = [
    "BOUNDARIES_VERSION",
    "TOKENIZATION_KEY",
    "WHITESPACE_TOKENS",
    "Boundaries",
    "boundaries",
    "is_pretokenized",
    "pack_boundaries",
    "unpack_boundaries",
]

#: Bump whenever the tokenizer, the sentence rules or the packed layout change.
BOUNDARIES_VERSION = 1

#: Meta key and value marking a pre-tokenised document (CoNLL imports): tokens are
#: separated by single spaces and sentences by newlines.
TOKENIZATION_KEY = "tokenization"
WHITESPACE_TOKENS = "whitespace"

_WHITESPACE_SPLIT = re.compile("([^ \n]+)")


def is_pretokenized(meta: object) -> bool:
    """True for a document whose meta says its text is pre-tokenised."""
    return isinstance(meta, dict) and meta.get(TOKENIZATION_KEY) == WHITESPACE_TOKENS


@dataclass(frozen=True, slots=True)
class Boundaries:
    """Tokens as parallel offset lists; ``sentence_starts`` are token indexes, ascending,
    the first one 0 (empty when there are no tokens)."""

    starts: list[int]
    ends: list[int]
    sentence_starts: list[int]


def boundaries(text: str, *, whitespace: bool = False) -> Boundaries:
    """Tokens and sentences of ``text``.

    ``whitespace=True`` is for pre-tokenised text (CoNLL imports): tokens are the runs
    between single spaces and newlines, and every line is a sentence.
    """
    if not whitespace:
        starts, ends = token_offsets(text)
        return Boundaries(starts, ends, sentence_starts(text, starts, ends))
    parts = _WHITESPACE_SPLIT.split(text)
    offsets = list(accumulate(map(len, parts), initial=0))
    starts, ends = offsets[1:-1:2], offsets[2::2]
    if not starts:
        return Boundaries(starts, ends, [])
    firsts = [0]
    for newline in re.finditer("\n", text):
        index = bisect.bisect_left(starts, newline.start())
        if index < len(starts) and index != firsts[-1]:
            firsts.append(index)
    return Boundaries(starts, ends, firsts)


def pack_boundaries(found: Boundaries) -> bytes:
    """``[n, starts..., ends..., sentence_starts...]`` as little-endian uint32."""
    values = array("I", [len(found.starts)])
    values.extend(found.starts)
    values.extend(found.ends)
    values.extend(found.sentence_starts)
    if sys.byteorder != "little":
        values.byteswap()
    return values.tobytes()


def unpack_boundaries(data: bytes | memoryview) -> Boundaries:
    """The inverse of :func:`pack_boundaries`; ``ValueError`` for malformed data."""
    values = array("I")
    raw = data if isinstance(data, bytes) else bytes(data)  # no copy of bytes
    if len(raw) % values.itemsize:
        raise ValueError("packed boundaries: length is not a multiple of 4")
    values.frombytes(raw)
    if sys.byteorder != "little":
        values.byteswap()
    if not values or 1 + 2 * values[0] > len(values):
        raise ValueError("packed boundaries: truncated")
    n = values[0]
    return Boundaries(
        values[1 : 1 + n].tolist(),
        values[1 + n : 1 + 2 * n].tolist(),
        values[1 + 2 * n :].tolist(),
    )
