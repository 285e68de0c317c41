"""Long work off the GUI thread, with a cancellable progress dialog.

A *job* is a plain function ``job(progress, cancel) -> result``: it reports with
``progress(done, total, message)`` and calls ``cancel.check()`` between units of work, which
raises :class:`CancelledError` once the user has pressed Cancel. Jobs never touch widgets, so the
same functions run in tests without threads or dialogs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton, QWidget

from annotator.gui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate


class Closable(Protocol):
    def close(self) -> None: ...


class CancelledError(Exception):
    """Raised inside a job when the user cancelled it."""


class CancelToken:
    """A flag the GUI thread sets and the worker polls."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise CancelledError


ProgressCallback = Callable[[int, int, str], None]
Job = Callable[[ProgressCallback, CancelToken], Any]


def no_progress(done: int, total: int, message: str) -> None:
    """A progress callback that ignores reports."""


@dataclass
class Outcome:
    """How a background job ended: exactly one of result / error / cancelled is meaningful."""

    result: Any = None
    error: BaseException | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled


class _Worker(QObject):
    progressed = Signal(int, int, str)
    done = Signal()

    def __init__(self, job: Job, token: CancelToken) -> None:
        super().__init__()
        self._job = job
        self._token = token
        self.outcome = Outcome()

    @Slot()
    def run(self) -> None:
        try:
            self.outcome.result = self._job(self._report, self._token)
        except CancelledError:
            self.outcome.cancelled = True
        except Exception as error:  # shown to the user by the caller
            self.outcome.error = error
        self.done.emit()

    def _report(self, done: int, total: int, message: str) -> None:
        self.progressed.emit(done, total, message)


class BackgroundTask(QObject):
    """Runs one job in its own QThread. ``finished`` is emitted in the GUI thread once the
    job has ended and the thread has stopped; ``outcome`` then says how it ended."""

    progressed = Signal(int, int, str)
    finished = Signal()

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.token = CancelToken()
        self._thread = QThread()
        self._worker = _Worker(job, self.token)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self.progressed)
        self._worker.done.connect(self._thread.quit)
        self._thread.finished.connect(self._on_thread_finished)
        self._running = False

    @property
    def outcome(self) -> Outcome:
        return self._worker.outcome

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        self._running = True
        self._thread.start()

    def cancel(self) -> None:
        self.token.cancel()

    def wait(self, milliseconds: int = -1) -> bool:
        """Block until the thread has stopped (used when closing)."""
        if milliseconds < 0:
            return self._thread.wait()
        return self._thread.wait(milliseconds)

    def _on_thread_finished(self) -> None:
        self._running = False
        self.finished.emit()


def run_with_progress(
    parent: QWidget | None,
    title: str,
    job: Job,
    *,
    minimum_duration_ms: int = 400,
) -> Outcome:
    """Run ``job`` in a worker thread behind a window-modal, cancellable QProgressDialog and
    wait (in a local event loop, so the window keeps painting) until it has ended."""
    dialog = QProgressDialog(title, translate("Progress", "Cancel"), 0, 0, parent)
    label = QLabel(title, dialog)
    label.setTextFormat(Qt.TextFormat.PlainText)  # messages hold file names: data, not markup
    dialog.setLabel(label)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(minimum_duration_ms)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    task = BackgroundTask(job)
    loop = QEventLoop()

    def on_progress(done: int, total: int, message: str) -> None:
        if dialog.maximum() != max(total, 0):
            dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)
        if message:
            dialog.setLabelText(message)

    def on_cancel() -> None:
        # QProgressDialog hides itself on Cancel, but the job may need a while to stop
        # (an import rolls back): stay up, window-modal, until it has, and say so.
        dialog.setLabelText(translate("Progress", "Cancelling…"))
        button = dialog.findChild(QPushButton)
        if button is not None:
            button.setEnabled(False)
        task.cancel()
        if task.running:
            dialog.show()

    task.progressed.connect(on_progress)
    dialog.canceled.connect(on_cancel)
    task.finished.connect(loop.quit)
    task.start()
    dialog.setValue(0)
    if task.running:
        loop.exec()
    task.wait()
    dialog.canceled.disconnect(on_cancel)
    dialog.close()
    dialog.deleteLater()
    return task.outcome


# -- store jobs behind the dialog, and what the user is told -----------------------------

# report(parent, title, message, is_error)
Reporter = Callable[[QWidget | None, str, str, bool], None]
# runner(parent, title, job) -> Outcome  (run_with_progress, or a direct call in tests)
Runner = Callable[[QWidget | None, str, Job], Outcome]


def show_report(parent: QWidget | None, title: str, message: str, is_error: bool) -> None:
    """The default reporter: a message box (plain text: file and layer names are data)."""
    from annotator.gui import plain_text

    (plain_text.critical if is_error else plain_text.information)(parent, title, message)


# kind -> while running, cancelled (title), cancelled (text), failed (title)
JOB_TEXTS = {
    "Import": (
        QT_TRANSLATE_NOOP("Progress", "Importing"),
        QT_TRANSLATE_NOOP("Progress", "Import cancelled"),
        QT_TRANSLATE_NOOP("Progress", "The import was cancelled: {}."),
        QT_TRANSLATE_NOOP("Progress", "Import failed"),
    ),
    "Export": (
        QT_TRANSLATE_NOOP("Progress", "Exporting"),
        QT_TRANSLATE_NOOP("Progress", "Export cancelled"),
        QT_TRANSLATE_NOOP("Progress", "The export was cancelled: {}."),
        QT_TRANSLATE_NOOP("Progress", "Export failed"),
    ),
}


def error_text(error: BaseException) -> str:
    """The message of an importer's, exporter's or store's error (file, line, reason), in
    the interface's language (:mod:`annotator.gui.error_text`)."""
    from annotator.gui.error_text import error_text as shown

    return shown(error)


def run_store_job(
    parent: QWidget | None, store: Closable, kind: str, work: Job, runner: Runner
) -> Outcome:
    """Run ``work`` in a worker thread behind the progress dialog ("Importing", ...); the
    worker's own database connection is closed when it ends (peewee opens one per
    thread), never the GUI thread's."""

    def job(progress: ProgressCallback, cancel: CancelToken) -> Any:
        try:
            return work(progress, cancel)
        finally:
            if threading.current_thread() is not threading.main_thread():
                store.close()

    return runner(parent, translate("Progress", JOB_TEXTS[kind][0]), job)


def report_failure(
    parent: QWidget | None, kind: str, nothing_done: str, outcome: Outcome, report: Reporter
) -> bool:
    """Tell the user about a cancelled or failed job; False when it succeeded."""
    if outcome.cancelled:
        _doing, cancelled, was_cancelled, _failed = JOB_TEXTS[kind]
        text = translate("Progress", was_cancelled).format(nothing_done)
        report(parent, translate("Progress", cancelled), text, False)
        return True
    if outcome.error is not None:
        report(parent, translate("Progress", JOB_TEXTS[kind][3]), error_text(outcome.error), True)
        return True
    return False
