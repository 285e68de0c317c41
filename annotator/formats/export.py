"""Export: choose the layer and documents, cut tokens at span edges, write CoNLL or JSONL.

Tokens come from the tokenizer, or for pre-tokenised documents (CoNLL imports, meta
``tokenization: whitespace``) from splitting on the single spaces and newlines that joined
them. A span edge inside a token splits that token (``لروسيا`` -> ``ل`` + ``روسيا``);
``whole_tokens`` instead widens spans to the tokens they touch. Sentences that a span
crosses are merged so an entity never straddles a sentence break.
"""

from __future__ import annotations

import bisect
import itertools
import os
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.formats.common import (
    TOKENIZATION_KEY,
    WHITESPACE_TOKENS,
    FormatError,
    atomic_files,
)
from annotator.formats.conll import encode_sentence, write_sentences
from annotator.formats.jsonl import dump
from annotator.spans import Span
from annotator.text import sentence_ranges, tokenize

SUFFIXES = {"conll": ".conll", "jsonl": ".jsonl", "json": ".json"}
SPLIT_NAMES = {2: ("train", "test"), 3: ("train", "dev", "test")}
_WS_TOKEN = re.compile(r"[^ \n]+")
_NEWLINE = re.compile("\n")
_OUTSIDE_ROW = ["O"]  # shared, never mutated
_CHUNK = 500


@dataclass
class ExportOptions:
    format: str = "conll"
    scheme: str = "IOB2"
    layer: str | None = None
    status: str | None = None
    docstart: bool = False
    whole_tokens: bool = False
    sep: str = "\t"
    split: tuple[int, ...] | None = None
    seed: int = 0


@dataclass
class ExportResult:
    layer: str
    documents: int = 0
    spans: int = 0
    files: list[Path] = field(default_factory=list)


@dataclass
class Prepared:
    """One document ready to write: split tokens, sentences over them, sorted spans."""

    id: int
    name: str
    text: str
    meta: dict[str, Any]
    tokens: list[tuple[int, int]]
    sentences: list[tuple[int, int]]
    spans: list[Span]


def parse_split(value: str) -> tuple[int, ...]:
    try:
        parts = tuple(int(x) for x in value.split("/"))
    except ValueError:
        raise ValueError(f"--split {value!r}: expected numbers like 80/10/10") from None
    if len(parts) not in SPLIT_NAMES or any(p < 0 for p in parts) or sum(parts) <= 0:
        raise ValueError(f"--split {value!r}: expected two or three non-negative numbers")
    return parts


def choose_layer(store: Any, layer: str | None) -> str:
    names = [a.name for a in store.annotators()]
    if layer is not None:
        if layer not in names:
            raise ValueError(f"no layer named {layer!r} (layers: {', '.join(names) or 'none'})")
        return layer
    for preferred in ("gold", "imported"):
        if preferred in names:
            return preferred
    if len(names) == 1:
        return names[0]
    raise ValueError(f"choose a layer with --layer ({', '.join(names) or 'no layers yet'})")


# --- tokens and sentences -------------------------------------------------------------------


def base_tokens(
    text: str, meta: dict[str, Any], sentences: bool = True
) -> tuple[list[tuple[int, int]], list[int]]:
    """Tokens and the indexes of tokens that start a sentence (``[0]`` if not wanted)."""
    if meta.get(TOKENIZATION_KEY) == WHITESPACE_TOKENS:
        tokens = [m.span() for m in _WS_TOKEN.finditer(text)]
        starts = [0]
        if sentences and tokens:
            token_starts = [t[0] for t in tokens]
            for newline in _NEWLINE.finditer(text):
                index = bisect.bisect_left(token_starts, newline.start())
                if index < len(tokens) and index != starts[-1]:
                    starts.append(index)
        return tokens, starts
    found = tokenize(text)
    tokens = [(t.start, t.end) for t in found]
    if not sentences:
        return tokens, [0]
    return tokens, [first for first, _end in sentence_ranges(text, found)]


def _split_tokens(
    tokens: list[tuple[int, int]], cuts: list[int]
) -> tuple[list[tuple[int, int]], list[int] | None]:
    """Cut tokens at the offsets that fall inside them; returns the new tokens and a map
    old index -> new index (None when no token was cut)."""
    starts = [t[0] for t in tokens]
    inside: dict[int, list[int]] = {}
    for cut in cuts:
        i = bisect.bisect_right(starts, cut) - 1
        if i >= 0 and tokens[i][0] < cut < tokens[i][1]:
            inside.setdefault(i, []).append(cut)
    if not inside:
        return tokens, None
    out: list[tuple[int, int]] = []
    where: list[int] = []
    for i, (start, end) in enumerate(tokens):
        where.append(len(out))
        for cut in inside.get(i, ()):
            out.append((start, cut))
            start = cut
        out.append((start, end))
    where.append(len(out))
    return out, where


def _inside_spans(offsets: list[int], spans: list[Span]) -> set[int]:
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


def _widen(spans: list[Span], tokens: list[tuple[int, int]]) -> list[Span]:
    starts = [t[0] for t in tokens]
    widened: dict[tuple[int, int, str], None] = {}
    for span in spans:
        i = max(bisect.bisect_right(starts, span.start) - 1, 0)
        j = max(bisect.bisect_left(starts, span.end) - 1, i)
        start = min(span.start, tokens[i][0]) if tokens else span.start
        end = max(span.end, tokens[j][1]) if tokens else span.end
        widened[(start, end, span.label)] = None
    return [Span(s, e, label) for s, e, label in widened]


def prepare(
    doc_id: int,
    name: str,
    text: str,
    meta: dict[str, Any],
    spans: list[Span],
    whole_tokens: bool = False,
    sentences: bool = True,
) -> Prepared:
    tokens, sentence_starts = base_tokens(text, meta, sentences)
    if whole_tokens:
        spans = _widen(spans, tokens)
    spans = sorted(spans, key=lambda s: (s.start, -s.end))
    if spans and not whole_tokens:
        cuts = sorted({s.start for s in spans} | {s.end for s in spans})
        tokens, where = _split_tokens(tokens, cuts)
        if where is not None:
            sentence_starts = [where[i] for i in sentence_starts]
    if len(sentence_starts) > 1 and spans:
        # an entity never straddles a sentence break: drop breaks inside spans
        blocked = _inside_spans([tokens[i][0] for i in sentence_starts], spans)
        sentence_starts = [i for i in sentence_starts if tokens[i][0] not in blocked]
    if not tokens:
        return Prepared(doc_id, name, text, meta, tokens, [], spans)
    if sentence_starts[0] != 0:
        sentence_starts.insert(0, 0)
    bounds = [*sentence_starts[1:], len(tokens)]
    sentences = list(zip(sentence_starts, bounds, strict=True))
    return Prepared(doc_id, name, text, meta, tokens, sentences, spans)


def sentence_tags(doc: Prepared, scheme: str) -> list[list[str]]:
    """Tag columns per token. Only the tokens that spans cover are encoded, cluster by
    cluster (overlapping spans, or adjacent ones for IOB1), never across a sentence."""
    tokens = doc.tokens
    tags: list[list[str]] = [_OUTSIDE_ROW] * len(tokens)
    if not doc.spans:
        return tags
    starts = [t[0] for t in tokens]
    ends = [t[1] for t in tokens]
    sentence_of = [first for first, _end in doc.sentences]
    clusters: list[tuple[int, int, list[Span]]] = []
    for span in doc.spans:
        k = bisect.bisect_right(sentence_of, bisect.bisect_right(ends, span.start)) - 1
        first, end = doc.sentences[max(k, 0)]
        lo = bisect.bisect_right(ends, span.start, first, end)
        hi = bisect.bisect_left(starts, span.end, first, end)
        if clusters:
            c_lo, c_hi, members = clusters[-1]
            joins = lo < c_hi or (scheme == "IOB1" and lo == c_hi and lo != first)
            if joins:
                clusters[-1] = (c_lo, max(c_hi, hi), members)
                members.append(span)
                continue
        clusters.append((lo, hi, [span]))
    for lo, hi, members in clusters:
        tags[lo:hi] = encode_sentence(tokens[lo:hi], members, scheme)
    return tags


# --- reading from the store -----------------------------------------------------------------


def iter_prepared(
    store: Any, docs: Sequence[Any], layer: str, whole_tokens: bool, sentences: bool = True
) -> Iterator[Prepared]:
    for at in range(0, len(docs), _CHUNK):
        chunk = docs[at : at + _CHUNK]
        by_doc = store.spans_by_document([d.id for d in chunk], layer)
        for info in chunk:
            document = store.document(info.id)
            infos = sorted(by_doc.get(info.id, []), key=lambda s: s.id)
            spans = [Span(s.start, s.end, s.label) for s in infos]
            yield prepare(
                info.id,
                document.name,
                document.text,
                dict(document.meta or {}),
                spans,
                whole_tokens,
                sentences,
            )


def jsonl_record(doc: Prepared) -> dict[str, Any]:
    """IOB2 ``ner_tags`` do not depend on sentence breaks: ``doc`` may be one sentence."""
    text = doc.text
    tags = sentence_tags(doc, "IOB2")
    return {
        "id": doc.id,
        "name": doc.name,
        "text": text,
        "spans": [
            {"start": s.start, "end": s.end, "label": s.label, "text": text[s.start : s.end]}
            for s in doc.spans
        ],
        "tokens": [{"text": text[s:e], "start": s, "end": e} for s, e in doc.tokens],
        "ner_tags": [t[0] for t in tags],
        "label": [[s.start, s.end, s.label] for s in doc.spans],
        "meta": doc.meta,
    }


def label_file(store: Any) -> str:
    names = [label.name for label in store.labels()]
    tags = ["O"] + [f"{p}-{n}" for n in names for p in ("B", "I")]
    return dump({"labels": names, "ner_tags": tags}) + "\n"


# --- writing -----------------------------------------------------------------------------------


def _database_file(database: str | None) -> Path | None:
    if not database or database.startswith(("postgres://", "postgresql://")):
        return None
    path = database.removeprefix("sqlite:///") if database.startswith("sqlite:") else database
    return Path(path)


def _refuse_database(target: Path, database: Path | None) -> None:
    if database is None:
        return
    db = os.path.realpath(database)
    for candidate in (db, db + "-wal", db + "-shm", db + "-journal"):
        if os.path.realpath(target) == candidate:
            raise FormatError(target, None, "refusing to overwrite the open database")


def split_documents(docs: list[Any], parts: tuple[int, ...], seed: int) -> list[list[Any]]:
    """Shuffle deterministically, cut by the proportions, keep document order inside parts."""
    order = list(range(len(docs)))
    random.Random(seed).shuffle(order)
    total = sum(parts)
    bounds = [0]
    acc = 0
    for part in parts:
        acc += part
        bounds.append(round(len(docs) * acc / total))
    return [[docs[i] for i in sorted(order[a:b])] for a, b in itertools.pairwise(bounds)]


def export(
    store: Any,
    options: ExportOptions,
    output: str | os.PathLike[str],
    *,
    database: str | None = None,
) -> ExportResult:
    layer = choose_layer(store, options.layer)
    docs = sorted(
        store.documents(status=options.status, annotator=layer), key=lambda d: (d.order, d.id)
    )
    result = ExportResult(layer=layer)
    out = Path(output)
    suffix = SUFFIXES[options.format]
    if options.split:
        names = SPLIT_NAMES[len(options.split)]
        groups = split_documents(docs, options.split, options.seed)
        targets = [
            (out / f"{name}{suffix}", group) for name, group in zip(names, groups, strict=True)
        ]
    else:
        targets = [(out, docs)]
    db_file = _database_file(database)
    for target, _group in targets:
        _refuse_database(target, db_file)
    with atomic_files() as files:
        for target, group in targets:
            with files.open(target) as handle:
                _write(handle, store, group, layer, options, result)
            result.files.append(target)
        if options.format != "conll":
            labels_path = (out if options.split else out.parent) / "labels.json"
            _refuse_database(labels_path, db_file)
            files.write_text(labels_path, label_file(store))
            result.files.append(labels_path)
    return result


def _write(
    handle: Any,
    store: Any,
    docs: Sequence[Any],
    layer: str,
    options: ExportOptions,
    result: ExportResult,
) -> None:
    first = True
    if options.format == "json":
        handle.write("[")
    conll = options.format == "conll"
    for doc in iter_prepared(store, docs, layer, options.whole_tokens, sentences=conll):
        result.documents += 1
        result.spans += len(doc.spans)
        if options.format == "conll":
            tags = sentence_tags(doc, options.scheme)
            write_sentences(
                handle,
                doc.text,
                doc.tokens,
                doc.sentences,
                tags,
                sep=options.sep,
                docstart=options.docstart,
            )
        elif options.format == "jsonl":
            handle.write(dump(jsonl_record(doc)) + "\n")
        else:
            handle.write(("\n" if first else ",\n") + dump(jsonl_record(doc)))
        first = False
    if options.format == "json":
        handle.write("\n]\n" if not first else "]\n")
