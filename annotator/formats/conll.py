"""CoNLL import and export.

Import: one token per line with one or more tag columns (TAB or spaces); blank or
whitespace-only lines end a sentence; ``-DOCSTART-`` lines start a new document (without
any, the whole file is one document named after the file); ``#`` lines whose last field is
not a tag are comments. When the second field is a tag, every following field is a tag
column (nested entities, outermost first; rows may stop after their deepest entity, as in
Wojood). Otherwise the middle columns (``_``, POS, chunk) are ignored and the last column is
the tag. Text is rebuilt by joining tokens with single spaces and sentences with newlines;
the document's meta records ``tokenization: whitespace`` so exports keep these tokens.

Export: ``TOKEN<sep>TAG1[<sep>TAG2...]``, one row per (split) token, a blank line between
sentences; each row carries the tags up to its deepest covering span. With ``docstart``
rows are ``TOKEN _ _ TAG`` and each document starts with ``-DOCSTART- -X- O O``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from annotator.formats.common import (
    TOKENIZATION_KEY,
    WHITESPACE_TOKENS,
    FormatError,
    ParsedDocument,
    ParsedSpan,
    ParseResult,
    is_tag,
)
from annotator.formats.text import decode, read_bytes
from annotator.spans import decode as decode_tags
from annotator.spans import detect_scheme, encode
from annotator.text import normalize_text

Row = tuple[str, list[str], int]  # token, tag columns, line number


def _row(path: Path, number: int, fields: list[str]) -> Row:
    if len(fields) < 2:
        raise FormatError(path, number, f"missing tag after token {fields[0]!r}")
    if is_tag(fields[1]):
        tags = fields[1:]
        for tag in tags:
            if not is_tag(tag):
                raise FormatError(path, number, f"{tag!r} is not a tag (O, B-X, I-X, E-X, S-X)")
    else:
        if not is_tag(fields[-1]):
            raise FormatError(path, number, f"missing tag: last column {fields[-1]!r} is not a tag")
        tags = [fields[-1]]
    return fields[0], tags, number


def read_rows(path: Path, text: str) -> list[list[list[Row]]]:
    """Documents -> sentences -> rows."""
    documents: list[list[list[Row]]] = [[]]
    sentence: list[Row] = []
    for number, line in enumerate(text.split("\n"), 1):
        fields = line.split()
        if not fields:
            if sentence:
                documents[-1].append(sentence)
                sentence = []
            continue
        if fields[0] == "-DOCSTART-":
            if sentence:
                documents[-1].append(sentence)
                sentence = []
            documents.append([])
            continue
        if line.startswith("#") and (len(fields) == 1 or not is_tag(fields[-1])):
            continue
        sentence.append(_row(path, number, fields))
    if sentence:
        documents[-1].append(sentence)
    return [doc for doc in documents if doc]


def _columns(sentence: list[Row]) -> list[list[str]]:
    """Column-major tags; rows that stop early are padded with ``O``."""
    width = max(len(tags) for _token, tags, _line in sentence)
    return [[tags[k] if k < len(tags) else "O" for _t, tags, _n in sentence] for k in range(width)]


def parse_conll(path: str | os.PathLike[str], scheme: str | None = None) -> ParseResult:
    p = Path(path)
    text = normalize_text(decode(p, read_bytes(p)))
    docs = read_rows(p, text)
    if not docs:
        raise FormatError(p, None, "no tokens in the file")
    if scheme is None:
        scheme = detect_scheme(
            column for sentences in docs for sentence in sentences for column in _columns(sentence)
        )
    result = ParseResult()
    for index, sentences in enumerate(docs, 1):
        name = p.stem if len(docs) == 1 else f"{p.stem}-{index}"
        result.documents.append(_build(p, name, sentences, scheme, result))
    return result


def _build(
    path: Path, name: str, sentences: list[list[Row]], scheme: str, result: ParseResult
) -> ParsedDocument:
    lines: list[str] = []
    spans: list[ParsedSpan] = []
    offset = 0
    for sentence in sentences:
        starts = []
        pos = offset
        for token, _tags, _line in sentence:
            starts.append(pos)
            pos += len(token) + 1
        columns = _columns(sentence)
        try:
            decoded = decode_tags(columns, scheme)
        except ValueError as exc:
            raise FormatError(
                path, sentence[0][2], f"tags do not decode as {scheme}: {exc}"
            ) from None
        result.repaired += decoded.repaired
        for first, last, label in decoded.spans:
            start = starts[first]
            end = starts[last - 1] + len(sentence[last - 1][0])
            spans.append(ParsedSpan(start, end, label, sentence[first][2]))
        lines.append(" ".join(token for token, _tags, _line in sentence))
        offset = pos  # the last +1 is the newline
    return ParsedDocument(
        name=name,
        text="\n".join(lines),
        spans=spans,
        meta={TOKENIZATION_KEY: WHITESPACE_TOKENS},
        source=str(path),
        line=sentences[0][0][2],
    )


def trim_columns(columns: list[str]) -> list[str]:
    """Drop trailing ``O`` columns: a row stops at its deepest covering span (Wojood)."""
    n = len(columns)
    while n > 1 and columns[n - 1] == "O":
        n -= 1
    return columns if n == len(columns) else columns[:n]


def encode_sentence(
    tokens: Sequence[tuple[int, int]], spans: Sequence[object], scheme: str
) -> list[list[str]]:
    rows = encode(tokens, spans, scheme)
    if rows and len(rows[0]) > 1:
        return [trim_columns(cols) for cols in rows]
    return rows
