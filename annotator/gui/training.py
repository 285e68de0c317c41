"""The assistant's training in a process of its own (:mod:`annotator.suggest.worker`).

The window never trains in its own process: a :class:`QProcess` runs the worker, which
reads the database, trains and stores the model in one short transaction, reporting one
JSON object a line. The database reaches the worker through its ``ANNOTATOR_DB``
environment variable, never its command line (a server password stays out of the process
list). A request while a run is going on starts one more run after it, so the last
document marked done is always learnt from.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from annotator.gui import error_text
from annotator.urls import redact_url

if TYPE_CHECKING:  # QProcess is imported by the first run: its Python type costs 5 ms at start
    from PySide6.QtCore import QProcess

STAGES = ("reading", "evaluating", "features", "training", "saving")


class Trainer(QObject):
    started = Signal()
    progress = Signal(str, int, int)  # stage, done, total
    finished = Signal(dict)  # the worker's "finished" event
    failed = Signal(str)  # one line
    ended = Signal(int)  # a run ended (finished, failed or cancelled): the worker's writes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._again = False
        self._target = ""
        self._buffer = b""
        self._outcome: dict[str, Any] | None = None
        self._stage = ""  # the last stage the running worker reported

    def running(self) -> bool:
        return self._process is not None

    def process(self) -> QProcess | None:
        """The worker's process while it runs."""
        return self._process

    def request(self, target: str) -> None:
        """Train on the database ``target`` (a path or URL) now, or after the current run."""
        self._target = target
        if self._process is not None:
            self._again = True
            return
        self._start()

    def stop(self) -> None:
        """End a run (the worker stores its model in one transaction: nothing half-written)."""
        self._again = False
        process, self._process = self._process, None
        if process is not None:
            process.finished.disconnect()
            process.kill()
            process.waitForFinished(3000)
            process.deleteLater()

    def may_be_writing(self) -> bool:
        """The running worker reported the "saving" stage: it may have stored its model
        without the window having read its report (what it printed is read first)."""
        if self._process is not None:
            self._process.waitForReadyRead(0)  # may end the run here (``ended`` first)
        return self._process is not None and self._stage == "saving"

    def cancellable(self) -> bool:
        return self._process is not None and self._stage != "saving"

    def cancel(self) -> bool:
        """Stop the run before it saves (nothing written: the stored model stays);
        False when there is none, or it is saving already."""
        if not self.cancellable():
            return False
        self.stop()
        self.ended.emit(0)
        return True

    def _start(self) -> None:
        from PySide6.QtCore import QProcess, QProcessEnvironment

        from annotator.suggest import worker  # argparse and json: light

        argv = worker.command()
        env = QProcessEnvironment.systemEnvironment()
        env.insert("ANNOTATOR_DB", self._target)
        process = QProcess(self)
        process.setProcessEnvironment(env)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._ended)
        process.errorOccurred.connect(self._error)
        self._buffer, self._outcome, self._process, self._stage = b"", None, process, ""
        process.start(argv[0], argv[1:])
        self.started.emit()

    def _read(self) -> None:
        if self._process is None:
            return
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            try:
                event = json.loads(line)
            except ValueError:
                continue  # not the worker's protocol (a warning printed by a library)
            if isinstance(event, dict):
                self._event(event)

    def _event(self, event: dict[str, Any]) -> None:
        kind = event.get("event")
        if kind == "progress":
            self._stage = str(event.get("stage", ""))
            self.progress.emit(str(event.get("stage", "")), *_counts(event))
        elif kind in ("finished", "failed"):
            self._outcome = event

    def _error(self, error: QProcess.ProcessError) -> None:
        from PySide6.QtCore import QProcess

        if error == QProcess.ProcessError.FailedToStart and self._process is not None:
            self._process.finished.disconnect()
            self._process.deleteLater()
            self._process = None
            self.failed.emit(self.tr("the training process did not start"))

    def _ended(self, code: int, _status: QProcess.ExitStatus) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        self._read_rest(process)
        outcome = self._outcome or {}
        finished = outcome.get("event") == "finished" and code == 0
        self.ended.emit(_writes(outcome) if finished else 0)
        if finished:
            self.finished.emit(outcome)
        elif outcome.get("reason") == "nothing_to_learn":
            self.failed.emit(
                self.tr(
                    "nothing to learn from yet: label a document and mark it done "
                    "(Ctrl+Return), or label the gold layer"
                )
            )
        else:
            message = str(outcome.get("message") or _last_line(process) or code)
            message = error_text.coded(outcome.get("code"), outcome.get("params"), message)
            self.failed.emit(message.replace(self._target, redact_url(self._target)))
        process.deleteLater()
        if self._again:
            self._again = False
            self._start()

    def _read_rest(self, process: QProcess) -> None:
        self._process = process
        self._read()
        if self._buffer.strip():
            self._buffer += b"\n"
            self._read()
        self._process = None


def _writes(event: dict[str, Any]) -> int:
    try:
        return max(0, int(event.get("writes", 1)))  # an older worker: its one save
    except (TypeError, ValueError):
        return 1


def _counts(event: dict[str, Any]) -> tuple[int, int]:
    try:
        return int(event.get("done", 0)), int(event.get("total", 0))
    except (TypeError, ValueError):
        return 0, 0


def _last_line(process: QProcess) -> str:
    err = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
    lines = [line.strip() for line in err.splitlines() if line.strip()]
    return lines[-1] if lines else ""
