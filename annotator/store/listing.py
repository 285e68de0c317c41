"""Document listings behind :meth:`Store.documents` and :meth:`Store.find_document`."""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import repeat
from typing import Any

from annotator.store import assignments
from annotator.store.context import StoreContext
from annotator.store.types import DocInfo, ListedDocument
from annotator.store.util import IN_CHUNK, check_status, chunks, rows, sha256_text
from annotator.text.normalize import normalize_text


def find_document(ctx: StoreContext, name: str, text: str) -> DocInfo | None:
    """The first document with exactly this name and (normalised) text."""
    digest = sha256_text(normalize_text(text))
    doc = ctx.m.document
    row = (
        doc.select(doc.id, doc.status, doc.order, doc.meta)
        .where((doc.name == name) & (doc.sha256 == digest))
        .order_by(doc.id)
        .tuples()
        .first()
    )
    if row is None:
        return None
    doc_id, status, order, meta = row
    count = ctx.m.span.select().where(ctx.m.span.document == doc_id).count()
    return DocInfo(doc_id, name, status, order, digest, json.loads(meta), count)


COUNT_ALL = "SELECT document_id, COUNT(*) FROM span GROUP BY document_id"
# In the store's order; on SQLite both read the covering index document_listing.
LIST_SHORT = 'SELECT id, name, status, "order" FROM document ORDER BY "order", id'
LIST_FULL = 'SELECT id, name, status, "order", sha256, meta FROM document ORDER BY "order", id'


def _meta(text: str) -> dict[str, Any]:
    return {} if text == "{}" else dict(json.loads(text))


def span_counts_by_document(
    ctx: StoreContext, annotator: str | None, doc_ids: Sequence[int] | None = None
) -> dict[int, int]:
    """Document id -> spans of ``annotator``'s layer (all layers for None), of every
    document or those of ``doc_ids``; documents without spans are absent."""
    db, p = ctx.db, ctx.db.param
    if annotator is None and doc_ids is None:
        return dict(db.execute_sql(COUNT_ALL).fetchall())
    where, args = "1 = 1", []
    if annotator is not None:
        where, args = f"annotator_id = {p}", [ctx.find_layer(annotator) or -1]
    if doc_ids is None:
        sql = f"SELECT document_id, COUNT(*) FROM span WHERE {where} GROUP BY document_id"  # noqa: S608
        return dict(db.execute_sql(sql, args).fetchall())
    result: dict[int, int] = {}
    for part in chunks(list(doc_ids), IN_CHUNK):
        marks = ", ".join([p] * len(part))
        sql = (
            f"SELECT document_id, COUNT(*) FROM span WHERE {where} "  # noqa: S608
            f"AND document_id IN ({marks}) GROUP BY document_id"
        )
        result.update(db.execute_sql(sql, [*args, *part]).fetchall())
    return result


def own_statuses(ctx: StoreContext, ann_id: int) -> dict[int, str]:
    """Document id -> the status the layer ``ann_id`` set itself (others absent)."""
    ds = ctx.m.doc_status
    return dict(rows(ds.select(ds.document, ds.status).where(ds.annotator == ann_id)))


def _listing(
    ctx: StoreContext, status: str | None, annotator: str | None, query: str
) -> list[tuple[Any, ...]]:
    """Rows ``(id, name, status, order, *rest)`` of the documents listed, in order: the
    layer's status (else the document's), without documents hidden from the layer. Rows
    that no rule changes are the cursor's own tuples (20,000 of them cost no Python loop)."""
    if status is not None:
        check_status(status)
    layer_status: dict[int, str] = {}
    hidden: set[int] = set()
    if annotator is not None:
        ann_id = ctx.find_layer(annotator) or -1  # unknown layer: document statuses, no spans
        layer_status = own_statuses(ctx, ann_id)
        hidden = assignments.hidden_for(ctx, annotator, ann_id)
    listed = ctx.db.execute_sql(query).fetchall()
    if hidden:
        listed = [row for row in listed if row[0] not in hidden]
    if layer_status:
        listed = [
            (row[0], row[1], layer_status[row[0]], *row[3:]) if row[0] in layer_status else row
            for row in listed
        ]
    if status is not None:
        listed = [row for row in listed if row[2] == status]
    return listed


def list_documents(
    ctx: StoreContext, status: str | None, annotator: str | None, *, counts: bool = True
) -> list[DocInfo]:
    """All documents in order, without text (rules in :meth:`Store.documents`).

    Read through the DB-API cursor: on 20,000 documents peewee's per-row conversion
    cost several times the queries. On SQLite the document columns come from the
    covering index ``document_listing`` (migration 7), not from rows holding the text.
    """
    span_counts = span_counts_by_document(ctx, annotator) if counts else {}
    return [
        DocInfo(doc_id, name, shown, order, digest, _meta(meta), span_counts.get(doc_id, 0))
        for doc_id, name, shown, order, digest, meta in _listing(ctx, status, annotator, LIST_FULL)
    ]


def listed_documents(ctx: StoreContext, annotator: str | None) -> list[ListedDocument]:
    """What the document list shows of each document listed (rules as above)."""
    rows_ = _listing(ctx, None, annotator, LIST_SHORT)
    return list(map(tuple.__new__, repeat(ListedDocument), rows_))  # ListedDocument._make, in C
