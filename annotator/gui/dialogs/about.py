"""Help > About: application version, database in use and its schema version."""

from __future__ import annotations

import platform
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

import annotator


def redact_url(url: str) -> str:
    """Return ``url`` with any password removed (``user:secret@host`` -> ``user@host``,
    and a ``password=`` query parameter dropped).

    Plain paths and URLs without credentials are returned unchanged.
    """
    if "://" not in url:
        return url
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(key, value) for key, value in pairs if key != "password"]
    if ":" not in parts.netloc.rpartition("@")[0] and len(kept) == len(pairs):
        return url  # nothing secret in it: keep it exactly as given
    query = urlencode(kept) if len(kept) != len(pairs) else parts.query
    if "@" not in parts.netloc:
        return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))
    host = parts.hostname or ""
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port is not None else ""
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, f"{user}{host}{port}", parts.path, query, ""))


def database_location(store: Any) -> str:
    """Where the store's data lives, as a path or a URL without password."""
    return redact_url(str(store.location))


def schema_version(store: Any) -> int | None:
    """The schema version stored in the database, or None without a store."""
    return None if store is None else int(store.schema_version())


class AboutDialog(QDialog):
    """Shows what is running: app, database, schema, Qt and Python versions."""

    def __init__(self, parent: QWidget | None, store: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle("About Annotator")
        schema = schema_version(store)
        self.values: dict[str, str] = {
            "Version": annotator.__version__,
            "Database": database_location(store) if store is not None else "none open",
            "Schema version": str(schema) if schema is not None else "unknown",
            "Qt": f"{qVersion()} (PySide6 {PySide6.__version__})",
            "Python": platform.python_version(),
        }
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Annotator: label named entities in Arabic news text and export "
            "gold-standard NER data.",
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        for key, value in self.values.items():
            field = QLabel(value, self)
            # Plain text only: a path or URL is data, never markup.
            field.setTextFormat(Qt.TextFormat.PlainText)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setObjectName(key.lower().replace(" ", "_"))
            form.addRow(f"{key}:", field)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def text(self) -> str:
        """Everything the dialog shows, one ``key: value`` per line (for copying and tests)."""
        return "\n".join(f"{key}: {value}" for key, value in self.values.items())
