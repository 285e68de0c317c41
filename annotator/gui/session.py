"""One open document for one annotator layer: its text, span cache and undo stack.

The session is the single owner of the document's QUndoStack. Commands
(:mod:`annotator.gui.commands`) call its write methods, which go through the store API
(one transaction each) and then update the cache and emit signals so views refresh
without re-reading the database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from annotator.store.types import Note

if TYPE_CHECKING:
    from annotator.spans import Span
    from annotator.store import SpanInfo, Store


class DocumentSession(QObject):
    span_added = Signal(object)  # SpanInfo
    span_removed = Signal(object)  # SpanInfo
    span_changed = Signal(object, object)  # old SpanInfo, new SpanInfo
    spans_reset = Signal()
    written = Signal()  # any successful store write
    failed = Signal(str)  # an undo or redo the store refused (the stack drops that command)
    note_changed = Signal(int)  # span id: its note or flag changed

    def __init__(
        self, store: Store, doc_id: int, annotator: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.doc_id = doc_id
        self.annotator = annotator
        document = store.document(doc_id)
        self.name: str = document.name
        self.text: str = document.text
        self.spans: dict[int, SpanInfo] = {}
        self.notes: dict[int, Note] = {}  # span id -> note, spans that have one
        self.stale = False  # set when another process changed the database
        self.undo_stack = QUndoStack(self)
        self.reload_spans()

    # -- reading ---------------------------------------------------------------------------
    def reload_spans(self) -> None:
        self.spans = {info.id: info for info in self.store.spans_for(self.doc_id, self.annotator)}
        self.notes = self.store.span_notes(self.doc_id, self.annotator)
        self.spans_reset.emit()

    def note(self, span_id: int) -> Note:
        return self.notes.get(span_id, Note())

    def flagged(self) -> set[int]:
        """Ids of the spans flagged uncertain (a removed span keeps its note for undo)."""
        return {i for i, note in self.notes.items() if note.flagged and i in self.spans}

    def sorted_spans(self) -> list[SpanInfo]:
        return sorted(self.spans.values(), key=lambda s: (s.start, -s.end, s.id))

    # -- writing (called by commands; each call is one store transaction) -------------------
    def add(self, start: int, end: int, label: str, source: str = "manual") -> SpanInfo:
        info = self.store.add_span(self.doc_id, self.annotator, start, end, label, source=source)
        self._insert(info)
        return info

    def add_many(self, spans: list[Span], source: str = "manual") -> list[SpanInfo]:
        infos = self.store.add_spans(self.doc_id, self.annotator, spans, source)
        for info in infos:
            self.spans[info.id] = info
        self.spans_reset.emit()
        self.written.emit()
        return infos

    def remove(self, span_id: int) -> SpanInfo:
        info = self.store.remove_span(span_id)
        self.spans.pop(span_id, None)
        self.span_removed.emit(info)
        self.written.emit()
        return info

    def restore(self, info: SpanInfo) -> SpanInfo:
        restored = self.store.restore_span(info)
        self._insert(restored)
        return restored

    def relabel(self, span_id: int, label: str) -> SpanInfo:
        old = self.spans.get(span_id)
        new = self.store.relabel_span(span_id, label)
        return self._replaced(old, new)

    def set_note(self, span_id: int, text: str | None, flagged: bool | None) -> Note:
        """Change a span's note and/or flag (None keeps that part)."""
        note = self.store.set_span_note(span_id, text, flagged=flagged)
        if note:
            self.notes[span_id] = note
        else:
            self.notes.pop(span_id, None)
        self.note_changed.emit(span_id)
        self.written.emit()
        return note

    def resize(self, span_id: int, start: int, end: int) -> SpanInfo:
        """Move a span's edges (one store transaction); views hear ``span_changed``."""
        old = self.spans.get(span_id)
        new = self.store.resize_span(span_id, start, end)
        return self._replaced(old, new)

    def _replaced(self, old: SpanInfo | None, new: SpanInfo) -> SpanInfo:
        """``new`` is stored in place of ``old`` (unknown here: the views reload)."""
        self.spans[new.id] = new
        if old is None:
            self.spans_reset.emit()
        else:
            self.span_changed.emit(old, new)
        self.written.emit()
        return new

    def remove_many(self, span_ids: list[int]) -> list[SpanInfo]:
        with self.store.atomic():
            infos = [self.store.remove_span(span_id) for span_id in span_ids]
        for info in infos:
            self.spans.pop(info.id, None)
        self.spans_reset.emit()
        self.written.emit()
        return infos

    def restore_many(self, infos: list[SpanInfo]) -> list[SpanInfo]:
        with self.store.atomic():
            restored = [self.store.restore_span(info) for info in infos]
        for info in restored:
            self.spans[info.id] = info
        self.spans_reset.emit()
        self.written.emit()
        return restored

    # -- spans another store call wrote (accepting suggestions, and undoing that) ---------
    def adopt(self, infos: list[SpanInfo]) -> None:
        """Spans the store has just added for this layer: cached and announced."""
        if len(infos) == 1:
            self._insert(infos[0])
            return
        self.spans.update((info.id, info) for info in infos)
        self.spans_reset.emit()
        self.written.emit()

    def forget(self, span_ids: list[int]) -> None:
        """Spans the store has just removed from this layer."""
        gone = [self.spans.pop(span_id) for span_id in span_ids if span_id in self.spans]
        if len(gone) == 1:
            self.span_removed.emit(gone[0])
        else:
            self.spans_reset.emit()
        self.written.emit()

    def _insert(self, info: SpanInfo) -> None:
        self.spans[info.id] = info
        self.span_added.emit(info)
        self.written.emit()
