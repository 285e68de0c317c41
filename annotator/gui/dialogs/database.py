"""File > Open database, Open server and New database: choose a file or type a server's
URL, open it in the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from annotator.gui import plain_text
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


def open_server(window: MainWindow) -> None:
    """A shared PostgreSQL database by its URL (a file dialog takes no URL)."""
    answer = plain_text.ask_text(
        window,
        translate("DatabaseDialogs", "Open server"),
        translate("DatabaseDialogs", "PostgreSQL URL (postgresql://user@host/database):"),
        "postgresql://",
    )
    url = (answer or "").strip()
    if url and url != "postgresql://":
        window.switch_database(url, create=False)


def new_database(window: MainWindow) -> None:
    path, _ = QFileDialog.getSaveFileName(
        window,
        translate("DatabaseDialogs", "New database"),
        "annotations.annotator",
        translate("DatabaseDialogs", "Annotation databases (*.annotator)"),
    )
    if path:
        window.switch_database(path, create=True)
