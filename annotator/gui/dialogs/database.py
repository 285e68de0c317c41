"""File > Open database and File > New database: choose a file, open it in the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

FILTER = "Annotation databases (*.annotator *.db *.sqlite);;All files (*)"


def open_database(window: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(window, "Open database", "", FILTER)
    if path:
        window.switch_database(path, create=False)


def new_database(window: MainWindow) -> None:
    path, _ = QFileDialog.getSaveFileName(
        window, "New database", "annotations.annotator", "Annotation databases (*.annotator)"
    )
    if path:
        window.switch_database(path, create=True)
