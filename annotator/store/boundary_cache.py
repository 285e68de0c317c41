"""Cached token boundaries per document, and the bulk read that exports use.

Rows of ``doc_boundaries`` are written in the same transaction as their document (by
``add_document`` and ``import_batch``) and removed with it (``ON DELETE CASCADE``).
Document texts never change, so a row stays valid until the boundary rules change
(:data:`annotator.text.boundaries.BOUNDARIES_VERSION`); rows of another version, and
documents of databases created before the cache existed, simply have no usable row and
are tokenised on the fly by the exporter.

Queries here use the DB-API cursor directly: peewee's per-row conversion cost more than
the export's formatting for 100,000 spans.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import groupby, repeat
from operator import itemgetter
from typing import Any, NamedTuple

import peewee as pw

from annotator.store.notes import ExportNotes, export_notes
from annotator.store.util import IN_CHUNK, chunks
from annotator.text.boundaries import (
    BOUNDARIES_VERSION,
    boundaries,
    is_pretokenized,
    pack_boundaries,
)

TABLE = "doc_boundaries"
#: The span table as the export reads it. SQLite, without statistics, would read the spans
#: through span_annotator_document and sort them; the (document, annotator, start, end)
#: index of migration 5 gives them in order (the span query costs half as much).
SPANS = '"span" s'
SPANS_SQLITE = '"span" s INDEXED BY span_document_annotator_start'

_DOC = itemgetter(0)
_START = itemgetter(0)
_SPAN = itemgetter(1, 2, 3)


class SpanRow(NamedTuple):
    """A span as exports see it (cheaper to build than :class:`annotator.spans.Span`)."""

    start: int
    end: int
    label: str


def _by_start_longest_first(span: SpanRow) -> tuple[int, int]:
    return span.start, -span.end


def _span_rows(rows: Iterable[tuple[int, int, int, str]]) -> list[SpanRow]:
    """``(document_id, start, end, label)`` rows of one document ordered by ``(start,
    end, id)`` as :class:`SpanRow` ordered by ``(start, -end, id)``: spans sharing a start
    (nested ones, rare) are put longest first."""
    spans = list(map(tuple.__new__, repeat(SpanRow), map(_SPAN, rows)))  # SpanRow._make, in C
    if len(set(map(_START, spans))) < len(spans):
        spans.sort(key=_by_start_longest_first)  # stable: ids stay ascending
    return spans


class ExportRow(NamedTuple):
    """One document for an exporter: ``spans`` are one layer's spans ordered by
    ``(start, -end, id)``; ``boundaries`` is the packed cache or None; ``notes`` the
    layer's notes when the document has any."""

    id: int
    name: str
    text: str
    meta: dict[str, Any]
    spans: list[SpanRow]
    boundaries: bytes | None
    notes: ExportNotes | None = None


def packed(text: str, meta: dict[str, Any] | None) -> bytes:
    return pack_boundaries(boundaries(text, whitespace=is_pretokenized(meta or {})))


def fill(db: pw.Database, documents: Iterable[tuple[int, str, dict[str, Any] | None]]) -> None:
    """Write the cache rows of new documents ``(id, text, meta)`` in the caller's
    transaction."""
    rows = [(doc_id, BOUNDARIES_VERSION, packed(text, meta)) for doc_id, text, meta in documents]
    if not rows:
        return
    p = db.param
    sql = f'INSERT INTO "{TABLE}" ("document_id", "version", "data") VALUES ({p}, {p}, {p})'  # noqa: S608
    cursor = db.cursor()
    for part in chunks(rows, 200):
        cursor.executemany(sql, part)


def _span_query(p: str, marks: str, spans: str) -> str:
    """One layer's spans of some documents, in export order; ``spans`` is
    :data:`SPANS` or :data:`SPANS_SQLITE`."""
    return (
        f'SELECT s.document_id, s.start, s."end", l.name FROM {spans} '  # noqa: S608
        'JOIN "label_type" l ON l.id = s.label_id '
        f"WHERE s.annotator_id = {p} AND s.document_id IN ({marks}) "
        'ORDER BY s.document_id, s.start, s."end", s.id'
    )


def export_rows(db: pw.Database, doc_ids: Sequence[int], annotator: str) -> Iterator[ExportRow]:
    """The documents ``doc_ids`` in that order (unknown ids are skipped), read in chunks."""
    p = db.param
    found = db.execute_sql(f"SELECT id FROM annotator WHERE name = {p}", (annotator,)).fetchone()  # noqa: S608
    ann_id = -1 if found is None else int(found[0])
    sqlite = isinstance(db, pw.SqliteDatabase)
    for part in chunks(list(doc_ids), IN_CHUNK):
        marks = ", ".join([p] * len(part))
        docs = db.execute_sql(
            'SELECT d.id, d.name, d.text, d.meta, b.data FROM "document" d '  # noqa: S608
            f'LEFT JOIN "{TABLE}" b ON b.document_id = d.id AND b.version = {p} '
            f"WHERE d.id IN ({marks})",
            (BOUNDARIES_VERSION, *part),
        ).fetchall()
        spans: dict[int, list[SpanRow]] = {doc_id: [] for doc_id in part}
        # The order the span index gives without a sort step (end ascending); spans
        # sharing a start are then put longest first in Python (rare: nested spans).
        found_spans = db.execute_sql(
            _span_query(p, marks, SPANS_SQLITE if sqlite else SPANS), (ann_id, *part)
        ).fetchall()
        for doc_id, group in groupby(found_spans, _DOC):
            spans[doc_id] = _span_rows(group)
        by_id = {row[0]: row for row in docs}
        noted = export_notes(db, part, ann_id)
        for doc_id in part:
            row = by_id.get(doc_id)
            if row is None:
                continue
            data = row[4]
            yield ExportRow(
                doc_id,
                row[1],
                row[2],
                json.loads(row[3]),
                spans[doc_id],
                None if data is None else bytes(data),
                noted.get(doc_id),
            )
