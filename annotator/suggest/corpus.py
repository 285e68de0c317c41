"""Sentences as the assistant sees them, for training and for prediction.

A :class:`Unit` is one sentence of a document: its tokens and, for training, its entities
as token ranges. Training units come from :func:`annotator.formats.prepare.prepare` (the
CoNLL export's tokens, cut at span edges, sentences merged across spans); prediction units
from the document's base tokens. Either way :func:`sentence` then cuts the tokens where the
project memory finds a known name behind a proclitic (ل | روسيا), so that training and
prediction see the same kind of tokens and a name inside a clitic token is tagged, and
predicted, as a token of its own (a character span of the text).
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.spans import Span
from annotator.suggest.memory import ProjectMemory, key_offset, token_key
from annotator.tag_schemes import decode, encode
from annotator.text.boundaries import Boundaries

__all__ = [
    "Sentence",
    "Unit",
    "cut_tokens",
    "decode_spans",
    "outermost",
    "sentence",
    "units_of",
]


@dataclass
class Unit:
    """One sentence: tokens ``starts``/``ends`` (offsets into ``text``), their keys, and
    the entities as ``(first, end, label)`` token ranges of this sentence. ``fixed``: the
    document is pre-tokenised (a CoNLL import): its tokens are never cut, so predictions
    and exports keep exactly the corpus's tokens."""

    doc_id: int
    text: str
    starts: list[int]
    ends: list[int]
    keys: list[str]
    entities: list[tuple[int, int, str]] = field(default_factory=list)
    fixed: bool = False

    def words(self) -> list[str]:
        return [self.text[s:e] for s, e in zip(self.starts, self.ends, strict=True)]

    def gold(self) -> list[tuple[int, int, str]]:
        """The entities as character spans ``(start, end, label)``."""
        return [(self.starts[a], self.ends[b - 1], label) for a, b, label in self.entities]


@dataclass
class Sentence:
    """Tokens ready for the CRF (memory cuts applied), with IOB2 tags when known."""

    words: list[str]
    starts: list[int]
    ends: list[int]
    tags: list[str] | None


def outermost(spans: Sequence[Any]) -> list[Any]:
    """The spans not inside (or crossing) an earlier one (input sorted by start, longest
    first): a nested layer's outermost entities."""
    kept: list[Any] = []
    reach = -1
    for span in spans:
        if span.start >= reach:
            kept.append(span)
            reach = span.end
    return kept


def units_of(
    doc_id: int,
    text: str,
    starts: Sequence[int],
    ends: Sequence[int],
    sentences: Sequence[tuple[int, int]],
    spans: Sequence[Any] = (),
) -> Iterator[Unit]:
    """The sentences of a document; ``spans`` (sorted, on token edges) become entities."""
    chosen = outermost(spans)
    span_starts = [s.start for s in chosen]
    for lo, hi in sentences:
        if hi <= lo:
            continue
        s_starts, s_ends = list(starts[lo:hi]), list(ends[lo:hi])
        unit = Unit(
            doc_id,
            text,
            s_starts,
            s_ends,
            [token_key(text[s:e]) for s, e in zip(s_starts, s_ends, strict=True)],
        )
        first = bisect.bisect_left(span_starts, s_starts[0])
        last = bisect.bisect_left(span_starts, s_ends[-1])
        for span in chosen[first:last]:
            a = bisect.bisect_left(s_starts, span.start)
            b = bisect.bisect_left(s_starts, span.end)
            if a < b and s_starts[a] == span.start and s_ends[b - 1] == span.end:
                unit.entities.append((a, b, span.label))
        yield unit


def base_units(doc_id: int, text: str, found: Boundaries) -> list[Unit]:
    """Prediction units: the document's base tokens, by sentence (none for a text
    without tokens)."""
    if not found.starts:
        return []
    firsts = found.sentence_starts or [0]
    bounds = [*firsts[1:], len(found.starts)]
    return list(
        units_of(doc_id, text, found.starts, found.ends, list(zip(firsts, bounds, strict=True)))
    )


def cut_tokens(
    starts: Sequence[int], ends: Sequence[int], cuts: Sequence[int]
) -> tuple[list[int], list[int]]:
    """The tokens with each offset of ``cuts`` that falls strictly inside one made a
    token edge (sorted ``cuts``)."""
    new_starts: list[int] = []
    new_ends: list[int] = []
    at = 0
    for start, end in zip(starts, ends, strict=True):
        while at < len(cuts) and cuts[at] <= start:
            at += 1
        while at < len(cuts) and cuts[at] < end:
            new_starts.append(start)
            new_ends.append(cuts[at])
            start = cuts[at]
            at += 1
        new_starts.append(start)
        new_ends.append(end)
    return new_starts, new_ends


def memory_cuts(unit: Unit, memory: ProjectMemory) -> list[int]:
    """Offsets where the memory finds a known name behind a proclitic."""
    cuts = []
    for match in memory.find(unit.keys):
        if match.cut:
            start, end = unit.starts[match.first], unit.ends[match.first]
            cuts.append(start + key_offset(unit.text[start:end], match.cut))
    return cuts


def sentence(unit: Unit, memory: ProjectMemory, *, tags: bool) -> Sentence:
    """The unit's tokens cut where ``memory`` splits a proclitic off a known name; with
    ``tags`` the IOB2 tags of its entities."""
    cuts = [] if unit.fixed else memory_cuts(unit, memory)
    starts, ends = (
        (unit.starts, unit.ends) if not cuts else cut_tokens(unit.starts, unit.ends, cuts)
    )
    words = [unit.text[s:e] for s, e in zip(starts, ends, strict=True)]
    if not tags:
        return Sentence(words, starts, ends, None)
    spans = [Span(s, e, label) for s, e, label in unit.gold()]
    rows = encode(list(zip(starts, ends, strict=True)), spans, "IOB2")
    return Sentence(words, starts, ends, [row[0] for row in rows])


def decode_spans(
    sent: Sentence, tags: Sequence[str], marginals: Sequence[float]
) -> list[tuple[int, int, str, float]]:
    """Character spans of IOB2 ``tags`` over the sentence's tokens, each with the product
    of its tags' marginal probabilities (the confidence): an estimate of the probability
    of the whole span that, unlike the smallest of them, falls with each uncertain token
    (on held-out folds it matches the share of right suggestions more closely)."""
    found = decode([list(tags)], "IOB2")
    return [
        (sent.starts[a], sent.ends[b - 1], label, math.prod(marginals[a:b]))
        for a, b, label in found.spans
    ]
