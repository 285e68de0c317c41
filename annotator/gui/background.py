"""Work off the window's thread: one worker thread, results handed back on the GUI thread.

The assistant's predictions and its ranking of documents cost up to a few hundred
milliseconds of CPU each: they run here, one at a time in submission order, so that the
window keeps painting and taking clicks. The store may be used from several threads
(peewee gives each its own connection); :meth:`Background.close` closes the worker's.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Background(QObject):
    """``submit(job, done, failed)``: ``job()`` runs on the worker thread, then
    ``done(result)`` or ``failed(error)`` on the GUI thread (unless closed meanwhile)."""

    _finished = Signal(int, object, object)  # token, result, error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = None
        self._tokens = itertools.count(1)
        self._waiting: dict[int, tuple[Done, Failed | None]] = {}
        self._futures: set[Future[Any]] = set()
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(self, job: Callable[[], Any], done: Done, failed: Failed | None = None) -> None:
        if self._pool is None:  # the thread starts with the first job
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="assistant")
        token = next(self._tokens)
        self._waiting[token] = (done, failed)
        future = self._pool.submit(job)
        self._futures.add(future)
        future.add_done_callback(lambda f: self._report(token, f))

    def busy(self) -> bool:
        return bool(self._waiting)

    def _report(self, token: int, future: Future[Any]) -> None:  # on the worker thread
        self._futures.discard(future)
        if future.cancelled():
            return
        error = future.exception()
        self._finished.emit(token, None if error else future.result(), error)

    @Slot(int, object, object)
    def _deliver(self, token: int, result: object, error: object) -> None:
        callbacks = self._waiting.pop(token, None)
        if callbacks is None:
            return  # closed meanwhile
        done, failed = callbacks
        if isinstance(error, BaseException):
            if failed is None:
                raise error
            failed(error)
        else:
            done(result)

    def close(self, last: Callable[[], object] | None = None) -> None:
        """Drop the queued jobs and undelivered results, run ``last`` on the worker thread
        (to close its database connection) and wait for the thread to end."""
        self._waiting.clear()
        pool, self._pool = self._pool, None
        if pool is None:
            return
        for future in list(self._futures):
            future.cancel()  # only those not started yet
        if last is not None:
            pool.submit(last)
        pool.shutdown(wait=True)
        self._futures.clear()
