"""File > Export: the command line's export options in a dialog.

The dialog only collects an :class:`ExportRequest`; the work runs in a worker thread
(:func:`annotator.gui.dialogs.export_job.run_export`) behind a cancellable progress
dialog. Errors are shown with the exporter's file/line/reason message.

Every format of :mod:`annotator.formats.registry` is offered with its one-line summary;
only the options that format takes are enabled. The output path is remembered per format
(:func:`annotator.gui.settings.export_output`), and so is the last format.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.formats.export import parse_split, replaced_files
from annotator.formats.notes_text import Note
from annotator.formats.registry import SPACY_SPANS, export_format
from annotator.gui import settings as cfg
from annotator.gui.dialogs import SCHEMES
from annotator.gui.dialogs.export_job import EXPORT_FORMATS, HF_UNITS, ExportRequest, run_export
from annotator.gui.dialogs.format_summaries import shown_summary
from annotator.gui.dialogs.progress import (
    Reporter,
    Runner,
    report_failure,
    run_store_job,
    run_with_progress,
    show_report,
)
from annotator.gui.error_text import error_text, note_text
from annotator.gui.i18n import QT_TRANSLATE_NOOP, counted, isolate
from annotator.gui.models.documents import STATUS_TEXT
from annotator.gui.plain_text import Button, Icon, message, plain_label, tooltip
from annotator.layers import NoDefaultLayerError, default_layer
from annotator.store.errors import StoreError
from annotator.store.types import STATUSES

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow
    from annotator.store import Store

TOOLTIP = Qt.ItemDataRole.ToolTipRole
HF_UNIT_TEXT = {
    "sentence": QT_TRANSLATE_NOOP("ExportDialog", "one per sentence (id <document>-<n>)"),
    "document": QT_TRANSLATE_NOOP("ExportDialog", "one per document (id <document>)"),
}
SPACY_SPANS_TEXT = {
    "ents": QT_TRANSLATE_NOOP("ExportDialog", "doc.ents (outermost spans)"),
    "spans": QT_TRANSLATE_NOOP("ExportDialog", "doc.spans['sc'] (every span)"),
}
BIOES_NOTE = QT_TRANSLATE_NOOP(
    "ExportDialog", "spaCy reads BIOES B-X E-X as two entities: use IOB2 for spaCy."
)


class ExportDialog(QDialog):
    """Collects the output and options of an export; :meth:`request` returns them."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        output: Path | None = None,
        *,
        annotator: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.resize(600, 400)
        self.store = store
        form = self._form(store, annotator)
        self.message = plain_label(parent=self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        for signal in (
            self.format_combo.currentIndexChanged,
            self.scheme_combo.currentIndexChanged,
        ):
            signal.connect(self._update_enabled)
        self.split_box.toggled.connect(self._update_enabled)
        self.output_edit.textChanged.connect(self._clear_message)
        self._shown_output = ""  # the remembered path the dialog filled in
        if output is not None:
            self.output_edit.setText(str(output))
        else:
            self._restore_last()
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self._update_enabled()

    def _restore_last(self) -> None:
        """The last export's format and that format's output path."""
        last = cfg.last_export_format()
        if last in EXPORT_FORMATS:
            self.format_combo.setCurrentText(last)
        self._shown_output = cfg.export_output(self.format_combo.currentText())
        self.output_edit.setText(self._shown_output)

    def _format_changed(self) -> None:
        """Show the new format's remembered path, unless the user typed one."""
        remembered = cfg.export_output(self.format_combo.currentText())
        if remembered and self.output_edit.text() in ("", self._shown_output):
            self._shown_output = remembered
            self.output_edit.setText(remembered)
        self._clear_message()

    def _clear_message(self) -> None:
        self.message.clear()

    def _form(self, store: Store, annotator: str | None) -> QFormLayout:
        self.output_edit = QLineEdit(self)
        self.output_edit.setPlaceholderText(self.tr("Output file (a folder when splitting)"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output_edit, 1)
        output_row.addWidget(browse)

        self._format_fields()
        self.scheme_combo = QComboBox(self)
        self.scheme_combo.addItems(SCHEMES)
        self.scheme_combo.setCurrentText(store.export_scheme())  # Project > Settings
        self.scheme_note = plain_label(self.tr(BIOES_NOTE), self)
        self.scheme_note.setWordWrap(True)
        self.layer_combo = QComboBox(self)
        self._layers(store, annotator)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("All documents"), None)
        for status in STATUSES:
            self.status_combo.addItem(translate("DocumentsModel", STATUS_TEXT[status]), status)
        self.docstart_box = QCheckBox(self.tr("Document boundaries (-DOCSTART-, 4 columns)"), self)
        self.whole_tokens_box = QCheckBox(self.tr("Whole tokens (do not split clitics)"), self)
        self.sep_combo = QComboBox(self)
        self.sep_combo.addItem(self.tr("tab"), "\t")
        self.sep_combo.addItem(self.tr("space"), " ")
        self.hf_unit_combo = QComboBox(self)
        for unit in HF_UNITS:
            self.hf_unit_combo.addItem(self.tr(HF_UNIT_TEXT.get(unit, unit)), unit)
        self.split_box = QCheckBox(self.tr("Split by document (train/dev/test):"), self)
        self.split_edit = QLineEdit("80/10/10", self)
        self.split_edit.setMinimumWidth(100)
        self.seed_spin = QSpinBox(self)
        self.seed_spin.setRange(0, 2**31 - 1)
        split_row = QHBoxLayout()
        split_row.addWidget(self.split_box)
        split_row.addWidget(self.split_edit)
        split_row.addWidget(plain_label(self.tr("seed"), self))
        split_row.addWidget(self.seed_spin)
        split_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Output:"), output_row)
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow("", self.format_summary)
        form.addRow(self.tr("Tag scheme:"), self.scheme_combo)
        form.addRow("", self.scheme_note)
        form.addRow(self.tr("Layer:"), self.layer_combo)
        form.addRow(self.tr("Documents:"), self.status_combo)
        form.addRow(self.tr("CoNLL separator:"), self.sep_combo)
        form.addRow(self.tr("Hugging Face rows:"), self.hf_unit_combo)
        form.addRow(self.tr("spaCy spans:"), self.spacy_spans_combo)
        form.addRow("", self.docstart_box)
        form.addRow("", self.whole_tokens_box)
        form.addRow("", split_row)
        return form

    def _format_fields(self) -> None:
        """The format list (each with its summary as tooltip and below the list) and the
        spaCy option."""
        self.format_combo = QComboBox(self)
        for fmt in EXPORT_FORMATS:
            self.format_combo.addItem(fmt)
            summary = export_format(fmt).summary
            self.format_combo.setItemData(self.format_combo.count() - 1, tooltip(summary), TOOLTIP)
        self.format_summary = plain_label(parent=self)  # the registry's summary, translated
        self.format_summary.setObjectName("format_summary")
        self.format_summary.setWordWrap(True)
        self.spacy_spans_combo = QComboBox(self)
        for mode in SPACY_SPANS:
            self.spacy_spans_combo.addItem(self.tr(SPACY_SPANS_TEXT.get(mode, mode)), mode)

    def _layers(self, store: Store, annotator: str | None) -> None:
        """Every layer, the default chosen by :func:`annotator.layers.default_layer` (the
        window's own layer when the rule leaves the choice open)."""
        counts = store.layer_span_counts()
        self.layer_combo.addItems(list(counts))
        current = annotator if annotator in counts else None
        if current is None and len(counts) == 1:  # as the command line: the only layer
            current = next(iter(counts))
        try:
            chosen = default_layer(counts, current=current)
        except NoDefaultLayerError:
            self.layer_combo.setCurrentIndex(-1)  # no rule decides: the user chooses
            return
        if chosen in counts:
            self.layer_combo.setCurrentText(chosen)

    def request(self) -> ExportRequest:
        """The chosen options; raises ValueError naming what is missing or wrong."""
        text = self.output_edit.text().strip()
        if not text:
            raise ValueError(self.tr("choose where to write the export"))
        if self.layer_combo.count() == 0:
            raise ValueError(
                self.tr("there is nothing to export: no annotator layer has spans yet")
            )
        if self.layer_combo.currentIndex() < 0:
            raise ValueError(self.tr("choose the layer to export"))
        fmt = self.format_combo.currentText()
        split = parse_split(self.split_edit.text().strip()) if self.split_box.isChecked() else None
        takes = export_format(fmt).options
        return ExportRequest(
            output=Path(text).expanduser(),
            format=fmt,
            scheme=self.scheme_combo.currentText() if "scheme" in takes else "IOB2",
            layer=self.layer_combo.currentText() or None,
            status=self.status_combo.currentData(),
            docstart="docstart" in takes and self.docstart_box.isChecked(),
            whole_tokens="whole_tokens" in takes and self.whole_tokens_box.isChecked(),
            sep=self.sep_combo.currentData() if "sep" in takes else "\t",
            split=split,
            seed=self.seed_spin.value(),
            hf_unit=self.hf_unit_combo.currentData() if "hf_unit" in takes else "sentence",
            spacy_spans=self.spacy_spans_combo.currentData() if "spacy_spans" in takes else "ents",
        )

    def _option_widgets(self) -> dict[str, tuple[QWidget, ...]]:
        """The widgets of each option of :data:`annotator.formats.registry.OPTIONS`."""
        return {
            "scheme": (self.scheme_combo,),
            "docstart": (self.docstart_box,),
            "sep": (self.sep_combo,),
            "whole_tokens": (self.whole_tokens_box,),
            "hf_unit": (self.hf_unit_combo,),
            "spacy_spans": (self.spacy_spans_combo,),
        }

    def _update_enabled(self) -> None:
        spec = export_format(self.format_combo.currentText())
        for option, widgets in self._option_widgets().items():
            for widget in widgets:
                widget.setEnabled(option in spec.options)
        self.format_summary.setText(shown_summary(spec.summary))
        bioes = self.scheme_combo.currentText() == "BIOES"
        self.scheme_note.setVisible("scheme" in spec.options and bioes)
        split = self.split_box.isChecked()
        self.split_edit.setEnabled(split)
        self.seed_spin.setEnabled(split)
        folder = split or spec.folder
        self.output_edit.setPlaceholderText(
            self.tr("Output folder") if folder else self.tr("Output file (a folder when splitting)")
        )

    def _accept_if_valid(self) -> None:
        try:
            request = self.request()
        except ValueError as error:  # a split that is none is worded by its code
            self.message.setText(error_text(error))
            return
        replaced = _replaced(self.store, request)
        if replaced and not confirm_replace(self, replaced):
            return
        cfg.remember_export(self.format_combo.currentText(), self.output_edit.text().strip())
        self.accept()

    def _browse(self) -> None:
        start = self.output_edit.text().strip() or cfg.last_folder()
        spec = export_format(self.format_combo.currentText())
        if self.split_box.isChecked() or spec.folder:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export into folder"), start)
        else:
            suffix = spec.suffix
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export to"),
                start,
                self.tr("{name} (*{suffix});;All files (*)").format(
                    name=suffix[1:].upper(), suffix=suffix
                ),
                options=QFileDialog.Option.DontConfirmOverwrite,  # Export asks: confirm_replace
            )
            if chosen and not Path(chosen).suffix:
                chosen += suffix
        if chosen:
            cfg.remember_folder(Path(chosen))
            self.output_edit.setText(chosen)


def _replaced(store: Store, request: ExportRequest) -> list[Path]:
    """The existing files the export would replace (the formats' rule: its outputs and the
    files beside them); none when it cannot be planned: the export then says why, before
    it writes anything."""
    try:
        return replaced_files(store, request.options(), request.output)
    except (ValueError, OSError, StoreError):
        return []


def confirm_replace(parent: QWidget | None, paths: Sequence[Path]) -> bool:
    """The one question before an export replaces existing files (every one listed),
    whether the output's path was typed, remembered or chosen with Browse… (whose own
    question is turned off); True to replace. No is the default button."""
    if len(paths) == 1:
        title = translate("ExportDialog", "Replace file?")
        text = translate("ExportDialog", "{path} already exists.\nDo you want to replace it?")
    else:
        title = translate("ExportDialog", "Replace files?")
        text = translate(
            "ExportDialog", "These files already exist:\n{path}\nDo you want to replace them?"
        )
    shown = "\n".join(isolate(str(path)) for path in paths)
    buttons = Button.Yes | Button.No
    answer = message(parent, Icon.Question, title, text.format(path=shown), buttons, Button.No)
    return answer == Button.Yes


def execute_export(
    parent: QWidget | None,
    store: Store,
    request: ExportRequest,
    *,
    runner: Runner = run_with_progress,
    report: Reporter = show_report,
) -> bool:
    """Run an export in the background and tell the user how it went; True if written."""
    outcome = run_store_job(
        parent, store, "Export", lambda p, c: run_export(store, request, p, c), runner
    )
    failed = QCoreApplication.translate("ExportDialog", "no file was written")
    if report_failure(parent, "Export", failed, outcome, report):
        return False
    result = outcome.result
    files = "\n".join(str(path) for path in result.files)
    note = translate("ExportDialog", "Note: {}")
    notes = "".join("\n\n" + note.format(_note_text(text)) for text in result.notes)
    n_documents, n_spans = result.documents, result.spans
    documents = counted(translate("ExportDialog", "%n documents"), n_documents, "%n document")
    spans = counted(translate("ExportDialog", "%n spans"), n_spans, "%n span")
    text = translate("ExportDialog", "Exported {documents} and {spans} from the layer {layer}:")
    text = text.format(documents=documents, spans=spans, layer=isolate(result.layer))
    report(parent, translate("ExportDialog", "Export finished"), f"{text}\n{files}{notes}", False)
    return True


def _note_text(note: str) -> str:
    """An export note in the window's language, a status named as the window names it."""
    params = getattr(note, "params", None)
    status = params.get("status") if isinstance(params, dict) else None
    if isinstance(params, dict) and isinstance(status, str) and status in STATUS_TEXT:
        shown = QCoreApplication.translate("DocumentsModel", STATUS_TEXT[status])
        note = Note(str(note), getattr(note, "code", ""), **{**params, "status": shown})
    return note_text(note)


def run_export_dialog(
    parent: QWidget | None, store: Store, *, annotator: str | None = None
) -> None:
    """File > Export: ask for the output and options, then export."""
    dialog = ExportDialog(store, parent, annotator=annotator)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        request = dialog.request()
    finally:
        dialog.deleteLater()
    execute_export(parent, store, request)


def open_export(window: MainWindow) -> None:
    """File > Export in the main window (the default layer may be the window's own)."""
    run_export_dialog(window, window.store, annotator=window.annotator())
