"""The activity tracker with a fake clock: what counts as active time, never twice."""

from __future__ import annotations

import pytest

from annotator.activity import ActivityTracker
from annotator.store import Store, StoreError
from annotator.store.types import ActivityInterval


class Clock:
    def __init__(self, start: float = 1_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def tracker(clock: Clock) -> ActivityTracker:
    return ActivityTracker(clock)


def seconds(intervals: list[ActivityInterval]) -> dict[tuple[int, str], float]:
    total: dict[tuple[int, str], float] = {}
    for item in intervals:
        key = (item.document_id, item.annotator)
        total[key] = total.get(key, 0.0) + item.end - item.start
    return total


def test_input_counts_the_next_minute_and_idle_time_does_not(
    tracker: ActivityTracker, clock: Clock
) -> None:
    tracker.open("main", 1, "amal")
    tracker.activate("main")
    tracker.input()
    clock.advance(30)
    tracker.input()  # still active: the stretch goes on
    clock.advance(600)  # ten idle minutes: only the minute after the last input counts
    assert seconds(tracker.take()) == {(1, "amal"): 90.0}


def test_nothing_counts_without_input_or_focus(tracker: ActivityTracker, clock: Clock) -> None:
    tracker.open("main", 1, "amal")
    tracker.activate("main")
    clock.advance(300)  # open and active, but nobody touches it
    assert tracker.take() == []
    tracker.deactivate("main")
    tracker.input()  # input while no window is active is ignored
    clock.advance(10)
    assert tracker.take() == []


def test_losing_the_focus_cuts_the_minute_short(tracker: ActivityTracker, clock: Clock) -> None:
    tracker.open("main", 1, "amal")
    tracker.activate("main")
    tracker.input()
    clock.advance(20)
    tracker.deactivate()
    clock.advance(100)
    tracker.activate("main")  # back, but no input yet: nothing counts
    clock.advance(5)
    tracker.input()
    clock.advance(10)
    assert [(i.start, i.end) for i in tracker.take()] == [
        (1_000_000.0, 1_000_020.0),
        (1_000_125.0, 1_000_135.0),
    ]


def test_the_same_document_in_two_views_counts_once(tracker: ActivityTracker, clock: Clock) -> None:
    tracker.open("main", 7, "amal")
    tracker.open("adjudication", 7, "amal")
    tracker.activate("main")
    tracker.input()
    clock.advance(10)
    tracker.activate("adjudication")  # the other view of the same document
    tracker.input()
    clock.advance(10)
    tracker.input("main")  # input reported for the inactive view is ignored
    tracker.activate("main")
    tracker.input()
    clock.advance(10)
    tracker.close("adjudication")
    tracker.deactivate()
    taken = tracker.take()
    assert seconds(taken) == {(7, "amal"): 30.0}  # 30 s of wall time, not 50
    assert len(taken) == 1  # one stretch: moving between views does not break it


def test_switching_documents_ends_the_first_stretch(tracker: ActivityTracker, clock: Clock) -> None:
    tracker.activate("main")
    tracker.open("main", 1, "amal")  # opening a document in the active view is input
    clock.advance(15)
    tracker.open("main", 2, "amal")
    clock.advance(25)
    tracker.close("main")
    clock.advance(100)
    assert seconds(tracker.take()) == {(1, "amal"): 15.0, (2, "amal"): 25.0}


def test_two_windows_with_two_documents_count_only_the_active_one(
    tracker: ActivityTracker, clock: Clock
) -> None:
    tracker.open("w1", 1, "amal")
    tracker.open("w2", 2, "amal")
    tracker.activate("w1")
    tracker.input()
    clock.advance(20)
    tracker.activate("w2")
    tracker.input()
    clock.advance(30)
    tracker.deactivate()
    assert seconds(tracker.take()) == {(1, "amal"): 20.0, (2, "amal"): 30.0}


def test_the_click_that_activates_a_window_counts_in_it(
    tracker: ActivityTracker, clock: Clock
) -> None:
    """The window system delivers the click on an inactive window before telling the
    window it is active: that click is input in the window it activated."""
    tracker.open("w1", 1, "amal")
    tracker.open("w2", 2, "amal")
    tracker.activate("w1")
    tracker.input()
    clock.advance(20)
    tracker.input("w2")  # the click on w2, while w1 is still the active window
    clock.advance(0.5)
    tracker.activate("w2")
    clock.advance(15)  # reading the other document, no further input yet
    tracker.deactivate()
    assert seconds(tracker.take()) == {(1, "amal"): 20.5, (2, "amal"): 15.0}


def test_input_long_before_a_window_becomes_active_does_not_count(
    tracker: ActivityTracker, clock: Clock
) -> None:
    tracker.open("w1", 1, "amal")
    tracker.open("w2", 2, "amal")
    tracker.activate("w1")
    tracker.input("w2")  # the wheel over the inactive window: no work in it
    clock.advance(30)
    tracker.activate("w2")  # activated much later, without input
    clock.advance(30)
    tracker.deactivate()
    assert tracker.take() == []


def test_take_cuts_a_running_stretch_and_it_goes_on(tracker: ActivityTracker, clock: Clock) -> None:
    tracker.open("main", 1, "amal")
    tracker.activate("main")
    tracker.input()
    clock.advance(40)
    first = tracker.take()
    assert tracker.running()
    tracker.input()
    clock.advance(40)
    second = tracker.take()
    assert first[0].end == second[0].start  # pieces touch: the store merges them
    assert first[0].seconds + second[0].seconds == 80.0
    clock.advance(100)
    assert seconds(tracker.take()) == {(1, "amal"): 20.0}  # the rest of the minute
    assert not tracker.running()
    assert tracker.take() == []


def test_a_clock_set_back_counts_nothing_negative(tracker: ActivityTracker, clock: Clock) -> None:
    tracker.open("main", 1, "amal")
    tracker.activate("main")
    tracker.input()
    clock.advance(-3600)
    tracker.input()
    clock.advance(3610)
    assert all(i.end >= i.start for i in tracker.take())


def test_flush_writes_to_the_store_and_merges_the_pieces(
    store: Store, tracker: ActivityTracker, clock: Clock
) -> None:
    doc = store.add_document("a", "نص")
    tracker.open("main", doc.id, "amal")
    tracker.activate("main")
    tracker.input()
    for _ in range(5):  # the window flushes every minute; input keeps coming
        clock.advance(30)
        tracker.input()
        clock.advance(30)
        assert tracker.flush(store) == 60
    clock.advance(10)  # 40 s after the last input
    tracker.deactivate()
    tracker.flush(store)
    stored = store.activity("amal")
    assert [(i.document_id, i.seconds) for i in stored] == [(doc.id, 310.0)]


def test_a_refused_flush_keeps_the_time_for_the_next(
    store: Store, tracker: ActivityTracker, clock: Clock
) -> None:
    doc = store.add_document("a", "نص")

    class Refusing:
        def record_activity(self, annotator: str, intervals: list[tuple[int, float, float]]) -> int:
            raise StoreError("lost connection to the database server: gone; not saved")

    tracker.open("main", doc.id, "amal")
    tracker.activate("main")
    tracker.input()
    clock.advance(20)
    tracker.deactivate()
    with pytest.raises(StoreError):
        tracker.flush(Refusing())
    assert tracker.flush(store) == 20
    assert sum(i.seconds for i in store.activity()) == 20.0
