"""The main window in another interface language: its menus, actions, docks and title
again on LanguageChange (its parts, each a widget, do their own in ``changeEvent``), and
its docks on the other side when the reading direction changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

from annotator.gui import window_parts as parts
from annotator.gui.window_actions import retranslate_actions

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def changed(window: MainWindow, event: QEvent) -> None:
    """The main window's ``changeEvent``."""
    kind = event.type()
    if kind == QEvent.Type.LanguageChange and hasattr(window, "actions_"):
        retranslate(window)
    elif kind == QEvent.Type.LayoutDirectionChange:
        parts.mirror_docks(window)


def retranslate(window: MainWindow) -> None:
    retranslate_actions(window)
    parts.retitle_docks(window)
    window.entities_model.retranslate()
    window.update_title()
