"""One open document's suggestions for the annotator's layer: the cache the window draws
from, and the store calls its undo commands make.

Like :class:`annotator.gui.session.DocumentSession` for spans: every write is one store
call (one transaction), then the cache is updated and ``changed`` emitted. Spans that
accepting adds (or undoing it removes) go into the session's span cache, so the article
view, the entity list and the counts hear of them the usual way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from annotator.store.errors import StoreError

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from annotator.gui.session import DocumentSession
    from annotator.store.suggestions import Accepted, Rejected, SuggestionInfo

Key = tuple[int, int, str]  # start, end, label: what identifies a suggestion to the user


def key_of(info: SuggestionInfo) -> Key:
    return info.start, info.end, info.label


class DocumentSuggestions(QObject):
    changed = Signal()

    def __init__(self, session: DocumentSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.store = session.store
        self.doc_id = session.doc_id
        self.layer = session.annotator
        self.items: dict[int, SuggestionInfo] = {}
        self.model_id: int | None = None  # the model whose prediction was stored last
        self.pending: int | None = None  # the model whose prediction is being made

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        self.set_items(self.store.suggestions_for(self.doc_id, self.layer))

    def set_items(self, items: Sequence[SuggestionInfo]) -> None:
        self.items = {info.id: info for info in items}
        self.changed.emit()

    def sorted_items(self) -> list[SuggestionInfo]:
        return sorted(self.items.values(), key=lambda s: (s.start, -s.end, s.id))

    def id_of(self, key: Key) -> int | None:
        """The id the suggestion ``key`` has now (a new prediction stores new rows)."""
        return next((i for i, info in self.items.items() if key_of(info) == key), None)

    # -- writing (called by the undo commands; each call is one store transaction) ----------
    def accept(self, keys: Sequence[Key], label: str | None = None) -> list[Accepted]:
        """Accept the suggestions ``keys`` (as ``label`` when given: one suggestion);
        refused ones stay. Raises :class:`StoreError` when none was accepted."""
        ids = [i for i in (self.id_of(key) for key in keys) if i is not None]
        if not ids:
            raise StoreError(
                translate("Suggestions", "the suggestion is gone (accepted, rejected or replaced)")
            )
        if label is not None:
            done = [self.store.accept_suggestion(ids[0], label)]
        else:
            done = self.store.accept_suggestions(ids)
        if not done:
            raise StoreError(
                translate("Suggestions", "no suggestion could be accepted: each overlaps a label")
            )
        for item in done:
            self.items.pop(item.suggestion.id, None)
        self.session.adopt([item.span for item in done])
        self.changed.emit()
        return done

    def unaccept(self, accepted: Sequence[Accepted]) -> list[SuggestionInfo]:
        """Undo accepting; the suggestions as they are back (a label renamed since has
        its new name: redo must look them up by that)."""
        restored = self.store.unaccept_suggestions(accepted)
        self.session.forget([item.span.id for item in accepted])
        self.items.update((info.id, info) for info in restored)
        self.changed.emit()
        return restored

    def reject(self, key: Key) -> Rejected:
        suggestion_id = self.id_of(key)
        if suggestion_id is None:
            raise StoreError(
                translate("Suggestions", "the suggestion is gone (accepted, rejected or replaced)")
            )
        rejected = self.store.reject_suggestion(suggestion_id)
        self.items.pop(suggestion_id, None)
        self._wrote()
        return rejected

    def unreject(self, rejected: Rejected) -> SuggestionInfo:
        """Undo rejecting; the suggestion as it is back (see :meth:`unaccept`)."""
        info = self.store.unreject_suggestion(rejected)
        self.items[info.id] = info
        self._wrote()
        return info

    def stored(self, items: Sequence[SuggestionInfo], model_id: int | None) -> None:
        """A prediction was stored (or found unchanged) for ``model_id``."""
        self.model_id = model_id
        same = set(self.items) == {info.id for info in items}
        self.set_items(items)
        if not same:
            self.session.written.emit()  # the window keeps track of its own writes

    def _wrote(self) -> None:
        self.changed.emit()
        self.session.written.emit()
