"""Import files into a store: parse everything first, check it, then write it in one
``import_batch`` transaction, so a failed import leaves the database unchanged."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.formats.common import FORMATS, FormatError, ParsedDocument, ParseResult, guess_format
from annotator.spans import Span
from annotator.store.types import ImportReport


@dataclass
class PathsReport(ImportReport):
    """The store's report of an import, plus the files a folder import skipped."""

    skipped: list[str] = field(default_factory=list)  # files in folders that are not .txt


def parse_path(
    path: str | os.PathLike[str], fmt: str | None = None, scheme: str | None = None
) -> ParseResult:
    """Parse one file or folder in ``fmt`` (guessed when None)."""
    p = Path(path)
    if not p.exists():
        raise FormatError(p, None, "no such file or folder")
    fmt = fmt or guess_format(p)
    if fmt not in FORMATS:
        raise FormatError(p, None, f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if p.is_dir() and fmt != "text":
        raise FormatError(p, None, f"a folder can only be imported as text, not {fmt}")
    if fmt == "text":
        from annotator.formats.text import parse_text

        return parse_text(p)
    if fmt in ("jsonl", "json", "doccano"):
        from annotator.formats.jsonl import parse_jsonl

        return parse_jsonl(p)
    if fmt == "labelstudio":
        from annotator.formats.labelstudio import parse_labelstudio

        return parse_labelstudio(p)
    from annotator.formats.conll import parse_conll

    return parse_conll(p, scheme=scheme)


def _where(doc: ParsedDocument, line: int | None) -> tuple[str, int | None]:
    return doc.source or doc.name, line if line is not None else doc.line


def check_spans(doc: ParsedDocument, policy: str) -> bool:
    """Refuse overlaps the policy forbids (and crossing spans always); True if nested."""
    ordered = sorted(doc.spans, key=lambda s: (s.start, -s.end))
    stack: list[Any] = []
    nested = False
    for span in ordered:
        while stack and stack[-1].end <= span.start:
            stack.pop()
        if stack:
            outer = stack[-1]
            source, line = _where(doc, span.line)
            if policy == "flat":
                raise FormatError(
                    source,
                    line,
                    f"span {span.start}-{span.end} {span.label} overlaps span "
                    f"{outer.start}-{outer.end} {outer.label} in {doc.name!r}; the database "
                    "allows no overlapping spans (import with --policy nested to allow "
                    "nested ones)",
                )
            if span.end > outer.end:
                raise FormatError(
                    source,
                    line,
                    f"span {span.start}-{span.end} {span.label} crosses span "
                    f"{outer.start}-{outer.end} {outer.label} in {doc.name!r}",
                )
            if (span.start, span.end, span.label) == (outer.start, outer.end, outer.label):
                raise FormatError(
                    source, line, f"span {span.start}-{span.end} {span.label} is duplicated"
                )
            nested = True
        stack.append(span)
    return nested


def import_paths(
    store: Any,
    paths: Sequence[str | os.PathLike[str]],
    *,
    fmt: str | None = None,
    scheme: str | None = None,
    annotator: str = "imported",
    add_labels: bool = False,
    policy: str | None = None,
) -> PathsReport:
    """Import every path in one transaction; returns the store's ``ImportReport`` with
    ``repaired`` set to the number of ``I-`` tags read as ``B-`` and ``skipped`` listing
    the files folders held that are not ``.txt``."""
    from annotator.store.types import ImportItem

    documents: list[ParsedDocument] = []
    repaired = 0
    skipped: list[str] = []
    for path in paths:
        result = parse_path(path, fmt, scheme)
        documents.extend(result.documents)
        repaired += result.repaired
        skipped.extend(result.skipped)
    target_policy = policy or store.policy
    known = {label.name for label in store.labels()}
    unknown: dict[str, tuple[str, int | None]] = {}
    for doc in documents:
        check_spans(doc, target_policy)
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
                raise FormatError(source, line, exc.message) from None
    if unknown and not add_labels:
        first = next(iter(unknown.values()))
        raise FormatError(
            first[0],
            first[1],
            f"unknown label{'s' if len(unknown) > 1 else ''} {', '.join(sorted(unknown))} "
            "(use --add-labels to add them)",
        )
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
            report = store.import_batch(items, annotator, source="imported", add_labels=add_labels)
    except SpanRefused as exc:  # clashes with spans already in the layer: name the file
        for doc in documents:
            if exc.message.startswith(f"document {doc.name!r}: "):
                raise FormatError(*_where(doc, None), exc.message) from None
        raise
    report.repaired = repaired
    values = {f.name: getattr(report, f.name) for f in dataclasses.fields(ImportReport)}
    return PathsReport(**values, skipped=skipped)


def format_report(report: Any, files: int) -> str:
    labels = ", ".join(report.labels_added) if report.labels_added else "none"
    return (
        f"imported {files} path{'s' if files != 1 else ''}: "
        f"{report.documents_created} documents created, {report.documents_merged} merged, "
        f"{report.spans_added} spans added, labels added: {labels}, "
        f"{report.repaired} I- tags repaired as B-" + skipped_note(getattr(report, "skipped", []))
    )


def skipped_note(skipped: Sequence[str], limit: int = 3) -> str:
    """``"; skipped N file(s) that are not .txt: a, b, c and 2 more"`` or nothing."""
    if not skipped:
        return ""
    names = ", ".join(Path(path).name for path in skipped[:limit])
    more = f" and {len(skipped) - limit} more" if len(skipped) > limit else ""
    return f"; skipped {len(skipped)} file(s) in folders that are not .txt: {names}{more}"
