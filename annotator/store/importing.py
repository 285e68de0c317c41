"""Bulk import: many documents and spans in one transaction, without per-span queries.

Called by :meth:`Store.import_batch` inside its write transaction, so any exception
here rolls everything back.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from typing import TYPE_CHECKING

import peewee as pw

from annotator.spans import Span, SpanError, validate_spans
from annotator.store import boundary_cache, labels, span_ops
from annotator.store.errors import SpanRefused, StoreError
from annotator.store.types import STATUSES, ImportItem, ImportReport
from annotator.store.util import IN_CHUNK, chunks, dump_meta, now, sha256_text
from annotator.text import normalize_text

if TYPE_CHECKING:
    from annotator.store.api import Store

ROW_CHUNK = 1000  # rows per INSERT (9 columns: well under SQLite's 32766 variables)

DocKey = tuple[str, str]  # (name, sha256)


def _prepare(items: list[ImportItem]) -> list[tuple[ImportItem, str, str, str]]:
    prepared = []
    for number, item in enumerate(items, start=1):
        name = item.name
        if not isinstance(name, str) or not name.strip():
            raise StoreError(f"import item {number}: the document has no name")
        text = item.text
        normal = normalize_text(text)
        if normal != text:
            if item.spans:
                raise StoreError(
                    f"document {name!r}: text has a BOM or CR line ends; normalise it "
                    "before computing span offsets"
                )
            text = normal
        if item.status is not None and item.status not in STATUSES:
            raise StoreError(f"document {name!r}: unknown status {item.status!r}")
        prepared.append((item, text, sha256_text(text), dump_meta(name, item.meta)))
    return prepared


def _existing_documents(store: Store, shas: list[str]) -> dict[DocKey, int]:
    doc = store.m.document
    found: dict[DocKey, int] = {}
    for part in chunks(shas, IN_CHUNK):
        query = (
            doc.select(doc.id, doc.name, doc.sha256)
            .where(doc.sha256.in_(part))
            .order_by(doc.id)
            .tuples()
        )
        for doc_id, name, digest in query:
            found.setdefault((name, digest), doc_id)
    return found


def _layer_spans(store: Store, doc_ids: list[int], ann_id: int) -> dict[int, list[Span]]:
    span, label = store.m.span, store.m.label_type
    result: dict[int, list[Span]] = {doc_id: [] for doc_id in doc_ids}
    for part in chunks(doc_ids, IN_CHUNK):
        query = (
            span.select(span.document, span.start, span.end, label.name)
            .join(label, on=(span.label == label.id))
            .where(span.document.in_(part) & (span.annotator == ann_id))
            .order_by(span.document, span.start, span.end.desc(), span.id)
            .tuples()
        )
        for doc_id, start, end, name in query:
            result[doc_id].append(Span(start, end, name))
    return result


def import_batch(
    store: Store, items: list[ImportItem], ann_id: int, source: str, add_labels: bool
) -> ImportReport:
    m = store.m
    report = ImportReport()
    prepared = _prepare(items)

    label_ids = span_ops.label_ids(store)
    needed = {span.label for item in items for span in item.spans}
    unknown = sorted(needed - label_ids.keys())
    if unknown:
        if not add_labels:
            raise StoreError(
                f"unknown labels: {', '.join(unknown)} (add them first or import with add_labels)"
            )
        for name in unknown:
            label_ids[name] = labels.add_label(m, name, None, None).id
        report.labels_added = unknown

    existing = _existing_documents(store, sorted({sha for _, _, sha, _ in prepared}))
    layers = _layer_spans(store, sorted(set(existing.values())), ann_id)

    # Validate everything in memory first; nothing is written for an invalid batch.
    policy = store.policy
    names = set(label_ids)
    layer_by_key: dict[DocKey, list[Span]] = {}
    new_keys: list[DocKey] = []
    for item, text, sha, _meta in prepared:
        key = (item.name, sha)
        if key in existing or key in layer_by_key:
            report.documents_merged += 1
        if key not in layer_by_key:
            layer_by_key[key] = layers[existing[key]] if key in existing else []
            if key not in existing:
                new_keys.append(key)
        current = layer_by_key[key]
        try:
            validate_spans(item.spans, text, names, current, policy)
        except SpanError as exc:
            raise SpanRefused(f"document {item.name!r}: {exc.message}") from exc
        current.extend(item.spans)

    stamp: datetime | str = now()
    if store.backend == "sqlite":
        stamp = stamp.isoformat(sep=" ")  # the text form peewee stores and parses
    doc_ids = dict(existing)
    first_order = store._next_order()
    first_item: dict[DocKey, tuple[ImportItem, str, str, str]] = {}
    for entry in prepared:
        first_item.setdefault((entry[0].name, entry[2]), entry)
    rows = []
    for offset, key in enumerate(new_keys):
        item, text, sha, meta = first_item[key]
        rows.append(
            (item.name, text, sha, meta, item.status or "new", first_order + offset, stamp, stamp)
        )
    doc = m.document
    columns = ["name", "text", "sha256", "meta", "status", "order", "created", "updated"]
    bulk_insert(store, "document", columns, rows, page=100)  # documents are large
    if new_keys:
        # Writers are serialised by the revision counter, so these orders are ours alone.
        by_order = dict(doc.select(doc.order, doc.id).where(doc.order >= first_order).tuples())
        for offset, key in enumerate(new_keys):
            doc_ids[key] = by_order[first_order + offset]
    report.documents_created = len(new_keys)
    boundary_cache.fill(
        store, ((doc_ids[key], first_item[key][1], first_item[key][0].meta) for key in new_keys)
    )

    _set_layer_statuses(store, prepared, existing, doc_ids, ann_id)

    columns = [
        "document_id",
        "annotator_id",
        "start",
        "end",
        "label_id",
        "source",
        "created",
        "updated",
    ]
    span_rows = [
        (
            doc_ids[(item.name, sha)],
            ann_id,
            s.start,
            s.end,
            label_ids[s.label],
            source,
            stamp,
            stamp,
        )
        for item, _text, sha, _meta in prepared
        for s in item.spans
    ]
    bulk_insert(store, "span", columns, span_rows, page=ROW_CHUNK)
    report.spans_added = len(span_rows)
    return report


def _set_layer_statuses(
    store: Store,
    prepared: list[tuple[ImportItem, str, str, str]],
    existing: dict[DocKey, int],
    doc_ids: dict[DocKey, int],
    ann_id: int,
) -> None:
    """An item merged into an existing document sets that layer's status, not the document's."""
    ds = store.m.doc_status
    for item, _text, sha, _meta in prepared:
        key = (item.name, sha)
        if item.status is None or key not in existing:
            continue
        doc_id = doc_ids[key]
        try:
            changed = (
                ds.update(status=item.status)
                .where((ds.document == doc_id) & (ds.annotator == ann_id))
                .execute()
            )
            if not changed:
                ds.insert(document=doc_id, annotator=ann_id, status=item.status).execute()
        except pw.IntegrityError as exc:
            raise StoreError(f"document {item.name!r}: cannot set status: {exc}") from exc


def bulk_insert(
    store: Store, table: str, columns: list[str], rows: list[tuple], *, page: int
) -> None:
    """Insert many rows in the caller's transaction, bypassing peewee's per-value SQL
    generation (ten times faster for 100,000 spans): one prepared statement on SQLite,
    ``COPY ... FROM STDIN`` on PostgreSQL (half the time of multi-row INSERTs)."""
    if not rows:
        return
    names = ", ".join(f'"{name}"' for name in columns)
    cursor = store.db.cursor()
    if store.backend == "sqlite":
        marks = ", ".join("?" for _ in columns)
        sql = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'  # noqa: S608
        for part in chunks(rows, page):
            cursor.executemany(sql, part)
        return
    # Every string is quoted, so an empty string stays empty (unquoted empty means NULL).
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerows(rows)
    buffer.seek(0)
    cursor.copy_expert(f'COPY "{table}" ({names}) FROM STDIN WITH (FORMAT csv)', buffer)
