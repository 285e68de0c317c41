"""Notes and "uncertain" flags on spans and on documents (tables of migration 7).

A span's note lives in ``span_note`` under the span's id, without a foreign key: span
ids are never reused, and undoing a removal restores the span under its old id, so the
note comes back with it; reads join the span table, so notes of removed spans are never
seen. A document's note and flag belong to one layer, as its status does.

Writes run in the caller's write transaction (:meth:`StoreContext.write`). Queries use
the DB-API cursor with the backend's parameter mark (the tables have no peewee model).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

import peewee as pw

from annotator.store.context import StoreContext
from annotator.store.errors import StoreError
from annotator.store.types import Note
from annotator.store.util import IN_CHUNK, chunks, is_db_int

NOTE_LENGTH = 10_000  # characters


class ExportNotes(NamedTuple):
    """One document's notes for an exporter: the layer's document note, and the notes of
    its spans by ``(start, end, label)`` (a layer never holds the same span twice)."""

    note: str
    spans: dict[tuple[int, int, str], str]


def check_note(text: object) -> str:
    """The note as stored: surrounding whitespace trimmed; refused when it is not text,
    too long, or holds U+0000 or a lone surrogate (neither backend stores them)."""
    if not isinstance(text, str):
        raise StoreError(f"invalid note {text!r}: it must be text")
    text = text.strip()
    if len(text) > NOTE_LENGTH:
        message = f"invalid note: it is longer than {NOTE_LENGTH} characters"
        raise StoreError(message, "text_too_long", limit=NOTE_LENGTH)
    if "\x00" in text:
        raise StoreError("invalid note: it contains U+0000 (NUL)")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise StoreError("invalid note: it contains a lone surrogate") from None
    return text


def _note(row: Sequence[Any] | None) -> Note:
    return Note() if row is None else Note(str(row[0]), bool(row[1]))


def _layer(ctx: StoreContext, annotator: str) -> int | None:
    """The layer's id; None for a layer that does not exist (reads create nothing)."""
    try:
        return ctx.annotator_id(annotator, create=False)
    except StoreError:
        return None


def _merged(before: Note, text: str | None, flagged: bool | None) -> Note:
    return Note(
        before.text if text is None else check_note(text),
        before.flagged if flagged is None else bool(flagged),
    )


# -- spans -----------------------------------------------------------------------------


def _require_span(ctx: StoreContext, span_id: int) -> None:
    span = ctx.m.span
    if not is_db_int(span_id) or span.select(span.id).where(span.id == span_id).scalar() is None:
        raise StoreError(f"no span with id {span_id}", "no_span", id=span_id)


def span_note(ctx: StoreContext, span_id: int) -> Note:
    if not is_db_int(span_id):
        return Note()
    p = ctx.db.param
    row = ctx.db.execute_sql(
        "SELECT n.note, n.flagged FROM span_note n JOIN span s ON s.id = n.span_id "  # noqa: S608
        f"WHERE n.span_id = {p}",
        (span_id,),
    ).fetchone()
    return _note(row)


def set_span_note(ctx: StoreContext, span_id: int, text: str | None, flagged: bool | None) -> Note:
    """Change a span's note and/or flag (None keeps that part); returns the result."""
    _require_span(ctx, span_id)
    after = _merged(span_note(ctx, span_id), text, flagged)
    p = ctx.db.param
    ctx.db.execute_sql(f"DELETE FROM span_note WHERE span_id = {p}", (span_id,))  # noqa: S608
    if after:
        ctx.db.execute_sql(
            f"INSERT INTO span_note (span_id, note, flagged) VALUES ({p}, {p}, {p})",  # noqa: S608
            (span_id, after.text, after.flagged),
        )
    return after


def span_notes(ctx: StoreContext, doc_id: int, annotator: str | None) -> dict[int, Note]:
    """Span id -> note of one document's spans that have one (one layer, or all)."""
    ann_id = None if annotator is None else _layer(ctx, annotator)
    if not is_db_int(doc_id) or (annotator is not None and ann_id is None):
        return {}
    p = ctx.db.param
    sql = (
        "SELECT n.span_id, n.note, n.flagged FROM span_note n "  # noqa: S608
        f"JOIN span s ON s.id = n.span_id WHERE s.document_id = {p}"
    )
    args: tuple[int, ...] = (doc_id,)
    if ann_id is not None:
        sql, args = f"{sql} AND s.annotator_id = {p}", (doc_id, ann_id)
    return {int(row[0]): _note(row[1:]) for row in ctx.db.execute_sql(sql, args).fetchall()}


# -- documents -------------------------------------------------------------------------


def document_note(ctx: StoreContext, doc_id: int, annotator: str) -> Note:
    ann_id = _layer(ctx, annotator)
    if not is_db_int(doc_id) or ann_id is None:
        return Note()
    p = ctx.db.param
    row = ctx.db.execute_sql(
        f"SELECT note, flagged FROM doc_note WHERE document_id = {p} AND annotator_id = {p}",  # noqa: S608
        (doc_id, ann_id),
    ).fetchone()
    return _note(row)


def set_document_note(
    ctx: StoreContext, doc_id: int, annotator: str, text: str | None, flagged: bool | None
) -> Note:
    """Change one layer's note and/or flag of a document (None keeps that part), in the
    caller's write transaction; the layer is created when missing."""
    ann_id = ctx.annotator_id(annotator, create=True)
    ctx.document_text(doc_id)  # an unknown document is an error
    after = _merged(document_note(ctx, doc_id, annotator), text, flagged)
    p = ctx.db.param
    ctx.db.execute_sql(
        f"DELETE FROM doc_note WHERE document_id = {p} AND annotator_id = {p}",  # noqa: S608
        (doc_id, ann_id),
    )
    if after:
        ctx.db.execute_sql(
            "INSERT INTO doc_note (document_id, annotator_id, note, flagged) "  # noqa: S608
            f"VALUES ({p}, {p}, {p}, {p})",
            (doc_id, ann_id, after.text, after.flagged),
        )
    return after


def document_notes(ctx: StoreContext, annotator: str) -> dict[int, Note]:
    """Document id -> this layer's note of the documents that have one."""
    ann_id = _layer(ctx, annotator)
    if ann_id is None:
        return {}
    p = ctx.db.param
    found = ctx.db.execute_sql(
        f"SELECT document_id, note, flagged FROM doc_note WHERE annotator_id = {p}",  # noqa: S608
        (ann_id,),
    ).fetchall()
    return {int(row[0]): _note(row[1:]) for row in found}


# -- export ----------------------------------------------------------------------------


def export_notes(db: pw.Database, doc_ids: Sequence[int], ann_id: int) -> dict[int, ExportNotes]:
    """The notes of one layer for exporters: only documents with a note somewhere are
    keys; flags are not exported."""
    p = db.param
    result: dict[int, ExportNotes] = {}

    def entry(doc_id: int) -> ExportNotes:
        return result.setdefault(doc_id, ExportNotes("", {}))

    # Reading the span notes walks every span of the documents: skip it when no span has
    # a note (the usual case; span_note holds only spans with a note or a flag).
    any_span_note = db.execute_sql("SELECT 1 FROM span_note WHERE note <> '' LIMIT 1").fetchone()
    for part in chunks(list(doc_ids), IN_CHUNK):
        marks = ", ".join([p] * len(part))
        for doc_id, note in db.execute_sql(
            f"SELECT document_id, note FROM doc_note WHERE annotator_id = {p} "  # noqa: S608
            f"AND document_id IN ({marks}) AND note <> ''",
            (ann_id, *part),
        ).fetchall():
            result[int(doc_id)] = entry(int(doc_id))._replace(note=str(note))
        if any_span_note is None:
            continue
        for doc_id, start, end, label, note in db.execute_sql(
            'SELECT s.document_id, s.start, s."end", l.name, n.note FROM span_note n '  # noqa: S608
            "JOIN span s ON s.id = n.span_id JOIN label_type l ON l.id = s.label_id "
            f"WHERE s.annotator_id = {p} AND s.document_id IN ({marks}) AND n.note <> '' "
            "ORDER BY s.id",
            (ann_id, *part),
        ).fetchall():
            entry(int(doc_id)).spans[(int(start), int(end), str(label))] = str(note)
    return result
