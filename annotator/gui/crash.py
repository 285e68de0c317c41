"""Last-resort handling of unexpected exceptions in the window.

An exception raised inside a Qt slot does not unwind the event loop: PySide6 reports it
through ``sys.excepthook`` and carries on. :func:`install` replaces that hook (and
``threading.excepthook``) with one that writes the traceback to a log file in
:func:`annotator.paths.log_dir` and shows a message box naming the error and the log.
The application keeps running: every annotation was already committed by the store call
that made it, so there is nothing to save and nothing is lost by continuing.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from annotator.gui.i18n import isolate

translate = QCoreApplication.translate

LOG_NAME = "crash.log"
MAX_LOG_BYTES = 1_000_000  # the log is rotated once to crash.log.1 above this size

ShowFunction = Callable[[str, Path | None], None]


def write_log(text: str, folder: Path | None = None) -> Path | None:
    """Append ``text`` with a time stamp to the crash log; returns its path, or None if
    the log cannot be written (a handler must never raise)."""
    try:
        if folder is None:
            from annotator.paths import log_dir  # platformdirs: only once there is a crash

            folder = log_dir()
        directory = folder
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / LOG_NAME
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            os.replace(path, path.with_name(LOG_NAME + ".1"))
        stamp = dt.datetime.now().isoformat(timespec="seconds")
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {stamp} pid {os.getpid()}\n{text}\n")
        return path
    except OSError:
        return None


def summary(exc: BaseException) -> str:
    text = " ".join(str(getattr(exc, "message", None) or exc).split())
    name = exc.__class__.__name__
    return f"{name}: {text}" if text else name


def message_text(error: str, log_path: Path | None) -> str:
    where = (
        translate("Crash", "The details were written to {}.").format(isolate(str(log_path)))
        if log_path is not None
        else translate("Crash", "The details could not be written to a log file.")
    )
    text = translate(
        "Crash",
        "Something went wrong: {error}\n\n{where}\n\n"
        "Your labels are saved as you make them; you can keep working.",
    )
    return text.format(error=error, where=where)


def show_dialog(error: str, log_path: Path | None, parent: QWidget | None = None) -> QMessageBox:
    """A non-modal message box (``open()``), so a crash in a paint handler cannot nest
    event loops."""
    box = QMessageBox(parent or QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Crash", "Unexpected error"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # an error message may quote any data
    box.setText(message_text(error, log_path))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box


class _Bridge(QObject):
    """Moves reports from worker threads to the GUI thread."""

    report = Signal(str, str)

    def __init__(self, handler: CrashHandler) -> None:
        super().__init__()
        self._handler = handler
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    @Slot(str, str)
    def _show(self, error: str, log_path: str) -> None:
        self._handler.show(error, Path(log_path) if log_path else None)


class CrashHandler:
    """The installed hooks; ``show`` is injectable (tests record instead of showing)."""

    def __init__(self, show: ShowFunction | None = None, folder: Path | None = None) -> None:
        self.show: ShowFunction = show or self._show_dialog
        self.dialog: QMessageBox | None = None  # kept referenced while it is open
        self.folder = folder
        self.last_log: Path | None = None
        self.count = 0
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._bridge = _Bridge(self)
        self._showing = False

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
        thread_name: str | None = None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        if thread_name:
            text = f"in thread {thread_name}:\n{text}"
        self.count += 1
        self.last_log = write_log(text, self.folder)
        sys.stderr.write(text)
        error = summary(exc)
        app = QApplication.instance()
        if app is not None and QThread.currentThread() is not app.thread():
            self._bridge.report.emit(error, str(self.last_log or ""))
            return
        if self._showing:  # an error while showing the dialog: the log has it
            return
        self._showing = True
        try:
            self.show(error, self.last_log)
        except Exception:  # the report itself failed: keep the log, never re-raise
            write_log(traceback.format_exc(), self.folder)
        finally:
            self._showing = False

    def _show_dialog(self, error: str, log_path: Path | None) -> None:
        self.dialog = show_dialog(error, log_path)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else None
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, name)

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._thread_hook:
            threading.excepthook = self._previous_thread_hook


_installed: CrashHandler | None = None


def install(show: ShowFunction | None = None, folder: Path | None = None) -> CrashHandler:
    """Install the hooks (replacing an earlier installation); call after the QApplication
    exists. Returns the handler so that callers (and tests) can uninstall it."""
    global _installed
    if _installed is not None:
        _installed.uninstall()
    handler = CrashHandler(show, folder)
    sys.excepthook = handler.handle
    threading.excepthook = handler._thread_hook
    _installed = handler
    return handler
