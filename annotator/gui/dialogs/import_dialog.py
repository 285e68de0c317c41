"""File > Import: the command line's import options in a dialog.

The dialog only collects an :class:`ImportRequest`; the work runs in a worker thread
(:func:`annotator.gui.dialogs.import_job.run_import`) behind a cancellable progress
dialog. Errors are shown with the importer's file/line/reason message.
"""

from __future__ import annotations

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
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.gui import settings as cfg
from annotator.gui.dialogs import SCHEMES
from annotator.gui.dialogs.import_job import IMPORT_FORMATS, ImportRequest, run_import
from annotator.gui.dialogs.progress import (
    Reporter,
    Runner,
    report_failure,
    run_store_job,
    run_with_progress,
    show_report,
)
from annotator.gui.i18n import QT_TRANSLATE_NOOP
from annotator.gui.plain_text import plain_label
from annotator.layers import IMPORTED

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow
    from annotator.store import Store

IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "Supported files (*.txt *.jsonl *.json *.conll *.conllu *.iob *.iob2 *.bio *.bioes "
    "*.tsv *.ner *.ann);;All files (*)",
)


class ImportDialog(QDialog):
    """Collects the files and options of an import; :meth:`request` returns them."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, paths: list[Path] | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.resize(560, 420)
        self.store = store

        self.path_list = QListWidget(self)
        # Paths read left to right: in the Arabic window "/tmp/a.conll" read "tmp/a.conll/"
        self.path_list.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        add_files = QPushButton(self.tr("Add &files…"), self)
        add_folder = QPushButton(self.tr("Add f&older…"), self)
        remove = QPushButton(self.tr("&Remove"), self)
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
        form = self._options(store)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(self.tr("Files and folders (a folder imports its .txt files):"), self)
        )
        layout.addLayout(paths_row)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.add_paths(paths or [])

    def _options(self, store: Store) -> QFormLayout:
        self.format_combo = QComboBox(self)
        self.format_combo.addItem(self.tr("Guess from each file"), None)
        for name in IMPORT_FORMATS:
            self.format_combo.addItem(name, name)
        self.scheme_combo = QComboBox(self)
        self.scheme_combo.addItem(self.tr("Detect"), None)
        for name in SCHEMES:
            self.scheme_combo.addItem(name, name)
        self.layer_combo = QComboBox(self)
        self.layer_combo.setEditable(True)
        layers = [info.name for info in store.annotators()]
        self.layer_combo.addItems([IMPORTED, *[n for n in layers if n != IMPORTED]])
        self.layer_combo.setCurrentText(IMPORTED)
        self.add_labels_box = QCheckBox(self.tr("Add labels that are not defined yet"), self)
        self.policy_combo = QComboBox(self)
        policy = self.tr("flat") if store.policy == "flat" else self.tr("nested")
        self.policy_combo.addItem(self.tr("Keep the current one ({})").format(policy), None)
        self.policy_combo.addItem(self.tr("flat: no overlapping spans"), "flat")
        self.policy_combo.addItem(self.tr("nested: properly nested spans allowed"), "nested")
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("CoNLL tag scheme:"), self.scheme_combo)
        form.addRow(self.tr("Annotator layer:"), self.layer_combo)
        form.addRow(self.tr("Overlap policy:"), self.policy_combo)
        form.addRow("", self.add_labels_box)
        return form

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
            annotator=self.layer_combo.currentText().strip() or IMPORTED,
            add_labels=self.add_labels_box.isChecked(),
            policy=self.policy_combo.currentData(),
        )

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.path_list.count() > 0)

    def _choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import files"), cfg.last_folder(), self.tr(IMPORT_FILTER)
        )
        if files:
            cfg.remember_folder(Path(files[0]))
            self.add_paths(files)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import a folder"), cfg.last_folder()
        )
        if folder:
            cfg.remember_folder(Path(folder))
            self.add_paths([folder])

    def _remove_selected(self) -> None:
        for item in self.path_list.selectedItems():
            self.path_list.takeItem(self.path_list.row(item))
        self._update_ok()


def execute_import(
    parent: QWidget | None,
    store: Store,
    request: ImportRequest,
    *,
    runner: Runner = run_with_progress,
    report: Reporter = show_report,
) -> bool:
    """Run an import in the background and tell the user how it went; True if it committed."""
    outcome = run_store_job(
        parent, store, "Import", lambda p, c: run_import(store, request, p, c), runner
    )
    failed = translate("ImportDialog", "nothing was imported")
    if report_failure(parent, "Import", failed, outcome, report):
        return False
    report(parent, translate("ImportDialog", "Import finished"), outcome.result.text(), False)
    return True


def run_import_dialog(
    parent: QWidget | None, store: Store, paths: list[Path] | None = None
) -> bool:
    """File > Import: ask for files and options, import them; True if anything was imported."""
    dialog = ImportDialog(store, parent, paths)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        request = dialog.request()
    finally:
        dialog.deleteLater()
    return execute_import(parent, store, request)


def open_import(window: MainWindow) -> None:
    """File > Import in the main window."""
    if run_import_dialog(window, window.store):
        window.reload()
