"""The store: the one way to read and change annotations.

Every mutating method runs in one transaction (:meth:`StoreContext.write`) that first
increments the revision counter. The helper modules get the :class:`StoreContext` and
the ids they need; they never import this module.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import peewee as pw

from annotator.store import activity_log, assignments, counts, labels, listing, schema, span_ops
from annotator.store.api_progress import GuidelinesAndTime
from annotator.store.context import StoreContext
from annotator.store.db import Durability, open_database
from annotator.store.errors import StoreError
from annotator.store.models import build_models
from annotator.store.note_methods import NoteMethods
from annotator.store.suggestion_methods import SuggestionMethods
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
    check_db_int,
    check_flat_possible,
    check_source,
    check_status,
    chunks,
    dump_meta,
    is_db_int,
    now,
    rows,
    sha256_text,
)
from annotator.text.normalize import normalize_text

if TYPE_CHECKING:  # imported where used: not needed to open a store and read it
    from annotator.spans import Span
    from annotator.store.boundary_cache import ExportRow

POLICIES = ("flat", "nested")
EXPORT_SCHEME = "export_scheme"  # meta key: the project's default export tag scheme
DEFAULT_SCHEME = "IOB2"


class Store(SuggestionMethods, NoteMethods, GuidelinesAndTime):
    """An open annotation database. Create with :meth:`Store.open`.

    A store may be used from several threads: peewee gives each thread its own
    connection. ``close()`` closes the calling thread's connection.
    """

    def __init__(self, ctx: StoreContext) -> None:
        self._ctx = ctx
        self.db: pw.Database = ctx.db
        self.m = ctx.m  # the models, for tests that count rows
        self.backend = ctx.backend
        self.read_only = ctx.read_only
        self.location = ctx.location

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
        A database that is refused (not ours, too new) is left exactly as it was.
        """
        opened = open_database(
            target, create=create, read_only=read_only, timeout=timeout, durability=durability
        )
        try:
            schema.ensure_schema(opened)
        except BaseException:
            opened.db.close()
            raise
        ctx = StoreContext(
            opened.db, build_models(opened.db), opened.backend, opened.display, opened.read_only
        )
        return cls(ctx)

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.location!r})"

    # -- transactions, revision, settings ----------------------------------------

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """An outer write transaction: store calls inside it commit or roll back together."""
        with self._ctx.write():
            yield

    def revision(self) -> int:
        """Grows with every committed change, whichever process or connection made it."""
        model = self._ctx.m.revision
        value = model.select(model.value).where(model.id == 1).scalar()
        return int(value or 0)

    def own_writes(self) -> int:
        """How many times this Store moved :meth:`revision` (a nested call counts too):
        what the revision grew by beyond that, others wrote."""
        return self._ctx.writes

    def schema_version(self) -> int:
        """The schema version stored in the database (not the application version)."""
        return int(self._ctx.meta_get("schema_version", "0"))

    def setting(self, key: str, default: str = "") -> str:
        """A value of the database's meta table (``overlap_policy``, ``schema_version``,
        ``export_scheme``)."""
        return self._ctx.meta_get(key, default)

    @property
    def policy(self) -> str:
        return self._ctx.policy()

    def export_scheme(self) -> str:
        """The tag scheme exports use when none is asked for (IOB2 until one is set)."""
        from annotator.tag_schemes import SCHEMES

        value = self._ctx.meta_get(EXPORT_SCHEME, DEFAULT_SCHEME)
        return value if value in SCHEMES else DEFAULT_SCHEME

    def set_export_scheme(self, scheme: str) -> None:
        """Store the project's default export tag scheme (IOB1, IOB2 or BIOES)."""
        from annotator.tag_schemes import SCHEMES

        if scheme not in SCHEMES:
            raise StoreError(f"tag scheme must be one of {', '.join(SCHEMES)}, not {scheme!r}")
        with self._ctx.write():
            self._ctx.meta_set(EXPORT_SCHEME, scheme)

    def set_policy(self, policy: str) -> None:
        if policy not in POLICIES:
            raise StoreError(f"overlap policy must be 'flat' or 'nested', not {policy!r}")
        with self._ctx.write():
            if policy == "flat":
                check_flat_possible(self._ctx.m)
            self._ctx.meta_set("overlap_policy", policy)

    # -- labels ------------------------------------------------------------------

    def labels(self) -> list[LabelInfo]:
        return labels.list_labels(self._ctx.m)

    def add_label(
        self, name: str, color: str | None = None, hotkey: str | None = None
    ) -> LabelInfo:
        """Add a label; the name is trimmed, and refused if it holds whitespace or an
        invisible character."""
        with self._ctx.write():
            return labels.add_label(self._ctx.m, name, color, hotkey)

    def update_label(
        self,
        name: str,
        *,
        new_name: str | None = None,
        color: str | None = None,
        hotkey: str | None = None,
        order: int | None = None,
        descriptions: Mapping[str, str] | None = None,
        positive_examples: Sequence[str] | None = None,
        negative_examples: Sequence[str] | None = None,
    ) -> LabelInfo:
        """Change a label; ``None`` leaves a field alone and ``hotkey=""`` clears the hotkey.
        ``descriptions`` sets the languages it names ("" removes one); the example lists
        replace the stored ones (rules in :mod:`annotator.store.guidelines`)."""
        guideline = (descriptions, positive_examples, negative_examples)
        with self._ctx.write():
            return labels.update_label(self._ctx.m, name, new_name, color, hotkey, order, guideline)

    def delete_label(self, name: str, *, relabel_to: str | None = None) -> int:
        """Delete a label and its spans, or move its spans to ``relabel_to`` first.

        Returns the number of spans removed or relabelled.
        """
        with self._ctx.write():
            return labels.delete_label(self._ctx.m, name, relabel_to)

    def apply_preset(self, name: str) -> list[str]:
        """Add the preset's labels that are missing; returns the names added."""
        with self._ctx.write():
            return labels.apply_preset(self._ctx.m, name)

    # -- annotators (layers) -----------------------------------------------------

    def annotator(self, name: str) -> AnnotatorInfo:
        """The layer called ``name`` (trimmed), created when missing."""
        return AnnotatorInfo(*self._ctx.layer(name, create=True))

    def annotators(self) -> list[AnnotatorInfo]:
        model = self._ctx.m.annotator
        query = model.select(model.id, model.name).order_by(model.id)
        return [AnnotatorInfo(int(ann_id), str(name)) for ann_id, name in rows(query)]

    # -- counts ------------------------------------------------------------------

    def span_counts(self, *, suggestions: bool = False) -> dict[tuple[str, str], int]:
        """Spans per ``(layer, label)`` in one grouped query; suggestions (source
        ``suggested``) are not labels and are counted only with ``suggestions=True``.
        Pairs without spans are absent."""
        return counts.span_counts(self._ctx, suggestions=suggestions)

    def label_counts(self, *, suggestions: bool = False) -> dict[str, int]:
        """Spans per label over every layer (labels without spans are absent)."""
        result: dict[str, int] = {}
        for (_layer, label), n in self.span_counts(suggestions=suggestions).items():
            result[label] = result.get(label, 0) + n
        return result

    def layer_span_counts(self) -> dict[str, int]:
        """Every layer (annotator) with its number of spans, 0 for empty layers; the
        input of :func:`annotator.layers.default_layer`."""
        return counts.layer_span_counts(self._ctx)

    def status_counts(self) -> dict[str, int]:
        """Documents per document status (without a layer: see :meth:`layer_status_counts`)."""
        return counts.document_status_counts(self._ctx)

    def layer_status_counts(self) -> dict[str, dict[str, int]]:
        """Every layer -> status -> documents, as :meth:`documents` with that
        ``annotator`` lists them (the layer's own status, else the document's)."""
        return counts.layer_status_counts(self._ctx)

    # -- documents ---------------------------------------------------------------

    def add_document(self, name: str, text: str, meta: dict[str, Any] | None = None) -> DocInfo:
        """Add a document; ``text`` is normalised (BOM stripped, CRLF/CR to LF) first."""
        if not isinstance(name, str) or not name.strip():
            raise StoreError("a document needs a non-empty name")
        from annotator.store import boundary_cache, doc_search

        text = normalize_text(text)
        meta_json = dump_meta(name, meta)
        digest = sha256_text(text)
        with self._ctx.write():
            order = self._ctx.next_order()
            stamp = now()
            doc_id = self._ctx.m.document.insert(
                name=name,
                text=text,
                sha256=digest,
                meta=meta_json,
                status="new",
                order=order,
                created=stamp,
                updated=stamp,
            ).execute()
            boundary_cache.fill(self.db, [(int(doc_id), text, meta)])
            doc_search.fill(self.db, [(int(doc_id), name, text)])
        return DocInfo(int(doc_id), name, "new", order, digest, dict(meta or {}), 0)

    def find_document(self, name: str, text: str) -> DocInfo | None:
        """The first document with exactly this name and (normalised) text."""
        return listing.find_document(self._ctx, name, text)

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
        return listing.list_documents(self._ctx, status, annotator, counts=counts)

    def document(self, doc_id: int) -> Document:
        model = self._ctx.m.document
        row = model.get_or_none(model.id == doc_id) if is_db_int(doc_id) else None
        if row is None:
            raise StoreError(f"no document with id {doc_id}", "no_document", id=doc_id)
        return Document(
            row.id, row.name, row.text, row.status, json.loads(row.meta), row.sha256, row.order
        )

    def set_status(self, doc_id: int, status: str, annotator: str | None = None) -> None:
        """Set the document's status, or one layer's status when ``annotator`` is given."""
        check_status(status)
        ctx = self._ctx
        with ctx.write():
            ann_id = None if annotator is None else ctx.annotator_id(annotator, create=True)
            ctx.document_text(doc_id)  # an unknown document is an error
            activity_log.log_status(ctx, doc_id, ann_id, status)
            if ann_id is None:
                doc = ctx.m.document
                doc.update(status=status, updated=now()).where(doc.id == doc_id).execute()
                return
            ds = ctx.m.doc_status
            mine = (ds.document == doc_id) & (ds.annotator == ann_id)
            if not ds.update(status=status).where(mine).execute():
                ds.insert(document=doc_id, annotator=ann_id, status=status).execute()

    def status_for(self, doc_id: int, annotator: str | None = None) -> str:
        m = self._ctx.m
        ann_id = None if annotator is None else self._ctx.find_layer(annotator)
        if ann_id is not None and is_db_int(doc_id):
            ds = m.doc_status
            mine = (ds.document == doc_id) & (ds.annotator == ann_id)
            layer = ds.select(ds.status).where(mine).scalar()
            if layer is not None:
                return str(layer)
        doc, value = m.document, None
        if is_db_int(doc_id):
            value = doc.select(doc.status).where(doc.id == doc_id).scalar()
        if value is None:
            raise StoreError(f"no document with id {doc_id}", "no_document", id=doc_id)
        return str(value)

    def layer_statuses(self, annotator: str) -> dict[int, str]:
        """Document id -> the status the layer set itself; documents it never set one
        for are absent (unlike :meth:`status_for`, no fall back to the document's)."""
        ann_id = self._ctx.find_layer(annotator)
        return {} if ann_id is None else listing.own_statuses(self._ctx, ann_id)

    # -- assignments (rules in annotator/store/assignments.py) ---------------------

    def assign(self, doc_id: int, annotator: str) -> bool:
        """Assign a document to an annotator; False if it already was."""
        with self._ctx.write():
            ann_id = self._ctx.annotator_id(annotator, create=True)
            return assignments.assign(self._ctx, doc_id, ann_id)

    def unassign(self, doc_id: int, annotator: str) -> bool:
        """Remove one assignment; False if there was none."""
        ann_id = self._ctx.find_layer(annotator)
        if ann_id is None or not is_db_int(doc_id):
            return False
        with self._ctx.write():
            return assignments.unassign(self._ctx, doc_id, int(ann_id))

    def assignments(self, doc_id: int | None = None) -> dict[int, list[str]]:
        """Assigned document id -> sorted annotator names (unassigned documents absent)."""
        if doc_id is not None and not is_db_int(doc_id):
            return {}
        return assignments.assignments(self._ctx, doc_id)

    # -- spans -------------------------------------------------------------------

    def _span_query(self) -> pw.ModelSelect[Any]:
        m = self._ctx.m
        span, ann, label = m.span, m.annotator, m.label_type
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
        if not is_db_int(doc_id):
            return []
        m = self._ctx.m
        query = self._span_query().where(m.span.document == doc_id)
        if annotator is not None:
            query = query.where(m.annotator.name == annotator)
        return [SpanInfo(*row) for row in rows(query)]

    def export_rows(self, doc_ids: Iterable[int], annotator: str) -> Iterator[ExportRow]:
        """Documents in the given order with one layer's spans and cached boundaries."""
        from annotator.store import boundary_cache

        ids = [doc_id for doc_id in doc_ids if is_db_int(doc_id)]  # others do not exist
        return boundary_cache.export_rows(self.db, ids, annotator)

    def spans_by_document(
        self, doc_ids: Iterable[int], annotator: str
    ) -> dict[int, list[SpanInfo]]:
        """Spans of one layer for many documents; every requested id is a key."""
        ids = list(dict.fromkeys(doc_ids))
        result: dict[int, list[SpanInfo]] = {doc_id: [] for doc_id in ids}
        m = self._ctx.m
        for part in chunks([doc_id for doc_id in ids if is_db_int(doc_id)], IN_CHUNK):
            query = self._span_query().where(
                (m.span.document.in_(list(part))) & (m.annotator.name == annotator)
            )
            for row in rows(query):
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
        with self._ctx.write():
            ann_id, name = self._ctx.layer(annotator, create=True)
            return span_ops.add_spans(self._ctx, doc_id, name, ann_id, spans, source)

    def _span_info(self, span_id: int) -> SpanInfo:
        row = None
        if is_db_int(span_id):  # an id out of the column's range names no span
            row = self._span_query().where(self._ctx.m.span.id == span_id).tuples().first()
        if row is None:
            raise StoreError(f"no span with id {span_id}", "no_span", id=span_id)
        return SpanInfo(*row)

    def remove_span(self, span_id: int) -> SpanInfo:
        """Delete a span; returns it so that :meth:`restore_span` can undo the removal."""
        with self._ctx.write():
            info = self._span_info(span_id)
            span = self._ctx.m.span
            span.delete().where(span.id == span_id).execute()
        return info

    def restore_span(self, info: SpanInfo) -> SpanInfo:
        """Re-insert a removed span, under its old id when that id is free."""
        check_source(info.source)
        check_db_int(info.id, "span id")
        with self._ctx.write():
            ann_id = self._ctx.annotator_id(info.annotator, create=True)
            return span_ops.restore_span(self._ctx, info, ann_id)

    def relabel_span(self, span_id: int, label: str) -> SpanInfo:
        with self._ctx.write():
            info = self._span_info(span_id)
            ann_id = self._ctx.annotator_id(info.annotator, create=False)
            return span_ops.relabel_span(self._ctx, info, ann_id, label)

    def resize_span(self, span_id: int, start: int, end: int) -> SpanInfo:
        """Move a span's edges to [start, end) (same id and label); refused with
        :class:`SpanRefused` when the new extent breaks a rule (overlap policy,
        whitespace edges, outside the text)."""
        with self._ctx.write():
            info = self._span_info(span_id)
            ann_id = self._ctx.annotator_id(info.annotator, create=False)
            return span_ops.resize_span(self._ctx, info, ann_id, start, end)

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

        A document whose name and text both match an existing one gets the spans in its
        ``annotator`` layer; spans the layer holds already (same start, end, label) are
        skipped and counted, the others checked against the overlap policy (a refusal names
        the item and span). Unknown labels are an error unless ``add_labels``. Items with
        spans carry normalised text (offsets refer to it); the others are normalised here.
        """
        check_source(source)
        with self._ctx.write():
            ann_id = self._ctx.annotator_id(annotator, create=True)
            from annotator.store import batch_insert

            return batch_insert.import_batch(self._ctx, items, ann_id, source, add_labels)
