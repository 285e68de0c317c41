"""The article view's requests carried out by the window: edge adjustments (an undo
command), Enter labelling at the caret, the caret selecting spans (the entity list
follows), notices in the status bar; and the accessible names of the window's widgets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.gui.commands import ResizeSpan
from annotator.gui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

NOTICE_MS = 6000


def connect_view(window: MainWindow) -> None:
    view = window.article_view
    view.notice.connect(lambda message: window.show_message(message, NOTICE_MS))
    view.resize_requested.connect(lambda span_id, s, e: resize_span(window, span_id, s, e))
    view.caret_moved.connect(lambda span_id: caret_moved(window, span_id))
    view.label_requested.connect(lambda s, e: label_at_caret(window, s, e))


def resize_span(window: MainWindow, span_id: int, start: int, end: int) -> bool:
    """Move a span's edges as one undoable step; a refusal is said in the status bar."""
    session = window.session()
    info = session.spans.get(span_id) if session else None
    if session is None or info is None or (info.start, info.end) == (start, end):
        return False
    old = (info.start, info.end)
    outcome = window.push_command(lambda: ResizeSpan(session, span_id, old, (start, end)))
    if outcome.error is not None:
        window.show_message(
            translate("MainWindow", "Not adjusted: {}").format(outcome.error), NOTICE_MS
        )
        return False
    window.select_span(span_id)
    return True


def caret_moved(window: MainWindow, span_id: int | None) -> None:
    """The caret's span becomes the selected one (Delete, digits and edges act on it)."""
    if span_id is not None:
        window.select_span(span_id)
    else:
        window.article_view.set_selected_span(None)
        window.entities_table.clearSelection()


def label_at_caret(window: MainWindow, start: int, end: int) -> None:
    label = window.palette_widget.current()
    if label is None:
        window.article_view.set_selection((start, end))
        window.show_message(
            translate("MainWindow", "Press a label's hotkey (1-9) to label the selection.")
        )
        return
    window.label_range(start, end, label)


ACCESSIBLE_NAMES = (  # attribute of the window, accessible name
    ("documents_table", QT_TRANSLATE_NOOP("MainWindow", "Documents")),
    ("status_filter", QT_TRANSLATE_NOOP("MainWindow", "Show documents by status")),
    ("entities_table", QT_TRANSLATE_NOOP("MainWindow", "Entities of this document")),
)


def name_widgets(window: MainWindow) -> None:
    """Accessible names for the widgets the window composes (each part names its own)."""
    for attribute, name in ACCESSIBLE_NAMES:
        widget = getattr(window, attribute, None)
        if widget is not None and not widget.accessibleName():
            widget.setAccessibleName(translate("MainWindow", name))
    window.palette_widget.list.setAccessibleName(translate("MainWindow", "Labels"))
