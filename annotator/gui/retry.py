"""A store call that failed: said in the status bar, and offered again when the
connection to the database server was lost (team mode on PostgreSQL).

The store raises ``LostConnection`` (a ``StoreError``) when the server cannot be reached;
writes are then never half-done. The GUI must not drop such a failure silently: it shows
it in the status bar and a message box offering to retry. Undo commands are pushed
through :func:`annotator.gui.commands.push`, which uses :func:`retry_loop` as well.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from annotator.gui import plain_text
from annotator.gui.error_text import error_text
from annotator.store.connection import LostConnection
from annotator.store.errors import StoreError

translate = QCoreApplication.translate

T = TypeVar("T")
LOST_PREFIX = "lost connection to the database server"
STATUS_MS = 10000

# ask_retry(parent, message) -> True to try again
AskRetry = Callable[[QWidget | None, str], bool]


class Refusal(str):
    """A refusal as the window shows it (in its language) that remembers whether the
    database connection was lost: the text alone cannot say so in every language."""

    lost: bool = False


def refusal(text: str, error: StoreError | None) -> Refusal:
    """``text`` (the words shown for ``error``) as a :class:`Refusal`."""
    shown = Refusal(text)
    shown.lost = error is not None and is_lost_connection(error)
    return shown


def is_lost_connection(error: StoreError | str) -> bool:
    if isinstance(error, LostConnection):
        return True
    if isinstance(error, Refusal):
        return error.lost
    message = error if isinstance(error, str) else error.message
    return message.startswith(LOST_PREFIX)


def ask_retry_dialog(parent: QWidget | None, message: str) -> bool:
    buttons = plain_text.Button
    answer = plain_text.message(
        parent,
        plain_text.Icon.Warning,
        translate("Retry", "Database connection lost"),
        translate("Retry", "{message}.\n\nTry again?").format(
            message=f"{message[:1].upper()}{message[1:]}"
        ),
        buttons.Retry | buttons.Cancel,
        buttons.Retry,
    )
    return answer == buttons.Retry


def show_status(parent: QWidget | None, message: str) -> None:
    """Put ``message`` in the status bar of ``parent``'s main window, if there is one."""
    widget = parent
    while widget is not None and not isinstance(widget, QMainWindow):
        widget = widget.parentWidget()
    if isinstance(widget, QMainWindow):
        widget.statusBar().showMessage(message, STATUS_MS)


def retry_loop(
    parent: QWidget | None,
    attempt: Callable[[], str | None],
    *,
    ask_retry: AskRetry | None = None,
) -> str | None:
    """Run ``attempt`` (it returns None on success, else the store's message) until it
    succeeds, or fails other than by a lost connection, or the user declines to retry.
    Returns the last error message (shown as "Not saved: ..."), None on success."""
    while True:
        error = attempt()
        if error is None:
            return None
        show_status(parent, translate("Retry", "Not saved: {}").format(error))
        ask = ask_retry or ask_retry_dialog  # looked up per call: tests replace the dialog
        if not is_lost_connection(error) or not ask(parent, error):
            return error


def run_store_action(
    parent: QWidget | None,
    action: Callable[[], T],
    *,
    ask_retry: AskRetry | None = None,
) -> tuple[bool, T | None]:
    """Run a store call that is not an undo step (reads, automatic status changes).

    Returns ``(True, result)``, or ``(False, None)`` when it failed and was not retried
    (the message is then in the status bar).
    """
    results: list[T] = []

    def attempt() -> str | None:
        try:
            results.append(action())
        except StoreError as error:
            return refusal(error_text(error), error)
        return None

    error = retry_loop(parent, attempt, ask_retry=ask_retry)
    return (True, results[-1]) if error is None else (False, None)
