"""Assigning documents to annotators.

Rules (used by :meth:`Store.documents` with ``annotator=X``): a document without any
assignment is open to everyone; a document with assignments is listed for the annotators
it is assigned to. It stays listed for X when X already has spans or a status of their
own in it (work done before a reassignment is never hidden), and the reviewer's
:data:`~annotator.layers.GOLD` layer always sees every document.
"""

from __future__ import annotations

from annotator.layers import GOLD
from annotator.store.context import StoreContext
from annotator.store.util import rows


def assign(ctx: StoreContext, doc_id: int, ann_id: int) -> bool:
    """Assign a document to an annotator in the caller's write; False if it already was."""
    model = ctx.m.assignment
    ctx.document_text(doc_id)  # an unknown document is an error, not a dangling row
    exists = model.select().where((model.document == doc_id) & (model.annotator == ann_id))
    if exists.exists():
        return False
    model.insert(document=doc_id, annotator=ann_id).execute()
    return True


def unassign(ctx: StoreContext, doc_id: int, ann_id: int) -> bool:
    """Remove one assignment in the caller's write; False if there was none."""
    model = ctx.m.assignment
    removed = (
        model.delete().where((model.document == doc_id) & (model.annotator == ann_id)).execute()
    )
    return bool(removed)


def assignments(ctx: StoreContext, doc_id: int | None = None) -> dict[int, list[str]]:
    """Document id -> names of the annotators it is assigned to (sorted); only assigned
    documents are keys."""
    model, ann = ctx.m.assignment, ctx.m.annotator
    query = model.select(model.document, ann.name).join(ann, on=(model.annotator == ann.id))
    if doc_id is not None:
        query = query.where(model.document == doc_id)
    result: dict[int, list[str]] = {}
    for document, name in rows(query):
        result.setdefault(int(document), []).append(name)
    return {key: sorted(names) for key, names in sorted(result.items())}


def hidden_for(ctx: StoreContext, annotator: str, ann_id: int) -> set[int]:
    """Documents not to list for ``annotator``: assigned to others only, untouched by them."""
    if annotator == GOLD:
        return set()
    model = ctx.m.assignment
    assigned: dict[int, set[int]] = {}
    for document, who in rows(model.select(model.document, model.annotator)):
        assigned.setdefault(int(document), set()).add(int(who))
    hidden = {doc for doc, who in assigned.items() if ann_id not in who}
    if not hidden:
        return hidden
    span, ds = ctx.m.span, ctx.m.doc_status
    touched = {
        int(doc)
        for (doc,) in rows(span.select(span.document).where(span.annotator == ann_id).distinct())
    }
    touched |= {int(doc) for (doc,) in rows(ds.select(ds.document).where(ds.annotator == ann_id))}
    return hidden - touched
