"""CoNLL import and export.

Import: one token per line with one or more tag columns; lines are split on LF, CRLF and
CR only (never on U+2028, U+0085, VT or FF); blank or whitespace-only lines end a
sentence; ``-DOCSTART-`` lines start a new document (without any, the whole file is one
document named after the file); ``#`` lines whose last field is not a tag are comments.

Columns: a line holding a TAB is split on TABs and its token is the whole first field,
every character kept (spaces, NBSP, U+2028 ...). A line without a TAB is split on runs
of spaces (U+0020 only). When the second field is a tag, every following field is a tag
column (nested entities, outermost first; rows may stop after their deepest entity, as
in Wojood). Otherwise the middle columns (``_``, POS, chunk) are ignored and the last
column is the tag; after ``_`` placeholder columns only (``TOKEN _ _ TAG1 TAG2``, the
rows of a ``--docstart`` export of nested spans) every field is a tag column again. In a
space-separated file whose rows all have the same number of
fields, a second field that is not a tag marks such a middle column; when the number of
fields varies from row to row, a row's token is everything before its trailing tag
fields (and the ``_`` placeholders before them), so a token may hold spaces
(``New York B-LOC``).

Text is rebuilt by joining tokens with single spaces and sentences with newlines; a
token's own whitespace stays in the text (the import report counts such tokens; the span
covers the token without its leading or trailing whitespace, and exports split it
there). The document's meta records ``tokenization: whitespace`` so exports keep these
tokens. Tag sequences are decoded by :func:`annotator.tag_schemes.decode`: repairs are counted
per kind, sequences the scheme cannot mean are refused with their line.

Export: ``TOKEN<sep>TAG1[<sep>TAG2...]``, one row per (split) token, a blank line between
sentences; each row carries the tags up to its deepest covering span. With ``docstart``
rows are ``TOKEN _ _ TAG`` and each document starts with ``-DOCSTART- -X- O O``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from annotator.formats.common import (
    FormatError,
    ParsedDocument,
    ParsedSpan,
    ParseResult,
    is_tag,
)
from annotator.formats.reading import ImportLimits, refuse_undecodable_name
from annotator.formats.text import read_text
from annotator.tag_schemes import Scheme, TagError, detect_scheme, encode
from annotator.tag_schemes import decode as decode_tags
from annotator.text.boundaries import TOKENIZATION_KEY, WHITESPACE_TOKENS

_FIELD = re.compile("[^ ]+")


@dataclass(frozen=True, slots=True)
class Row:
    token: str
    tags: list[str]
    line: int


DOCSTART = "-DOCSTART-"


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """``(number, line)`` of normalised text (only LF separates lines by now)."""
    start, number = 0, 1
    while True:
        end = text.find("\n", start)
        if end < 0:
            yield number, text[start:]
            return
        yield number, text[start:end]
        start, number = end + 1, number + 1


def _kind(line: str) -> str:
    """``blank``, ``docstart``, ``comment`` or ``row``."""
    if not line.strip():
        return "blank"
    if line.split(None, 1)[0] == DOCSTART:
        return "docstart"
    if line.startswith("#"):
        fields = line.split("\t") if "\t" in line else line.split(" ")
        last = [f for f in fields if f.strip()]
        if len(last) == 1 or not is_tag(last[-1].strip()):
            return "comment"
    return "row"


def _fixed_layout(text: str) -> bool:
    """True when every space-separated row has the same number (3 or more) of fields and
    some row's second field is not a tag: those files have middle columns (POS, ``_``)."""
    widths: set[int] = set()
    middle = False
    for _number, line in _lines(text):
        if "\t" in line or _kind(line) != "row":
            continue
        fields = line.split()
        widths.add(len(fields))
        middle = middle or (len(fields) > 2 and not is_tag(fields[1]))
        if len(widths) > 1:
            return False
    return middle and min(widths, default=0) >= 3


def _placeholders(fields: Sequence[str]) -> int:
    """How many ``_`` placeholder columns lead ``fields`` (the ``--docstart`` rows'
    ``TOKEN _ _ TAG1 TAG2 ...``), the last field never counted."""
    count = 0
    while count < len(fields) - 1 and fields[count] == "_":
        count += 1
    return count


def _tags(path: Path, number: int, token: str, tags: list[str]) -> list[str]:
    if not tags:
        raise FormatError(path, number, f"missing tag after token {token!r}", "no_tag", token=token)
    if is_tag(tags[_placeholders(tags)]):  # TOKEN TAG1 TAG2 ... or TOKEN _ _ TAG1 TAG2 ...
        tags = tags[_placeholders(tags) :]
        for tag in tags:
            if not is_tag(tag):
                reason = f"{tag!r} is not a tag (O, B-X, I-X, E-X, S-X)"
                raise FormatError(path, number, reason, "not_a_tag", tag=tag)
        return tags
    if not is_tag(tags[-1]):
        reason = f"missing tag: last column {tags[-1]!r} is not a tag"
        raise FormatError(path, number, reason, "last_not_tag", column=tags[-1])
    return [tags[-1]]


def parse_row(path: Path, number: int, line: str, fixed: bool) -> Row:
    """One token line; see the module docstring for how columns are told apart."""
    if "\t" in line:
        token, *rest = line.split("\t")
        tags = [field.strip() for field in rest]
        while tags and not tags[-1]:
            tags.pop()
        if not token:
            raise FormatError(
                path, number, "empty token (the line starts with a TAB)", "empty_token"
            )
        return Row(token, _tags(path, number, token, tags), number)
    fields = list(_FIELD.finditer(line))
    if fixed or len(fields) < 2:
        token = fields[0].group()
        return Row(token, _tags(path, number, token, [f.group() for f in fields[1:]]), number)
    first_tag = len(fields)
    while first_tag > 1 and is_tag(fields[first_tag - 1].group()):
        first_tag -= 1
    if first_tag == len(fields):
        column = fields[-1].group()
        reason = f"missing tag: last column {column!r} is not a tag"
        raise FormatError(path, number, reason, "last_not_tag", column=column)
    last = first_tag - 1  # the token's last field, before any ``_`` placeholders
    while last > 0 and fields[last].group() == "_":
        last -= 1
    token = line[fields[0].start() : fields[last].end()]
    return Row(token, [f.group() for f in fields[first_tag:]], number)


Sentence = list[Row]


def read_sentences(path: Path, text: str) -> Iterator[Sentence | None]:
    """The file's sentences in order; None where a ``-DOCSTART-`` line starts a document."""
    fixed = _fixed_layout(text)
    sentence: Sentence = []
    for number, line in _lines(text):
        kind = _kind(line)
        if kind == "row":
            sentence.append(parse_row(path, number, line, fixed))
            continue
        if kind == "comment":
            continue
        if sentence:
            yield sentence
            sentence = []
        if kind == "docstart":
            yield None
    if sentence:
        yield sentence


def _columns(sentence: Sentence) -> list[list[str]]:
    """Column-major tags; rows that stop early are padded with ``O``."""
    width = max(len(row.tags) for row in sentence)
    return [[row.tags[k] if k < len(row.tags) else "O" for row in sentence] for k in range(width)]


def parse_conll(
    path: str | os.PathLike[str], scheme: str | None = None, limits: ImportLimits | None = None
) -> ParseResult:
    p = Path(path)
    limits = limits or ImportLimits.from_env()
    text = read_text(p, limits)
    chosen: Scheme
    if scheme is None:
        chosen = detect_scheme(
            column
            for sentence in read_sentences(p, text)
            if sentence is not None
            for column in _columns(sentence)
        )
    elif scheme in ("IOB1", "IOB2", "BIOES"):
        chosen = scheme  # type: ignore[assignment]
    else:
        raise FormatError(p, None, f"unknown tag scheme {scheme!r}")
    result = ParseResult()
    builder = _Builder(p, chosen, result)
    for sentence in read_sentences(p, text):
        if sentence is None:
            builder.finish()
        else:
            builder.add(sentence)
    builder.finish()
    del text
    if not builder.documents:
        raise FormatError(p, None, "no tokens in the file", "no_tokens")
    if len(builder.documents) > 1:
        for index, doc in enumerate(builder.documents, 1):
            doc.name = f"{p.stem}-{index}"
    refuse_undecodable_name(p, p.stem)
    for doc in builder.documents:
        limits.check_document(p, doc.line, doc.text)
    result.documents = builder.documents
    return result


class _Builder:
    """Documents from sentences: text, spans, the notes of the import."""

    def __init__(self, path: Path, scheme: Scheme, result: ParseResult) -> None:
        self.path, self.scheme, self.notes = path, scheme, result.notes
        self.documents: list[ParsedDocument] = []
        self.lines: list[str] = []
        self.spans: list[ParsedSpan] = []
        self.offset = 0
        self.first_line: int | None = None

    def add(self, sentence: Sentence) -> None:
        if self.first_line is None:
            self.first_line = sentence[0].line
        starts = []
        pos = self.offset
        for row in sentence:
            starts.append(pos)
            pos += len(row.token) + 1
        try:
            decoded = decode_tags(_columns(sentence), self.scheme)
        except TagError as exc:
            line = sentence[exc.token].line
            raise FormatError(
                self.path, line, f"tags do not decode as {self.scheme}: {exc.reason}"
            ) from None
        for kind, count in decoded.repairs.items():
            self.notes.repairs[kind] = self.notes.repairs.get(kind, 0) + count
        for first, last, label in decoded.spans:
            head, tail = sentence[first], sentence[last - 1]
            start = starts[first] + len(head.token) - len(head.token.lstrip())
            end = starts[last - 1] + len(tail.token.rstrip())
            if start >= end or not head.token.strip() or not tail.token.strip():
                blank = head if not head.token.strip() else tail
                raise FormatError(
                    self.path,
                    blank.line,
                    f"the token {blank.token!r} is only whitespace and cannot begin or end "
                    f"the {label} entity tagged on it",
                )
            self.spans.append(ParsedSpan(start, end, label, head.line))
        self.notes.whitespace_tokens += sum(
            1 for row in sentence if any(char.isspace() for char in row.token)
        )
        self.lines.append(" ".join(row.token for row in sentence))
        self.offset = pos  # the last +1 is the newline

    def finish(self) -> None:
        if not self.lines:
            return
        self.documents.append(
            ParsedDocument(
                name=self.path.stem,
                text="\n".join(self.lines),
                spans=self.spans,
                meta={TOKENIZATION_KEY: WHITESPACE_TOKENS},
                source=str(self.path),
                line=self.first_line,
            )
        )
        self.lines, self.spans, self.offset, self.first_line = [], [], 0, None


def trim_columns(columns: list[str]) -> list[str]:
    """Drop trailing ``O`` columns: a row stops at its deepest covering span (Wojood)."""
    n = len(columns)
    while n > 1 and columns[n - 1] == "O":
        n -= 1
    return columns if n == len(columns) else columns[:n]


def encode_sentence(
    tokens: Sequence[tuple[int, int]], spans: Sequence[Any], scheme: str
) -> list[list[str]]:
    """Tags per token (``encode``), each row cut after its deepest covering span."""
    rows = encode(tokens, spans, cast(Scheme, scheme))
    if rows and len(rows[0]) > 1:
        return [trim_columns(cols) for cols in rows]
    return rows
