"""File > Import and File > Export: the command line's options in two dialogs.

The dialogs only collect an :class:`ImportRequest` / :class:`ExportRequest`; the work runs in
a worker thread (``transfer_jobs.run_import`` / ``run_export``) behind a cancellable progress
dialog. Errors are shown with the exporter's or importer's file/line/reason message.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.formats.export import SUFFIXES, parse_split
from annotator.gui.dialogs.progress import CancelToken, Outcome, ProgressCallback, run_with_progress
from annotator.gui.dialogs.transfer_jobs import (
    EXPORT_FORMATS,
    HF_UNITS,
    IMPORT_FORMATS,
    SCHEMES,
    ExportRequest,
    ImportRequest,
    run_export,
    run_import,
)

STATUSES: tuple[str, ...] = ("new", "in_progress", "done", "reviewed")
IMPORT_FILTER = (
    "Supported files (*.txt *.jsonl *.json *.conll *.conllu *.iob *.iob2 *.bio *.bioes "
    "*.tsv *.ner);;All files (*)"
)
HF_UNIT_TEXT = {
    "sentence": "one per sentence (id <document>-<n>)",
    "document": "one per document (id <document>)",
}
BIOES_NOTE = "spaCy reads BIOES B-X E-X as two entities: use IOB2 for spaCy."
LAST_FOLDER_KEY = "transfer/last_folder"

# report(parent, title, message, is_error)
Reporter = Callable[[QWidget | None, str, str, bool], None]
# runner(parent, title, job) -> Outcome  (run_with_progress, or a direct call in tests)
Runner = Callable[[QWidget | None, str, Callable[[ProgressCallback, CancelToken], Any]], Outcome]


def show_report(parent: QWidget | None, title: str, message: str, is_error: bool) -> None:
    if is_error:
        QMessageBox.critical(parent, title, message)
    else:
        QMessageBox.information(parent, title, message)


def _settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "annotator", "annotator"
    )


def last_folder() -> str:
    value = _settings().value(LAST_FOLDER_KEY, "")
    return value if isinstance(value, str) and Path(value).is_dir() else str(Path.home())


def remember_folder(path: Path) -> None:
    settings = _settings()
    settings.setValue(LAST_FOLDER_KEY, str(path if path.is_dir() else path.parent))
    settings.sync()


def _error_text(error: BaseException) -> str:
    message = getattr(error, "message", None) or str(error) or error.__class__.__name__
    if isinstance(error, OSError) and error.filename and error.strerror:
        message = f"{error.filename}: {error.strerror}"
    return str(message)


def _layer_names(store: Any) -> list[str]:
    return [info.name for info in store.annotators()]


# ------------------------------------------------------------------------------- import


class ImportDialog(QDialog):
    """Collects the files and options of an import; :meth:`request` returns them."""

    def __init__(self, store: Any, parent: QWidget | None = None, paths: list[Path] | None = None):
        super().__init__(parent)
        self.setWindowTitle("Import")
        self.resize(560, 420)
        self.store = store

        self.path_list = QListWidget(self)
        add_files = QPushButton("Add &files…", self)
        add_folder = QPushButton("Add f&older…", self)
        remove = QPushButton("&Remove", self)
        add_files.clicked.connect(self._choose_files)
        add_folder.clicked.connect(self._choose_folder)
        remove.clicked.connect(self._remove_selected)
        path_buttons = QVBoxLayout()
        for button in (add_files, add_folder, remove):
            path_buttons.addWidget(button)
        path_buttons.addStretch(1)
        paths_row = QHBoxLayout()
        paths_row.addWidget(self.path_list, 1)
        paths_row.addLayout(path_buttons)

        self.format_combo = QComboBox(self)
        self.format_combo.addItem("Guess from each file", None)
        for name in IMPORT_FORMATS:
            self.format_combo.addItem(name, name)
        self.scheme_combo = QComboBox(self)
        self.scheme_combo.addItem("Detect", None)
        for name in SCHEMES:
            self.scheme_combo.addItem(name, name)
        self.layer_combo = QComboBox(self)
        self.layer_combo.setEditable(True)
        layers = _layer_names(store)
        self.layer_combo.addItems(["imported", *[n for n in layers if n != "imported"]])
        self.layer_combo.setCurrentText("imported")
        self.add_labels_box = QCheckBox("Add labels that are not defined yet", self)
        self.policy_combo = QComboBox(self)
        self.policy_combo.addItem(f"Keep the current one ({store.policy})", None)
        self.policy_combo.addItem("flat: no overlapping spans", "flat")
        self.policy_combo.addItem("nested: properly nested spans allowed", "nested")

        form = QFormLayout()
        form.addRow("Format:", self.format_combo)
        form.addRow("CoNLL tag scheme:", self.scheme_combo)
        form.addRow("Annotator layer:", self.layer_combo)
        form.addRow("Overlap policy:", self.policy_combo)
        form.addRow("", self.add_labels_box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Files and folders (a folder imports its .txt files):", self))
        layout.addLayout(paths_row)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.add_paths(paths or [])

    def paths(self) -> list[Path]:
        return [Path(self.path_list.item(i).text()) for i in range(self.path_list.count())]

    def add_paths(self, paths: list[Path] | list[str]) -> None:
        present = {str(path) for path in self.paths()}
        for path in paths:
            if str(path) not in present:
                self.path_list.addItem(str(path))
                present.add(str(path))
        self._update_ok()

    def request(self) -> ImportRequest:
        return ImportRequest(
            paths=self.paths(),
            format=self.format_combo.currentData(),
            scheme=self.scheme_combo.currentData(),
            annotator=self.layer_combo.currentText().strip() or "imported",
            add_labels=self.add_labels_box.isChecked(),
            policy=self.policy_combo.currentData(),
        )

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.path_list.count() > 0)

    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Import files", last_folder(), IMPORT_FILTER)
        if files:
            remember_folder(Path(files[0]))
            self.add_paths(files)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder", last_folder())
        if folder:
            remember_folder(Path(folder))
            self.add_paths([folder])

    def _remove_selected(self) -> None:
        for item in self.path_list.selectedItems():
            self.path_list.takeItem(self.path_list.row(item))
        self._update_ok()


def execute_import(
    parent: QWidget | None,
    store: Any,
    request: ImportRequest,
    *,
    runner: Runner = run_with_progress,
    report: Reporter = show_report,
) -> bool:
    """Run an import in the background and tell the user how it went; True if it committed."""
    outcome = _run_job(
        parent, store, "Import", lambda p, c: run_import(store, request, p, c), runner
    )
    if _report_failure(parent, "Import", "nothing was imported", outcome, report):
        return False
    report(parent, "Import finished", outcome.result.text(), False)
    return True


def run_import_dialog(parent: QWidget | None, store: Any, paths: list[Path] | None = None) -> bool:
    """File > Import: ask for files and options, import them; True if anything was imported."""
    dialog = ImportDialog(store, parent, paths)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        request = dialog.request()
    finally:
        dialog.deleteLater()
    return execute_import(parent, store, request)


# ------------------------------------------------------------------------------- export


class ExportDialog(QDialog):
    """Collects the output and options of an export; :meth:`request` returns them."""

    def __init__(self, store: Any, parent: QWidget | None = None, output: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle("Export")
        self.resize(600, 400)
        self.store = store

        self.output_edit = QLineEdit(self)
        self.output_edit.setPlaceholderText("Output file (a folder when splitting)")
        browse = QPushButton("&Browse…", self)
        browse.clicked.connect(self._browse)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output_edit, 1)
        output_row.addWidget(browse)

        self.format_combo = QComboBox(self)
        self.format_combo.addItems(EXPORT_FORMATS)
        self.scheme_combo = QComboBox(self)
        self.scheme_combo.addItems(SCHEMES)
        self.scheme_note = QLabel(BIOES_NOTE, self)
        self.scheme_note.setWordWrap(True)
        self.layer_combo = QComboBox(self)
        layers = _layer_names(store)
        self.layer_combo.addItems(layers)
        for preferred in ("gold", "imported"):
            if preferred in layers:
                self.layer_combo.setCurrentText(preferred)
                break
        self.status_combo = QComboBox(self)
        self.status_combo.addItem("All documents", None)
        for status in STATUSES:
            self.status_combo.addItem(status.replace("_", " "), status)
        self.docstart_box = QCheckBox("Document boundaries (-DOCSTART-, 4 columns)", self)
        self.whole_tokens_box = QCheckBox("Whole tokens (do not split clitics)", self)
        self.sep_combo = QComboBox(self)
        self.sep_combo.addItem("tab", "\t")
        self.sep_combo.addItem("space", " ")
        self.hf_unit_combo = QComboBox(self)
        for unit in HF_UNITS:
            self.hf_unit_combo.addItem(HF_UNIT_TEXT.get(unit, unit), unit)
        self.split_box = QCheckBox("Split by document (train/dev/test):", self)
        self.split_edit = QLineEdit("80/10/10", self)
        self.split_edit.setMinimumWidth(100)
        self.seed_spin = QSpinBox(self)
        self.seed_spin.setRange(0, 2**31 - 1)
        split_row = QHBoxLayout()
        split_row.addWidget(self.split_box)
        split_row.addWidget(self.split_edit)
        split_row.addWidget(QLabel("seed", self))
        split_row.addWidget(self.seed_spin)
        split_row.addStretch(1)

        form = QFormLayout()
        form.addRow("Output:", output_row)
        form.addRow("Format:", self.format_combo)
        form.addRow("Tag scheme:", self.scheme_combo)
        form.addRow("", self.scheme_note)
        form.addRow("Layer:", self.layer_combo)
        form.addRow("Documents:", self.status_combo)
        form.addRow("CoNLL separator:", self.sep_combo)
        form.addRow("Hugging Face rows:", self.hf_unit_combo)
        form.addRow("", self.docstart_box)
        form.addRow("", self.whole_tokens_box)
        form.addRow("", split_row)

        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
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
        if output is not None:
            self.output_edit.setText(str(output))
        self._update_enabled()

    def request(self) -> ExportRequest:
        """The chosen options; raises ValueError naming what is missing or wrong."""
        text = self.output_edit.text().strip()
        if not text:
            raise ValueError("choose where to write the export")
        if self.layer_combo.count() == 0:
            raise ValueError("there is nothing to export: no annotator layer has spans yet")
        fmt = self.format_combo.currentText()
        split = parse_split(self.split_edit.text().strip()) if self.split_box.isChecked() else None
        conll = fmt == "conll"
        return ExportRequest(
            output=Path(text).expanduser(),
            format=fmt,
            scheme=self.scheme_combo.currentText() if conll else "IOB2",
            layer=self.layer_combo.currentText() or None,
            status=self.status_combo.currentData(),
            docstart=conll and self.docstart_box.isChecked(),
            whole_tokens=self.whole_tokens_box.isChecked(),
            sep=self.sep_combo.currentData() if conll else "\t",
            split=split,
            seed=self.seed_spin.value(),
            hf_unit=self.hf_unit_combo.currentData() if fmt == "hf" else "sentence",
        )

    def _update_enabled(self) -> None:
        conll = self.format_combo.currentText() == "conll"
        for widget in (self.scheme_combo, self.docstart_box, self.sep_combo):
            widget.setEnabled(conll)
        self.hf_unit_combo.setEnabled(self.format_combo.currentText() == "hf")
        self.scheme_note.setVisible(conll and self.scheme_combo.currentText() == "BIOES")
        split = self.split_box.isChecked()
        self.split_edit.setEnabled(split)
        self.seed_spin.setEnabled(split)

    def _accept_if_valid(self) -> None:
        try:
            self.request()
        except ValueError as error:
            self.message.setText(str(error))
            return
        self.accept()

    def _browse(self) -> None:
        start = self.output_edit.text().strip() or last_folder()
        if self.split_box.isChecked():
            chosen = QFileDialog.getExistingDirectory(self, "Export into folder", start)
        else:
            suffix = SUFFIXES[self.format_combo.currentText()]
            chosen, _ = QFileDialog.getSaveFileName(
                self, "Export to", start, f"{suffix[1:].upper()} (*{suffix});;All files (*)"
            )
            if chosen and not Path(chosen).suffix:
                chosen += suffix
        if chosen:
            remember_folder(Path(chosen))
            self.output_edit.setText(chosen)


def execute_export(
    parent: QWidget | None,
    store: Any,
    request: ExportRequest,
    *,
    runner: Runner = run_with_progress,
    report: Reporter = show_report,
) -> bool:
    """Run an export in the background and tell the user how it went; True if written."""
    outcome = _run_job(
        parent, store, "Export", lambda p, c: run_export(store, request, p, c), runner
    )
    if _report_failure(parent, "Export", "no file was written", outcome, report):
        return False
    result = outcome.result
    files = "\n".join(str(path) for path in result.files)
    report(
        parent,
        "Export finished",
        f"Exported {result.documents} document(s) and {result.spans} span(s) from the layer "
        f"{result.layer}:\n{files}",
        False,
    )
    return True


def run_export_dialog(parent: QWidget | None, store: Any) -> None:
    """File > Export: ask for the output and options, then export."""
    dialog = ExportDialog(store, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        request = dialog.request()
    finally:
        dialog.deleteLater()
    execute_export(parent, store, request)


def _run_job(
    parent: QWidget | None,
    store: Any,
    kind: str,
    work: Callable[[ProgressCallback, CancelToken], Any],
    runner: Runner,
) -> Outcome:
    """Run ``work`` in a worker thread behind the progress dialog ("Importing", ...)."""

    def job(progress: ProgressCallback, cancel: CancelToken) -> Any:
        try:
            return work(progress, cancel)
        finally:
            _close_thread_connection(store)

    return runner(parent, f"{kind}ing", job)


def _report_failure(
    parent: QWidget | None, kind: str, nothing_done: str, outcome: Outcome, report: Reporter
) -> bool:
    """Tell the user about a cancelled or failed job; False when it succeeded."""
    if outcome.cancelled:
        report(
            parent, f"{kind} cancelled", f"The {kind.lower()} was cancelled: {nothing_done}.", False
        )
        return True
    if outcome.error is not None:
        report(parent, f"{kind} failed", _error_text(outcome.error), True)
        return True
    return False


def _close_thread_connection(store: Any) -> None:
    """Close the worker thread's own database connection (peewee opens one per thread).

    Only off the main (GUI) thread: there the window's connection must stay open.
    """
    if threading.current_thread() is not threading.main_thread():
        close = getattr(store, "close", None)
        if callable(close):
            close()
