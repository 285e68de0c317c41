"""The suggestions drawn over the article view, and what the mouse and keys do to them.

The view owns one :class:`SuggestionOverlay` and hands it a few events: a click on a
suggestion asks to accept it; Tab / Shift+Tab select the next / previous suggestion;
Enter accepts the current suggestion, Backspace, Delete or X rejects it, Esc deselects
it. The current suggestion is the selected one, else the one under the keyboard cursor
(``cursor_offset``: the view's keyboard cursor, when it has one). Hovering shows the
label and confidence as a plain-text tooltip. The overlay only asks (its signals): the
window decides, through undo commands.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent
from PySide6.QtWidgets import QToolTip

from annotator.gui.plain_text import tooltip
from annotator.gui.suggestion_paint import paint_suggestions, tooltip_text

if TYPE_CHECKING:
    from annotator.gui import article_layout as al
    from annotator.gui.article_paint import ParagraphPainter
    from annotator.gui.article_view import ArticleView
    from annotator.store.suggestions import SuggestionInfo

Key = Qt.Key
ACCEPT_KEYS = (Key.Key_Return, Key.Key_Enter)
REJECT_KEYS = (Key.Key_Backspace, Key.Key_Delete, Key.Key_X)


class SuggestionOverlay(QObject):
    accept_requested = Signal(int)  # suggestion id
    reject_requested = Signal(int)
    menu_requested = Signal(int, QPoint)  # suggestion id, global position

    def __init__(self, view: ArticleView) -> None:
        super().__init__(view)
        self.view = view
        self._items: list[SuggestionInfo] = []  # by (start, -end, id)
        self._by_id: dict[int, SuggestionInfo] = {}
        self._by_para: dict[int, list[SuggestionInfo]] = {}
        self._selected: int | None = None
        self.cursor_offset: Callable[[], int | None] = lambda: None

    # -- contents ----------------------------------------------------------------------------
    def set_items(self, items: Sequence[SuggestionInfo]) -> None:
        """Show ``items`` (suggestions of the document the view shows); only the
        paragraphs whose suggestions changed repaint."""
        ordered = sorted(items, key=lambda s: (s.start, -s.end, s.id))
        if ordered == self._items:
            return
        changed = set(ordered).symmetric_difference(self._items)
        self._items = ordered
        self._by_id = {info.id: info for info in ordered}
        self._by_para = {}
        for info in ordered:
            first = self.view.paragraph_index(info.start)
            last = self.view.paragraph_index(max(info.start, info.end - 1))
            if first is None:
                continue
            for index in range(first, (first if last is None else last) + 1):
                self._by_para.setdefault(index, []).append(info)
        if self._selected not in self._by_id:
            self._selected = None
        self._repaint(changed)

    def _repaint(self, changed: Iterable[SuggestionInfo]) -> None:
        for info in changed:
            self.view.update_range(info.start, info.end)

    def clear(self) -> None:
        """A new document: nothing to show until the window says so."""
        self._items, self._by_id, self._by_para, self._selected = [], {}, {}, None

    def items(self) -> list[SuggestionInfo]:
        return list(self._items)

    def at(self, offset: int) -> SuggestionInfo | None:
        """The innermost suggestion covering ``offset``."""
        index = self.view.paragraph_index(offset)
        covering = [
            s for s in self._by_para.get(-1 if index is None else index, ()) if s.start <= offset
        ]
        covering = [s for s in covering if offset < s.end]
        return min(covering, key=lambda s: (s.end - s.start, s.id)) if covering else None

    # -- selection -----------------------------------------------------------------------------
    def select(self, suggestion_id: int | None) -> None:
        info = self._by_id.get(suggestion_id) if suggestion_id is not None else None
        before = self._by_id.get(self._selected) if self._selected is not None else None
        self._selected = None if info is None else info.id
        if info is not None:
            self.view.set_selection(None)
            self.view.set_selected_span(None)
            self.view.scroll_to(info.start)
        self._repaint([s for s in (before, info) if s is not None])

    def selected(self) -> int | None:
        """The selected suggestion, while no label or text is selected instead."""
        if self.view.selected_span() is not None or self.view.selection() is not None:
            return None
        return self._selected

    def current(self) -> SuggestionInfo | None:
        """The selected suggestion, else the one under the keyboard cursor."""
        selected = self.selected()
        if selected is not None:
            return self._by_id.get(selected)
        offset = self.cursor_offset()
        return None if offset is None else self.at(offset)

    def step(self, delta: int) -> bool:
        """Select the next (``delta`` > 0) or previous suggestion; False past the last."""
        current = self.current()
        if current is None:
            found = self._items[0] if delta > 0 and self._items else None
        else:
            found = self._neighbour(current, delta)
        self.select(None if found is None else found.id)
        return found is not None

    def _neighbour(self, info: SuggestionInfo, delta: int) -> SuggestionInfo | None:
        at = self._items.index(info) if info in self._items else -1
        nxt = at + (1 if delta > 0 else -1)
        return self._items[nxt] if at >= 0 and 0 <= nxt < len(self._items) else None

    # -- events the view hands over ------------------------------------------------------------
    def paint(self, pp: ParagraphPainter, index: int, para: al.Paragraph, origin: QPointF) -> None:
        items = self._by_para.get(index)
        if items:
            paint_suggestions(pp, para, origin, items, self.selected())

    def click(self, offset: int) -> bool:
        """A plain click at ``offset``: True when it asked to accept a suggestion."""
        info = self.at(offset)
        if info is not None:
            self.accept_requested.emit(info.id)
        return info is not None

    def context(self, offset: int | None, where: QPoint) -> bool:
        info = None if offset is None else self.at(offset)
        if info is not None:
            self.menu_requested.emit(info.id, where)
        return info is not None

    def tooltip_event(self, event: QEvent) -> bool:
        """A tooltip event of the viewport: True when it was over a suggestion."""
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        offset = self.view.offset_at(event.pos())
        info = None if offset is None else self.at(offset)
        if info is None:
            return False
        words = self.view.text()[info.start : info.end]
        QToolTip.showText(event.globalPos(), tooltip(tooltip_text(info, words)), self.view)
        return True

    def key_event(self, event: QEvent) -> bool:
        """Tab, Shift+Tab, Enter, Backspace, Delete, X and Esc on suggestions; True when
        taken (a ShortcutOverride is accepted so the key reaches the view, not a menu's
        shortcut)."""
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        shift = mods == Qt.KeyboardModifier.ShiftModifier
        if key in (Key.Key_Tab, Key.Key_Backtab) and (plain or shift) and self._items:
            if kind == QEvent.Type.ShortcutOverride:
                return False
            return self.step(-1 if key == Key.Key_Backtab or shift else 1)
        current = self.current() if plain else None
        if current is None or key not in (*ACCEPT_KEYS, *REJECT_KEYS, Key.Key_Escape):
            return False
        if key == Key.Key_Escape and self.selected() is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        self._act(current, key)
        return True

    def _act(self, current: SuggestionInfo, key: int) -> None:
        if key == Key.Key_Escape:
            self.select(None)
            return
        selected = self.selected() == current.id
        after = self._neighbour(current, 1) or self._neighbour(current, -1)
        if key in ACCEPT_KEYS:
            self.accept_requested.emit(current.id)
        else:
            self.reject_requested.emit(current.id)
        if selected and current.id not in self._by_id:  # done: on to the next one
            self.select(None if after is None else after.id)
