"""The machinery of the undo commands: the command base class and the one way to push.

The first redo() happens inside ``QUndoStack.push``. A store refusal there is caught,
kept in ``outcome.error`` and the command made obsolete, so Qt drops it instead of
stacking a change that never happened. Exceptions cannot cross back through Qt's virtual
calls, hence the outcome object the caller keeps a reference to. A later undo or redo
that fails is reported through the command's ``report`` callable; when it failed because
the database server could not be reached, the command stays where it was on the stack (the
store holds what it held before), so that the same undo or redo can be tried again. The
commands themselves are all imported from :mod:`annotator.gui.commands`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from annotator.gui.error_text import error_text
from annotator.gui.retry import AskRetry, is_lost_connection, refusal, retry_loop
from annotator.store.errors import StoreError

if TYPE_CHECKING:
    from annotator.store import Store

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
    *,
    keep_if_lost: bool = False,
) -> str | None:
    """Run a command's store change; a refusal is kept in ``outcome`` and returned, and
    makes the command obsolete so that the undo stack drops it. ``describe`` words the
    refusal (default: :func:`annotator.gui.error_text.error_text`). With ``keep_if_lost``
    a lost connection leaves the command on the stack: it can succeed later."""
    try:
        action()
    except (StoreError, ValueError) as error:
        store_error = error if isinstance(error, StoreError) else None
        outcome.error = refusal((describe or error_text)(error), store_error)
        outcome.done = False
        lost = store_error is not None and is_lost_connection(store_error)
        if not (keep_if_lost and lost):
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
        self.stack: QUndoStack | None = None  # set by push()
        self._skip = False  # the next undo/redo only moves the stack back (see _step_back)

    def name_labels(self, template: Callable[..., str], *names: str) -> None:
        """The step's text is ``template(*names)``, ``names`` being label names: it is
        written again with their new names when the labels are renamed (:func:`follow_renames`)."""
        self._label_names, self._template = list(names), template
        self.setText(template(*names))

    def follow_renames(self, current: Mapping[str, str]) -> bool:
        """Say the labels' current names (``current``: old name -> name now); True if
        the text changed."""
        names = getattr(self, "_label_names", [])
        new = [current.get(name, name) for name in names]
        if new == names:
            return False
        self.name_labels(self._template, *new)
        return True

    def describe(self, error: Exception) -> str:
        """How a refusal of this command reads in the window."""
        return error_text(error)

    def _guard(self, action: Callable[[], object]) -> None:
        if self._skip:
            self._skip = False
            return
        pushed, self._pushed = self._pushed, True
        error = run_guarded(self, self.outcome, action, self.describe, keep_if_lost=pushed)
        if error is None or not pushed:
            return
        if self.report is not None:
            self.report(
                QCoreApplication.translate(
                    "commands", "{command} not undone/redone: {error}"
                ).format(command=self.text(), error=error)
            )
        if not self.isObsolete() and self.stack is not None:
            # Qt moves the stack's index after undo()/redo() returns: move it back then
            QTimer.singleShot(0, self.stack, self._step_back)

    def _step_back(self) -> None:
        """After an undo or redo that could not reach the server, put the stack's index
        back where it was, without touching the store (its data did not change)."""
        stack = self.stack
        if stack is None:
            return
        index = stack.index()
        if index < stack.count() and stack.command(index) is self:
            self._skip = True  # an undo failed: the change is still in the store
            stack.redo()
        elif index > 0 and stack.command(index - 1) is self:
            self._skip = True  # a redo failed: the change is still not in the store
            stack.undo()
        self._skip = False


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
        command.stack = stack
        outcomes.append(command.outcome)
        stack.push(command)
        return command.outcome.error

    retry_loop(parent, attempt, ask_retry=ask_retry)
    return outcomes[-1]


def follow_renames(store: Store, stacks: Iterable[QUndoStack]) -> None:
    """The texts of the steps on ``stacks`` (Edit > Undo / Redo) with the labels' current
    names, after a rename here or by another member (the store records renames)."""
    stacks = list(stacks)
    steps = [
        step
        for stack in stacks
        for step in (stack.command(i) for i in range(stack.count()))
        if isinstance(step, StoreCommand)
    ]
    names = {name for step in steps for name in getattr(step, "_label_names", [])}
    if not names:
        return
    current = store.current_label_names(names)
    if any([step.follow_renames(current) for step in steps]):  # every step, not the first
        for stack in stacks:  # Qt says a new text only when the index moves: say it now
            stack.undoTextChanged.emit(stack.undoText())
            stack.redoTextChanged.emit(stack.redoText())
