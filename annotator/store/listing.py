"""Document listings behind :meth:`Store.documents` and :meth:`Store.find_document`."""

from __future__ import annotations

import json
from typing import Any

from annotator.store import assignments
from annotator.store.context import StoreContext
from annotator.store.types import DocInfo
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


def _meta(text: str) -> dict[str, Any]:
    return {} if text == "{}" else dict(json.loads(text))


def list_documents(
    ctx: StoreContext, status: str | None, annotator: str | None, *, counts: bool = True
) -> list[DocInfo]:
    """All documents in order, without text (rules in :meth:`Store.documents`).

    Read through the DB-API cursor: on 20,000 documents peewee's per-row conversion
    cost several times the queries. On SQLite the document columns come from the
    covering index ``document_listing`` (migration 7), not from rows holding the text.
    """
    if status is not None:
        check_status(status)
    m, db, p = ctx.m, ctx.db, ctx.db.param
    count_sql = "SELECT document_id, COUNT(*) FROM span"
    count_args: tuple[int, ...] = ()
    layer_status: dict[int, str] = {}
    hidden: set[int] = set()
    if annotator is not None:
        found = m.annotator.select(m.annotator.id).where(m.annotator.name == annotator)
        ann_id = found.scalar() or -1  # an unknown layer: document statuses, no spans
        count_sql, count_args = f"{count_sql} WHERE annotator_id = {p}", (ann_id,)
        ds = m.doc_status
        layer_status = dict(rows(ds.select(ds.document, ds.status).where(ds.annotator == ann_id)))
        hidden = assignments.hidden_for(ctx, annotator, ann_id)
    span_counts: dict[int, int] = {}
    if counts:
        span_counts = dict(
            db.execute_sql(f"{count_sql} GROUP BY document_id", count_args).fetchall()
        )
    listed = db.execute_sql(
        'SELECT id, name, status, "order", sha256, meta FROM document ORDER BY "order", id'
    ).fetchall()
    result = []
    for doc_id, name, doc_status, order, digest, meta in listed:
        if doc_id in hidden:
            continue
        shown = layer_status.get(doc_id, doc_status)
        if status is not None and shown != status:
            continue
        result.append(
            DocInfo(doc_id, name, shown, order, digest, _meta(meta), span_counts.get(doc_id, 0))
        )
    return result
