"""When Assistant > Accept / Reject / Next / Previous suggestion are enabled.

Their keys (Enter, X, Tab, Shift+Tab) are the article view's own and are bound to the
view only (``in_view`` in :mod:`annotator.gui.window_actions`). Accept and Reject are
enabled while a suggestion is under the keyboard caret, Next and Previous while the
document shows suggestions; when disabled, the keys reach the view, which labels the
selection (Enter) or jumps between labels (Tab) as without the assistant. The state is
worked out again just before a key is matched to a shortcut (the view's
ShortcutOverride event: the caret moves in many ways and need not say so) and when the
Assistant menu opens, so it is never stale where it counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from annotator.gui.main_window import MainWindow


class SuggestionActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        a = window.actions_
        self.overlay = window.assistant.overlay
        self.at_caret: tuple[QAction, ...] = (a.accept_suggestion, a.reject_suggestion)
        self.moving: tuple[QAction, ...] = (a.next_suggestion, a.previous_suggestion)
        window.article_view.installEventFilter(self)
        menu = next(m for m in a.menus if a.accept_suggestion in m.actions())
        menu.aboutToShow.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        here = self.overlay.current() is not None
        for action in self.at_caret:
            action.setEnabled(here)
        shown = bool(self.overlay.items())
        for action in self.moving:
            action.setEnabled(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            self.refresh()
        return False
