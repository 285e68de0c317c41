"""Help > Keyboard shortcuts (F1, Ctrl+/): every shortcut of the window, searchable.

The sheet is read from the window's QActions themselves (their shortcuts, text, menu and
status tip), so it can never disagree with what the keys do, followed by the article
view's own keys, read from its key table. The README's table comes from the action table
(:mod:`annotator.gui.shortcut_table`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import QT_TRANSLATE_NOOP
from annotator.gui.plain_text import plain_label

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow
    from annotator.gui.view_keys import KeyTable

HEADERS = (
    QT_TRANSLATE_NOOP("ShortcutSheet", "Shortcut"),
    QT_TRANSLATE_NOOP("ShortcutSheet", "Command"),
    QT_TRANSLATE_NOOP("ShortcutSheet", "Menu"),
    QT_TRANSLATE_NOOP("ShortcutSheet", "What it does"),
)
# where a window-wide shortcut outside the menus is listed
OUTSIDE_MENUS = QT_TRANSLATE_NOOP("ShortcutSheet", "Window")
ARTICLE = QT_TRANSLATE_NOOP("ShortcutSheet", "Article")  # where the article's own keys work


@dataclass(frozen=True)
class ShortcutRow:
    keys: str  # "Ctrl+Z, Ctrl+Y": every shortcut of the action, as the platform names them
    command: str  # the action's text without its mnemonic ampersands
    menu: str  # "Edit", "View > Theme", or OUTSIDE_MENUS
    tip: str = ""

    def matches(self, query: str) -> bool:
        """Whether every word of ``query`` occurs in the row (case ignored)."""
        haystack = " ".join((self.keys, self.command, self.menu, self.tip)).casefold()
        return all(word in haystack for word in query.casefold().split())


def plain_action_text(text: str) -> str:
    """``"&Open database…"`` -> ``"Open database…"``; ``"&&"`` stays one ``&``."""
    return re.sub(r"&(.)", r"\1", text)


def _menus(action: QAction) -> list[QMenu]:
    """The titled menus showing ``action`` (not the menu bar's overflow popup)."""
    return [o for o in action.associatedObjects() if isinstance(o, QMenu) and o.title()]


def _menu_path(action: QAction) -> str:
    menus = _menus(action)
    if not menus:
        return QCoreApplication.translate("ShortcutSheet", OUTSIDE_MENUS)
    titles: list[str] = []
    menu: QMenu | None = menus[0]
    while menu is not None:
        titles.append(plain_action_text(menu.title()))
        parents = _menus(menu.menuAction())
        menu = parents[0] if parents else None
    return " > ".join(reversed(titles))


def key_text(keys: Iterable[QKeySequence]) -> str:
    return ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys)


def table_rows(where: str, table: KeyTable) -> list[ShortcutRow]:
    """The keys of a widget's key table (the article view's), one row per binding text."""
    keys: dict[str, list[QKeySequence]] = {}
    translate, where = (
        QCoreApplication.translate,
        QCoreApplication.translate("ShortcutSheet", where),
    )
    for (key, modifiers), binding in table.entries.items():
        combination = QKeyCombination(Qt.KeyboardModifier(modifiers), Qt.Key(key))
        keys.setdefault(translate("ArticleKeys", binding.text), []).append(
            QKeySequence(combination)
        )
    return [ShortcutRow(key_text(seqs), text, where) for text, seqs in keys.items()]


def shortcut_rows(
    window: QWidget, tables: Mapping[str, KeyTable] | None = None
) -> list[ShortcutRow]:
    """Every QAction of ``window`` (its children, at any depth) that has a shortcut, then
    the keys of ``tables`` (where they work -> key table)."""
    extra = [row for where, table in (tables or {}).items() for row in table_rows(where, table)]
    return [
        ShortcutRow(
            key_text(action.shortcuts()),
            plain_action_text(action.text()),
            _menu_path(action),
            action.statusTip(),
        )
        for action in window.findChildren(QAction)
        if action.shortcuts()
    ] + extra


class ShortcutSheet(QDialog):
    """The window's shortcuts in a table, filtered as one types."""

    def __init__(self, window: QWidget, tables: Mapping[str, KeyTable] | None = None) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(760, 520)
        self.rows = shortcut_rows(window, tables)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search: a key, a command or a menu"))
        self.search.setAccessibleName(self.tr("Search shortcuts"))
        self.search.setClearButtonEnabled(True)
        self.table = QTableWidget(len(self.rows), len(HEADERS), self)
        self.table.setAccessibleName(self.tr("Shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(HEADERS) - 1, QHeaderView.ResizeMode.Stretch)
        for row, entry in enumerate(self.rows):
            for column, value in enumerate((entry.keys, entry.command, entry.menu, entry.tip)):
                item = QTableWidgetItem(value)  # item text is never markup
                item.setToolTip("")
                self.table.setItem(row, column, item)
        self.count = plain_label(parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self.filter)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.filter("")

    def filter(self, query: str) -> None:
        shown = 0
        for row, entry in enumerate(self.rows):
            hidden = not entry.matches(query)
            self.table.setRowHidden(row, hidden)
            shown += not hidden
        total = len(self.rows)
        text = self.tr("{shown} of %n shortcuts", "", total).format(shown=shown)
        self.count.setText(text if query else "")

    def visible_rows(self) -> list[ShortcutRow]:
        return [e for row, e in enumerate(self.rows) if not self.table.isRowHidden(row)]


def open_shortcuts(window: MainWindow) -> None:
    """Help > Keyboard shortcuts in the main window."""
    sheet = ShortcutSheet(window, {ARTICLE: window.article_view.keys})
    sheet.exec()
    sheet.deleteLater()
