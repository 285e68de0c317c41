"""What File > Import does, without any widget: the command line's import
(:func:`annotator.formats.import_files.import_paths`) with progress and cancellation.

The whole import is one outer store transaction. Paths are imported one by one inside
it (each as a savepoint) with a cancellation check between them and once more before the
commit, so a cancelled or failed import leaves the database unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.formats import common as formats
from annotator.formats.errors import FormatError, UnknownLabelsError
from annotator.formats.import_files import PathsReport, import_paths
from annotator.gui.dialogs import SCHEMES
from annotator.gui.dialogs.progress import CancelToken, ProgressCallback, no_progress
from annotator.gui.error_text import note_text
from annotator.gui.i18n import counted
from annotator.layers import IMPORTED
from annotator.store.types import ImportReport

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from annotator.spans import Policy
    from annotator.store import Store

IMPORT_FORMATS: tuple[str, ...] = formats.IMPORT_FORMATS  # the command line's list
POLICIES: tuple[Policy, ...] = ("flat", "nested")


@dataclass
class ImportRequest:
    """The options of ``annotator import``; None means "guess" / "keep"."""

    paths: list[Path]
    format: str | None = None
    scheme: str | None = None
    annotator: str = IMPORTED
    add_labels: bool = False
    policy: Policy | None = None

    def check(self) -> None:
        if not self.paths:
            raise ValueError(translate("ImportJob", "choose at least one file or folder to import"))
        if self.format is not None and self.format not in IMPORT_FORMATS:
            raise ValueError(
                translate("ImportJob", "unknown import format {}").format(repr(self.format))
            )
        if self.scheme is not None and self.scheme not in SCHEMES:
            raise ValueError(
                translate("ImportJob", "unknown tag scheme {}").format(repr(self.scheme))
            )
        if self.policy is not None and self.policy not in POLICIES:
            raise ValueError(
                translate("ImportJob", "unknown overlap policy {}").format(repr(self.policy))
            )
        if not self.annotator.strip():
            raise ValueError(translate("ImportJob", "the annotator layer needs a name"))


@dataclass
class ImportSummary:
    report: ImportReport
    paths: list[Path] = field(default_factory=list)

    def text(self) -> str:
        report = self.report
        none = translate("ImportJob", "none")
        labels = ", ".join(report.labels_added) if report.labels_added else none
        n_created, n_added = report.documents_created, report.spans_added
        created = counted(
            translate("ImportJob", "%n documents created"), n_created, "%n document created"
        )
        merged = translate("ImportJob", "{} merged").format(report.documents_merged)
        added = counted(translate("ImportJob", "%n spans added"), n_added, "%n span added")
        n_there = report.spans_already_there  # said only when some were skipped
        there = counted(
            translate("ImportJob", "%n spans already there"), n_there, "%n span already there"
        )
        if n_there:
            text = translate(
                "ImportJob", "{created}, {merged}, {added}, {there}.\nLabels added: {labels}."
            )
        else:
            text = translate("ImportJob", "{created}, {merged}, {added}.\nLabels added: {labels}.")
        text = text.format(created=created, merged=merged, added=added, there=there, labels=labels)
        if isinstance(report, PathsReport):  # repairs by kind, what was kept or skipped
            shown = [note_text(line) for line in report.lines()]
            text += "".join(f"\n{line[0].upper()}{line[1:]}." for line in shown)
        skipped: list[str] = getattr(report, "skipped", [])
        if skipped:
            names = ", ".join(Path(name).name for name in skipped[:5])
            if len(skipped) > 5:
                names = translate("ImportJob", "{names} and {more} more").format(
                    names=names, more=len(skipped) - 5
                )
            text += "\n" + translate("ImportJob", "Skipped in folders (not .txt): {}.").format(
                names
            )
        return text


def _add_reports(total: ImportReport, part: ImportReport) -> None:
    if isinstance(total, PathsReport):
        total.add(part)


def _unknown_labels(error: UnknownLabelsError) -> FormatError:
    reason = translate(
        "ImportJob", "labels not defined yet: {labels} (tick “{option}” to add them)"
    ).format(
        labels=", ".join(error.labels),
        option=translate("ImportDialog", "Add labels that are not defined yet"),
    )
    return FormatError(error.file, error.line, reason)


def run_import(
    store: Store,
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
            if cancel is not None:
                cancel.check()
            importing = translate("ImportJob", "Importing {name} ({index} of {total})…")
            progress(
                index, total, importing.format(name=Path(path).name, index=index + 1, total=total)
            )
            try:
                part = import_paths(
                    store,
                    [path],
                    fmt=request.format,
                    scheme=request.scheme,
                    annotator=request.annotator.strip(),
                    add_labels=request.add_labels,
                    policy=request.policy,
                )
            except UnknownLabelsError as error:  # in the dialog's words, not the CLI's
                raise _unknown_labels(error) from None
            _add_reports(summary.report, part)
        if cancel is not None:
            cancel.check()  # last chance: leaving the block by an exception rolls it all back
        progress(total, total, translate("ImportJob", "Saving…"))
    return summary
