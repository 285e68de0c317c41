"""Span changes behind :class:`Store`'s add, restore, relabel and resize methods.

Each function runs inside the caller's write transaction (:meth:`StoreContext.write`),
so a span is validated against the latest committed spans of its layer and any error
rolls the whole change back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from annotator.store import label_renames, schema
from annotator.store.context import StoreContext
from annotator.store.errors import SpanRefused
from annotator.store.types import SpanInfo
from annotator.store.util import now, rows, span_extent

if TYPE_CHECKING:
    from annotator.spans import Policy, Span


def layer_spans(
    ctx: StoreContext,
    doc_id: int,
    ann_id: int,
    exclude: int | None = None,
    overlapping: tuple[int, int] | None = None,
) -> list[Span]:
    """The layer's spans; with ``overlapping=(lo, hi)`` only those overlapping [lo, hi).

    Validation only ever compares a new span with the spans it overlaps (flat: any
    overlap is refused; nested: crossing and duplicates need an overlap too), so
    reading just those keeps adding a span fast on documents with many spans.
    """
    span, label = ctx.m.span, ctx.m.label_type
    query = (
        span.select(span.start, span.end, label.name)
        .join(label, on=(span.label == label.id))
        .where((span.document == doc_id) & (span.annotator == ann_id))
        .order_by(span.start, span.end.desc(), span.id)
    )
    if exclude is not None:
        query = query.where(span.id != exclude)
    if overlapping is not None:
        lo, hi = overlapping
        query = query.where((span.start < hi) & (span.end > lo))
    from annotator.spans import Span  # the span rules are not needed to read

    return [Span(start, end, name) for start, end, name in rows(query)]


def label_ids(ctx: StoreContext) -> dict[str, int]:
    label = ctx.m.label_type
    return dict(rows(label.select(label.name, label.id)))


def validate(
    span: Span, text: str, labels: dict[str, int], existing: list[Span], policy: Policy
) -> None:
    """Raise :class:`SpanRefused` when ``span`` breaks a rule against ``existing``."""
    from annotator.spans import SpanError, validate_span

    try:
        validate_span(span, text, labels.keys(), existing, policy)
    except SpanError as exc:
        refused = SpanRefused(exc.message, exc.code)
        refused.params = dict(exc.params)  # the span rule's arguments
        raise refused from exc


def _row(doc_id: int, ann_id: int, span: Span, label_id: int, source: str) -> dict[str, Any]:
    stamp = now()
    return dict(
        document=doc_id,
        annotator=ann_id,
        start=span.start,
        end=span.end,
        label=label_id,
        source=source,
        created=stamp,
        updated=stamp,
    )


def add_spans(
    ctx: StoreContext, doc_id: int, annotator: str, ann_id: int, spans: list[Span], source: str
) -> list[SpanInfo]:
    text = ctx.cached_text(doc_id)
    labels = label_ids(ctx)
    existing = layer_spans(ctx, doc_id, ann_id, overlapping=span_extent(spans))
    policy = ctx.policy()
    added: list[SpanInfo] = []
    for span in spans:
        validate(span, text, labels, existing, policy)
        existing.append(span)
        row = _row(doc_id, ann_id, span, labels[span.label], source)
        span_id = ctx.m.span.insert(**row).execute()
        added.append(
            SpanInfo(int(span_id), doc_id, annotator, span.start, span.end, span.label, source)
        )
    return added


def restore_span(ctx: StoreContext, info: SpanInfo, ann_id: int) -> SpanInfo:
    """Re-insert ``info`` under its old id when that id is free, else under a new one;
    a label renamed since is found under its new name (:mod:`label_renames`)."""
    from annotator.spans import Span

    text = ctx.cached_text(info.document_id)
    labels = label_ids(ctx)
    label = label_renames.current_name(ctx.m, info.label, labels)
    span = Span(info.start, info.end, label)
    others = layer_spans(ctx, info.document_id, ann_id, overlapping=span_extent([span]))
    validate(span, text, labels, others, ctx.policy())
    row = _row(info.document_id, ann_id, span, labels[label], info.source)
    model = ctx.m.span
    if model.select().where(model.id == info.id).exists():
        span_id = int(model.insert(**row).execute())
    else:
        model.insert(id=info.id, **row).execute()
        span_id = info.id
        if ctx.backend == "postgresql":
            schema.advance_sequence(ctx.db, "span", info.id)
    return SpanInfo(
        span_id, info.document_id, info.annotator, info.start, info.end, label, info.source
    )


def relabel_span(ctx: StoreContext, info: SpanInfo, ann_id: int, label: str) -> SpanInfo:
    """Give the span ``label``; a label renamed since the caller learnt its name is found
    under its new name, which the result carries."""
    text = ctx.cached_text(info.document_id)
    labels = label_ids(ctx)
    label = label_renames.current_name(ctx.m, label, labels)
    others = layer_spans(
        ctx, info.document_id, ann_id, exclude=info.id, overlapping=span_extent([info])
    )
    from annotator.spans import Span

    validate(Span(info.start, info.end, label), text, labels, others, ctx.policy())
    model = ctx.m.span
    model.update(label=labels[label], updated=now()).where(model.id == info.id).execute()
    return SpanInfo(
        info.id, info.document_id, info.annotator, info.start, info.end, label, info.source
    )


def resize_span(ctx: StoreContext, info: SpanInfo, ann_id: int, start: int, end: int) -> SpanInfo:
    """Move a span's edges to [start, end): the same id and label, validated against the
    layer's other spans with the one overlap rule."""
    from annotator.spans import Span

    text = ctx.cached_text(info.document_id)
    labels = label_ids(ctx)
    span = Span(start, end, info.label)
    others = layer_spans(
        ctx, info.document_id, ann_id, exclude=info.id, overlapping=span_extent([span])
    )
    validate(span, text, labels, others, ctx.policy())
    model = ctx.m.span
    model.update(start=start, end=end, updated=now()).where(model.id == info.id).execute()
    return SpanInfo(info.id, info.document_id, info.annotator, start, end, info.label, info.source)
