"""A deliberately plain exporter, written from the format rules, to check the fast one.

Token by token and span by span, with Token objects and ``json.dumps`` of whole records:
slow, but each step is easy to check against the design notes. Tokens come from
``tokenize`` (or the whitespace split of CoNLL imports), sentences from ``sentence_ranges``,
a span edge inside a token cuts it, a sentence break inside a span is dropped, and each
sentence is encoded with ``annotator.tag_schemes.encode`` (rows stop at their deepest entity).
"""

from __future__ import annotations

import json
from typing import Any

from annotator.spans import Span
from annotator.store import Store
from annotator.tag_schemes import encode
from annotator.text import sentence_ranges, tokenize


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _tokens_and_sentences(text: str, meta: dict[str, Any]) -> tuple[list[list[int]], list[int]]:
    """Tokens as [start, end] and the index of each sentence's first token."""
    if meta.get("tokenization") == "whitespace":
        tokens: list[list[int]] = []
        firsts: list[int] = []
        offset = 0
        for line in text.split("\n"):
            line_starts = True
            for word in line.split(" "):
                if word:
                    if line_starts:
                        firsts.append(len(tokens))
                        line_starts = False
                    tokens.append([offset, offset + len(word)])
                offset += len(word) + 1
        return tokens, firsts
    found = tokenize(text)
    return [[t.start, t.end] for t in found], [a for a, _b in sentence_ranges(text, found)]


def _cut(tokens: list[list[int]], firsts: list[int], spans: list[Span]) -> tuple[list, list]:
    edges = sorted({s.start for s in spans} | {s.end for s in spans})
    out: list[list[int]] = []
    new_firsts = []
    for index, (start, end) in enumerate(tokens):
        if index in firsts:
            new_firsts.append(len(out))
        for edge in edges:
            if start < edge < end:
                out.append([start, edge])
                start = edge
        out.append([start, end])
    return out, new_firsts


def _widen(tokens: list[list[int]], spans: list[Span]) -> list[Span]:
    widened: list[Span] = []
    for span in spans:
        touched = [t for t in tokens if t[0] < span.end and t[1] > span.start]
        start = min([span.start] + [t[0] for t in touched])
        end = max([span.end] + [t[1] for t in touched])
        if Span(start, end, span.label) not in widened:
            widened.append(Span(start, end, span.label))
    return widened


def prepared(text: str, meta: dict[str, Any], spans: list[Span], whole: bool) -> tuple:
    tokens, firsts = _tokens_and_sentences(text, meta)
    if whole:
        spans = _widen(tokens, spans)
    spans = sorted(spans, key=lambda s: (s.start, -s.end))
    if not whole:
        tokens, firsts = _cut(tokens, firsts, spans)
    firsts = [i for i in firsts if i == 0 or not any(s.start < tokens[i][0] < s.end for s in spans)]
    bounds = [*firsts[1:], len(tokens)]
    return tokens, list(zip(firsts, bounds, strict=True)), spans


def _rows(tokens: list[list[int]], spans: list[Span], scheme: str) -> list[list[str]]:
    if not spans:
        return [["O"] for _ in tokens]
    rows = encode([tuple(t) for t in tokens], spans, scheme)
    trimmed = []
    for row in rows:
        while len(row) > 1 and row[-1] == "O":
            row = row[:-1]
        trimmed.append(row)
    return trimmed


def conll(store: Store, layer: str, scheme: str = "IOB2", docstart: bool = False, sep="\t"):
    out = []
    for info in sorted(store.documents(annotator=layer), key=lambda d: (d.order, d.id)):
        doc = store.document(info.id)
        spans = [s.to_span() for s in sorted(store.spans_for(info.id, layer), key=lambda s: s.id)]
        tokens, sentences, spans = prepared(doc.text, doc.meta, spans, whole=False)
        if docstart:
            out.append("-DOCSTART- -X- O O\n\n")
        for first, end in sentences:
            inside = [
                s for s in spans if tokens[first][0] <= s.start and s.end <= tokens[end - 1][1]
            ]
            rows = _rows(tokens[first:end], inside, scheme)
            for (start, stop), row in zip(tokens[first:end], rows, strict=True):
                middle = f"{sep}_{sep}_{sep}" if docstart else sep
                out.append(f"{doc.text[start:stop]}{middle}{sep.join(row)}\n")
            out.append("\n")
    return "".join(out)


def _span_notes(store: Store, doc_id: int, layer: str, infos: list, tokens: list | None) -> dict:
    """Exported span -> note: a span's own note, on the span it was widened to when
    ``tokens`` are given (notes of spans widened alike joined by lines, in id order)."""
    by_id = store.span_notes(doc_id, layer)
    notes: dict[Span, str] = {}
    for info in infos:
        note = by_id[info.id].text if info.id in by_id else ""
        if not note:
            continue
        span = info.to_span() if tokens is None else _widen(tokens, [info.to_span()])[0]
        notes[span] = f"{notes[span]}\n{note}" if span in notes else note
    return notes


def jsonl(store: Store, layer: str, whole: bool = False) -> str:
    lines = []
    for info in sorted(store.documents(annotator=layer), key=lambda d: (d.order, d.id)):
        doc = store.document(info.id)
        infos = sorted(store.spans_for(info.id, layer), key=lambda s: s.id)
        spans = [s.to_span() for s in infos]
        tokens, _sentences, spans = prepared(doc.text, doc.meta, spans, whole)
        notes = _span_notes(store, info.id, layer, infos, tokens if whole else None)
        text = doc.text
        document_note = store.document_note(info.id, layer).text
        record = {
            "id": doc.id,
            "name": doc.name,
            "text": text,
            "spans": [
                {"start": s.start, "end": s.end, "label": s.label, "text": text[s.start : s.end]}
                | ({"note": notes[s]} if s in notes else {})
                for s in spans
            ],
            "tokens": [{"text": text[a:b], "start": a, "end": b} for a, b in tokens],
            "ner_tags": [row[0] for row in _rows(tokens, spans, "IOB2")],
            "label": [[s.start, s.end, s.label] for s in spans],
            "meta": doc.meta | ({"note": document_note} if document_note else {}),
        }
        lines.append(_dump(record) + "\n")
    return "".join(lines)
