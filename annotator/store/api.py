"""The store: the one way to read and change annotations.

Every mutating method runs in one transaction that first increments the revision counter.
That write comes first on purpose: it takes the database's write lock (SQLite) or the
counter row's lock (PostgreSQL) before anything is read, so concurrent writers are
serialised and span validation always sees the latest committed spans.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING, Any

import peewee as pw

from annotator.store import assignments, labels, listing, schema, span_ops, suggestions
from annotator.store.db import Durability, Opened, open_database
from annotator.store.errors import StoreError, describe_database_error, failed_rollback_cause
from annotator.store.models import Models, SuggestionModels, build_models, build_suggestion_models
from annotator.store.suggestions import (
    Accepted,
    Rejected,
    StoredModel,
    SuggestionInfo,
    SuggestionLike,
)
from annotator.store.types import (
    AnnotatorInfo,
    DocInfo,
    Document,
    ImportItem,
    ImportReport,
    LabelInfo,
    SpanInfo,
)
from annotator.store.util import (
    IN_CHUNK,
    check_flat_possible,
    check_source,
    check_status,
    chunks,
    dump_meta,
    now,
    sha256_text,
)

if TYPE_CHECKING:  # imported where used: not needed to open a store and read it
    from annotator.spans import Span
    from annotator.store import boundary_cache

POLICIES = ("flat", "nested")
TEXT_CACHE_SIZE = 8  # documents whose text a store keeps for span validation


class Store:
    """An open annotation database. Create with :meth:`Store.open`.

    A store may be used from several threads: peewee gives each thread its own
    connection. ``close()`` closes the calling thread's connection.
    """

    def __init__(self, opened: Opened) -> None:
        self._opened = opened
        self.db: pw.Database = opened.db
        self.m: Models = build_models(opened.db)
        self.backend = opened.backend
        self.read_only = opened.read_only
        self.location = opened.display
        # doc id -> (sha256, text): documents never change their text, so validating a
        # span re-reads only the digest (cheap) instead of a possibly large text column.
        self._texts: dict[int, tuple[str, str]] = {}

    # -- lifecycle ---------------------------------------------------------------

    @classmethod
    def open(
        cls,
        target: str | os.PathLike[str],
        *,
        create: bool = True,
        read_only: bool = False,
        timeout: float = 5.0,
        durability: Durability = "normal",
    ) -> Store:
        """Open (creating or migrating when needed) the database at ``target``.

        ``timeout`` is how long a write waits for another writer (SQLite busy timeout,
        PostgreSQL connect timeout). ``durability="full"`` makes SQLite commits survive
        power loss too (``synchronous=FULL``); the default survives a process crash.
        """
        opened = open_database(
            target, create=create, read_only=read_only, timeout=timeout, durability=durability
        )
        try:
            schema.ensure_schema(opened)
        except BaseException:
            opened.db.close()
            raise
        return cls(opened)

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.location!r})"

    # -- transactions ------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[None]:
        if self.read_only:
            raise StoreError(f"{self.location} is open read-only")
        lock = ("IMMEDIATE",) if self.backend == "sqlite" else ()
        try:
            with self.db.atomic(*lock):
                self.m.revision.update(value=self.m.revision.value + 1).where(
                    self.m.revision.id == 1
                ).execute()
                yield
        except StoreError:
            raise
        except pw.IntegrityError as exc:
            raise StoreError(f"{self.location}: change refused by the database: {exc}") from exc
        except pw.DatabaseError as exc:
            cause = failed_rollback_cause(exc)
            if isinstance(cause, StoreError):
                raise cause from None
            raise StoreError(f"{self.location}: {describe_database_error(cause)}") from exc

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """An outer write transaction: store calls inside it commit or roll back together."""
        with self._write():
            yield

    def revision(self) -> int:
        """Grows with every committed change, whichever process or connection made it."""
        row = self.m.revision.select(self.m.revision.value).where(self.m.revision.id == 1)
        value = row.scalar()
        return int(value or 0)

    def schema_version(self) -> int:
        """The schema version stored in the database (not the application version)."""
        return int(self._meta_get("schema_version", "0"))

    # -- settings ----------------------------------------------------------------

    def _meta_get(self, key: str, default: str) -> str:
        value = self.m.meta.select(self.m.meta.value).where(self.m.meta.key == key).scalar()
        return default if value is None else str(value)

    def _meta_set(self, key: str, value: str) -> None:
        updated = self.m.meta.update(value=value).where(self.m.meta.key == key).execute()
        if not updated:
            self.m.meta.insert(key=key, value=value).execute()

    def setting(self, key: str, default: str = "") -> str:
        return self._meta_get(key, default)

    def set_setting(self, key: str, value: str) -> None:
        if key == "schema_version":
            raise StoreError("schema_version is managed by migrations")
        with self._write():
            self._meta_set(key, value)

    @property
    def policy(self) -> str:
        return self._meta_get("overlap_policy", "flat")

    def set_policy(self, policy: str) -> None:
        if policy not in POLICIES:
            raise StoreError(f"overlap policy must be 'flat' or 'nested', not {policy!r}")
        with self._write():
            if policy == "flat":
                check_flat_possible(self.m)
            self._meta_set("overlap_policy", policy)

    # -- labels ------------------------------------------------------------------

    def labels(self) -> list[LabelInfo]:
        return labels.list_labels(self.m)

    def add_label(
        self, name: str, color: str | None = None, hotkey: str | None = None
    ) -> LabelInfo:
        with self._write():
            return labels.add_label(self.m, name, color, hotkey)

    def update_label(
        self,
        name: str,
        *,
        new_name: str | None = None,
        color: str | None = None,
        hotkey: str | None = None,
        order: int | None = None,
    ) -> LabelInfo:
        """Change a label; ``None`` leaves a field alone and ``hotkey=""`` clears the hotkey."""
        with self._write():
            return labels.update_label(self.m, name, new_name, color, hotkey, order)

    def delete_label(self, name: str, *, relabel_to: str | None = None) -> int:
        """Delete a label and its spans, or move its spans to ``relabel_to`` first.

        Returns the number of spans removed or relabelled.
        """
        with self._write():
            return labels.delete_label(self.m, name, relabel_to)

    def apply_preset(self, name: str) -> list[str]:
        """Add the preset's labels that are missing; returns the names added."""
        with self._write():
            return labels.apply_preset(self.m, name)

    # -- annotators (layers) -----------------------------------------------------

    def annotator(self, name: str) -> AnnotatorInfo:
        """The layer called ``name``, created when missing."""
        return AnnotatorInfo(self._annotator_id(name, create=True), name)

    def annotators(self) -> list[AnnotatorInfo]:
        query = self.m.annotator.select().order_by(self.m.annotator.id)
        return [AnnotatorInfo(row.id, row.name) for row in query]

    def _annotator_id(self, name: str, *, create: bool) -> int:
        if not isinstance(name, str) or not name.strip() or len(name) > 100:
            raise StoreError(f"invalid annotator name {name!r}")
        model = self.m.annotator
        found = model.select(model.id).where(model.name == name).scalar()
        if found is not None or not create:
            if found is None:
                raise StoreError(f"no annotator {name!r}")
            return int(found)
        with self._write():
            found = model.select(model.id).where(model.name == name).scalar()
            if found is None:
                found = model.insert(name=name).execute()
        return int(found)

    # -- documents ---------------------------------------------------------------

    def add_document(self, name: str, text: str, meta: dict[str, Any] | None = None) -> DocInfo:
        """Add a document; ``text`` is normalised (BOM stripped, CRLF/CR to LF) first."""
        if not isinstance(name, str) or not name.strip():
            raise StoreError("a document needs a non-empty name")
        from annotator.text import normalize_text  # the text package is not needed to read

        text = normalize_text(text)
        meta_json = dump_meta(name, meta)
        digest = sha256_text(text)
        with self._write():
            order = self._next_order()
            stamp = now()
            doc_id = self.m.document.insert(
                name=name,
                text=text,
                sha256=digest,
                meta=meta_json,
                status="new",
                order=order,
                created=stamp,
                updated=stamp,
            ).execute()
            from annotator.store import boundary_cache

            boundary_cache.fill(self, [(int(doc_id), text, meta)])
        return DocInfo(int(doc_id), name, "new", order, digest, dict(meta or {}), 0)

    def _next_order(self) -> int:
        current = self.m.document.select(pw.fn.MAX(self.m.document.order)).scalar()
        return 0 if current is None else int(current) + 1

    def find_document(self, name: str, text: str) -> DocInfo | None:
        """The first document with exactly this name and (normalised) text."""
        return listing.find_document(self, name, text)

    def documents(
        self, status: str | None = None, annotator: str | None = None, *, counts: bool = True
    ) -> list[DocInfo]:
        """All documents in order, without text.

        Without ``annotator``: the document status and the span count over all layers.
        With ``annotator``: that layer's status (falling back to the document status) and
        span count; ``status`` filters on the status reported. Documents assigned only to
        other annotators are left out (rules in :mod:`annotator.store.assignments`).
        ``counts=False`` skips counting spans (``span_count`` is then 0): for exports.
        """
        return listing.list_documents(self, status, annotator, counts=counts)

    # -- assignments (rules in annotator/store/assignments.py) ---------------------------

    def assign(self, doc_id: int, annotator: str) -> bool:
        """Assign a document to an annotator; False if it already was."""
        return assignments.assign(self, doc_id, annotator)

    def unassign(self, doc_id: int, annotator: str) -> bool:
        """Remove one assignment; False if there was none."""
        return assignments.unassign(self, doc_id, annotator)

    def assignments(self, doc_id: int | None = None) -> dict[int, list[str]]:
        """Assigned document id -> sorted annotator names (unassigned documents absent)."""
        return assignments.assignments(self, doc_id)

    def document(self, doc_id: int) -> Document:
        row = self.m.document.get_or_none(self.m.document.id == doc_id)
        if row is None:
            raise StoreError(f"no document with id {doc_id}")
        return Document(
            row.id, row.name, row.text, row.status, json.loads(row.meta), row.sha256, row.order
        )

    def set_status(self, doc_id: int, status: str, annotator: str | None = None) -> None:
        """Set the document's status, or one layer's status when ``annotator`` is given."""
        check_status(status)
        with self._write():
            ann_id = None if annotator is None else self._annotator_id(annotator, create=True)
            self._require_document(doc_id)
            if ann_id is None:
                self.m.document.update(status=status, updated=now()).where(
                    self.m.document.id == doc_id
                ).execute()
                return
            ds = self.m.doc_status
            changed = (
                ds.update(status=status)
                .where((ds.document == doc_id) & (ds.annotator == ann_id))
                .execute()
            )
            if not changed:
                ds.insert(document=doc_id, annotator=ann_id, status=status).execute()

    def status_for(self, doc_id: int, annotator: str | None = None) -> str:
        if annotator is not None:
            ds, ann = self.m.doc_status, self.m.annotator
            layer = (
                ds.select(ds.status)
                .join(ann)
                .where((ds.document == doc_id) & (ann.name == annotator))
                .scalar()
            )
            if layer is not None:
                return str(layer)
        value = (
            self.m.document.select(self.m.document.status)
            .where(self.m.document.id == doc_id)
            .scalar()
        )
        if value is None:
            raise StoreError(f"no document with id {doc_id}")
        return str(value)

    def _document_text(self, doc_id: int) -> str:
        """The document's text, from a small cache checked against the stored digest."""
        doc = self.m.document
        digest = doc.select(doc.sha256).where(doc.id == doc_id).scalar()
        if digest is None:
            raise StoreError(f"no document with id {doc_id}")
        cached = self._texts.get(doc_id)
        if cached is not None and cached[0] == digest:
            return cached[1]
        text = self._require_document(doc_id)
        if len(self._texts) >= TEXT_CACHE_SIZE:
            self._texts.pop(next(iter(self._texts)), None)
        self._texts[doc_id] = (str(digest), text)
        return text

    def _require_document(self, doc_id: int) -> str:
        text = (
            self.m.document.select(self.m.document.text)
            .where(self.m.document.id == doc_id)
            .scalar()
        )
        if text is None:
            raise StoreError(f"no document with id {doc_id}")
        return str(text)

    # -- spans -------------------------------------------------------------------

    def _span_query(self) -> pw.ModelSelect:
        span, ann, label = self.m.span, self.m.annotator, self.m.label_type
        return (
            span.select(
                span.id, span.document, ann.name, span.start, span.end, label.name, span.source
            )
            .join(ann, on=(span.annotator == ann.id))
            .switch(span)
            .join(label, on=(span.label == label.id))
            .order_by(span.start, span.end.desc(), span.id)
        )

    def spans_for(self, doc_id: int, annotator: str | None = None) -> list[SpanInfo]:
        """One document's spans by (start, -end, id); all layers when ``annotator`` is None."""
        query = self._span_query().where(self.m.span.document == doc_id)
        if annotator is not None:
            query = query.where(self.m.annotator.name == annotator)
        return [SpanInfo(*row) for row in query.tuples()]

    def span_counts(self) -> dict[tuple[str, str], int]:
        """Spans per ``(layer, label)`` in one grouped query; suggestions (source
        ``suggested``) are not labels and are not counted. Pairs without spans are absent."""
        span, ann, label = self.m.span, self.m.annotator, self.m.label_type
        query = (
            span.select(ann.name, label.name, pw.fn.COUNT(span.id))
            .join(ann, on=(span.annotator == ann.id))
            .switch(span)
            .join(label, on=(span.label == label.id))
            .where(span.source != "suggested")
            .group_by(ann.name, label.name)
        )
        return {(str(a), str(b)): int(n) for a, b, n in query.tuples()}

    def layer_span_counts(self) -> dict[str, int]:
        """Every layer (annotator) with its number of spans, 0 for empty layers; the
        input of :func:`annotator.layers.default_layer`."""
        counts = {info.name: 0 for info in self.annotators()}
        for (layer, _label), n in self.span_counts().items():
            counts[layer] = counts.get(layer, 0) + n
        return counts

    def export_rows(
        self, doc_ids: Iterable[int], annotator: str
    ) -> Iterator[boundary_cache.ExportRow]:
        """Documents in the given order with one layer's spans and cached boundaries."""
        from annotator.store import boundary_cache

        return boundary_cache.export_rows(self, list(doc_ids), annotator)

    def spans_by_document(
        self, doc_ids: Iterable[int], annotator: str
    ) -> dict[int, list[SpanInfo]]:
        """Spans of one layer for many documents; every requested id is a key."""
        ids = list(dict.fromkeys(doc_ids))
        result: dict[int, list[SpanInfo]] = {doc_id: [] for doc_id in ids}
        for part in chunks(ids, IN_CHUNK):
            query = self._span_query().where(
                (self.m.span.document.in_(list(part))) & (self.m.annotator.name == annotator)
            )
            for row in query.tuples():
                result[row[1]].append(SpanInfo(*row))
        return result

    def add_span(
        self, doc_id: int, annotator: str, start: int, end: int, label: str, source: str = "manual"
    ) -> SpanInfo:
        from annotator.spans import Span

        return self.add_spans(doc_id, annotator, [Span(start, end, label)], source)[0]

    def add_spans(
        self, doc_id: int, annotator: str, spans: list[Span], source: str = "manual"
    ) -> list[SpanInfo]:
        """Validate and add spans to one document's layer, all or none."""
        check_source(source)
        with self._write():
            ann_id = self._annotator_id(annotator, create=True)
            return span_ops.add_spans(self, doc_id, annotator, ann_id, spans, source)

    def _span_info(self, span_id: int) -> SpanInfo:
        row = self._span_query().where(self.m.span.id == span_id).tuples().first()
        if row is None:
            raise StoreError(f"no span with id {span_id}")
        return SpanInfo(*row)

    def remove_span(self, span_id: int) -> SpanInfo:
        """Delete a span; returns it so that :meth:`restore_span` can undo the removal."""
        with self._write():
            info = self._span_info(span_id)
            self.m.span.delete().where(self.m.span.id == span_id).execute()
        return info

    def restore_span(self, info: SpanInfo) -> SpanInfo:
        """Re-insert a removed span, under its old id when that id is free."""
        check_source(info.source)
        with self._write():
            ann_id = self._annotator_id(info.annotator, create=True)
            return span_ops.restore_span(self, info, ann_id)

    def relabel_span(self, span_id: int, label: str) -> SpanInfo:
        with self._write():
            info = self._span_info(span_id)
            ann_id = self._annotator_id(info.annotator, create=False)
            return span_ops.relabel_span(self, info, ann_id, label)

    # -- import ------------------------------------------------------------------

    def import_batch(
        self,
        items: list[ImportItem],
        annotator: str,
        *,
        source: str = "imported",
        add_labels: bool = False,
    ) -> ImportReport:
        """Import documents with their spans in one transaction, all or nothing.

        A document whose name and text both match an existing one is not duplicated: its
        spans are added to that document's ``annotator`` layer. Spans are validated
        against the overlap policy per document. Unknown labels are an error unless
        ``add_labels``. Items with spans must carry normalised text (their offsets refer
        to it); items without spans are normalised here.
        """
        check_source(source)
        with self._write():
            ann_id = self._annotator_id(annotator, create=True)
            from annotator.store import importing

            return importing.import_batch(self, items, ann_id, source, add_labels)

    # -- the assistant: suggestions and trained models (rules in store/suggestions.py) --------

    @cached_property
    def _suggest_tables(self) -> SuggestionModels:
        return build_suggestion_models(self.db, self.m)

    def suggestions_for(self, doc_id: int, annotator: str) -> list[SuggestionInfo]:
        """The document's stored suggestions for a layer, by (start, -end, id)."""
        return suggestions.list_for(self._suggest_tables, self.m, doc_id, annotator)

    def suggestion_rejections(self, doc_id: int, annotator: str) -> set[tuple[int, int, str]]:
        """``(start, end, label)`` of the suggestions rejected in this document and layer."""
        try:
            ann_id = self._annotator_id(annotator, create=False)
        except StoreError:
            return set()
        return suggestions.rejected(self._suggest_tables, self.m, doc_id, ann_id)

    def replace_suggestions(
        self,
        doc_id: int,
        annotator: str,
        items: Iterable[SuggestionLike],
        model_id: int | None = None,
    ) -> list[SuggestionInfo]:
        """Replace the document's suggestions for the layer, in one transaction; rejected
        ones and unknown labels are left out. Returns what is stored now."""
        with self._write():
            ann_id = self._annotator_id(annotator, create=True)
            self._document_text(doc_id)  # StoreError for an unknown document
            labels = suggestions.label_ids(self.m)
            t = self._suggest_tables
            suggestions.replace(t, self.m, doc_id, ann_id, items, model_id, labels)
        return self.suggestions_for(doc_id, annotator)

    def _accept(self, info: SuggestionInfo, label: str | None = None) -> SpanInfo:
        return self.add_span(
            info.document_id, info.annotator, info.start, info.end, label or info.label
        )

    def accept_suggestion(self, suggestion_id: int, label: str | None = None) -> Accepted:
        """Turn a suggestion into a manual span of its layer (validated like any span;
        ``SpanRefused`` leaves the suggestion as it was). Undo: :meth:`unaccept_suggestions`."""
        with self._write():
            info = suggestions.get(self._suggest_tables, self.m, suggestion_id)
            span = self._accept(info, label)
            suggestions.delete(self._suggest_tables, suggestion_id)
        return Accepted(info, span)

    def accept_suggestions(self, suggestion_ids: Sequence[int]) -> list[Accepted]:
        """Accept several in one transaction; those the layer's rules refuse are skipped."""
        with self._write():
            t = self._suggest_tables
            return suggestions.accept_many(t, self.m, suggestion_ids, self._accept, self.db.atomic)

    def unaccept_suggestions(self, accepted: Sequence[Accepted]) -> list[SuggestionInfo]:
        """Undo accepting: remove the spans and put the suggestions back (old ids)."""
        restored = []
        with self._write():
            labels = suggestions.label_ids(self.m)
            for item in accepted:
                self.remove_span(item.span.id)
                ann_id = self._annotator_id(item.suggestion.annotator, create=True)
                restored.append(
                    suggestions.put_back(
                        self._suggest_tables, self.db, item.suggestion, ann_id, labels
                    )
                )
        return restored

    def reject_suggestion(self, suggestion_id: int) -> Rejected:
        """Remove a suggestion and remember the rejection: it is not stored again for this
        document and layer. Undo: :meth:`unreject_suggestion`."""
        with self._write():
            t = self._suggest_tables
            info = suggestions.get(t, self.m, suggestion_id)
            ann_id = self._annotator_id(info.annotator, create=False)
            label_id = suggestions.label_ids(self.m)[info.label]
            return Rejected(info, suggestions.reject(t, info, ann_id, label_id))

    def unreject_suggestion(self, rejected: Rejected) -> SuggestionInfo:
        """Forget the rejection and put the suggestion back."""
        with self._write():
            t = self._suggest_tables
            suggestions.unreject(t, rejected.rejection_id)
            ann_id = self._annotator_id(rejected.suggestion.annotator, create=True)
            labels = suggestions.label_ids(self.m)
            return suggestions.put_back(t, self.db, rejected.suggestion, ann_id, labels)

    def save_suggest_model(self, model: StoredModel, *, keep: int = 3) -> int:
        """Store a trained model (one short transaction), keeping the ``keep`` newest."""
        with self._write():
            new_id = suggestions.save_model(self._suggest_tables, model)
            suggestions.prune_models(self._suggest_tables, keep)
        return new_id

    def latest_suggest_model(self, fmt: int, *, data: bool = True) -> StoredModel | None:
        """The newest stored model of format ``fmt`` (without its bytes if not ``data``)."""
        return suggestions.latest_model(self._suggest_tables, fmt, data=data)
