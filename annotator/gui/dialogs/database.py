"""File > Open database and File > New database: choose a file, open it in the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from annotator.gui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

FILTER = QT_TRANSLATE_NOOP(
    "DatabaseDialogs", "Annotation databases (*.annotator *.db *.sqlite);;All files (*)"
)


def open_database(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window,
        translate("DatabaseDialogs", "Open database"),
        "",
        translate("DatabaseDialogs", FILTER),
    )
    if path:
        window.switch_database(path, create=False)


def new_database(window: MainWindow) -> None:
    path, _ = QFileDialog.getSaveFileName(
        window,
        translate("DatabaseDialogs", "New database"),
        "annotations.annotator",
        translate("DatabaseDialogs", "Annotation databases (*.annotator)"),
    )
    if path:
        window.switch_database(path, create=True)
