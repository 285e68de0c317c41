"""Feeds the window's events to the activity tracker (:mod:`annotator.activity`) and
stores the time counted: the activation of the windows that show documents (the main
window, an adjudication window) and, from the first activation on, an event filter on the
application that sees input (keys, clicks, the wheel, input methods); the time is
flushed to the store on a document switch, when a view closes and every minute.

Storing active time does not grow the store's revision, so no window re-reads the
database for it. A flush refused because the server went away keeps the time for the
next flush; any other refusal drops it (it would be refused again) and says so.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import (
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QTabletEvent,
    QTouchEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from annotator.activity import ActivityTracker
from annotator.gui.error_text import error_text
from annotator.store.connection import LostConnection
from annotator.store.errors import StoreError

if TYPE_CHECKING:
    from annotator.store import Store

FLUSH_MS = 60_000
DEFAULT_CLOCK: Callable[[], float] = time.time  # tests put a fake clock here
# Checked by class first: asking an event its type() costs more than the rest of the filter,
# and the filter sees every event of the application.
INPUT_CLASSES = (QKeyEvent, QWheelEvent, QInputMethodEvent, QTouchEvent, QTabletEvent)
CLICKS = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick})
ACTIVATION = {QEvent.Type.WindowActivate: True, QEvent.Type.WindowDeactivate: False}


class ActivityFeed(QObject):
    """One per main window; ``store()`` is the window's current store and ``report``
    shows a message in its status bar."""

    def __init__(
        self,
        parent: QWidget,
        store: Callable[[], Store],
        report: Callable[[str], None],
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(parent)
        self.tracker = ActivityTracker(clock or DEFAULT_CLOCK)
        self._store = store
        self._report = report
        self._views: dict[int, QWidget] = {}
        self._activation = _Activation(self)
        self.timer = QTimer(self)
        self.timer.setInterval(FLUSH_MS)
        self.timer.timeout.connect(self.flush)
        self.timer.start()
        self._listening = False

    def listen(self) -> None:
        """Install the application's filter, once: on the first activation of a watched
        window, or when the pointer first enters one (so that the click that activates
        it is seen too). Not before: the many events that build and show the window
        never pass through Python."""
        if not self._listening:
            app = QCoreApplication.instance()
            if app is not None:
                app.installEventFilter(self)
                self._listening = True

    def window_activated(self, view: QObject) -> None:
        """``view`` became the active window (input counts only in the active window)."""
        self.listen()
        self.tracker.activate(id(view))

    # -- what the window tells -------------------------------------------------------

    def watch(self, view: QWidget) -> None:
        """``view`` (a top-level window) shows documents: its input and focus count."""
        key = id(view)
        self._views[key] = view
        view.installEventFilter(self._activation)
        view.destroyed.connect(lambda _obj=None: self._gone(key))
        if view.isActiveWindow():
            self.window_activated(view)

    def opened(self, view: QWidget, doc_id: int, annotator: str) -> None:
        """``view`` now shows ``doc_id``: the time so far is stored first."""
        self.flush()
        self.tracker.open(id(view), doc_id, annotator)

    def closed(self, view: QWidget) -> None:
        """``view`` closes (or leaves its database): its time is stored now."""
        self.tracker.close(id(view))
        self.flush()

    def flush(self) -> None:
        try:
            self.tracker.flush(self._store())
        except LostConnection as error:
            self._report(
                self.tr("Active time not saved yet (kept for later): %1").replace(
                    "%1", error_text(error)
                )
            )
        except StoreError as error:
            self.tracker.discard_pending()
            self._report(self.tr("Active time not saved: %1").replace("%1", error_text(error)))

    # -- events ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The application's filter: sees every event, so it looks at classes only."""
        if isinstance(event, INPUT_CLASSES) or (
            isinstance(event, QMouseEvent) and event.type() in CLICKS
        ):
            window = watched.window() if isinstance(watched, QWidget) else None
            if window is not None and id(window) in self._views:
                self.tracker.input(id(window))
        return False

    def _gone(self, key: int) -> None:
        if self._views.pop(key, None) is not None:
            self.tracker.close(key)


class _Activation(QObject):
    """The watched windows' own filter: their activation and deactivation, and the
    pointer entering them."""

    def __init__(self, feed: ActivityFeed) -> None:
        super().__init__(feed)
        self.feed = feed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Enter:
            self.feed.listen()
        active = ACTIVATION.get(kind)
        if active is True:
            self.feed.window_activated(watched)
        elif active is False:
            self.feed.tracker.deactivate(id(watched))
        return False
