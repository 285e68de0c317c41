"""Text of one prepared document in each export format.

Output is assembled with a few large ``str.join`` calls over lists filled by slice
assignment, and JSON objects of a fixed shape are written by hand with the json module's
own string encoder, because per-token Python work dominates an export's cost. The results
are byte-identical to the straightforward forms (``json.dumps`` of the record with sorted
keys, one f-string per CoNLL row); tests compare both.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from json.encoder import encode_basestring as _quote  # the C encoder's string quoting
from typing import Any

from annotator.formats.prepare import Prepared, flat_tag_strings, span_fields, tag_rows
from annotator.text.boundaries import is_pretokenized

DOCSTART = "-DOCSTART- -X- O O\n\n"  # the exact line spaCy splits documents on
# Characters json.dumps escapes (with ensure_ascii=False).
_NEEDS_ESCAPE = re.compile('["\\\\\x00-\x1f]')
# The same but for newline, which no token holds (tokenizer tokens hold no whitespace,
# pre-tokenised ones are split at newlines): a text without these has no token to escape.
_TOKEN_NEEDS_ESCAPE = re.compile('["\\\\\x00-\x09\x0b-\x1f]')


def dump(value: Any) -> str:
    """Deterministic, compact, UTF-8 friendly JSON."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class _Numbers:
    """Memo of the strings that put offsets into JSON, built once per offset (offsets
    repeat from document to document): ``plain(i)`` is ``str(i)``; ``end(i)`` and
    ``start(i)`` are the pieces around a token's offsets with the key names included."""

    LIMIT = 1 << 18  # offsets beyond this are formatted on the fly

    def __init__(self) -> None:
        self.strings: list[str] = []
        self.ends: list[str] = []
        self.starts: list[str] = []

    def plain(self, limit: int) -> Any:
        if len(self.strings) <= limit:
            self.strings.extend(map(str, range(len(self.strings), limit + 1)))
        return self.strings.__getitem__

    def pieces(self, limit: int) -> tuple[Any, Any] | None:
        """Getters of ``'"},{"end":<i>'`` and ``',"start":<i>,"text":"'``, or None when
        ``limit`` is too large to memoise."""
        if limit >= self.LIMIT:
            return None
        if len(self.ends) <= limit:
            numbers = self.strings if len(self.strings) > limit else None
            new = range(len(self.ends), limit + 1)
            texts = [numbers[i] for i in new] if numbers else list(map(str, new))
            self.ends.extend(['"},{"end":' + t for t in texts])
            self.starts.extend([',"start":' + t + ',"text":"' for t in texts])
        return self.ends.__getitem__, self.starts.__getitem__


_NUMBERS = _Numbers()


def token_texts(doc: Prepared) -> list[str]:
    text = doc.text
    if not is_pretokenized(doc.meta):
        # Tokenizer tokens never hold whitespace (str.isspace) and cover all other
        # characters: with as many whitespace-separated chunks as tokens, each chunk is
        # one token.
        words = text.split()
        if len(words) == len(doc.starts):
            return words
    return list(map(text.__getitem__, map(slice, doc.starts, doc.ends)))


def _tag_strings(doc: Prepared, scheme: str, sep: str) -> list[str]:
    flat = flat_tag_strings(doc, scheme)
    if flat is not None:
        return flat
    rows, covered = tag_rows(doc, scheme)
    out = ["O"] * len(rows)
    for lo, hi in covered:
        out[lo:hi] = map(sep.join, rows[lo:hi])
    return out


def conll_document(doc: Prepared, scheme: str, sep: str = "\t", docstart: bool = False) -> str:
    """``TOKEN<sep>TAG1[<sep>TAG2...]`` rows, a blank line after each sentence; with
    ``docstart`` a ``-DOCSTART-`` header and ``TOKEN _ _ TAG`` rows."""
    n = len(doc.starts)
    head = DOCSTART if docstart else ""
    if n == 0:
        return head
    middle = f"{sep}_{sep}_{sep}" if docstart else sep
    flat = [middle] * (4 * n)
    flat[0::4] = token_texts(doc)
    flat[2::4] = _tag_strings(doc, scheme, sep)
    flat[3::4] = ["\n"] * n
    for _first, end in doc.sentences:
        flat[4 * end - 1] = "\n\n"
    return head + "".join(flat)


def iob2_tags(doc: Prepared) -> list[str]:
    """Outermost IOB2 tag per token (independent of sentence breaks)."""
    flat = flat_tag_strings(doc, "IOB2")
    if flat is not None:
        return flat
    rows, covered = tag_rows(doc, "IOB2")
    out = ["O"] * len(rows)
    for lo, hi in covered:
        out[lo:hi] = [row[0] for row in rows[lo:hi]]
    return out


def _only_newlines_escaped(text: str, quoted: str) -> bool:
    """True when ``quoted`` (``_quote(text)``) escapes nothing but newlines: every escape
    lengthens the text, a newline by exactly one character, so the lengths tell."""
    return len(quoted) - len(text) - 2 == text.count("\n")


def _tokens_json(doc: Prepared, words: list[str], quoted_text: str | None = None) -> str:
    """``[{"end":E,"start":S,"text":T},...]`` as json.dumps with sorted keys writes it;
    ``quoted_text``: ``_quote(doc.text)`` when already at hand."""
    n = len(words)
    if n == 0:
        return "[]"
    if quoted_text is not None and _only_newlines_escaped(doc.text, quoted_text):
        plain = True  # no token holds a newline
    else:
        plain = (
            _TOKEN_NEEDS_ESCAPE.search(doc.text) is None
            or _NEEDS_ESCAPE.search("".join(words)) is None
        )
    pieces = _NUMBERS.pieces(doc.ends[-1]) if plain else None
    if pieces is not None:
        # Per token: '"},{"end":E' ',"start":S,"text":"' T (the usual case).
        end_piece, start_piece = pieces
        flat = words * 3
        flat[0::3] = map(end_piece, doc.ends)
        flat[1::3] = map(start_piece, doc.starts)
        flat[2::3] = words
        flat[0] = flat[0][3:]  # the first token has no '"},' before it
        return "[" + "".join(flat) + '"}]'
    # Per token: '},{"end":' E ',"start":' S ',"text":' T, with the quotes around T moved
    # into the constant pieces when no token needs escaping.
    number = _NUMBERS.plain(doc.ends[-1])
    flat = [',"start":'] * (6 * n)
    flat[0::6] = ['"},{"end":' if plain else '},{"end":'] * n
    flat[1::6] = map(number, doc.ends)
    flat[3::6] = map(number, doc.starts)
    flat[4::6] = [',"text":"' if plain else ',"text":'] * n
    flat[5::6] = words if plain else map(_quote, words)
    flat[0] = '[{"end":'
    flat.append('"}]' if plain else "}]")
    return "".join(flat)


def _strings_json(values: list[str]) -> str:
    """A JSON array of strings that need no escaping (checked by the caller)."""
    return '["' + '","'.join(values) + '"]' if values else "[]"


def _spans_json(doc: Prepared, labels: dict[str, str]) -> tuple[str, str]:
    """The ``spans`` and ``label`` arrays; ``labels`` maps a label to its JSON string."""
    spans = doc.spans
    n = len(spans)
    if n == 0:
        return "[]", "[]"
    text = doc.text
    starts, ends, names = span_fields(spans)
    quoted = list(map(labels.__getitem__, names))
    number = _NUMBERS.plain(max(ends))
    flat = [',"label":'] * (8 * n)
    flat[0::8] = ['},{"end":'] * n
    flat[1::8] = map(number, ends)
    flat[3::8] = quoted
    flat[4::8] = [',"start":'] * n
    flat[5::8] = map(number, starts)
    flat[6::8] = [',"text":'] * n
    flat[7::8] = map(_quote, map(text.__getitem__, map(slice, starts, ends)))
    flat[0] = '[{"end":'
    flat.append("}]")
    short = ["],["] * (6 * n)
    short[1::6] = flat[5::8]
    short[2::6] = [","] * n
    short[3::6] = flat[1::8]
    short[4::6] = [","] * n
    short[5::6] = quoted
    short[0] = "[["
    short.append("]]")
    return "".join(flat), "".join(short)


def jsonl_document(doc: Prepared) -> str:
    """The project's JSON record for one document (no trailing newline); equal to
    ``dump(jsonl_record(doc))``."""
    if doc.notes is not None:  # the few documents with notes take the reference form
        return dump(jsonl_record(doc))
    words = token_texts(doc)
    names = set(span_fields(doc.spans)[2])
    labels = {label: _quote(label) for label in names}
    plain_tags = all(quoted[1:-1] == label for label, quoted in labels.items())
    spans, label = _spans_json(doc, labels)
    tags = iob2_tags(doc)
    text = _quote(doc.text)
    return "".join(
        (
            f'{{"id":{doc.id},"label":{label},"meta":{dump(doc.meta)},"name":{_quote(doc.name)},',
            f'"ner_tags":{_strings_json(tags) if plain_tags else dump(tags)},"spans":{spans},',
            f'"text":{text},"tokens":{_tokens_json(doc, words, text)}}}',
        )
    )


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


def hf_lines(doc: Prepared, unit: str) -> list[str]:
    """Hugging Face ``datasets`` rows: ``{"id", "tokens", "ner_tags"}`` with IOB2 string
    tags, one per document (``unit="document"``) or per sentence (ids ``<doc>-<n>``,
    counted from 1)."""
    words = token_texts(doc)
    tags = iob2_tags(doc)
    if unit == "document":
        pieces: Sequence[tuple[str, int, int]] = [(str(doc.id), 0, len(words))]
    else:
        pieces = [(f"{doc.id}-{k}", first, end) for k, (first, end) in enumerate(doc.sentences, 1)]
    return [
        f'{{"id":"{ident}","tokens":{dump(words[a:b])},"ner_tags":{dump(tags[a:b])}}}'
        for ident, a, b in pieces
    ]
