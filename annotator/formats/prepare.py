"""One document made ready for token-level output: tokens cut at span edges, sentences,
and tag columns.

Tokens come from the tokenizer, or for pre-tokenised documents (CoNLL imports, meta
``tokenization: whitespace``) from splitting on the single spaces and newlines that joined
them; either way they may come ready-made from the store's boundary cache. A span edge
inside a token splits that token (``لروسيا`` -> ``ل`` + ``روسيا``); ``whole_tokens``
instead widens spans to the tokens they touch. Sentences that a span crosses are merged
so an entity never straddles a sentence break.

Tokens are kept as two parallel offset lists (``starts``, ``ends``): a million tuples or
objects cost more than everything else an export does.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from typing import TYPE_CHECKING, Any, NamedTuple

from annotator.formats.conll import encode_sentence
from annotator.text.boundaries import Boundaries, boundaries, is_pretokenized

if TYPE_CHECKING:
    from annotator.store.notes import ExportNotes

_OUTSIDE_ROW = ["O"]  # shared, never mutated


class SpanRow(NamedTuple):
    """A span as exports see it (cheaper to build than :class:`annotator.spans.Span`)."""

    start: int
    end: int
    label: str


@dataclass
class Prepared:
    """One document ready to write: split tokens, sentences over them, sorted spans."""

    id: int
    name: str
    text: str
    meta: dict[str, Any]
    starts: list[int]
    ends: list[int]
    sentences: list[tuple[int, int]]
    spans: list[Any]  # objects with start, end, label; by (start, -end)
    #: Token index ranges ``[lo, hi)`` of the spans (parallel lists) when every span starts
    #: at a token start and ends at a token end; None otherwise.
    span_tokens: tuple[list[int], list[int]] | None = None
    #: The layer's notes when the document has any (:mod:`annotator.formats.export_notes`).
    notes: ExportNotes | None = None

    @property
    def tokens(self) -> list[tuple[int, int]]:
        return list(zip(self.starts, self.ends, strict=True))


def base_tokens(
    text: str, meta: dict[str, Any], sentences: bool = True
) -> tuple[list[tuple[int, int]], list[int]]:
    """Tokens and the indexes of tokens that start a sentence (``[0]`` if not wanted)."""
    found = boundaries(text, whitespace=is_pretokenized(meta))
    tokens = list(zip(found.starts, found.ends, strict=True))
    if not sentences:
        return tokens, [0]
    return tokens, found.sentence_starts


def _split_tokens(
    starts: list[int], ends: list[int], cuts: list[int]
) -> tuple[list[int], list[int], list[int] | None]:
    """Cut tokens at the offsets that fall inside them; returns the new starts and ends
    and a map old index -> new index (None when no token was cut)."""
    inside: dict[int, list[int]] = {}
    for cut in cuts:
        i = bisect.bisect_right(starts, cut) - 1
        if i >= 0 and starts[i] < cut < ends[i]:
            inside.setdefault(i, []).append(cut)
    if not inside:
        return starts, ends, None
    new_starts: list[int] = []
    new_ends: list[int] = []
    where: list[int] = []
    for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
        where.append(len(new_starts))
        for cut in inside.get(i, ()):
            new_starts.append(start)
            new_ends.append(cut)
            start = cut
        new_starts.append(start)
        new_ends.append(end)
    where.append(len(new_starts))
    return new_starts, new_ends, where


def _inside_spans(offsets: list[int], spans: Sequence[Any]) -> set[int]:
    """The offsets that fall strictly inside some span (spans sorted by start)."""
    merged: list[list[int]] = []
    for span in spans:
        if merged and span.start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], span.end)
        else:
            merged.append([span.start, span.end])
    starts = [m[0] for m in merged]
    found = set()
    for offset in offsets:
        i = bisect.bisect_left(starts, offset) - 1
        if i >= 0 and offset < merged[i][1]:
            found.add(offset)
    return found


def widen_spans(spans: Sequence[Any], starts: list[int], ends: list[int]) -> list[SpanRow]:
    """Spans widened to the whole tokens they touch (duplicates made by widening merged)."""
    widened: dict[tuple[int, int, str], None] = {}
    for span in spans:
        i = max(bisect.bisect_right(starts, span.start) - 1, 0)
        j = max(bisect.bisect_left(starts, span.end) - 1, i)
        start = min(span.start, starts[i]) if starts else span.start
        end = max(span.end, ends[j]) if starts else span.end
        widened[(start, end, span.label)] = None
    return [SpanRow(s, e, label) for s, e, label in widened]


def span_fields(spans: Sequence[Any]) -> tuple[Sequence[int], Sequence[int], Sequence[str]]:
    """Starts, ends and labels of ``spans`` as parallel sequences; in one C-level pass
    when the spans are ``(start, end, label)`` tuples such as :class:`SpanRow`."""
    if spans and isinstance(spans[0], tuple):
        starts, ends, labels = zip(*spans, strict=True)
        return starts, ends, labels
    return [s.start for s in spans], [s.end for s in spans], [s.label for s in spans]


def _aligned(
    starts: list[int], ends: list[int], spans: Sequence[Any]
) -> tuple[list[int], list[int]] | None:
    """Token ranges of the spans if all of them begin and end on token edges (the usual
    case: nothing to cut), computed with C-level ``map`` calls; else None."""
    n = len(starts)
    if not n or not spans:
        return None
    span_starts, span_ends, _labels = span_fields(spans)
    los = list(map(bisect.bisect_right, repeat(ends), span_starts))
    his = list(map(bisect.bisect_left, repeat(starts), span_ends))
    if max(los) >= n or not all(map(operator.lt, los, his)):
        return None
    if not all(map(operator.eq, map(starts.__getitem__, los), span_starts)):
        return None
    lasts = map(ends.__getitem__, map((-1).__add__, his))
    if not all(map(operator.eq, lasts, span_ends)):
        return None
    return los, his


def prepare(
    doc_id: int,
    name: str,
    text: str,
    meta: dict[str, Any],
    spans: Sequence[Any],
    whole_tokens: bool = False,
    sentences: bool = True,
    found: Boundaries | None = None,
    *,
    ordered: bool = False,
) -> Prepared:
    """``found``: the document's boundaries when already known (the store's cache);
    ``ordered``: ``spans`` are already sorted by ``(start, -end)``."""
    if found is None:
        found = boundaries(text, whitespace=is_pretokenized(meta))
    starts, ends = found.starts, found.ends
    sentence_starts = found.sentence_starts if sentences else [0]
    if whole_tokens:
        spans = widen_spans(spans, starts, ends)
        ordered = False
    if not ordered:
        spans = sorted(spans, key=lambda s: (s.start, -s.end))
    aligned = None if whole_tokens else _aligned(starts, ends, spans)
    if aligned is not None:
        # No token to cut; a sentence break inside a span is a token strictly inside it.
        if len(sentence_starts) > 1:
            los, his = aligned
            interior = set(chain.from_iterable(map(range, map((1).__add__, los), his)))
            sentence_starts = [i for i in sentence_starts if i not in interior]
        bounds = [*sentence_starts[1:], len(starts)]
        ranges = list(zip(sentence_starts, bounds, strict=True))
        return Prepared(doc_id, name, text, meta, starts, ends, ranges, list(spans), aligned)
    if spans and not whole_tokens:
        cuts = sorted({s.start for s in spans} | {s.end for s in spans})
        starts, ends, where = _split_tokens(starts, ends, cuts)
        if where is not None:
            sentence_starts = [where[i] for i in sentence_starts]
    if not starts:
        return Prepared(doc_id, name, text, meta, starts, ends, [], list(spans))
    if len(sentence_starts) > 1 and spans:
        # an entity never straddles a sentence break: drop breaks inside spans
        blocked = _inside_spans([starts[i] for i in sentence_starts], spans)
        if blocked:
            sentence_starts = [i for i in sentence_starts if starts[i] not in blocked]
    if not sentence_starts or sentence_starts[0] != 0:
        sentence_starts = [0, *sentence_starts]
    bounds = [*sentence_starts[1:], len(starts)]
    ranges = list(zip(sentence_starts, bounds, strict=True))
    return Prepared(doc_id, name, text, meta, starts, ends, ranges, list(spans))


def tag_rows(doc: Prepared, scheme: str) -> tuple[list[list[str]], list[tuple[int, int]]]:
    """Tag columns per token, and the token ranges ``[lo, hi)`` that carry a tag (every
    other row is the shared ``["O"]``). Only the tokens that spans cover are encoded,
    cluster by cluster (overlapping spans, or adjacent ones for IOB1), never across a
    sentence; a cluster of one span is tagged directly."""
    starts, ends = doc.starts, doc.ends
    tags: list[list[str]] = [_OUTSIDE_ROW] * len(starts)
    if not doc.spans:
        return tags, []
    sentence_of = [first for first, _end in doc.sentences]
    clusters: list[tuple[int, int, list[Any]]] = []
    iob1 = scheme == "IOB1"
    for span in doc.spans:
        k = bisect.bisect_right(sentence_of, bisect.bisect_right(ends, span.start)) - 1
        first, end = doc.sentences[max(k, 0)]
        lo = bisect.bisect_right(ends, span.start, first, end)
        hi = bisect.bisect_left(starts, span.end, first, end)
        if clusters:
            c_lo, c_hi, members = clusters[-1]
            if lo < c_hi or (iob1 and lo == c_hi and lo != first):
                clusters[-1] = (c_lo, max(c_hi, hi), members)
                members.append(span)
                continue
        clusters.append((lo, hi, [span]))
    covered = []
    for lo, hi, members in clusters:
        if len(members) == 1 and hi > lo and scheme in ("IOB1", "IOB2", "BIOES"):
            tags[lo:hi] = _single(members[0].label, hi - lo, scheme)
        else:
            pieces = list(zip(starts[lo:hi], ends[lo:hi], strict=True))
            tags[lo:hi] = encode_sentence(pieces, members, scheme)
        covered.append((lo, hi))
    return tags, covered


def flat_tag_strings(doc: Prepared, scheme: str) -> list[str] | None:
    """One IOB2 or BIOES tag per token when the spans are token-aligned and do not overlap
    (each span is then its own cluster); None when :func:`tag_rows` must do the work."""
    if doc.span_tokens is None or scheme not in ("IOB2", "BIOES"):
        return None
    los, his = doc.span_tokens
    if not all(map(operator.le, his[:-1], los[1:])):
        return None
    out = ["O"] * len(doc.starts)
    begin: dict[str, str] = {}
    inside: dict[str, str] = {}
    bioes = scheme == "BIOES"
    for lo, hi, span in zip(los, his, doc.spans, strict=True):
        label = span.label
        if label not in begin:
            begin[label], inside[label] = f"B-{label}", f"I-{label}"
        if bioes:
            if hi - lo == 1:
                out[lo] = f"S-{label}"
                continue
            out[hi - 1] = f"E-{label}"
            hi -= 1
        out[lo] = begin[label]
        if hi - lo > 1:
            out[lo + 1 : hi] = [inside[label]] * (hi - lo - 1)
    return out


def _single(label: str, n: int, scheme: str) -> list[list[str]]:
    """The rows of one span alone over ``n`` tokens (what ``encode`` gives for it)."""
    inside = f"I-{label}"
    if scheme == "IOB1":
        return [[inside] for _ in range(n)]
    if scheme == "BIOES" and n == 1:
        return [[f"S-{label}"]]
    rows = [[f"B-{label}"]] + [[inside] for _ in range(n - 1)]
    if scheme == "BIOES":
        rows[-1] = [f"E-{label}"]
    return rows


def sentence_tags(doc: Prepared, scheme: str) -> list[list[str]]:
    """Tag columns per token (column k = nesting depth k), outermost first."""
    return tag_rows(doc, scheme)[0]
