"""The undo commands of notes and "uncertain" flags, kept beside
:mod:`annotator.gui.commands` (which holds every other command and :func:`push`, the one
way to push them) only because that module is at its size limit.

:class:`SetNote` changes a note and/or flag (None keeps that part) through the store and
gives the state before back on undo; :func:`set_span_note` makes one for a span of a
:class:`DocumentSession` (whose views refresh from its ``note_changed`` signal),
:func:`set_document_note` one for a document in one layer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.gui.commands import Report, StoreCommand
from annotator.gui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from annotator.gui.session import DocumentSession
    from annotator.store import Note, Store


UNDO_TEXTS = {
    "span": {
        "flag": QT_TRANSLATE_NOOP("commands", "Flag the label uncertain"),
        "unflag": QT_TRANSLATE_NOOP("commands", "Unflag the label"),
        "note": QT_TRANSLATE_NOOP("commands", "Note on the label"),
        "unnote": QT_TRANSLATE_NOOP("commands", "Remove the note of the label"),
    },
    "document": {
        "flag": QT_TRANSLATE_NOOP("commands", "Flag the document uncertain"),
        "unflag": QT_TRANSLATE_NOOP("commands", "Unflag the document"),
        "note": QT_TRANSLATE_NOOP("commands", "Note on the document"),
        "unnote": QT_TRANSLATE_NOOP("commands", "Remove the note of the document"),
    },
}


class SetNote(StoreCommand):
    """A note and/or "uncertain" flag (None keeps that part), of a span
    (:func:`set_span_note`) or of a document in one layer (:func:`set_document_note`)."""

    def __init__(self, what: str, read: Callable[[], Note],
                 write: Callable[[str | None, bool | None], object], note: str | None,
                 flagged: bool | None, report: Report | None) -> None:  # fmt: skip
        if note is None:
            text = UNDO_TEXTS[what]["flag" if flagged else "unflag"]
        else:
            text = UNDO_TEXTS[what]["note" if note else "unnote"]
        super().__init__(QCoreApplication.translate("commands", text), report)
        self.read, self.write, self.note, self.flagged = read, write, note, flagged
        self.before: Note | None = None

    def redo(self) -> None:
        def run() -> None:
            self.before = self.read() if self.before is None else self.before
            self.write(self.note, self.flagged)

        self._guard(run)

    def undo(self) -> None:
        if (before := self.before) is not None:
            self._guard(lambda: self.write(before.text, before.flagged))


def set_span_note(session: DocumentSession, span_id: int, note: str | None = None,
                  flagged: bool | None = None) -> SetNote:  # fmt: skip
    return SetNote("span", lambda: session.note(span_id),
                   lambda text, flag: session.set_note(span_id, text, flag), note, flagged,
                   session.failed.emit)  # fmt: skip


def set_document_note(store: Store, doc_id: int, annotator: str, note: str | None = None,
                      flagged: bool | None = None, *, changed: Callable[[int, Note], None],
                      report: Report | None = None) -> SetNote:  # fmt: skip
    """``changed(doc_id, note)`` hears of each change."""

    def write(text: str | None, flag: bool | None) -> None:
        changed(doc_id, store.set_document_note(doc_id, annotator, text, flagged=flag))

    return SetNote("document", lambda: store.document_note(doc_id, annotator), write, note,
                   flagged, report)  # fmt: skip
