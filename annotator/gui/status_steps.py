"""Document statuses as undo steps of their documents, for the main window.

Each change is a :class:`~annotator.gui.commands.SetStatus` pushed onto its document's
own undo stack, and that stack is the one Edit > Undo acts on until the next change, so
Ctrl+Z right after Mark done (which has moved on) undoes it, wherever one is, and brings
the document back. The first label on a new document makes it "in progress" by itself
(no undo step).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.gui.commands import SetStatus, StoreCommand, push
from annotator.gui.retry import run_store_action

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoGroup

    from annotator.gui.main_window import MainWindow


class StatusSteps:
    def __init__(self, window: MainWindow, undo_group: QUndoGroup) -> None:
        self.window, self.undo_group = window, undo_group
        self._first_redo = False  # inside push(): no document to bring back

    def set_status(self, status: str, doc_id: int | None = None) -> bool:
        window = self.window
        doc_id = doc_id if doc_id is not None else window.current_document_id()
        if doc_id is None:
            return False
        stack = window.session_for(doc_id).undo_stack

        def make() -> StoreCommand:
            store, layer = window.store, window.annotator()
            return SetStatus(store, doc_id, layer, status, self._stepped, window.show_failure)

        self._first_redo = True
        try:
            outcome = push(window, stack, make)
        finally:
            self._first_redo = False
        if outcome.error is not None:
            return False  # the status bar says why (a lost connection offered a retry)
        self.undo_group.setActiveStack(stack)
        return True

    def mark_done(self) -> None:
        window = self.window
        doc_id = window.current_document_id()
        if doc_id is None or not self.set_status("done"):
            return
        window.next_unfinished()
        self.undo_group.setActiveStack(window.session_for(doc_id).undo_stack)

    def mark_started(self) -> None:
        """A first label on a new document makes it "in progress" (not an undo step)."""
        window = self.window
        doc_id = window.current_document_id()
        info = window.documents_model.info(doc_id) if doc_id is not None else None
        if doc_id is None or info is None or info.status != "new":
            return
        store, layer = window.store, window.annotator()
        saved, _ = run_store_action(window, lambda: store.set_status(doc_id, "in_progress", layer))
        if saved:
            self.changed(doc_id, "in_progress")

    def changed(self, doc_id: int, status: str) -> None:
        self.window.documents.update_document(doc_id, status=status)
        self.window.assistant.status_changed(doc_id, status)  # "done" retrains

    def _stepped(self, doc_id: int, status: str) -> None:
        """A status command ran: show it; an undo or redo made from another document's
        place (right after Mark done) brings its document back first."""
        self.changed(doc_id, status)
        window = self.window
        current = window.current_document_id()
        if self._first_redo or current is None or current == doc_id:
            return
        stack = self.undo_group.activeStack()
        window.open_document(doc_id)
        self.undo_group.setActiveStack(stack)
