"""One document made ready for token-level output: tokens cut at span edges, sentences,
and tag columns.

Tokens come from the tokenizer, or for pre-tokenised documents (CoNLL imports, meta
``tokenization: whitespace``) from splitting at whitespace; either way they may come
ready-made from the store's boundary cache, and no token holds whitespace. A span edge
inside a token splits that token (``لروسيا`` -> ``ل`` + ``روسيا``); ``whole_tokens``
instead widens spans to the tokens they touch. Sentences that a span crosses are merged
so an entity never straddles a sentence break.

Tokens are kept as two parallel offset sequences (``starts``, ``ends``): lists for the
usual documents, and for long ones the ``array("I")`` of their boundaries, since a few
million Python ints cost more memory than the text itself.
"""

from __future__ import annotations

import bisect
import operator
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, compress, repeat
from typing import TYPE_CHECKING, Any

from annotator.formats.conll import encode_sentence
from annotator.store.boundary_cache import SpanRow
from annotator.text.boundaries import Boundaries, boundaries, is_pretokenized

if TYPE_CHECKING:
    from annotator.store.notes import ExportNotes

_OUTSIDE_ROW = ["O"]  # shared, never mutated
#: Documents of up to this many tokens get their offsets as lists, longer ones keep the
#: compact arrays of their boundaries.
LIST_TOKENS = 100_000
_SCHEMES = ("IOB1", "IOB2", "BIOES")


@dataclass
class Prepared:
    """One document ready to write: split tokens, sentences over them, sorted spans.

    ``starts``/``ends`` are the tokens' offsets (parallel sequences of ints: lists, or
    ``array("I")`` for documents of more than :data:`LIST_TOKENS` tokens);
    ``sentences`` are token index ranges ``[first, end)`` covering every token in order;
    ``spans`` are sorted by ``(start, -end)`` and each begins and ends on token edges;
    ``span_tokens`` are the spans' token index ranges ``[lo, hi)`` as two parallel lists
    (computed on demand by :func:`span_token_ranges` when None).
    """

    id: int
    name: str
    text: str
    meta: dict[str, Any]
    starts: Sequence[int]
    ends: Sequence[int]
    sentences: list[tuple[int, int]]
    spans: list[SpanRow]
    span_tokens: tuple[list[int], list[int]] | None = None
    #: The layer's notes when the document has any (:mod:`annotator.formats.export_notes`).
    notes: ExportNotes | None = None

    @property
    def tokens(self) -> list[tuple[int, int]]:
        return list(zip(self.starts, self.ends, strict=True))


def span_fields(spans: Sequence[SpanRow]) -> tuple[Sequence[int], Sequence[int], Sequence[str]]:
    """Starts, ends and labels of ``spans`` as parallel sequences, in one C-level pass."""
    if not spans:
        return (), (), ()
    starts, ends, labels = zip(*spans, strict=True)
    return starts, ends, labels


def span_rows(spans: Sequence[Any]) -> list[SpanRow]:
    """``spans`` (``(start, end, label)`` tuples, or objects with those attributes such
    as :class:`annotator.spans.Span`) as a new list of :class:`SpanRow`."""
    if not spans or isinstance(spans[0], SpanRow):
        return list(spans)
    if isinstance(spans[0], tuple):
        return list(map(tuple.__new__, repeat(SpanRow), spans))  # SpanRow._make, in C
    return [SpanRow(s.start, s.end, s.label) for s in spans]


def _by_start_longest_first(span: SpanRow) -> tuple[int, int]:
    return span.start, -span.end


def widen_spans(
    spans: Sequence[SpanRow], starts: Sequence[int], ends: Sequence[int]
) -> list[SpanRow]:
    """Each span widened to the tokens it touches (duplicates dropped, first one kept)."""
    widened: dict[SpanRow, None] = {}
    for span in spans:
        i = max(bisect.bisect_right(starts, span.start) - 1, 0)
        j = max(bisect.bisect_left(starts, span.end) - 1, i)
        start = min(span.start, starts[i]) if starts else span.start
        end = max(span.end, ends[j]) if starts else span.end
        widened[SpanRow(start, end, span.label)] = None
    return list(widened)


def _inserted(values: Sequence[int], cuts: list[int]) -> Sequence[int]:
    """``values`` (ascending) with the ascending ``cuts`` (none equal to a value) merged
    in, in a sequence of the same kind (list or array)."""
    out: list[int] | array[int] = [] if isinstance(values, list) else array("I")
    at = 0
    for cut in cuts:
        i = bisect.bisect_left(values, cut, at)
        out.extend(values[at:i])
        out.append(cut)
        at = i
    out.extend(values[at:])
    return out


def _cut_at_edges(
    starts: Sequence[int],
    ends: Sequence[int],
    firsts: list[int],
    span_starts: Sequence[int],
    span_ends: Sequence[int],
) -> tuple[Sequence[int], Sequence[int], list[int]]:
    """Split the tokens that a span edge falls inside; sentence starts follow their token.

    An edge ``e`` is inside a token exactly when more tokens start before ``e`` than end
    at or before it; both counts are bisections, done in C over all edges at once.
    """
    edges = sorted({*span_starts, *span_ends})
    begun = map(bisect.bisect_left, repeat(starts), edges)
    ended = map(bisect.bisect_right, repeat(ends), edges)
    cuts = list(compress(edges, map(operator.gt, begun, ended)))
    if not cuts:
        return starts, ends, firsts
    new_starts = _inserted(starts, cuts)
    new_firsts = [bisect.bisect_left(new_starts, starts[i]) for i in firsts]
    return new_starts, _inserted(ends, cuts), new_firsts


def _token_ranges(
    starts: Sequence[int],
    ends: Sequence[int],
    span_starts: Sequence[int],
    span_ends: Sequence[int],
) -> tuple[list[int], list[int]]:
    """For each span, the first token that ends after its start and the first token that
    starts at or after its end (two bisections per span, in C)."""
    los = list(map(bisect.bisect_right, repeat(ends), span_starts))
    his = list(map(bisect.bisect_left, repeat(starts), span_ends))
    return los, his


def _on_token_edges(
    starts: Sequence[int],
    ends: Sequence[int],
    span_starts: Sequence[int],
    span_ends: Sequence[int],
    ranges: tuple[list[int], list[int]],
) -> bool:
    """True when no span edge falls inside a token (the usual case), given the spans'
    :func:`_token_ranges`: every span covers tokens, starts at or before its first one
    and ends at or after its last one. Checked with C-level ``map`` calls."""
    los, his = ranges
    if max(los) >= len(starts) or not all(map(operator.lt, los, his)):
        return False
    if any(map(operator.lt, map(starts.__getitem__, los), span_starts)):
        return False
    lasts = map(ends.__getitem__, map((-1).__add__, his))
    return not any(map(operator.gt, lasts, span_ends))


def _breaks_outside_spans(
    starts: Sequence[int],
    firsts: list[int],
    span_starts: Sequence[int],
    span_ends: Sequence[int],
) -> list[int]:
    """Sentence starts without those strictly inside a span (spans sorted by start):
    a break at offset ``o`` is inside one when a span starting before ``o`` reaches past
    it, i.e. when the running maximum of the span ends does."""
    if not span_starts or len(firsts) < 2:
        return firsts
    reach = list(accumulate(span_ends, max, initial=-1))  # reach[j]: of the first j spans
    offsets = list(map(starts.__getitem__, firsts[1:]))
    before = map(bisect.bisect_left, repeat(span_starts), offsets)  # spans starting before
    outside = map(operator.le, map(reach.__getitem__, before), offsets)
    return [firsts[0], *compress(firsts[1:], outside)]


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
    """``spans``: see :func:`span_rows`; ``found``: the document's boundaries
    when already known (the store's cache); ``ordered``: ``spans`` are already sorted by
    ``(start, -end)``; ``sentences=False``: one sentence for the whole document."""
    if found is None:
        found = boundaries(text, whitespace=is_pretokenized(meta))
    starts: Sequence[int] = found.starts
    ends: Sequence[int] = found.ends
    if len(starts) <= LIST_TOKENS:  # bisection on a list takes half the time
        starts, ends = found.starts.tolist(), found.ends.tolist()
    firsts = found.sentence_starts if sentences else [0]
    rows = span_rows(spans)
    if whole_tokens:
        rows = widen_spans(rows, starts, ends)
        ordered = False
    if not ordered:
        rows.sort(key=_by_start_longest_first)
    if not starts:
        return Prepared(doc_id, name, text, meta, starts, ends, [], rows)
    span_starts, span_ends, _labels = span_fields(rows)
    ranges = _token_ranges(starts, ends, span_starts, span_ends)
    if (
        rows
        and not whole_tokens
        and not _on_token_edges(starts, ends, span_starts, span_ends, ranges)
    ):
        starts, ends, firsts = _cut_at_edges(starts, ends, firsts, span_starts, span_ends)
        ranges = _token_ranges(starts, ends, span_starts, span_ends)
    firsts = _breaks_outside_spans(starts, firsts, span_starts, span_ends)
    sentence_ranges = list(zip(firsts, [*firsts[1:], len(starts)], strict=True))
    return Prepared(doc_id, name, text, meta, starts, ends, sentence_ranges, rows, ranges)


def span_token_ranges(doc: Prepared) -> tuple[list[int], list[int]]:
    """Token index ranges ``[lo, hi)`` of the spans (parallel lists); spans begin and end
    on token edges, so the tokens they cover are exactly these."""
    if doc.span_tokens is None:
        span_starts, span_ends, _labels = span_fields(doc.spans)
        doc.span_tokens = _token_ranges(doc.starts, doc.ends, span_starts, span_ends)
    return doc.span_tokens


def flat_tag_strings(
    doc: Prepared, scheme: str, before: str = "", after: str = ""
) -> list[str] | None:
    """One IOB2 or BIOES tag per token, each as ``before + tag + after``, when no two
    spans share a token (the usual case); None when :func:`tag_rows` must do the work."""
    if scheme not in ("IOB2", "BIOES"):
        return None
    los, his = span_token_ranges(doc)
    if not all(map(operator.le, his[:-1], los[1:])):
        return None
    out = [f"{before}O{after}"] * len(doc.starts)
    tags: dict[str, tuple[str, str, str, str]] = {}
    bioes = scheme == "BIOES"
    for lo, hi, span in zip(los, his, doc.spans, strict=True):
        label = span.label
        if label not in tags:
            b, i, e, s = (f"{before}{prefix}-{label}{after}" for prefix in "BIES")
            tags[label] = (b, i, e, s)
        begin, inside, end, single = tags[label]
        if bioes:
            if hi - lo == 1:
                out[lo] = single
                continue
            out[hi - 1] = end
            hi -= 1
        out[lo] = begin
        if hi - lo > 1:
            out[lo + 1 : hi] = [inside] * (hi - lo - 1)
    return out


def tag_rows(doc: Prepared, scheme: str) -> tuple[list[list[str]], list[tuple[int, int]]]:
    """Tag columns per token (column k = nesting depth k, outermost first), and the token
    ranges ``[lo, hi)`` that carry a tag (every other row is the shared ``["O"]``).

    Only the tokens that spans cover are encoded, cluster by cluster (overlapping spans,
    or adjacent ones for IOB1, never across a sentence start); a cluster of one span is
    tagged directly."""
    tags: list[list[str]] = [_OUTSIDE_ROW] * len(doc.starts)
    if not doc.spans:
        return tags, []
    sentence_firsts = {first for first, _end in doc.sentences}
    iob1 = scheme == "IOB1"
    clusters: list[tuple[int, int, list[SpanRow]]] = []
    for lo, hi, span in zip(*span_token_ranges(doc), doc.spans, strict=True):
        if clusters:
            c_lo, c_hi, members = clusters[-1]
            if lo < c_hi or (iob1 and lo == c_hi and lo not in sentence_firsts):
                clusters[-1] = (c_lo, max(c_hi, hi), members)
                members.append(span)
                continue
        clusters.append((lo, hi, [span]))
    covered = []
    for lo, hi, members in clusters:
        if len(members) == 1 and hi > lo and scheme in _SCHEMES:
            tags[lo:hi] = _single(members[0].label, hi - lo, scheme)
        else:
            pieces = list(zip(doc.starts[lo:hi], doc.ends[lo:hi], strict=True))
            tags[lo:hi] = encode_sentence(pieces, members, scheme)
        covered.append((lo, hi))
    return tags, covered


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


def tag_strings(
    doc: Prepared, scheme: str, sep: str = "\t", before: str = "", after: str = ""
) -> list[str]:
    """One string per token: its tag columns joined by ``sep``, as ``before + tags +
    after`` (CoNLL: what a row holds after the token)."""
    flat = flat_tag_strings(doc, scheme, before, after)
    if flat is not None:
        return flat
    rows, covered = tag_rows(doc, scheme)
    out = [f"{before}O{after}"] * len(rows)
    for lo, hi in covered:
        out[lo:hi] = [before + sep.join(row) + after for row in rows[lo:hi]]
    return out


def iob2_tags(doc: Prepared) -> list[str]:
    """The outermost IOB2 tag of every token (JSON and Hugging Face exports)."""
    flat = flat_tag_strings(doc, "IOB2")
    if flat is not None:
        return flat
    rows, covered = tag_rows(doc, "IOB2")
    out = ["O"] * len(rows)
    for lo, hi in covered:
        out[lo:hi] = [row[0] for row in rows[lo:hi]]
    return out


def sentence_tags(doc: Prepared, scheme: str) -> list[list[str]]:
    """Tag columns per token (column k = nesting depth k), outermost first."""
    return tag_rows(doc, scheme)[0]
