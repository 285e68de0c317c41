"""Mouse and keys of the article view: picks, edge drags and the keyboard token cursor.

Mouse: a press on a glyph starts a pick (a click picks its token, a drag the tokens it
covers, exact characters with Alt); a press anywhere else picks nothing unless it
becomes a drag. A press on an edge handle of the selected span drags that edge. Every
pick goes through :func:`annotator.gui.picking.refined` (no punctuation at its edges).

Keys (the view's :class:`~annotator.gui.view_keys.KeyTable`): the arrows, Home and End
move the caret in visual order, Page Up and Page Down a page, Ctrl+Home and Ctrl+End to
the first and last token, with Shift they extend the selection; Tab and Shift+Tab
jump between spans; Shift+Alt+Left/Right move the span's left/right edge outward one
token, with Ctrl the opposite edge inward; Enter labels the selection (or the caret's
token) with the current label; Ctrl+Tab leaves the view.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from annotator.gui import article_layout as al
from annotator.gui import edge_handles, token_cursor
from annotator.gui.i18n import QT_TRANSLATE_NOOP
from annotator.gui.picking import refined
from annotator.gui.view_keys import ALT, CTRL, NO, SHIFT, Key, Mod

if TYPE_CHECKING:
    from annotator.gui.article_view import ArticleView
    from annotator.store import SpanInfo

LEFT_BUTTON = Qt.MouseButton.LeftButton
# What each key of the article does, as the shortcut sheet lists it (a pair per key).
KEY_TEXTS: dict[str, tuple[str, ...]] = {
    "left": (QT_TRANSLATE_NOOP("ArticleKeys", "Move the cursor left"),
             QT_TRANSLATE_NOOP("ArticleKeys", "Extend the selection left")),
    "right": (QT_TRANSLATE_NOOP("ArticleKeys", "Move the cursor right"),
              QT_TRANSLATE_NOOP("ArticleKeys", "Extend the selection right")),
    "home": (QT_TRANSLATE_NOOP("ArticleKeys", "Move the cursor home"),
             QT_TRANSLATE_NOOP("ArticleKeys", "Extend the selection home")),
    "end": (QT_TRANSLATE_NOOP("ArticleKeys", "Move the cursor end"),
            QT_TRANSLATE_NOOP("ArticleKeys", "Extend the selection end")),
    "up": (QT_TRANSLATE_NOOP("ArticleKeys", "Move the cursor up"),
           QT_TRANSLATE_NOOP("ArticleKeys", "Extend the selection up")),
    "down": (QT_TRANSLATE_NOOP("ArticleKeys", "Move the cursor down"),
             QT_TRANSLATE_NOOP("ArticleKeys", "Extend the selection down")),
    "page_up": (QT_TRANSLATE_NOOP("ArticleKeys", "Move the cursor a page up"),
                QT_TRANSLATE_NOOP("ArticleKeys", "Extend the selection a page up")),
    "page_down": (QT_TRANSLATE_NOOP("ArticleKeys", "Move the cursor a page down"),
                  QT_TRANSLATE_NOOP("ArticleKeys", "Extend the selection a page down")),
    "first": (QT_TRANSLATE_NOOP("ArticleKeys", "Move the cursor to the first word"),
              QT_TRANSLATE_NOOP("ArticleKeys", "Extend the selection to the first word")),
    "last": (QT_TRANSLATE_NOOP("ArticleKeys", "Move the cursor to the last word"),
             QT_TRANSLATE_NOOP("ArticleKeys", "Extend the selection to the last word")),
    "next": (QT_TRANSLATE_NOOP("ArticleKeys", "Next label"),),
    "previous": (QT_TRANSLATE_NOOP("ArticleKeys", "Previous label"),),
    "leave": (QT_TRANSLATE_NOOP("ArticleKeys", "Leave the article"),),
    "edge_left": (QT_TRANSLATE_NOOP("ArticleKeys", "Move the label's left edge outward"),
                  QT_TRANSLATE_NOOP("ArticleKeys", "Move the label's other edge leftward")),
    "edge_right": (QT_TRANSLATE_NOOP("ArticleKeys", "Move the label's right edge outward"),
                   QT_TRANSLATE_NOOP("ArticleKeys", "Move the label's other edge rightward")),
    "label": (QT_TRANSLATE_NOOP("ArticleKeys", "Label the selection with the current label"),),
}  # fmt: skip


def span_at_cursor(view: ArticleView) -> SpanInfo | None:
    """The span the keyboard's span commands act on (Delete, the edge keys, the note and
    flag keys): the selected one, else the innermost one under the caret."""
    span = view.span(view.selected_span())
    caret = view.caret()
    if span is None and caret is not None:
        span = view.span_at(caret)
    return span


@dataclass
class _Press:
    offset: int | None  # the character pressed, None when not on a glyph
    near: int | None  # the nearest character (a drag may start beside the text)
    exact: bool
    where: QPoint


@dataclass
class _EdgeDrag:
    span_id: int
    edge: edge_handles.Edge
    old: tuple[int, int]
    exact: bool
    extent: tuple[int, int]


class PointerInput:
    def __init__(self, view: ArticleView) -> None:
        self.view = view
        self._press: _Press | None = None
        self._edge: _EdgeDrag | None = None

    def press(self, event: QMouseEvent) -> bool:
        if event.button() != LEFT_BUTTON:
            return False
        view, pos = self.view, event.position()
        view.setFocus(Qt.FocusReason.MouseFocusReason)
        exact = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        edge = edge_handles.handle_at(view, pos)
        span = view.span(view.selected_span())
        self._press = None
        if edge is not None and span is not None:
            extent = (span.start, span.end)
            self._edge = _EdgeDrag(span.id, edge, extent, exact, extent)
            return True
        offset = view.offset_at(pos)
        near = offset if offset is not None else view.offset_at(pos, clamp=True)
        self._press = _Press(offset, near, exact, pos.toPoint())
        view.set_preview(None)
        return True

    def move(self, event: QMouseEvent) -> None:
        view = self.view
        offset = view.offset_at(event.position(), clamp=True)
        if offset is None:
            return
        if self._edge is not None:
            drag = self._edge
            drag.extent = edge_handles.dragged(
                view, view.text(), drag.old, drag.edge, offset, drag.exact
            )
            view.set_preview(drag.extent)
        elif self._press is not None and self._press.near is not None:
            covered = self._covered(self._press.near, offset, self._press.exact)
            view.set_preview(covered)

    def release(self, event: QMouseEvent) -> None:
        view = self.view
        press, self._press = self._press, None
        drag, self._edge = self._edge, None
        view.set_preview(None)
        if event.button() != LEFT_BUTTON:
            return
        if drag is not None:
            if drag.extent != drag.old:
                view.resize_requested.emit(drag.span_id, *drag.extent)
            return
        if press is None:
            return
        moved = (event.position().toPoint() - press.where).manhattanLength() >= (
            QApplication.startDragDistance()
        )
        if moved:
            release = view.offset_at(event.position(), clamp=True)
            lo, hi = press.near, release
        else:
            lo = hi = press.offset
            span = view.span_at(lo) if lo is not None and not press.exact else None
            if span is not None:
                view.set_caret(lo)
                view.span_clicked.emit(span.id)
                return
            if lo is not None and not view.char_rect(lo).contains(QPointF(press.where)):
                lo = hi = None  # in the room above or below the line: not on a glyph
        if lo is None or hi is None:
            view.empty_clicked.emit()
            return
        self._pick(lo, hi, press.exact)

    def _covered(self, a: int, b: int, exact: bool) -> tuple[int, int] | None:
        """Characters a..b (either order) widened to tokens, or exactly (with marks)."""
        view, text = self.view, self.view.text()
        lo, hi = min(a, b), max(a, b)
        if not exact:
            return token_cursor.snap(view, lo, hi)
        end = hi + 1
        while end < len(text) and al.is_mark(text[end]):
            end += 1  # a span never ends between a letter and its harakat
        return lo, end

    def _pick(self, lo: int, hi: int, exact: bool) -> None:
        view = self.view
        covered = self._covered(lo, hi, exact)
        pick = refined(view.text(), *covered, exact=exact) if covered else None
        if pick is None or pick.extent is None:
            view.set_selection(None)
            view.empty_clicked.emit()
            if pick is not None and pick.refusal:
                view.notice.emit(pick.refusal)
            return
        view.set_caret(pick.extent[0])
        view.set_selection(pick.extent, exact=exact)
        view.range_picked.emit(*pick.extent)


class KeyboardInput:
    """Fills the view's key table with the token cursor's keys."""

    def __init__(self, view: ArticleView) -> None:
        self.view = view
        keys = view.keys
        arrows: tuple[tuple[Key, token_cursor.Move], ...] = (
            (Key.Key_Left, "left"),
            (Key.Key_Right, "right"),
            (Key.Key_Home, "home"),
            (Key.Key_End, "end"),
            (Key.Key_Up, "up"),
            (Key.Key_Down, "down"),
        )
        for key, where in arrows:
            move, extend = KEY_TEXTS[where]
            keys.add(key, NO, move, partial(self.move, where))
            keys.add(key, SHIFT, extend, partial(self.move, where, True))
        far: tuple[tuple[Key, Mod, str, Callable[[], int | None], bool], ...] = (
            (Key.Key_PageUp, NO, "page_up", partial(self.page_target, -1), False),
            (Key.Key_PageDown, NO, "page_down", partial(self.page_target, 1), False),
            (Key.Key_Home, CTRL, "first", partial(self.end_target, last=False), False),
            (Key.Key_End, CTRL, "last", partial(self.end_target, last=True), False),
        )
        for key, modifiers, name, target, relative in far:
            move, extend = KEY_TEXTS[name]
            keys.add(key, modifiers, move, partial(self.go, target, relative=relative))
            keys.add(key, modifiers | SHIFT, extend,
                     partial(self.go, target, True, relative=relative))  # fmt: skip
        keys.add(Key.Key_Tab, NO, KEY_TEXTS["next"][0], lambda: self.jump(1))
        keys.add(Key.Key_Tab, SHIFT, KEY_TEXTS["previous"][0], lambda: self.jump(-1))
        keys.add(Key.Key_Tab, CTRL, KEY_TEXTS["leave"][0], lambda: view.focusNextChild())
        keys.add(
            Key.Key_Tab, CTRL | SHIFT, KEY_TEXTS["leave"][0], lambda: view.focusPreviousChild()
        )
        for arrow, key in (("left", Key.Key_Left), ("right", Key.Key_Right)):
            outward, other = KEY_TEXTS[f"edge_{arrow}"]
            keys.add(key, SHIFT | ALT, outward, partial(self.edge, arrow, far=False))
            keys.add(key, CTRL | SHIFT | ALT, other, partial(self.edge, arrow, far=True))
        for key in (Key.Key_Return, Key.Key_Enter):
            keys.add(key, NO, KEY_TEXTS["label"][0], self.activate)

    def move(self, where: token_cursor.Move, extend: bool = False) -> None:
        """Move the caret (``extend``: the selection grows or shrinks with it)."""
        view = self.view

        def target() -> int | None:
            caret = view.caret()
            return None if caret is None else token_cursor.move(view, caret, where)

        self.go(target, extend)

    def page_target(self, step: int) -> int | None:
        """Turn the view a page down (step 1) or up (-1); the token at the caret's place
        on screen (from the first token in sight while there is no caret), or the last
        (first) token when there is no page that way."""
        view = self.view
        caret = view.caret()
        caret = view.first_visible_token() if caret is None else caret
        if caret is None:
            return None
        bar, height = view.verticalScrollBar(), view.viewport().height()
        spot = view.char_rect(caret).center()
        wanted = spot.y() + bar.value() + step * height  # in the document
        if not 0 <= wanted < bar.maximum() + height:
            return self.end_target(last=step > 0)
        bar.setValue(bar.value() + step * height)
        offset = view.offset_at(QPointF(spot.x(), wanted - bar.value()), clamp=True)
        token = token_cursor.token_at(view, offset) if offset is not None else None
        return token.start if token is not None else None

    def end_target(self, *, last: bool) -> int | None:
        """The start of the document's first (or last) token."""
        view = self.view
        count = view.paragraph_count()
        for index in reversed(range(count)) if last else range(count):
            tokens = view.paragraph(index).tokens()
            if tokens:
                return tokens[-1 if last else 0].start
        return None

    def go(
        self, where: Callable[[], int | None], extend: bool = False, *, relative: bool = True
    ) -> None:
        """Put the caret on the token ``where()`` names (a move ``relative`` to the caret
        puts it on the first token in sight while there is none yet); ``extend``: the
        selection grows or shrinks with it."""
        view = self.view
        if view.caret() is None and relative:
            target = view.first_visible_token()
            extend = False
        else:
            target = where()
            extend = extend and view.caret() is not None
        if target is None:
            return
        view.set_caret(target, extend=extend)
        if extend:
            view.set_selected_span(None)
            view.set_selection(view.keyboard_cursor.selection(view))
            view.caret_moved.emit(None)
            view.notice.emit(
                QCoreApplication.translate(
                    "ArticleView", "Press a label's hotkey (1-9), or Enter for the current label."
                )
            )
            return
        view.set_selection(None)
        span = view.span_at(target)
        view.caret_moved.emit(span.id if span else None)

    def jump(self, step: int) -> None:
        """Select the next (step 1) or previous (-1) span in reading order."""
        view = self.view
        spans = view.spans_in_order()
        current = view.span(view.selected_span())
        if current is not None and current in spans:
            index = spans.index(current) + step
            target = spans[index] if 0 <= index < len(spans) else None
        else:
            caret = view.caret()
            if step > 0:
                pos = -1 if caret is None else caret
                target = next((s for s in spans if s.start > pos), None)
            else:
                pos = len(view.text()) + 1 if caret is None else caret
                target = next((s for s in reversed(spans) if s.start < pos), None)
        if target is None:
            view.notice.emit(QCoreApplication.translate("ArticleView", "No more labels that way."))
            return
        view.set_caret(target.start)
        view.set_selection(None)
        view.caret_moved.emit(target.id)

    def edge(self, arrow: str, *, far: bool) -> None:
        view = self.view
        span = span_at_cursor(view)
        if span is None:
            view.notice.emit(
                QCoreApplication.translate(
                    "ArticleView", "Select a label first (Tab jumps to the next one)."
                )
            )
            return
        extent = (span.start, span.end)
        edge, forward = edge_handles.visual_edge(view.text(), extent, arrow, far)
        new = edge_handles.stepped(view, extent, edge, forward)
        if new is None:
            view.notice.emit(
                QCoreApplication.translate(
                    "ArticleView", "The label's edge cannot move further that way."
                )
            )
            return
        view.set_selected_span(span.id)
        view.resize_requested.emit(span.id, *new)

    def activate(self) -> None:
        view = self.view
        selection = view.selection()
        extent = selection or view.caret_extent()
        if extent is None:
            return
        pick = refined(view.text(), *extent, exact=view.selection_exact() and bool(selection))
        if pick.extent is None:
            if pick.refusal:
                view.notice.emit(pick.refusal)
            return
        view.label_requested.emit(*pick.extent)
