"""What File > Export does, without any widget: the command line's export
(:func:`annotator.formats.export.export`) with progress and cancellation.

The exporter writes to temporary files and renames them at the end; it reports progress
and polls the cancel token between documents (reading them in bulk through
``Store.export_rows``). A cancel makes it discard the temporaries, so no output file is
created or replaced.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.formats import common as formats
from annotator.formats.export import (
    ExportCancelled,
    ExportOptions,
    ExportResult,
    choose_layer,
    export,
)
from annotator.gui.dialogs import SCHEMES
from annotator.gui.dialogs.progress import (
    CancelledError,
    CancelToken,
    ProgressCallback,
    no_progress,
)
from annotator.gui.i18n import counted

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from annotator.store import Store

EXPORT_FORMATS: tuple[str, ...] = formats.EXPORT_FORMATS  # the command line's lists
HF_UNITS: tuple[str, ...] = formats.HF_UNITS


@dataclass
class ExportRequest(ExportOptions):
    """The options of ``annotator export`` and the output; with ``split`` a folder."""

    output: Path

    def options(self) -> ExportOptions:
        if self.format not in EXPORT_FORMATS:
            raise ValueError(
                translate("ExportJob", "unknown export format {}").format(repr(self.format))
            )
        if self.scheme not in SCHEMES:
            raise ValueError(
                translate("ExportJob", "unknown tag scheme {}").format(repr(self.scheme))
            )
        if self.hf_unit not in HF_UNITS:
            raise ValueError(
                translate("ExportJob", "unknown hf row unit {}").format(repr(self.hf_unit))
            )
        return ExportOptions(**{f.name: getattr(self, f.name) for f in fields(ExportOptions)})


def database_target(store: Store) -> str | None:
    """The store's path or URL, which the exporter refuses to overwrite."""
    location = getattr(store, "location", None)
    return str(location) if location else None


def run_export(
    store: Store,
    request: ExportRequest,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> ExportResult:
    """Export as ``annotator export`` does; raises CancelledError (no file written or
    replaced), ValueError/FormatError/OSError (no file written), or returns the result."""
    options = request.options()
    options.layer = choose_layer(store, request.layer)
    if cancel is not None:
        cancel.check()
    progress(0, 0, translate("ExportJob", "Exporting…"))

    def report(done: int, total: int) -> None:
        exported = counted(
            translate("ExportJob", "Exported {done} of %n documents…"),
            total,
            "Exported {done} of %n document…",
        )
        progress(done, total, exported.format(done=done))

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
    progress(result.documents, result.documents, translate("ExportJob", "Done"))
    return result
