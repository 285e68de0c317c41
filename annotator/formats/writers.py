"""Text of one prepared document in each export format, as a stream of pieces.

Every writer yields its document in pieces of at most :data:`CHUNK` tokens (or spans), so
a document of millions of tokens never exists as one output string or one list of token
strings. Rows of a fixed shape are built by C-level loops: CoNLL rows by one ``str.join``
of the tokens and the rest of their rows (tags with separators and line ends), JSON
objects by one ``%``-format over a chunk.
The results are byte-identical to the straightforward forms (``json.dumps`` of the record
with sorted keys, one f-string per CoNLL row); tests compare both.

No token holds whitespace (``str.isspace``): the tokenizer and the whitespace split of
pre-tokenised text both separate tokens at every whitespace character. JSON output also
escapes the line breaks ``json.dumps`` leaves raw (U+0085, U+2028, U+2029), so that no
reader's line splitting (``str.splitlines``) cuts a JSON line in two.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from json.encoder import encode_basestring as _quote  # the C encoder's string quoting
from typing import Any

from annotator.formats.prepare import Prepared, iob2_tags, span_fields, tag_strings

__all__ = [
    "CHUNK",
    "DOCSTART",
    "conll_document",
    "conll_pieces",
    "dump",
    "hf_pieces",
    "jsonl_document",
    "jsonl_pieces",
    "jsonl_record",
    "one_line",
    "quote",
    "text_json",
    "token_texts",
]

DOCSTART = "-DOCSTART- -X- O O\n\n"  # the exact line spaCy splits documents on
#: Tokens (or spans) rendered at once.
CHUNK = 20_000
# Characters json.dumps escapes (with ensure_ascii=False), and the same less whitespace,
# which no token holds: a stretch of text without these has no token to escape.
_NEEDS_ESCAPE = re.compile('["\\\\\x00-\x1f]')
_TOKEN_NEEDS_ESCAPE = re.compile('["\\\\\x00-\x08\x0e-\x1b]')
_TEXT_PIECE = 1 << 20  # characters of a document's text quoted at once


_RAW_BREAKS = ("\x85", "\u2028", "\u2029")
_ESCAPED_BREAKS = {ord(ch): f"\\u{ord(ch):04x}" for ch in _RAW_BREAKS}


def _has_raw_breaks(text: str) -> bool:
    return any(ch in text for ch in _RAW_BREAKS)


def one_line(encoded: str) -> str:
    """JSON text with U+0085, U+2028 and U+2029 escaped too (``json.dumps`` with
    ``ensure_ascii=False`` writes them as they are, and ``str.splitlines`` splits there)."""
    return encoded.translate(_ESCAPED_BREAKS) if _has_raw_breaks(encoded) else encoded


def quote(text: str) -> str:
    """``text`` as a JSON string on one line."""
    return one_line(_quote(text))


def dump(value: Any) -> str:
    """Deterministic, compact, UTF-8 friendly JSON on one line."""
    return one_line(json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")))


def _ranges(lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """``[lo, hi)`` in consecutive pieces of at most :data:`CHUNK`."""
    for at in range(lo, hi, CHUNK):
        yield at, min(at + CHUNK, hi)


def token_texts(doc: Prepared, lo: int = 0, hi: int | None = None) -> list[str]:
    """The texts of tokens ``lo`` to ``hi`` (default: all)."""
    hi = len(doc.starts) if hi is None else hi
    if lo >= hi:
        return []
    text = doc.text
    # Tokens hold no whitespace and cover every other character: when the stretch splits
    # at whitespace into as many words as it has tokens, each word is one token.
    words = text[doc.starts[lo] : doc.ends[hi - 1]].split()
    if len(words) == hi - lo:
        return words
    return list(map(text.__getitem__, map(slice, doc.starts[lo:hi], doc.ends[lo:hi])))


# --- CoNLL -------------------------------------------------------------------------------


def conll_pieces(
    doc: Prepared, scheme: str, sep: str = "\t", docstart: bool = False
) -> Iterator[str]:
    """``TOKEN<sep>TAG1[<sep>TAG2...]`` rows, a blank line after each sentence; with
    ``docstart`` a ``-DOCSTART-`` header and ``TOKEN _ _ TAG`` rows."""
    if docstart:
        yield DOCSTART
    n = len(doc.starts)
    if n == 0:
        return
    middle = f"{sep}_{sep}_{sep}" if docstart else sep
    rows = tag_strings(doc, scheme, sep, middle, "\n")  # each row's text after its token
    blank_after: dict[str, str] = {}  # the few distinct rows, with the blank line after
    for _first, end in doc.sentences:
        row = rows[end - 1]
        if row not in blank_after:
            blank_after[row] = row + "\n"
        rows[end - 1] = blank_after[row]
    for lo, hi in _ranges(0, n):
        flat = [""] * (2 * (hi - lo))
        flat[0::2] = token_texts(doc, lo, hi)
        flat[1::2] = rows[lo:hi]
        yield "".join(flat)


def conll_document(doc: Prepared, scheme: str, sep: str = "\t", docstart: bool = False) -> str:
    return "".join(conll_pieces(doc, scheme, sep, docstart))


# --- JSON ----------------------------------------------------------------------------------

_ROW_PLAIN = '{"end":%d,"start":%d,"text":"%s"},'
_ROW_QUOTED = '{"end":%d,"start":%d,"text":%s},'
_SPAN = '{"end":%d,"label":%s,"start":%d,"text":%s},'
_LABEL = "[%d,%d,%s],"


def _objects(template: str, columns: list[Any], size: int) -> str:
    """``template`` (ending in ``,``) filled from ``size`` rows of parallel columns,
    comma-separated: one C-level format call for the whole chunk."""
    values: list[Any] = [None] * (len(columns) * size)
    for k, column in enumerate(columns):
        values[k :: len(columns)] = column
    return (template * size % tuple(values))[:-1]


def _array(count: int, render: Callable[[int, int], str]) -> Iterator[str]:
    """A JSON array of ``count`` items; ``render(a, b)`` gives items a..b comma-separated."""
    yield "["
    for a, b in _ranges(0, count):
        yield render(a, b) if a == 0 else "," + render(a, b)
    yield "]"


def _tokens_json(doc: Prepared) -> Iterator[str]:
    """``[{"end":E,"start":S,"text":T},...]`` as json.dumps with sorted keys writes it."""

    def render(a: int, b: int) -> str:
        words = token_texts(doc, a, b)
        stretch = doc.text[doc.starts[a] : doc.ends[b - 1]]
        if _TOKEN_NEEDS_ESCAPE.search(stretch) is None:
            return _objects(_ROW_PLAIN, [doc.ends[a:b], doc.starts[a:b], words], b - a)
        quoted = list(map(_quote, words))
        return _objects(_ROW_QUOTED, [doc.ends[a:b], doc.starts[a:b], quoted], b - a)

    return _array(len(doc.starts), render)


def _spans_json(doc: Prepared) -> tuple[Iterator[str], Iterator[str]]:
    """The ``spans`` array and doccano's ``label`` array."""
    starts, ends, labels = span_fields(doc.spans)
    quoted = {label: _quote(label) for label in set(labels)}
    text = doc.text
    quote_text = quote if _has_raw_breaks(text) else _quote

    def spans(a: int, b: int) -> str:
        names = [quoted[label] for label in labels[a:b]]
        texts = list(map(quote_text, map(text.__getitem__, map(slice, starts[a:b], ends[a:b]))))
        return _objects(_SPAN, [ends[a:b], names, starts[a:b], texts], b - a)

    def label(a: int, b: int) -> str:
        names = [quoted[label] for label in labels[a:b]]
        return _objects(_LABEL, [starts[a:b], ends[a:b], names], b - a)

    return _array(len(starts), spans), _array(len(starts), label)


def _plain(strings: Iterable[str]) -> bool:
    """True when none of ``strings`` needs escaping in JSON."""
    return not any(map(_NEEDS_ESCAPE.search, strings))


def _strings(values: list[str], plain: bool) -> Callable[[int, int], str]:
    """Renders ``values[a:b]`` as JSON strings, comma-separated; ``plain``: none of them
    needs escaping (then they are only put between quotes)."""
    if plain:
        return lambda a, b: '"' + '","'.join(values[a:b]) + '"'
    return lambda a, b: dump(values[a:b])[1:-1]


def _strings_json(values: list[str]) -> Iterator[str]:
    """A JSON array of strings (tags: few distinct ones), a chunk at a time."""
    return _array(len(values), _strings(values, _plain(set(values))))


def text_json(text: str) -> Iterator[str]:
    """``text`` as a JSON string, quoted a piece at a time (escapes are per character)."""
    if len(text) <= _TEXT_PIECE:
        yield quote(text)
        return
    yield '"'
    for at in range(0, len(text), _TEXT_PIECE):
        yield quote(text[at : at + _TEXT_PIECE])[1:-1]
    yield '"'


def jsonl_pieces(doc: Prepared) -> Iterator[str]:
    """The project's JSON record for one document (no trailing newline), keys sorted:
    ``dump(jsonl_record(doc))`` in pieces."""
    if doc.notes is not None:  # the few documents with notes take the reference form
        yield dump(jsonl_record(doc))
        return
    spans, label = _spans_json(doc)
    yield f'{{"id":{doc.id},"label":'
    yield from label
    yield f',"meta":{dump(doc.meta)},"name":{quote(doc.name)},"ner_tags":'
    yield from _strings_json(iob2_tags(doc))
    yield ',"spans":'
    yield from spans
    yield ',"text":'
    yield from text_json(doc.text)
    yield ',"tokens":'
    yield from _tokens_json(doc)
    yield "}"


def jsonl_document(doc: Prepared) -> str:
    """The project's JSON record for one document; equal to ``dump(jsonl_record(doc))``."""
    return "".join(jsonl_pieces(doc))


def jsonl_record(doc: Prepared) -> dict[str, Any]:
    """The record as a dict (the reference form of :func:`jsonl_document`)."""
    text = doc.text
    record: dict[str, Any] = {
        "id": doc.id,
        "name": doc.name,
        "text": text,
        "spans": [
            {"start": s.start, "end": s.end, "label": s.label, "text": text[s.start : s.end]}
            for s in doc.spans
        ],
        "tokens": [{"text": text[s:e], "start": s, "end": e} for s, e in doc.tokens],
        "ner_tags": iob2_tags(doc),
        "label": [[s.start, s.end, s.label] for s in doc.spans],
        "meta": doc.meta,
    }
    if doc.notes is not None:  # notes: "meta.note", "spans[].note" (only where written)
        for span, out in zip(doc.spans, record["spans"], strict=True):
            note = doc.notes.spans.get((span.start, span.end, span.label))
            if note:
                out["note"] = note
        if doc.notes.note:
            record["meta"] = {**doc.meta, "note": doc.notes.note}
    return record


# --- Hugging Face ------------------------------------------------------------------------------


def _hf_row(
    ident: str, doc: Prepared, tags: Callable[[int, int], str], lo: int, hi: int
) -> Iterator[str]:
    """One row's pieces; ``tags`` renders the tags of tokens a..b (see :func:`_strings`)."""
    yield f'{{"id":{_quote(ident)},"tokens":['
    for a, b in _ranges(lo, hi):
        words = token_texts(doc, a, b)
        stretch = doc.text[doc.starts[a] : doc.ends[b - 1]]
        plain = _TOKEN_NEEDS_ESCAPE.search(stretch) is None
        yield ("" if a == lo else ",") + _strings(words, plain)(0, b - a)
    yield '],"ner_tags":['
    for a, b in _ranges(lo, hi):
        yield ("" if a == lo else ",") + tags(a, b)
    yield "]}\n"


def hf_pieces(doc: Prepared, unit: str) -> Iterator[str]:
    """Hugging Face ``datasets`` rows, one per line: ``{"id", "tokens", "ner_tags"}`` with
    IOB2 string tags, one row per document (``unit="document"``) or per sentence (ids
    ``<doc>-<n>``, counted from 1)."""
    all_tags = iob2_tags(doc)
    tags = _strings(all_tags, _plain(set(all_tags)))
    if unit == "document":
        yield from _hf_row(str(doc.id), doc, tags, 0, len(doc.starts))
        return
    for k, (first, end) in enumerate(doc.sentences, 1):
        yield from _hf_row(f"{doc.id}-{k}", doc, tags, first, end)
