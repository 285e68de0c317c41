"""Counts for summaries (``annotator stats``, the label dialog, the default export layer):
grouped queries, never a read of every span."""

from __future__ import annotations

import peewee as pw

from annotator.store import assignments
from annotator.store.context import StoreContext
from annotator.store.util import rows


def span_counts(ctx: StoreContext, *, suggestions: bool = False) -> dict[tuple[str, str], int]:
    """Spans per ``(layer, label)`` in one grouped query; pairs without spans are absent.

    Suggestions (source ``suggested``) are not labels and are left out unless
    ``suggestions``. The query groups the span table by ids alone (a third faster than
    joining the names into every row); the few names are looked up afterwards.
    """
    span, ann, label = ctx.m.span, ctx.m.annotator, ctx.m.label_type
    query = span.select(span.annotator, span.label, pw.fn.COUNT(span.id)).group_by(
        span.annotator, span.label
    )
    if not suggestions:
        query = query.where(span.source != "suggested")
    layers = dict(rows(ann.select(ann.id, ann.name)))
    labels = dict(rows(label.select(label.id, label.name)))
    return {
        (str(layers[ann_id]), str(labels[label_id])): int(n) for ann_id, label_id, n in rows(query)
    }


def layer_span_counts(ctx: StoreContext) -> dict[str, int]:
    """Every layer with its number of spans (suggestions left out), 0 for empty layers.

    Grouped by layer alone: the span index on ``(annotator_id, document_id)`` gives the
    groups in order, five times faster than grouping by layer and label and summing."""
    span, ann = ctx.m.span, ctx.m.annotator
    query = (
        span.select(span.annotator, pw.fn.COUNT(span.id))
        .where(span.source != "suggested")
        .group_by(span.annotator)
    )
    layers = dict(rows(ann.select(ann.id, ann.name).order_by(ann.id)))
    result = {str(name): 0 for name in layers.values()}
    for ann_id, n in rows(query):
        result[str(layers[ann_id])] = int(n)
    return result


def document_status_counts(ctx: StoreContext) -> dict[str, int]:
    """Documents per document status (the status of the document itself, not a layer's)."""
    doc = ctx.m.document
    query = doc.select(doc.status, pw.fn.COUNT(doc.id)).group_by(doc.status)
    return {str(status): int(n) for status, n in rows(query)}


def layer_status_counts(ctx: StoreContext) -> dict[str, dict[str, int]]:
    """Every layer -> status -> number of documents, as the layer's annotator sees them:
    the layer's own status, else the document's, over the documents listed for them
    (assignment rules in :mod:`annotator.store.assignments`)."""
    doc, ds, ann = ctx.m.document, ctx.m.doc_status, ctx.m.annotator
    document_status = dict(rows(doc.select(doc.id, doc.status)))
    own: dict[int, dict[int, str]] = {}
    for ann_id, doc_id, status in rows(ds.select(ds.annotator, ds.document, ds.status)):
        own.setdefault(int(ann_id), {})[int(doc_id)] = str(status)
    result: dict[str, dict[str, int]] = {}
    for ann_id, name in rows(ann.select(ann.id, ann.name).order_by(ann.name)):
        hidden = assignments.hidden_for(ctx, name, ann_id)
        layer = own.get(ann_id, {})
        counts: dict[str, int] = {}
        for doc_id, status in document_status.items():
            if doc_id not in hidden:
                shown = layer.get(doc_id, status)
                counts[shown] = counts.get(shown, 0) + 1
        result[str(name)] = dict(sorted(counts.items()))
    return result


def manual_span_counts(ctx: StoreContext) -> dict[str, int]:
    """Spans labelled by hand (source ``manual``, accepted suggestions included) per
    layer; layers without any are absent."""
    span, ann = ctx.m.span, ctx.m.annotator
    query = (
        span.select(span.annotator, pw.fn.COUNT(span.id))
        .where(span.source == "manual")
        .group_by(span.annotator)
    )
    layers = dict(rows(ann.select(ann.id, ann.name)))
    return {str(layers[a]): int(n) for a, n in rows(query)}


def manual_span_days(ctx: StoreContext, utc_offset: int = 0) -> dict[tuple[str, str], int]:
    """Spans labelled by hand (source ``manual``, accepted suggestions included) per
    ``(layer, day)``, the day (``YYYY-MM-DD``) of their creation in a time zone
    ``utc_offset`` seconds east of UTC; one grouped query, which costs about as much as
    :func:`span_counts` (the day of every span is computed and sorted)."""
    span, ann = ctx.m.span, ctx.m.annotator
    shift = int(utc_offset)
    if ctx.backend == "sqlite":
        day = pw.fn.DATE(span.created, pw.SQL(f"'{shift:+d} seconds'"))  # an int: no quoting
    else:
        day = pw.fn.DATE(span.created + pw.SQL(f"interval '{shift} seconds'"))
    query = (
        span.select(span.annotator, day, pw.fn.COUNT(span.id))
        .where(span.source == "manual")
        .group_by(span.annotator, day)
    )
    layers = dict(rows(ann.select(ann.id, ann.name)))
    return {(str(layers[a]), str(d)[:10]): int(n) for a, d, n in rows(query)}
