"""The store's methods for the assistant: suggestions (never spans), their rejections and
the trained models. :class:`annotator.store.api.Store` inherits them; the rules are in
:mod:`annotator.store.suggestions`, the tables in :mod:`annotator.store.models`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cached_property

from annotator.store import span_ops, suggestions
from annotator.store.context import StoreContext
from annotator.store.errors import StoreError
from annotator.store.models import SuggestionModels, build_suggestion_models
from annotator.store.suggestions import (
    Accepted,
    Rejected,
    StoredModel,
    SuggestionInfo,
    SuggestionLike,
)
from annotator.store.types import SpanInfo


class SuggestionMethods:
    """Mixed into ``Store``: needs only the store's :class:`StoreContext` (``_ctx``)."""

    _ctx: StoreContext

    @cached_property
    def _suggest_tables(self) -> SuggestionModels:
        return build_suggestion_models(self._ctx.db, self._ctx.m)

    def suggestions_for(self, doc_id: int, annotator: str) -> list[SuggestionInfo]:
        """The document's stored suggestions for a layer, by (start, -end, id)."""
        return suggestions.list_for(self._suggest_tables, self._ctx.m, doc_id, annotator)

    def suggestion_rejections(self, doc_id: int, annotator: str) -> set[tuple[int, int, str]]:
        """``(start, end, label)`` of the suggestions rejected in this document and layer."""
        try:
            ann_id = self._ctx.annotator_id(annotator, create=False)
        except StoreError:
            return set()
        return suggestions.rejected(self._suggest_tables, self._ctx.m, doc_id, ann_id)

    def replace_suggestions(
        self,
        doc_id: int,
        annotator: str,
        items: Iterable[SuggestionLike],
        model_id: int | None = None,
    ) -> list[SuggestionInfo]:
        """Replace the document's suggestions for the layer, in one transaction; rejected
        ones and unknown labels are left out. Returns what is stored now."""
        ctx = self._ctx
        with ctx.write():
            ann_id = ctx.annotator_id(annotator, create=True)
            ctx.document_text(doc_id)  # StoreError for an unknown document
            labels = suggestions.label_ids(ctx.m)
            t = self._suggest_tables
            suggestions.replace(t, ctx.m, doc_id, ann_id, items, model_id, labels)
        return self.suggestions_for(doc_id, annotator)

    def _accept(self, info: SuggestionInfo, label: str | None = None) -> SpanInfo:
        """A manual span from a suggestion, validated like any span (``SpanRefused``)."""
        from annotator.spans import Span  # the span rules are not needed to open a store

        ctx = self._ctx
        ann_id, name = ctx.layer(info.annotator, create=True)
        span = Span(info.start, info.end, label or info.label)
        return span_ops.add_spans(ctx, info.document_id, name, ann_id, [span], "manual")[0]

    def accept_suggestion(self, suggestion_id: int, label: str | None = None) -> Accepted:
        """Turn a suggestion into a manual span of its layer (validated like any span;
        ``SpanRefused`` leaves the suggestion as it was). Undo: :meth:`unaccept_suggestions`."""
        with self._ctx.write():
            info = suggestions.get(self._suggest_tables, self._ctx.m, suggestion_id)
            span = self._accept(info, label)
            suggestions.delete(self._suggest_tables, suggestion_id)
        return Accepted(info, span)

    def accept_suggestions(self, suggestion_ids: Sequence[int]) -> list[Accepted]:
        """Accept several in one transaction; those the layer's rules refuse are skipped."""
        ctx = self._ctx
        with ctx.write():
            t = self._suggest_tables
            return suggestions.accept_many(t, ctx.m, suggestion_ids, self._accept, ctx.db.atomic)

    def unaccept_suggestions(self, accepted: Sequence[Accepted]) -> list[SuggestionInfo]:
        """Undo accepting: remove the spans and put the suggestions back (old ids)."""
        ctx = self._ctx
        restored = []
        with ctx.write():
            labels = suggestions.label_ids(ctx.m)
            span = ctx.m.span
            for item in accepted:
                if not span.delete().where(span.id == item.span.id).execute():
                    raise StoreError(f"no span with id {item.span.id}", "no_span", id=item.span.id)
                ann_id = ctx.annotator_id(item.suggestion.annotator, create=True)
                restored.append(
                    suggestions.put_back(
                        self._suggest_tables, ctx.m, ctx.db, item.suggestion, ann_id, labels
                    )
                )
        return restored

    def reject_suggestion(self, suggestion_id: int) -> Rejected:
        """Remove a suggestion and remember the rejection: it is not stored again for this
        document and layer. Undo: :meth:`unreject_suggestion`."""
        ctx = self._ctx
        with ctx.write():
            t = self._suggest_tables
            info = suggestions.get(t, ctx.m, suggestion_id)
            ann_id = ctx.annotator_id(info.annotator, create=False)
            label_id = suggestions.label_ids(ctx.m)[info.label]
            return Rejected(info, suggestions.reject(t, info, ann_id, label_id))

    def unreject_suggestion(self, rejected: Rejected) -> SuggestionInfo:
        """Forget the rejection and put the suggestion back."""
        ctx = self._ctx
        with ctx.write():
            t = self._suggest_tables
            suggestions.unreject(t, rejected.rejection_id)
            ann_id = ctx.annotator_id(rejected.suggestion.annotator, create=True)
            labels = suggestions.label_ids(ctx.m)
            return suggestions.put_back(t, ctx.m, ctx.db, rejected.suggestion, ann_id, labels)

    def save_suggest_model(self, model: StoredModel, *, keep: int = 3) -> int:
        """Store a trained model (one short transaction), keeping the ``keep`` newest."""
        with self._ctx.write():
            new_id = suggestions.save_model(self._suggest_tables, model)
            suggestions.prune_models(self._suggest_tables, keep)
        return new_id

    def latest_suggest_model(self, fmt: int, *, data: bool = True) -> StoredModel | None:
        """The newest stored model of format ``fmt`` (without its bytes if not ``data``)."""
        return suggestions.latest_model(self._suggest_tables, fmt, data=data)
