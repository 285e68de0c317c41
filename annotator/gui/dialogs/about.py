"""Help > About: application version, database in use and its schema version."""

from __future__ import annotations

import platform
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

import annotator
from annotator.gui.i18n import QT_TRANSLATE_NOOP
from annotator.gui.plain_text import plain_label
from annotator.urls import strip_password

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow
    from annotator.store import Store


def database_location(store: Store) -> str:
    """Where the store's data lives: a path, or a URL with no password at all (not even
    a mask: there is nothing to see in it)."""
    return strip_password(str(store.location))


def schema_version(store: Store | None) -> int | None:
    """The schema version stored in the database, or None without a store."""
    return None if store is None else int(store.schema_version())


FIELD_NAMES = {  # the rows' names in the interface language
    "Version": QT_TRANSLATE_NOOP("AboutDialog", "Version"),
    "Database": QT_TRANSLATE_NOOP("AboutDialog", "Database"),
    "Schema version": QT_TRANSLATE_NOOP("AboutDialog", "Schema version"),
}


class AboutDialog(QDialog):
    """Shows what is running: app, database, schema, Qt and Python versions."""

    def __init__(self, parent: QWidget | None, store: Store | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Annotator"))
        schema = schema_version(store)
        self.values: dict[str, str] = {
            "Version": annotator.__version__,
            "Database": database_location(store) if store is not None else self.tr("none open"),
            "Schema version": str(schema) if schema is not None else self.tr("unknown"),
            "Qt": f"{qVersion()} (PySide6 {PySide6.__version__})",
            "Python": platform.python_version(),
        }
        layout = QVBoxLayout(self)
        intro = plain_label(
            self.tr(
                "Annotator: label named entities in Arabic news text and export "
                "gold-standard NER data."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        for key, value in self.values.items():
            field = plain_label(value, self)  # a path or URL is data, never markup
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setObjectName(key.lower().replace(" ", "_"))
            form.addRow(self.tr("{}:").format(self.tr(FIELD_NAMES.get(key, key))), field)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def open_about(window: MainWindow) -> None:
    """Help > About in the main window."""
    AboutDialog(window, window.store).exec()
