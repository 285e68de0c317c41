"""Assigning documents to annotators.

Rules (used by :meth:`Store.documents` with ``annotator=X``): a document without any
assignment is open to everyone; a document with assignments is listed for the annotators
it is assigned to. It stays listed for X when X already has spans or a status of their
own in it (work done before a reassignment is never hidden), and the reviewer's ``gold``
layer always sees every document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import peewee as pw

from annotator.store.models import Models

if TYPE_CHECKING:
    from annotator.store.api import Store

GOLD = "gold"


def build_assignment_model(db: pw.Database, m: Models) -> type[pw.Model]:
    class Assignment(pw.Model):
        document = pw.ForeignKeyField(m.document, on_delete="CASCADE")
        annotator = pw.ForeignKeyField(m.annotator, on_delete="CASCADE")

        class Meta:
            database = db
            table_name = "assignment"
            indexes = ((("document", "annotator"), True),)

    return Assignment


def _model(store: Store) -> type[pw.Model]:
    model = store.__dict__.get("_assignment_model")
    if model is None:
        model = build_assignment_model(store.db, store.m)
        store.__dict__["_assignment_model"] = model
    return model


def assign(store: Store, doc_id: int, annotator: str) -> bool:
    """Assign a document to an annotator; False if it already was."""
    model = _model(store)
    with store._write():
        ann_id = store._annotator_id(annotator, create=True)
        store._require_document(doc_id)
        exists = (
            model.select().where((model.document == doc_id) & (model.annotator == ann_id)).exists()
        )
        if exists:
            return False
        model.insert(document=doc_id, annotator=ann_id).execute()
    return True


def unassign(store: Store, doc_id: int, annotator: str) -> bool:
    """Remove one assignment; False if there was none."""
    model, ann = _model(store), store.m.annotator
    ann_id = ann.select(ann.id).where(ann.name == annotator).scalar()
    if ann_id is None:
        return False
    with store._write():
        removed = (
            model.delete().where((model.document == doc_id) & (model.annotator == ann_id)).execute()
        )
    return bool(removed)


def assignments(store: Store, doc_id: int | None = None) -> dict[int, list[str]]:
    """Document id -> names of the annotators it is assigned to (sorted); only assigned
    documents are keys."""
    model, ann = _model(store), store.m.annotator
    query = model.select(model.document, ann.name).join(ann, on=(model.annotator == ann.id))
    if doc_id is not None:
        query = query.where(model.document == doc_id)
    result: dict[int, list[str]] = {}
    for document, name in query.tuples():
        result.setdefault(int(document), []).append(name)
    return {key: sorted(names) for key, names in sorted(result.items())}


def hidden_for(store: Store, annotator: str, ann_id: int) -> set[int]:
    """Documents not to list for ``annotator``: assigned to others only, untouched by them."""
    if annotator == GOLD:
        return set()
    model = _model(store)
    assigned: dict[int, set[int]] = {}
    for document, who in model.select(model.document, model.annotator).tuples():
        assigned.setdefault(int(document), set()).add(int(who))
    hidden = {doc for doc, who in assigned.items() if ann_id not in who}
    if not hidden:
        return hidden
    span, ds = store.m.span, store.m.doc_status
    touched = {
        int(doc)
        for (doc,) in span.select(span.document).where(span.annotator == ann_id).distinct().tuples()
    }
    touched |= {
        int(doc) for (doc,) in ds.select(ds.document).where(ds.annotator == ann_id).tuples()
    }
    return hidden - touched
