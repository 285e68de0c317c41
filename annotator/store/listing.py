"""Document listings behind :meth:`Store.documents` and :meth:`Store.find_document`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from annotator.store import assignments
from annotator.store.context import StoreContext
from annotator.store.types import DocInfo, ListedDocument
from annotator.store.util import check_status, rows, sha256_text
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


def span_counts_by_document(ctx: StoreContext, annotator: str | None) -> dict[int, int]:
    """Document id -> spans of ``annotator``'s layer (all layers for None); documents
    without spans are absent."""
    db, p = ctx.db, ctx.db.param
    if annotator is None:
        return dict(db.execute_sql(COUNT_ALL).fetchall())
    found = ctx.m.annotator.select(ctx.m.annotator.id).where(ctx.m.annotator.name == annotator)
    return dict(
        db.execute_sql(
            f"SELECT document_id, COUNT(*) FROM span WHERE annotator_id = {p} "  # noqa: S608
            "GROUP BY document_id",
            (found.scalar() or -1,),
        ).fetchall()
    )


def _listing(
    ctx: StoreContext, status: str | None, annotator: str | None, query: str
) -> Iterator[tuple[Any, ...]]:
    """Rows ``(id, name, status, order, *rest)`` of the documents listed, in order: the
    layer's status (else the document's), without documents hidden from the layer."""
    if status is not None:
        check_status(status)
    m = ctx.m
    layer_status: dict[int, str] = {}
    hidden: set[int] = set()
    if annotator is not None:
        found = m.annotator.select(m.annotator.id).where(m.annotator.name == annotator)
        ann_id = found.scalar() or -1  # an unknown layer: document statuses, no spans
        ds = m.doc_status
        layer_status = dict(rows(ds.select(ds.document, ds.status).where(ds.annotator == ann_id)))
        hidden = assignments.hidden_for(ctx, annotator, ann_id)
    listed = ctx.db.execute_sql(query).fetchall()
    for row in listed:
        if row[0] in hidden:
            continue
        shown = layer_status.get(row[0], row[2])
        if status is not None and shown != status:
            continue
        yield (row[0], row[1], shown, *row[3:])


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
    return list(map(ListedDocument._make, _listing(ctx, None, annotator, LIST_SHORT)))
