"""Active time measured through the real window: the application's event filter sees the
input, the window's activation counts, the time is stored on a document switch, on
close and every minute; a fake clock, never a real sleep."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from annotator.gui import activity_feed


class Clock:
    def __init__(self) -> None:
        self.now = 1_717_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(activity_feed, "DEFAULT_CLOCK", fake)
    return fake


def activate(widget, active: bool = True) -> None:
    kind = QEvent.Type.WindowActivate if active else QEvent.Type.WindowDeactivate
    QApplication.sendEvent(widget, QEvent(kind))


def stored_seconds(window, doc_id: int | None = None) -> float:
    return sum(i.seconds for i in window.store.activity(window.annotator(), doc_id))


def test_input_in_the_active_window_is_counted_and_stored_on_switch(
    qtbot, clock: Clock, make_window
) -> None:
    window = make_window()
    first = window.current_document_id()
    activate(window)
    qtbot.keyClick(window.article_view, Qt.Key.Key_Right)
    clock.now += 20
    qtbot.mouseClick(window.article_view.viewport(), Qt.MouseButton.LeftButton)
    clock.now += 25
    window.step_document(1)  # a document switch stores the time so far
    assert stored_seconds(window, first) == 45.0
    second = window.current_document_id()
    clock.now += 10  # opening it was input: these 10 s count for the second document
    activate(window, False)  # the window loses the focus: counting stops
    clock.now += 300
    qtbot.keyClick(window.article_view, Qt.Key.Key_Right)  # no focus: ignored
    window.activity.flush()
    assert stored_seconds(window, second) == 10.0
    assert stored_seconds(window) == 55.0


def test_idle_time_stops_after_a_minute_and_the_timer_flushes(
    qtbot, clock: Clock, make_window
) -> None:
    window = make_window()
    doc = window.current_document_id()
    assert window.activity.timer.interval() == 60_000
    activate(window)
    qtbot.keyClick(window.article_view, Qt.Key.Key_Right)
    clock.now += 600  # ten minutes without input
    window.activity.timer.timeout.emit()
    assert stored_seconds(window, doc) == 60.0
    revision = window.store.revision()
    clock.now += 5
    qtbot.keyClick(window.article_view, Qt.Key.Key_Left)
    clock.now += 5
    window.activity.timer.timeout.emit()
    assert stored_seconds(window, doc) == 65.0
    assert window.store.revision() == revision  # no window re-reads for active time


def test_the_adjudication_view_of_the_same_document_is_not_counted_twice(
    qtbot, clock: Clock, make_window
) -> None:
    from annotator.gui.adjudication import open_adjudication

    window = make_window()
    doc = window.current_document_id()
    activate(window)
    qtbot.keyClick(window.article_view, Qt.Key.Key_Right)
    clock.now += 10
    review = open_adjudication(window)
    assert review is not None
    activate(window, False)
    activate(review)
    qtbot.keyClick(review, Qt.Key.Key_Down)
    clock.now += 10
    activate(review, False)
    activate(window)  # back to the main window, same document
    qtbot.keyClick(window.article_view, Qt.Key.Key_Right)
    clock.now += 10
    review.close()
    window.close()  # closing stores the rest
    intervals = window.store.activity(window.annotator(), doc)
    assert [(i.start, i.end) for i in intervals] == [(clock.now - 30, clock.now)]


def test_closing_the_window_stores_the_time(qtbot, clock: Clock, make_window, db_path) -> None:
    from annotator.store import Store

    window = make_window()
    doc = window.current_document_id()
    activate(window)
    qtbot.keyClick(window.article_view, Qt.Key.Key_Right)
    clock.now += 33
    window.close()
    with Store.open(db_path) as store:
        assert sum(i.seconds for i in store.activity(doc_id=doc)) == 33.0


def test_the_click_that_activates_the_window_counts(qtbot, clock: Clock, make_window) -> None:
    """A click on an inactive window reaches it before the window is told it is active
    (so it is on X11); that click starts the active time, not the next input."""
    window = make_window()
    doc = window.current_document_id()
    activate(window)
    activate(window, False)  # another application has the focus
    clock.now += 100
    qtbot.mousePress(window.article_view.viewport(), Qt.MouseButton.LeftButton)
    activate(window)  # the window system activates the window clicked
    qtbot.mouseRelease(window.article_view.viewport(), Qt.MouseButton.LeftButton)
    clock.now += 15  # reading, no further input
    activate(window, False)
    window.activity.flush()
    assert stored_seconds(window, doc) == 15.0


def test_the_first_click_on_a_new_window_counts(qtbot, clock: Clock, make_window) -> None:
    """The window was never active: the pointer enters it and the click that activates
    it is the first input of the session."""
    window = make_window()
    doc = window.current_document_id()
    QApplication.sendEvent(window, QEvent(QEvent.Type.Enter))  # the pointer comes in
    qtbot.mousePress(window.article_view.viewport(), Qt.MouseButton.LeftButton)
    activate(window)
    qtbot.mouseRelease(window.article_view.viewport(), Qt.MouseButton.LeftButton)
    clock.now += 15
    activate(window, False)
    window.activity.flush()
    assert stored_seconds(window, doc) == 15.0
