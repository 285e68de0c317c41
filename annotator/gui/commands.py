"""Undoable annotation changes. Each command writes through the store in redo() and undo().

The first redo() happens inside ``QUndoStack.push``. A store refusal there is caught, kept
in ``outcome.error`` and the command made obsolete, so Qt drops it instead of stacking a
change that never happened. Exceptions cannot cross back through Qt's virtual calls, hence
the outcome object the caller keeps a reference to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from annotator.gui.session import DocumentSession
from annotator.store.errors import StoreError


@dataclass
class Outcome:
    error: str | None = None
    done: bool = False


def run_guarded(
    command: QUndoCommand, outcome: Outcome, action: Callable[[], None]
) -> StoreError | None:
    """Run a command's store change; a refusal is kept in ``outcome`` and returned, and
    makes the command obsolete so that the undo stack drops it."""
    try:
        action()
    except StoreError as error:
        outcome.error = error.message
        outcome.done = False
        command.setObsolete(True)
        return error
    outcome.done = True
    return None


class _StoreCommand(QUndoCommand):
    def __init__(self, session: DocumentSession, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.outcome = Outcome()
        self._pushed = False  # the first redo runs inside push(); its caller reports errors

    def _guard(self, action: Callable[[], None]) -> None:
        pushed, self._pushed = self._pushed, True
        error = run_guarded(self, self.outcome, action)
        if error is not None and pushed:
            self.session.failed.emit(f"{self.text()} not undone/redone: {error.message}")


class AddSpan(_StoreCommand):
    def __init__(
        self, session: DocumentSession, start: int, end: int, label: str, source: str = "manual"
    ) -> None:
        super().__init__(session, f"Label {label}")
        self.args = (start, end, label, source)
        self.info = None

    def redo(self) -> None:
        if self.info is None:
            self._guard(lambda: setattr(self, "info", self.session.add(*self.args)))
        else:
            self._guard(lambda: setattr(self, "info", self.session.restore(self.info)))

    def undo(self) -> None:
        self._guard(lambda: self.session.remove(self.info.id))


class RemoveSpan(_StoreCommand):
    def __init__(self, session: DocumentSession, span_id: int) -> None:
        super().__init__(session, "Remove label")
        self.span_id = span_id
        self.info = None

    def redo(self) -> None:
        def run() -> None:
            self.info = self.session.remove(self.span_id if self.info is None else self.info.id)

        self._guard(run)

    def undo(self) -> None:
        self._guard(lambda: setattr(self, "info", self.session.restore(self.info)))


class RelabelSpan(_StoreCommand):
    def __init__(self, session: DocumentSession, span_id: int, old: str, new: str) -> None:
        super().__init__(session, f"Relabel {old} as {new}")
        self.span_id, self.old, self.new = span_id, old, new

    def redo(self) -> None:
        self._guard(lambda: self.session.relabel(self.span_id, self.new))

    def undo(self) -> None:
        self._guard(lambda: self.session.relabel(self.span_id, self.old))


class LabelAll(_StoreCommand):
    """Add many spans in one store transaction; undo removes them in one transaction."""

    def __init__(self, session: DocumentSession, spans: list, label: str) -> None:
        super().__init__(session, f"Label {len(spans)} matches as {label}")
        self.spans = spans
        self.infos: list = []

    def redo(self) -> None:
        if not self.infos:
            self._guard(lambda: setattr(self, "infos", self.session.add_many(self.spans)))
        else:
            self._guard(lambda: setattr(self, "infos", self.session.restore_many(self.infos)))

    def undo(self) -> None:
        self._guard(lambda: self.session.remove_many([info.id for info in self.infos]))
