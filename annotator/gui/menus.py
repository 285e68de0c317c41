"""The window's menus: a QMenu whose shortcut texts read left to right in an Arabic
(right-to-left) menu too.

QMenu draws an entry's shortcut (``Ctrl+=``) after a TAB in the entry's text, laid out in
the menu's direction: right to left, the neutral ``+`` and ``=`` move to the other side of
``Ctrl`` and the key reads ``=+Ctrl``. Each menu of the window is a :class:`Menu`, which
isolates that part (:func:`annotator.gui.i18n.isolate`) before it is drawn; the action's
own text and shortcut are left as they are.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStyleOptionMenuItem, QWidget

from annotator.gui.i18n import isolate


def shortcut_shown(text: str) -> str:
    """An entry's text as a menu draws it (``title<TAB>shortcut``), its shortcut isolated
    in a right-to-left interface."""
    title, tab, keys = text.partition("\t")
    return f"{title}\t{isolate(keys)}" if tab and keys else text


class Menu(QMenu):
    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)

    def initStyleOption(self, option: QStyleOptionMenuItem, action: QAction) -> None:
        super().initStyleOption(option, action)
        option.text = shortcut_shown(option.text)

    def addMenu(self, title: str) -> Menu:  # type: ignore[override]
        """A submenu that is a :class:`Menu` too."""
        sub = Menu(title, self)
        super().addMenu(sub)
        return sub
