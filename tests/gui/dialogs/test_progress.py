"""The background job runner: results, errors and cancellation cross the thread boundary."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from annotator.gui.dialogs.progress import (
    BackgroundTask,
    CancelledError,
    CancelToken,
    run_with_progress,
)


def test_task_returns_its_result_from_another_thread(qtbot: Any) -> None:
    threads: list[threading.Thread] = []
    reports: list[tuple[int, int, str]] = []

    def job(progress: Any, cancel: CancelToken) -> int:
        threads.append(threading.current_thread())
        for step in range(3):
            progress(step, 3, f"step {step}")
        return 42

    task = BackgroundTask(job)
    task.progressed.connect(lambda d, t, m: reports.append((d, t, m)))
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert task.outcome.ok and task.outcome.result == 42
    assert threads and threads[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: len(reports) == 3, timeout=2000)
    assert reports == [(0, 3, "step 0"), (1, 3, "step 1"), (2, 3, "step 2")]


def test_task_error_is_kept_not_raised(qtbot: Any) -> None:
    def job(progress: Any, cancel: CancelToken) -> None:
        raise ValueError("data.conll, line 3: missing tag")

    task = BackgroundTask(job)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert not task.outcome.ok and not task.outcome.cancelled
    assert str(task.outcome.error) == "data.conll, line 3: missing tag"


def test_cancel_stops_a_running_job(qtbot: Any) -> None:
    started = threading.Event()

    def job(progress: Any, cancel: CancelToken) -> str:
        started.set()
        for _ in range(5000):  # at most 5 s
            cancel.check()
            threading.Event().wait(0.001)
        return "finished anyway"

    task = BackgroundTask(job)
    with qtbot.waitSignal(task.finished, timeout=10000):
        task.start()
        assert started.wait(5)
        task.cancel()
    assert task.outcome.cancelled and task.outcome.result is None


def test_run_with_progress_waits_for_the_job(qtbot: Any) -> None:
    outcome = run_with_progress(None, "Working", lambda progress, cancel: "done")
    assert outcome.ok and outcome.result == "done"


def test_cancel_token() -> None:
    token = CancelToken()
    token.check()
    token.cancel()
    assert token.cancelled
    with pytest.raises(CancelledError):
        token.check()


def test_cancel_keeps_the_dialog_up_until_the_job_has_stopped(qtbot: Any) -> None:
    """QProgressDialog hides itself on Cancel; a job that needs time to stop (an import
    rolling back) must keep the window-modal dialog up, saying so, or the window takes
    edits while the job still holds the database."""
    started, release = threading.Event(), threading.Event()
    seen: list[tuple[bool, str, bool]] = []

    def job(progress: Any, cancel: CancelToken) -> str:
        started.set()
        release.wait(10)  # a long step that cannot be interrupted
        cancel.check()
        return "finished anyway"

    def press_cancel() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        if not started.is_set() or not dialogs or not dialogs[0].isVisible():
            QTimer.singleShot(20, press_cancel)
            return
        dialog = dialogs[0]
        button = dialog.findChild(QPushButton)
        button.click()

        def look() -> None:
            seen.append((dialog.isVisible(), dialog.labelText(), button.isEnabled()))
            release.set()

        QTimer.singleShot(100, look)

    QTimer.singleShot(0, press_cancel)
    outcome = run_with_progress(None, "Importing", job, minimum_duration_ms=0)
    assert outcome.cancelled
    assert seen == [(True, "Cancelling…", False)]
