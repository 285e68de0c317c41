"""Import files and folders into a store: read each path in its format (guessed when not
given), check everything, then hand all documents to the store's ``import_batch`` in one
transaction, so a failed import leaves the database unchanged.

(The store's side of that transaction, inserting many rows at once, is the store's own
business; this module only reads files.)
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from annotator.formats.common import (
    IMPORT_FORMATS,
    FormatError,
    ParsedDocument,
    ParseResult,
    guess_format,
)
from annotator.formats.errors import UnknownLabelsError
from annotator.formats.import_report import PathsReport, format_report, skipped_note
from annotator.formats.reading import ImportLimits, refuse_special
from annotator.spans import OverlapError, Policy, Span, check_overlaps
from annotator.store.types import ImportItem, ImportReport
from annotator.text.tokens import gc_paused

if TYPE_CHECKING:
    from annotator.store import Store

__all__ = [
    "ImportLimits",
    "PathsReport",
    "format_report",
    "import_paths",
    "parse_path",
    "skipped_note",
]


def parse_path(
    path: str | os.PathLike[str],
    fmt: str | None = None,
    scheme: str | None = None,
    limits: ImportLimits | None = None,
) -> ParseResult:
    """Parse one file or folder in ``fmt`` (guessed when None)."""
    p = Path(path)
    limits = limits or ImportLimits.from_env()
    try:
        mode = os.stat(p).st_mode
    except FileNotFoundError:
        raise FormatError(p, None, "no such file or folder", "no_such_file") from None
    except OSError as exc:
        raise FormatError(
            p, None, exc.strerror or str(exc), "os_error", detail=exc.strerror or str(exc)
        ) from None
    refuse_special(p, mode)  # before guessing, which would read it
    fmt = fmt or guess_format(p)
    if fmt not in IMPORT_FORMATS:
        raise FormatError(
            p,
            None,
            f"unknown format {fmt!r} (choose from {', '.join(IMPORT_FORMATS)})",
            "unknown_format",
            **{"format": fmt, "formats": list(IMPORT_FORMATS)},
        )
    if p.is_dir() and fmt not in ("text", "brat"):
        reason = f"a folder can only be imported as text or brat, not {fmt}"
        raise FormatError(p, None, reason, "folder_format", format=fmt)
    if fmt == "brat":
        from annotator.formats.brat import parse_brat

        return parse_brat(p, limits)
    if fmt == "text":
        from annotator.formats.text import parse_text

        return parse_text(p, limits)
    if fmt in ("jsonl", "json", "doccano"):
        from annotator.formats.jsonl import parse_jsonl

        return parse_jsonl(p, limits)
    if fmt == "labelstudio":
        from annotator.formats.labelstudio import parse_labelstudio

        return parse_labelstudio(p, limits)
    from annotator.formats.conll import parse_conll

    return parse_conll(p, scheme=scheme, limits=limits)


def _where(doc: ParsedDocument, line: int | None) -> tuple[str, int | None]:
    return doc.source or doc.name, line if line is not None else doc.line


def check_spans(doc: ParsedDocument, policy: Policy) -> None:
    """Refuse overlaps the policy forbids (crossing spans always), naming file and line;
    a span repeated exactly is no clash: the store adds it once (its rule)."""
    from annotator.store.batch_insert import new_spans

    try:
        check_overlaps(new_spans(doc.spans), policy)
    except OverlapError as exc:
        source, line = _where(doc, getattr(exc.span, "line", None))
        reason, hint = exc.message, {"flat_hint": exc.kind == "overlaps"}
        if exc.kind == "overlaps":  # the hint goes inside the sentence, before its full stop
            reason = (
                f"{reason.removesuffix('.')}; the database allows no overlapping spans "
                "(import with --policy nested to allow nested ones)"
            )
        raise FormatError(
            source,
            line,
            f"in {doc.name!r}: {reason}",
            exc.code,
            **exc.params,
            **hint,
            document=doc.name,
        ) from None


def _check_labels(
    store: Store, documents: list[ParsedDocument], add_labels: bool, policy: Policy
) -> None:
    known = {label.name for label in store.labels()}
    unknown: dict[str, tuple[str, int | None]] = {}
    for doc in documents:
        check_spans(doc, policy)
        for span in doc.spans:
            if span.label not in known and span.label not in unknown:
                unknown[span.label] = _where(doc, span.line)
    if add_labels:
        from annotator.store.errors import StoreError
        from annotator.store.labels import check_name

        for label, (source, line) in unknown.items():
            try:
                check_name(label)
            except StoreError as exc:
                raise FormatError.wrapping(source, line, exc) from None
    elif unknown:
        first = next(iter(unknown.values()))
        raise UnknownLabelsError(first[0], first[1], list(unknown))


def import_paths(
    store: Store,
    paths: Sequence[str | os.PathLike[str]],
    *,
    fmt: str | None = None,
    scheme: str | None = None,
    annotator: str = "imported",
    add_labels: bool = False,
    policy: Policy | None = None,
    limits: ImportLimits | None = None,
) -> PathsReport:
    """Import every path in one transaction; returns the store's ``ImportReport`` with
    the notes of the files (repairs by kind, what was kept or skipped). ``limits``
    (default: :meth:`ImportLimits.from_env`) bound what is read.

    The cyclic garbage collector is paused meanwhile: reading, checking and storing
    make a few objects per span, none in a cycle, and with the parsed documents alive
    every collection walks all of them (a sixth of the time of a 100,000-span import)."""
    with gc_paused():
        return _import_paths(store, paths, fmt, scheme, annotator, add_labels, policy, limits)


def _import_paths(
    store: Store,
    paths: Sequence[str | os.PathLike[str]],
    fmt: str | None,
    scheme: str | None,
    annotator: str,
    add_labels: bool,
    policy: Policy | None,
    limits: ImportLimits | None,
) -> PathsReport:
    limits = limits or ImportLimits.from_env()
    documents: list[ParsedDocument] = []
    report = PathsReport()
    for path in paths:
        result = parse_path(path, fmt, scheme, limits)
        documents.extend(result.documents)
        report.notes.add(result.notes)
        del result
    target_policy = policy or cast(Policy, store.policy)
    _check_labels(store, documents, add_labels, target_policy)
    items = [
        ImportItem(
            name=doc.name,
            text=doc.text,
            meta=doc.meta,
            spans=[Span(s.start, s.end, s.label) for s in doc.spans],
        )
        for doc in documents
    ]
    from annotator.store.errors import SpanRefused

    try:
        with store.atomic():
            if target_policy != store.policy:
                store.set_policy(target_policy)
            stored = store.import_batch(items, annotator, source="imported", add_labels=add_labels)
            _store_span_notes(store, documents, annotator)
    except SpanRefused as exc:  # refused by the store (edges, clashes): name file and line
        if exc.item is None:
            raise
        doc = documents[exc.item]  # one item per document, in order
        line = doc.spans[exc.span].line if exc.span is not None else None
        raise FormatError.wrapping(*_where(doc, line), exc, document=doc.name) from None
    _copy_counts(stored, report)
    report.repaired = sum(report.notes.repairs.values())
    return report


def _store_span_notes(store: Store, documents: list[ParsedDocument], annotator: str) -> None:
    """The notes the file gave its spans (brat's AnnotatorNotes), in the import's
    transaction: each on the span of the same offsets and label in ``annotator``'s layer."""
    noted = [doc for doc in documents if any(s.note for s in doc.spans)]
    if not noted:
        return
    ids = {doc.name: doc.id for doc in store.documents()}
    for doc in noted:
        layer = doc.layer or annotator
        found = {(s.start, s.end, s.label): s.id for s in store.spans_for(ids[doc.name], layer)}
        for span in doc.spans:
            if span.note:
                store.set_span_note(found[(span.start, span.end, span.label)], span.note)


def _copy_counts(stored: ImportReport, report: PathsReport) -> None:
    for item in dataclasses.fields(ImportReport):
        setattr(report, item.name, getattr(stored, item.name))
