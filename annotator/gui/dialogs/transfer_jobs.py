"""What the import and export dialogs do, without any widget.

The work is the command line's own (``annotator.formats.import_files.import_paths`` and
``annotator.formats.export.export``); this module adds progress reports and cancellation:

* Import: the whole import is one outer store transaction. Paths are imported one by one
  inside it (each as a savepoint) with a cancellation check between them and once more
  before the commit, so a cancelled or failed import leaves the database unchanged.
* Export: the exporter writes to temporary files and renames them at the end; it reports
  progress and polls the cancel token between documents (reading them in bulk through
  ``Store.export_rows``). A cancel makes it discard the temporaries, so no output file is
  created or replaced.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from annotator import formats
from annotator.formats.export import (
    ExportCancelled,
    ExportOptions,
    ExportResult,
    choose_layer,
    export,
)
from annotator.formats.import_files import PathsReport, import_paths
from annotator.gui.dialogs.progress import (
    CancelledError,
    CancelToken,
    ProgressCallback,
    no_progress,
)
from annotator.store.types import ImportReport

# The command line's lists (one source for both); kept under these names for callers.
IMPORT_FORMATS: tuple[str, ...] = formats.IMPORT_FORMATS
EXPORT_FORMATS: tuple[str, ...] = formats.EXPORT_FORMATS
HF_UNITS: tuple[str, ...] = formats.HF_UNITS
SCHEMES: tuple[str, ...] = ("IOB2", "IOB1", "BIOES")
POLICIES: tuple[str, ...] = ("flat", "nested")


@dataclass
class ImportRequest:
    """The options of ``annotator import``; None means "guess" / "keep"."""

    paths: list[Path]
    format: str | None = None
    scheme: str | None = None
    annotator: str = "imported"
    add_labels: bool = False
    policy: str | None = None

    def check(self) -> None:
        if not self.paths:
            raise ValueError("choose at least one file or folder to import")
        if self.format is not None and self.format not in IMPORT_FORMATS:
            raise ValueError(f"unknown import format {self.format!r}")
        if self.scheme is not None and self.scheme not in SCHEMES:
            raise ValueError(f"unknown tag scheme {self.scheme!r}")
        if self.policy is not None and self.policy not in POLICIES:
            raise ValueError(f"unknown overlap policy {self.policy!r}")
        if not self.annotator.strip():
            raise ValueError("the annotator layer needs a name")


@dataclass
class ExportRequest(ExportOptions):
    """The options of ``annotator export`` and the output; with ``split`` a folder."""

    output: Path

    def options(self) -> ExportOptions:
        if self.format not in EXPORT_FORMATS:
            raise ValueError(f"unknown export format {self.format!r}")
        if self.scheme not in SCHEMES:
            raise ValueError(f"unknown tag scheme {self.scheme!r}")
        if self.hf_unit not in HF_UNITS:
            raise ValueError(f"unknown hf row unit {self.hf_unit!r}")
        return ExportOptions(**{f.name: getattr(self, f.name) for f in fields(ExportOptions)})


@dataclass
class ImportSummary:
    report: ImportReport
    paths: list[Path] = field(default_factory=list)

    def text(self) -> str:
        report = self.report
        labels = ", ".join(report.labels_added) if report.labels_added else "none"
        text = (
            f"{report.documents_created} document(s) created, "
            f"{report.documents_merged} merged, {report.spans_added} span(s) added.\n"
            f"Labels added: {labels}."
        )
        if isinstance(report, PathsReport):  # repairs by kind, what was kept or skipped
            text += "".join(f"\n{line[0].upper()}{line[1:]}." for line in report.lines())
        skipped: list[str] = getattr(report, "skipped", [])
        if skipped:
            names = ", ".join(Path(name).name for name in skipped[:5])
            more = f" and {len(skipped) - 5} more" if len(skipped) > 5 else ""
            text += f"\nSkipped in folders (not .txt): {names}{more}."
        return text


def _check(cancel: CancelToken | None) -> None:
    if cancel is not None:
        cancel.check()


def _add_reports(total: ImportReport, part: ImportReport) -> None:
    if isinstance(total, PathsReport):
        total.add(part)


def run_import(
    store: Any,
    request: ImportRequest,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> ImportSummary:
    """Import ``request.paths`` in one transaction; raises CancelledError (nothing written),
    FormatError/StoreError (nothing written) or returns what was imported."""
    request.check()
    total = len(request.paths)
    summary = ImportSummary(PathsReport(), list(request.paths))
    with store.atomic():
        for index, path in enumerate(request.paths):
            _check(cancel)
            progress(index, total, f"Importing {Path(path).name} ({index + 1} of {total})…")
            part = import_paths(
                store,
                [path],
                fmt=request.format,
                scheme=request.scheme,
                annotator=request.annotator.strip(),
                add_labels=request.add_labels,
                policy=request.policy,
            )
            _add_reports(summary.report, part)
        _check(cancel)  # last chance: leaving the block by an exception rolls everything back
        progress(total, total, "Saving…")
    return summary


def database_target(store: Any) -> str | None:
    """The store's path or URL, which the exporter refuses to overwrite."""
    location = getattr(store, "location", None)
    return str(location) if location else None


def run_export(
    store: Any,
    request: ExportRequest,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> ExportResult:
    """Export as ``annotator export`` does; raises CancelledError (no file written or
    replaced), ValueError/FormatError/OSError (no file written), or returns the result."""
    options = request.options()
    options.layer = choose_layer(store, request.layer)
    _check(cancel)
    progress(0, 0, "Exporting…")

    def report(done: int, total: int) -> None:
        progress(done, total, f"Exported {done} of {total} document(s)…")

    try:
        result = export(
            store,
            options,
            os.fspath(request.output),
            database=database_target(store),
            progress=report,
            cancelled=None if cancel is None else (lambda: cancel.cancelled),
        )
    except ExportCancelled:
        raise CancelledError from None
    progress(result.documents, result.documents, "Done")
    return result
