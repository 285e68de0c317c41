"""Keyboard-only annotation: the token cursor in visual order, Shift selections, hotkeys,
Enter, Tab between spans, Delete, edge keys and undo, checked against the database; and
an accessible name on every widget a keyboard can reach."""

from __future__ import annotations

import pytest
from conftest import stored
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from test_labelling import token_of

pytestmark = pytest.mark.usefixtures("no_qt_warnings")

Key = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot, view, key, modifiers=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(view, key, modifiers)


def walk_to(qtbot, view, offset: int) -> None:
    """Press Left (forward in Arabic) until the caret is on the token at ``offset``."""
    for _ in range(60):
        if view.caret() == offset:
            return
        press(qtbot, view, Key.Key_Left)
    raise AssertionError(f"the caret never reached {offset}")


def caret_rect(view):
    return view.token_rect(*view.caret_extent())


def test_arrows_move_the_caret_in_visual_order(qtbot, window) -> None:
    view = window.article_view
    view.setFocus()
    text = view.text()
    press(qtbot, view, Key.Key_Left)  # the first press shows the caret on the first token
    assert view.caret() == 0 and text[: view.caret_extent()[1]] == "ذكر"
    first = caret_rect(view)
    press(qtbot, view, Key.Key_Left)
    assert view.caret() == token_of(text, "مسؤولون")[0]
    assert caret_rect(view).right() < first.left()  # Left went left on screen
    press(qtbot, view, Key.Key_Right)
    assert view.caret() == 0
    press(qtbot, view, Key.Key_Right)  # nothing right of the first word of the first line
    assert view.caret() == 0
    press(qtbot, view, Key.Key_End)
    end = caret_rect(view)
    assert abs(end.top() - first.top()) < 1 and end.left() < first.left()
    press(qtbot, view, Key.Key_Left)  # past the left end: the next line's right end
    below = caret_rect(view)
    assert below.top() > end.top() and below.right() > end.right()
    press(qtbot, view, Key.Key_Home)
    assert caret_rect(view) == below  # already the first token of its line
    press(qtbot, view, Key.Key_Up)
    assert abs(caret_rect(view).top() - first.top()) < 1
    press(qtbot, view, Key.Key_Down)
    assert abs(caret_rect(view).top() - below.top()) < 1


def test_a_labelling_pass_by_keyboard_only(qtbot, window) -> None:
    view = window.article_view
    view.setFocus()
    text = view.text()
    kim, un = token_of(text, "كيم"), token_of(text, "أون")
    russia, north = token_of(text, "روسيا"), token_of(text, "الشمالي")
    walk_to(qtbot, view, kim[0])
    press(qtbot, view, Key.Key_Left, SHIFT, times=2)  # extend over جونغ أون
    assert view.selection() == (kim[0], un[1])
    press(qtbot, view, Key.Key_1)  # PERS labels the selection
    assert stored(window) == [(kim[0], un[1], "PERS")]
    walk_to(qtbot, view, russia[0])
    press(qtbot, view, Key.Key_2)  # no selection: LOC becomes the current label
    assert window.palette_widget.current() == "LOC"
    press(qtbot, view, Key.Key_Return)  # label the caret's token with it
    assert stored(window) == [(kim[0], un[1], "PERS"), (*russia, "LOC")]
    press(qtbot, view, Key.Key_Tab, SHIFT)  # back to the previous span
    selected = view.selected_span()
    assert view.span(selected).start == kim[0]
    rows = window.entities_table.selectionModel().selectedRows()
    assert [window.entities_model.span_in_row(r.row()).id for r in rows] == [selected]
    press(qtbot, view, Key.Key_3)  # relabel it ORG
    assert stored(window) == [(kim[0], un[1], "ORG"), (*russia, "LOC")]
    press(qtbot, view, Key.Key_Tab)  # the next span
    assert view.span(view.selected_span()).start == russia[0]
    press(qtbot, view, Key.Key_Delete)
    assert stored(window) == [(kim[0], un[1], "ORG")]
    press(qtbot, view, Key.Key_Tab, SHIFT)
    press(qtbot, view, Key.Key_Right, SHIFT | ALT)  # the right edge out: الشمالي
    assert stored(window) == [(north[0], un[1], "ORG")]
    press(qtbot, view, Key.Key_Z, CTRL)
    assert stored(window) == [(kim[0], un[1], "ORG")]
    press(qtbot, view, Key.Key_Tab)  # no span after it: nothing changes
    assert view.span(view.selected_span()).start == kim[0]


def test_delete_removes_the_span_at_the_caret(qtbot, window) -> None:
    view = window.article_view
    text = view.text()
    start, end = token_of(text, "الزعيم")
    assert window.label_range(start, end, "PERS")
    view.setFocus()
    walk_to(qtbot, view, start)
    press(qtbot, view, Key.Key_Escape)  # the span is no longer selected ...
    assert view.selected_span() is None
    press(qtbot, view, Key.Key_Delete)  # ... but it is under the caret
    assert stored(window) == []


def test_shift_selection_shrinks_back_and_punctuation_is_not_labelled(qtbot, window) -> None:
    view = window.article_view
    text = view.text()
    bootin = text.index("بوتين.")
    view.setFocus()
    walk_to(qtbot, view, bootin)
    press(qtbot, view, Key.Key_Left, SHIFT)  # over the full stop
    assert view.selection() == (bootin, bootin + 6)
    press(qtbot, view, Key.Key_1)
    assert stored(window) == [(bootin, bootin + 5, "PERS")]  # the stop is left out


def _spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces (an explicit one, else the button's text)."""
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name) if face is not None else ""


def test_every_widget_a_keyboard_reaches_has_an_accessible_name(qtbot, window) -> None:
    window.show_search()
    reachable = [
        w
        for w in window.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()
    ]
    assert window.article_view in reachable and window.search_bar.edit in reachable
    unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in reachable if not _spoken_name(w)]
    assert unnamed == [], "; ".join(unnamed)


def test_the_menu_labels_a_keyboard_selection_without_its_punctuation(qtbot, window) -> None:
    view = window.article_view
    text = view.text()
    bootin = text.index("بوتين.")
    view.setFocus()
    walk_to(qtbot, view, bootin)
    press(qtbot, view, Key.Key_Left, SHIFT)
    menu = window.context_menu(None)
    label_as = next(a.menu() for a in menu.actions() if a.menu() is not None)
    next(a for a in label_as.actions() if a.text() == "LOC").trigger()
    assert stored(window) == [(bootin, bootin + 5, "LOC")]


def test_other_parts_extend_the_view_with_overlays_and_keys(qtbot, window) -> None:
    view = window.article_view
    painted: list[int] = []
    view.overlays.append(lambda painter, para, origin: painted.append(para.start))
    pressed: list[str] = []
    view.keys.add(
        Key.Key_Space, Qt.KeyboardModifier.NoModifier, "Accept", lambda: pressed.append("accept")
    )
    view.viewport().repaint()
    assert 0 in painted  # the first paragraph was painted with the overlay
    press(qtbot, view, Key.Key_Space)
    assert pressed == ["accept"]
    press(qtbot, view, Key.Key_Space, SHIFT)  # other keys are not taken
    assert pressed == ["accept"]
