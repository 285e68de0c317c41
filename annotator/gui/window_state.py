"""What the main window remembers between starts: geometry, dock layout, the article
font and the last document (QSettings through :mod:`annotator.gui.settings`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt

from annotator.gui import settings as cfg
from annotator.gui import window_parts as parts

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

DEFAULT_SIZE = (1280, 820)
DEFAULT_DOCK_WIDTHS = [380, 260]  # the list: room for the titles beside the names


def restore(window: MainWindow) -> None:
    """Geometry, docks and font as saved (defaults on a first start); then open the last
    document, or the first one."""
    s = cfg.settings()
    geometry = s.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(*DEFAULT_SIZE)
        window.resizeDocks(
            [window.documents_dock, window.palette_dock],
            DEFAULT_DOCK_WIDTHS,
            Qt.Orientation.Horizontal,
        )
    state = s.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
        if cfg.get_str("window/state_direction", "ltr") != _direction(window):
            parts.mirror_docks(window)  # saved in the other reading direction
    family = cfg.get_str("view/font_family")
    size = cfg.get_int("view/font_size", 0)
    window.article_view.set_view_font(family or None, size or None)
    last = cfg.get_int("session/last_document", -1)
    docs = window.documents_model.all_documents()
    target = next((d.id for d in docs if d.id == last), docs[0].id if docs else None)
    if target is not None:
        window.open_document(target)


def _direction(window: MainWindow) -> str:
    return "rtl" if window.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"


def save(window: MainWindow) -> None:
    font = window.article_view.view_font()
    values: dict[str, object] = {
        "window/geometry": window.saveGeometry(),
        "window/state": window.saveState(),
        "window/state_direction": _direction(window),
        "view/font_family": font.family(),
        "view/font_size": round(font.pointSizeF()),
    }
    current = window.current_document_id()
    if current is not None:
        values["session/last_document"] = current
    cfg.set_values(values)
