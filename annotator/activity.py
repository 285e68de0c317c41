"""Active annotation time per document and annotator, measured from the window's events.

The window tells an :class:`ActivityTracker` what happens (a view opened a document or
closed it, a view became the active window or stopped being it, input was seen); the
tracker reads the time from the clock it was given (a fake one in tests). A second
counts for a document when the active view shows it and there was input in that
document in the last ``idle_after`` (60) seconds: time with the document open in the
active window, counting only periods with recent input. The 60 seconds after an input
count too (reading is work), cut short when the window loses focus or the document is
closed.

Time is counted per ``(document, annotator)``, not per view, and only the active view
counts: a document open twice (two windows, or the adjudication view beside the main
window) is never counted twice, and moving between two views of the same document is
one stretch. :meth:`ActivityTracker.flush` hands the time counted so far to the store
(``Store.record_activity``), which merges touching intervals; the stretch still running
goes on from where the flush cut it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Protocol

from annotator.store.types import ActivityInterval

IDLE_AFTER = 60.0  # seconds of no input after which time stops counting
# Input this many seconds before its view became active is the click that activated it:
# the window system delivers that click before it tells the window it is active.
ACTIVATING_INPUT = 1.0

Key = tuple[int, str]  # (document id, annotator)


class ActivitySink(Protocol):
    """What :meth:`ActivityTracker.flush` writes to (a :class:`~annotator.store.Store`)."""

    def record_activity(self, annotator: str, intervals: list[tuple[int, float, float]]) -> int:
        """Store intervals ``(document id, start, end)`` of one annotator."""
        ...


@dataclass
class _Run:
    """A stretch of active time that is still going on."""

    start: float
    last_input: float


class ActivityTracker:
    """Counts active time from events; ``clock()`` returns seconds since the epoch."""

    def __init__(
        self, clock: Callable[[], float] = time.time, idle_after: float = IDLE_AFTER
    ) -> None:
        self._clock = clock
        self.idle_after = idle_after
        self._views: dict[Hashable, Key] = {}
        self._active: Hashable | None = None
        self._runs: dict[Key, _Run] = {}
        self._done: list[ActivityInterval] = []
        self._last_time = float("-inf")
        self._early: tuple[Hashable, float] | None = None  # input in a view not yet active

    # -- events ----------------------------------------------------------------------

    def open(self, view: Hashable, doc_id: int, annotator: str) -> None:
        """``view`` now shows ``doc_id`` for ``annotator`` (replacing what it showed).
        Opening a document in the active view is input."""
        now = self._now()
        key = (doc_id, annotator)
        old = self._views.get(view)
        self._views[view] = key
        if view == self._active:
            if old is not None and old != key:
                self._stop(old, now)
            self._input(key, now)

    def close(self, view: Hashable) -> None:
        """``view`` no longer shows a document (closed, or the window went away)."""
        now = self._now()
        key = self._views.pop(view, None)
        if view == self._active:
            self._active = None
            if key is not None:
                self._stop(key, now)

    def activate(self, view: Hashable) -> None:
        """``view`` became the active window (the one receiving input)."""
        now = self._now()
        if view == self._active:
            return
        before = self._views.get(self._active) if self._active is not None else None
        self._active = view
        if before is not None and before != self._views.get(view):
            self._stop(before, now)
        early, self._early = self._early, None
        clicked = early is not None and early[0] == view and now - early[1] <= ACTIVATING_INPUT
        key = self._views.get(view)
        if clicked and key is not None:
            self._input(key, now)  # the click that made it active is input in it

    def deactivate(self, view: Hashable | None = None) -> None:
        """``view`` (default: whichever was active) lost the focus."""
        now = self._now()
        if view is not None and view != self._active:
            return
        key = self._views.get(self._active) if self._active is not None else None
        self._active = None
        if key is not None:
            self._stop(key, now)

    def input(self, view: Hashable | None = None) -> None:
        """Input was seen (a key, a click, the wheel) in ``view`` (default: the active
        one). Input in a view that is not active is ignored, unless that view becomes
        active right after it: the click that activates a window arrives first."""
        now = self._now()
        if view is not None and view != self._active:
            self._early = (view, now)
            return
        key = self._views.get(self._active) if self._active is not None else None
        if key is not None:
            self._input(key, now)

    # -- reading and flushing ----------------------------------------------------------

    def take(self) -> list[ActivityInterval]:
        """The time counted since the last call, as intervals; a running stretch is cut
        at the present and goes on from there."""
        now = self._now()
        result, self._done = self._done, []
        for key, run in list(self._runs.items()):
            until = run.last_input + self.idle_after
            end = min(now, until)
            if end > run.start:
                result.append(ActivityInterval(key[0], key[1], run.start, end))
                run.start = end
            if now >= until:
                del self._runs[key]
        return result

    def flush(self, sink: ActivitySink) -> int:
        """Store the time counted so far; returns the seconds stored. When the store
        refuses, the intervals are kept for the next flush and the error is raised."""
        intervals = self.take()
        by_annotator: dict[str, list[tuple[int, float, float]]] = {}
        for item in intervals:
            by_annotator.setdefault(item.annotator, []).append(
                (item.document_id, item.start, item.end)
            )
        written: set[str] = set()
        try:
            for annotator, items in by_annotator.items():
                sink.record_activity(annotator, items)
                written.add(annotator)
        except BaseException:
            self._done[:0] = [i for i in intervals if i.annotator not in written]
            raise
        return round(sum(item.seconds for item in intervals))

    def discard_pending(self) -> None:
        """Forget the counted time not yet stored (after a refusal that will repeat)."""
        self._done.clear()

    def running(self) -> bool:
        """True while some stretch of active time is counting."""
        now = self._now()
        return any(now < run.last_input + self.idle_after for run in self._runs.values())

    # -- the rules ---------------------------------------------------------------------

    def _now(self) -> float:
        """The clock, never going backwards (a wall clock set back counts nothing)."""
        self._last_time = max(self._last_time, float(self._clock()))
        return self._last_time

    def _input(self, key: Key, now: float) -> None:
        run = self._runs.get(key)
        if run is not None and now <= run.last_input + self.idle_after:
            run.last_input = now
            return
        if run is not None:
            self._stop(key, now)
        self._runs[key] = _Run(now, now)

    def _stop(self, key: Key, now: float) -> None:
        run = self._runs.pop(key, None)
        if run is None:
            return
        end = min(now, run.last_input + self.idle_after)
        if end > run.start:
            self._done.append(ActivityInterval(key[0], key[1], run.start, end))
