"""Handling a lost database connection in the GUI (team mode on a PostgreSQL server).

The store raises ``LostConnection`` (a ``StoreError``) when the server cannot be reached;
writes are then never half-done. The GUI must not drop such a failure silently: it shows
it in the status bar and a message box offering to retry, and only a write that
succeeded is pushed as an undo step (the commands make a failed first redo obsolete).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from annotator.store.connection import LostConnection
from annotator.store.errors import StoreError

T = TypeVar("T")
LOST_PREFIX = "lost connection to the database server"
STATUS_MS = 10000

# ask_retry(parent, message) -> True to try again
AskRetry = Callable[[QWidget | None, str], bool]


def is_lost_connection(error: StoreError | str) -> bool:
    if isinstance(error, LostConnection):
        return True
    message = error if isinstance(error, str) else error.message
    return message.startswith(LOST_PREFIX)


def ask_retry_dialog(parent: QWidget | None, message: str) -> bool:
    answer = QMessageBox.warning(
        parent,
        "Database connection lost",
        f"{message[:1].upper()}{message[1:]}.\n\nTry again?",
        QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Retry,
    )
    return answer == QMessageBox.StandardButton.Retry


def show_status(parent: QWidget | None, message: str) -> None:
    """Put ``message`` in the status bar of ``parent``'s main window, if there is one."""
    widget = parent
    while widget is not None and not isinstance(widget, QMainWindow):
        widget = widget.parentWidget()
    if isinstance(widget, QMainWindow):
        widget.statusBar().showMessage(message, STATUS_MS)


def run_store_action(
    parent: QWidget | None,
    action: Callable[[], T],
    *,
    ask_retry: AskRetry | None = None,
) -> tuple[bool, T | None]:
    """Run a store call; a lost connection is shown and may be retried by the user.

    Returns ``(True, result)``, or ``(False, None)`` when it failed and was not retried
    (the message is then in the status bar). Other store errors are shown, not retried.
    """
    ask = ask_retry or ask_retry_dialog
    while True:
        try:
            return True, action()
        except StoreError as error:
            show_status(parent, f"Not saved: {error.message}")
            if not is_lost_connection(error) or not ask(parent, error.message):
                return False, None


def push_command(
    parent: QWidget | None,
    stack: Any,
    make_command: Callable[[], Any],
    *,
    ask_retry: AskRetry | None = None,
) -> bool:
    """Push a fresh store command (``make_command()``) onto ``stack``.

    The command records a failed first redo in ``command.outcome.error`` and is then not
    kept on the stack. On a lost connection the user may retry with a new command.
    Returns True when the change was stored.
    """
    ask = ask_retry or ask_retry_dialog
    while True:
        command = make_command()
        outcome = command.outcome
        stack.push(command)
        if outcome.error is None:
            return True
        show_status(parent, f"Not saved: {outcome.error}")
        if not is_lost_connection(outcome.error) or not ask(parent, outcome.error):
            return False
