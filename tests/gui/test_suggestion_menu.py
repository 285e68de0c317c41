"""Assistant > Accept / Reject / Next / Previous suggestion show the article view's keys
(Enter, X, Tab, Shift+Tab) and work from the menu; the keys fire the menu's actions only
in the article view and only while there is a suggestion to act on, so Enter and Tab
keep their own meaning elsewhere (see also test_keyboard_focus and test_article_keyboard).
"""

from __future__ import annotations

import pytest
import test_assistant as base
from conftest import activate
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

pytestmark = pytest.mark.gui
# the trained project of test_assistant (its fixtures, made once here too)
trained_project, project, assisted = base.trained_project, base.project, base.assisted
shown, state = base.shown, base.state

NATIVE = QKeySequence.SequenceFormat.NativeText


def _assistant_menu(window):
    return next(m for m in window.actions_.menus if m.title().replace("&", "") == "Assistant")


def test_the_menu_shows_the_keys(qtbot, assisted) -> None:
    a = assisted.actions_
    menu = _assistant_menu(assisted).actions()
    keys = {
        action: [k.toString(NATIVE) for k in action.shortcuts()]
        for action in (a.accept_suggestion, a.reject_suggestion, a.next_suggestion,
                       a.previous_suggestion)
    }  # fmt: skip
    assert all(action in menu for action in keys)
    assert keys[a.accept_suggestion] == ["Return", "Enter"]
    assert keys[a.reject_suggestion] == ["X"]
    assert keys[a.next_suggestion] == ["Tab"]
    assert keys[a.previous_suggestion] == ["Shift+Tab"]


def test_the_menu_items_work_and_the_keys_are_theirs(qtbot, assisted, project) -> None:
    window, view, overlay = assisted, assisted.article_view, assisted.assistant.overlay
    a = window.actions_
    doc, layer = window.current_document_id(), window.annotator()
    activate(qtbot, window)
    _assistant_menu(window).aboutToShow.emit()  # what the menu shows when opened
    assert not a.accept_suggestion.isEnabled() and not a.reject_suggestion.isEnabled()
    assert a.next_suggestion.isEnabled() and a.previous_suggestion.isEnabled()
    a.next_suggestion.trigger()
    first, second, third = overlay.items()[:3]
    assert overlay.current() == first
    _assistant_menu(window).aboutToShow.emit()
    assert a.accept_suggestion.isEnabled() and a.reject_suggestion.isEnabled()
    a.reject_suggestion.trigger()
    assert state(project, doc, layer)[2] == {(first.start, first.end, first.label)}
    # Tab in the article view is the menu's Next suggestion, Enter its Accept suggestion
    with qtbot.waitSignal(a.next_suggestion.triggered, timeout=1000):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert overlay.current() == second
    with qtbot.waitSignal(a.accept_suggestion.triggered, timeout=1000):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert state(project, doc, layer)[0] == {(second.start, second.end, second.label)}
    a.next_suggestion.trigger()
    assert overlay.current() == third
    with qtbot.waitSignal(a.reject_suggestion.triggered, timeout=1000):
        qtbot.keyClick(view, Qt.Key.Key_X)
    assert (third.start, third.end, third.label) in state(project, doc, layer)[2]
    a.previous_suggestion.trigger()
    assert view.selected_span() is not None or overlay.current() is not None


def test_without_a_suggestion_at_the_cursor_enter_labels_as_before(
    qtbot, assisted, project
) -> None:
    window, view, overlay = assisted, assisted.article_view, assisted.assistant.overlay
    a = window.actions_
    doc, layer = window.current_document_id(), window.annotator()
    activate(qtbot, window)
    window.palette_widget.set_current("MISC")
    word = next(
        t
        for t in view.paragraph(0).tokens()
        if t.text.isalpha() and view.span_at(t.start) is None and overlay.at(t.start) is None
    )
    _assistant_menu(window).aboutToShow.emit()
    a.next_suggestion.trigger()  # a suggestion under the caret: the actions are enabled
    _assistant_menu(window).aboutToShow.emit()
    assert a.accept_suggestion.isEnabled()
    view.set_caret(word.start)  # then the caret moves off it without a signal
    fired = []
    a.accept_suggestion.triggered.connect(lambda: fired.append(True))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not fired
    assert state(project, doc, layer)[0] == {(word.start, word.end, "MISC")}
    assert shown(window)  # no suggestion was accepted
