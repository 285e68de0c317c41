"""The suggestions drawn over the article view, and the view's keys for them.

The overlay uses the view's extension points only: a painter in ``view.overlays``, keys
in ``view.keys``, an event filter on the viewport for tooltips. The current suggestion is
the one under the keyboard caret: Tab / Shift+Tab move the caret to the next / previous
label or suggestion, Enter accepts the current suggestion (else labels the selection as
before). These keys and X (reject) are also those of the Assistant menu's actions, which
take them first while they apply (:mod:`annotator.gui.suggestion_actions`); Backspace
and Delete reject too, through the window's Delete action. Hovering shows the label
and confidence as a plain-text tooltip. The overlay only asks (its signals): the window
decides, through undo commands.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QHelpEvent, QPainter
from PySide6.QtWidgets import QToolTip

from annotator.gui import article_layout as al
from annotator.gui.plain_text import tooltip
from annotator.gui.suggestion_paint import Style, paint_suggestions, tooltip_text
from annotator.gui.view_keys import NO, SHIFT, Key

if TYPE_CHECKING:
    from annotator.gui.article_view import ArticleView
    from annotator.store.suggestions import SuggestionInfo

WHOLE_VIEW = 20  # more changed suggestions than this: repaint the whole view


class SuggestionOverlay(QObject):
    accept_requested = Signal(int)  # suggestion id (Enter)

    def __init__(self, view: ArticleView) -> None:
        super().__init__(view)
        self.view = view
        self._items: list[SuggestionInfo] = []  # by (start, -end, id)
        self._by_para: dict[int, list[SuggestionInfo]] = {}
        self._text = ""  # the text the items belong to
        self._current: SuggestionInfo | None = None  # as last painted
        self._style: tuple[str, Style] | None = None
        view.overlays.append(self.paint)
        view.viewport().installEventFilter(self)
        view.caret_moved.connect(self._caret_moved)
        # Enter and Tab keep the view's descriptions (they still do that, and more)
        for key in (Key.Key_Return, Key.Key_Enter):
            self._extend(key, NO, self._enter)
        self._extend(Key.Key_Tab, NO, lambda: self.jump(1))
        self._extend(Key.Key_Tab, SHIFT, lambda: self.jump(-1))

    def _extend(self, key: Key, modifiers: Qt.KeyboardModifier, run: Callable[[], None]) -> None:
        keys = self.view.keys
        old = keys.entries.get((int(key.value), int(modifiers.value)))
        keys.add(key, modifiers, old.text if old else "", run)

    # -- contents ----------------------------------------------------------------------------
    def set_items(self, items: Sequence[SuggestionInfo]) -> None:
        """Show ``items`` (suggestions of the document the view shows); only the
        paragraphs whose suggestions changed repaint."""
        ordered = sorted(items, key=lambda s: (s.start, -s.end, s.id))
        if ordered == self._items and self._text is self.view.text():
            return
        changed = set(ordered).symmetric_difference(self._items)
        self._items, self._text, self._by_para = ordered, self.view.text(), {}
        for info in ordered:
            for index in self.view.paragraph_range(info.start, info.end):
                self._by_para.setdefault(index, []).append(info)
        self._repaint(changed)

    def items(self) -> list[SuggestionInfo]:
        return list(self._items) if self._text is self.view.text() else []

    def at(self, offset: int) -> SuggestionInfo | None:
        """The innermost suggestion covering ``offset``."""
        index = self.view.paragraph_index(offset)
        if index is None or self._text is not self.view.text():
            return None
        found = [s for s in self._by_para.get(index, ()) if s.start <= offset < s.end]
        return min(found, key=lambda s: (s.end - s.start, s.id)) if found else None

    def current(self) -> SuggestionInfo | None:
        """The suggestion under the keyboard caret."""
        caret = self.view.caret()
        return None if caret is None else self.at(caret)

    # -- keys ----------------------------------------------------------------------------------
    def _enter(self) -> None:
        current = self.current()
        if current is None:
            self.view.keyboard.activate()  # the view's own Enter: label the selection
        else:
            self.accept_requested.emit(current.id)

    def jump(self, step: int) -> None:
        """The caret to the next (1) or previous (-1) label or suggestion."""
        view = self.view
        items = self.items()
        if not items:
            view.keyboard.jump(step)  # labels only: the view's own Tab
            return
        selected = view.span(view.selected_span())
        here = selected.start if selected is not None else view.caret()
        stops = sorted([(s.start, s.id, True) for s in view.spans_in_order()]
                       + [(s.start, s.id, False) for s in items])  # fmt: skip
        target: tuple[int, int, bool] | None
        if here is None:
            target = stops[0] if step > 0 else stops[-1]
        elif step > 0:
            target = next((s for s in stops if s[0] > here), None)
        else:
            target = next((s for s in reversed(stops) if s[0] < here), None)
        if target is None:
            view.notice.emit(
                QCoreApplication.translate("ArticleView", "No more labels or suggestions that way.")
            )
            return
        start, span_id, is_span = target
        view.set_caret(start)
        view.set_selection(None)
        view.caret_moved.emit(span_id if is_span else None)

    def _caret_moved(self, _span_id: object) -> None:
        current = self.current()
        if current != self._current:
            self._repaint([s for s in (self._current, current) if s is not None])
            self._current = current

    # -- painting and tooltips -----------------------------------------------------------------
    def paint(self, painter: QPainter, para: al.Paragraph, origin: QPointF) -> None:
        if not self._items or self._text is not self.view.text():
            return
        items = self._by_para.get(self.view.paragraph_index(para.start) or 0)
        if items:
            current = self.current()
            paint_suggestions(
                painter, para, origin, items, self.style(), None if current is None else current.id
            )

    def style(self) -> Style:
        view = self.view
        font = view.view_font()
        key = f"{font.key()}|{view.palette().cacheKey()}"
        if self._style is None or self._style[0] != key:
            tag = al.tag_font(font)
            metrics = al.Metrics.for_font(font, tag)
            style = Style(metrics, tag, QFontMetricsF(tag), view.palette(), view.color_of)
            self._style = (key, style)
        return self._style[1]

    def _repaint(self, changed: Iterable[SuggestionInfo]) -> None:
        view, port = self.view, self.view.viewport()
        extents = [(s.start, s.end) for s in changed]
        if len(extents) > WHOLE_VIEW:
            port.update()
            return
        for start, end in extents:
            for index in view.paragraph_range(start, end):
                top = view.paragraph_origin(index).y()
                bottom = view.paragraph_origin(index + 1).y()
                if bottom >= 0 and top <= port.height():
                    port.update(0, int(top) - 1, port.width(), int(bottom - top) + 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        offset = self.view.offset_at(event.pos())
        info = None if offset is None else self.at(offset)
        if info is None:
            return False
        words = self.view.text()[info.start : info.end]
        QToolTip.showText(event.globalPos(), tooltip(tooltip_text(info, words)), self.view)
        return True
