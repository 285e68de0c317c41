"""The undo commands of the assistant's suggestions (imported from
:mod:`annotator.gui.commands`, like every command): accepting one or many (they become
manual spans of the layer) and rejecting one (it does not come back for the document).
Both work on a :class:`annotator.gui.suggestions.DocumentSuggestions`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.gui.command_base import StoreCommand
from annotator.gui.i18n import counted
from annotator.gui.suggestions import Key, key_of

if TYPE_CHECKING:
    from annotator.gui.suggestions import DocumentSuggestions
    from annotator.store.suggestions import Accepted, Rejected


class AcceptSuggestions(StoreCommand):
    """Accept one suggestion (as ``label`` if given), or all above the threshold at once.
    Redo finds them by position and label: a new prediction gives them new ids."""

    def __init__(self, found: DocumentSuggestions, keys: list[Key], label: str | None = None):
        translate, count = QCoreApplication.translate, len(keys)
        if count == 1:
            text = translate("commands", "Accept suggestion {0}").format(label or keys[0][2])
        else:
            text = counted(translate("commands", "Accept %n suggestions"), count)
        super().__init__(text, found.session.failed.emit)
        if count == 1:
            self.name_labels(
                translate("commands", "Accept suggestion {0}").format, label or keys[0][2]
            )
        self.found, self.keys, self.label = found, keys, label
        self.accepted: list[Accepted] = []

    def redo(self) -> None:
        def run() -> None:
            self.accepted = self.found.accept(self.keys, self.label)
            self.keys = [key_of(item.suggestion) for item in self.accepted]

        self._guard(run)

    def undo(self) -> None:
        accepted = self.accepted

        def run() -> None:
            self.keys = [key_of(info) for info in self.found.unaccept(accepted)]

        self._guard(run)


class RejectSuggestion(StoreCommand):
    """Reject a suggestion: it does not come back for this document (until undone)."""

    def __init__(self, found: DocumentSuggestions, key: Key) -> None:
        super().__init__("", found.session.failed.emit)
        text = QCoreApplication.translate("commands", "Reject suggestion {0}")
        self.name_labels(text.format, key[2])
        self.found, self.key = found, key
        self.rejected: Rejected | None = None

    def redo(self) -> None:
        self._guard(lambda: setattr(self, "rejected", self.found.reject(self.key)))

    def undo(self) -> None:
        if (rejected := self.rejected) is not None:
            self._guard(lambda: setattr(self, "key", key_of(self.found.unreject(rejected))))
