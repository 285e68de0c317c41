"""The widgets of the main window, built without knowing the window: the central
article area, item tables, docks, the status filter and the status-bar labels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import QT_TRANSLATE_NOOP, isolate, language_changed
from annotator.gui.plain_text import plain_label

STATUS_FILTERS: tuple[tuple[str, str | None], ...] = (
    (QT_TRANSLATE_NOOP("DocumentList", "All documents"), None),
    (QT_TRANSLATE_NOOP("DocumentList", "New"), "new"),
    (QT_TRANSLATE_NOOP("DocumentList", "In progress"), "in_progress"),
    (QT_TRANSLATE_NOOP("DocumentList", "Done"), "done"),
    (QT_TRANSLATE_NOOP("DocumentList", "Reviewed"), "reviewed"),
)
COLUMN_WIDTH = 96


def dialog_editor(dialog: QDialog, editor: QPlainTextEdit) -> None:
    """The keys of a dialog's multi-line text box (a note, the project guideline): Tab
    and Shift+Tab go on to the buttons instead of typing a tab, Ctrl+Return (or
    Ctrl+Enter) accepts the dialog as OK does; Return is a new line, Esc cancels."""
    editor.setTabChangesFocus(True)
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(dialog.accept)


def window_title(document: str, annotator: str, database: str) -> str:
    """The window's title: the open document, the layer, the database file, the app."""
    translate = QCoreApplication.translate
    layer = translate("MainWindow", "layer {}").format(isolate(annotator))
    named = [isolate(document) if document else "", layer, isolate(database) if database else ""]
    return " — ".join([*(p for p in named if p), translate("MainWindow", "Annotator")])


def current_label_hint(name: str | None) -> str:
    """The status bar's hint when the current label changes."""
    translate = QCoreApplication.translate
    if not name:
        return translate("MainWindow", "No current label: clicks select text.")
    hint = translate(
        "MainWindow", "Click or drag over words to label them {} (Alt+drag: exact characters)"
    )
    return hint.format(isolate(name))


def item_table(parent: QWidget, model: QAbstractItemModel, stretch: int = 0) -> QTableView:
    """A read-only, row-selecting table over ``model``; column ``stretch`` takes the rest."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # Tab and Shift+Tab move the focus on, as in any form: a table of rows has nothing to
    # edit cell by cell (Qt's default walked the cells and never left the table).
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, COLUMN_WIDTH)
    return table


def dock_sides(direction: Qt.LayoutDirection) -> tuple[Qt.DockWidgetArea, Qt.DockWidgetArea]:
    """The dock areas that come first and last in reading order: (left, right), swapped
    right to left (Qt does not mirror the dock areas themselves)."""
    areas = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    return areas if direction != Qt.LayoutDirection.RightToLeft else (areas[1], areas[0])


DOCK_TITLES = {  # dock name -> its title
    "documents": QT_TRANSLATE_NOOP("MainWindow", "Documents"),
    "labels": QT_TRANSLATE_NOOP("MainWindow", "Labels"),
    "entities": QT_TRANSLATE_NOOP("MainWindow", "Entities"),
    "guidelines": QT_TRANSLATE_NOOP("MainWindow", "Guidelines"),
}


def retitle_docks(window: QMainWindow) -> None:
    """The docks' titles in the interface language."""
    for name, title in DOCK_TITLES.items():
        dock = window.findChild(QDockWidget, f"dock_{name}")
        if dock is not None:
            dock.setWindowTitle(QCoreApplication.translate("MainWindow", title))


def mirror_docks(window: QMainWindow) -> None:
    """Move every docked widget to the other side (the reading direction changed)."""
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    for dock in window.findChildren(QDockWidget):
        area = window.dockWidgetArea(dock)
        if area in (left, right) and not dock.isFloating():
            window.addDockWidget(right if area == left else left, dock)


def add_dock(
    window: QMainWindow, name: str, widget: QWidget, area: Qt.DockWidgetArea
) -> QDockWidget:
    """A dock named ``name`` (its title from :data:`DOCK_TITLES`) in ``area``."""
    dock = QDockWidget(QCoreApplication.translate("MainWindow", DOCK_TITLES[name]), window)
    dock.setObjectName(f"dock_{name}")
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    return dock


class StatusFilter(QComboBox):
    """The document list's status choice (its texts follow the interface language)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        for text, value in STATUS_FILTERS:
            self.addItem(QCoreApplication.translate("DocumentList", text), value)

    def changeEvent(self, event: QEvent) -> None:
        if language_changed(event):
            for index, (text, _value) in enumerate(STATUS_FILTERS):
                self.setItemText(index, QCoreApplication.translate("DocumentList", text))
        super().changeEvent(event)


def status_filter(parent: QWidget) -> QComboBox:
    return StatusFilter(parent)


class FlaggedOnly(QCheckBox):
    """The "⚑ only" switch of a list: show only the items flagged uncertain."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        translate = QCoreApplication.translate
        self.setText(translate("FlaggedOnly", "⚑ only"))
        self.setToolTip(translate("FlaggedOnly", "Show only the items flagged uncertain"))
        self.setAccessibleName(translate("FlaggedOnly", "Show only flagged items"))

    def changeEvent(self, event: QEvent) -> None:
        if language_changed(event):
            self.retranslate_ui()
        super().changeEvent(event)


def flagged_only(parent: QWidget, toggled: Callable[[bool], None]) -> QCheckBox:
    box = FlaggedOnly(parent)
    box.toggled.connect(toggled)
    return box


def stacked(parent: QWidget, *widgets: QWidget, spacing: int | None = None) -> QWidget:
    """``widgets`` one above the other, without margins (``spacing`` None: the style's)."""
    box_widget = QWidget(parent)
    box = QVBoxLayout(box_widget)
    box.setContentsMargins(0, 0, 0, 0)
    if spacing is not None:
        box.setSpacing(spacing)
    for widget in widgets:
        box.addWidget(widget)
    return box_widget


def status_labels(window: QMainWindow) -> tuple[QLabel, QLabel]:
    """The permanent status-bar labels: the annotator's name and the progress."""
    annotator, progress = plain_label(parent=window), plain_label(parent=window)
    window.statusBar().addPermanentWidget(annotator)
    window.statusBar().addPermanentWidget(progress)
    return annotator, progress


def repeating(parent: QWidget, milliseconds: int, slot: Callable[[], None]) -> QTimer:
    """A started timer calling ``slot`` every ``milliseconds``."""
    timer = QTimer(parent)
    timer.setInterval(milliseconds)
    timer.timeout.connect(slot)
    timer.start()
    return timer
