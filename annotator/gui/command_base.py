"""The machinery of the undo commands: the command base class and the one way to push.

The first redo() happens inside ``QUndoStack.push``. A store refusal there is caught,
kept in ``outcome.error`` and the command made obsolete, so Qt drops it instead of
stacking a change that never happened. Exceptions cannot cross back through Qt's virtual
calls, hence the outcome object the caller keeps a reference to. A later undo or redo
that fails is reported through the command's ``report`` callable. The commands
themselves are all imported from :mod:`annotator.gui.commands`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from annotator.gui.retry import AskRetry, retry_loop
from annotator.store.errors import StoreError

Report = Callable[[str], None]


@dataclass
class Outcome:
    error: str | None = None
    done: bool = False


def run_guarded(
    command: QUndoCommand,
    outcome: Outcome,
    action: Callable[[], object],
    describe: Callable[[Exception], str] | None = None,
) -> str | None:
    """Run a command's store change; a refusal is kept in ``outcome`` and returned, and
    makes the command obsolete so that the undo stack drops it. ``describe`` words the
    refusal (default: the error's message)."""
    try:
        action()
    except (StoreError, ValueError) as error:
        outcome.error = (
            describe(error) if describe else str(getattr(error, "message", None) or error)
        )
        outcome.done = False
        command.setObsolete(True)
        return outcome.error
    outcome.done = True
    return None


class StoreCommand(QUndoCommand):
    """A change written through the store; ``report`` hears of a failed undo or redo."""

    def __init__(self, text: str, report: Report | None = None) -> None:
        super().__init__(text)
        self.outcome = Outcome()
        self.report = report
        self._pushed = False  # the first redo runs inside push(); push reports its errors

    def describe(self, error: Exception) -> str:
        """How a refusal of this command reads in the window."""
        return str(getattr(error, "message", None) or error)

    def _guard(self, action: Callable[[], object]) -> None:
        pushed, self._pushed = self._pushed, True
        error = run_guarded(self, self.outcome, action, self.describe)
        if error is not None and pushed and self.report is not None:
            self.report(
                QCoreApplication.translate(
                    "commands", "{command} not undone/redone: {error}"
                ).format(command=self.text(), error=error)
            )


def push(
    parent: QWidget | None,
    stack: QUndoStack,
    make_command: Callable[[], StoreCommand],
    *,
    ask_retry: AskRetry | None = None,
) -> Outcome:
    """Push a fresh command (``make_command()``) onto ``stack``; the one way commands are
    pushed. A refusal is shown in the status bar and leaves nothing on the stack; on a
    lost connection the user may retry (with a new command). Returns the last outcome."""
    outcomes: list[Outcome] = []

    def attempt() -> str | None:
        command = make_command()
        outcomes.append(command.outcome)
        stack.push(command)
        return command.outcome.error

    retry_loop(parent, attempt, ask_retry=ask_retry)
    return outcomes[-1]
