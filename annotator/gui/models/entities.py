"""Table of the current document's spans: label, covered text and note, in text order;
optionally only the spans flagged uncertain.

A cell shows its text on one line, elided by the view; its tooltip holds the whole text,
shown literally (user data is never markup).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from annotator.gui.i18n import QT_TRANSLATE_NOOP, shown_again
from annotator.gui.plain_text import tooltip
from annotator.store.types import Note, SpanInfo

HEADERS = (
    QT_TRANSLATE_NOOP("EntitiesModel", "Label"),
    QT_TRANSLATE_NOOP("EntitiesModel", "Text"),
    "⚑",
)
NOTE_COLUMN = 2

_Index = QModelIndex | QPersistentModelIndex


def _key(span: SpanInfo) -> tuple[int, int, int]:
    return (span.start, -span.end, span.id)


class EntitiesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._spans: list[SpanInfo] = []
        self._keys: list[tuple[int, int, int]] = []
        self._notes: dict[int, Note] = {}
        self._all: list[SpanInfo] = []  # every span; _spans are those shown
        self.flagged_only = False
        self.color_of: Callable[[str], QColor] = lambda name: QColor()

    def set_spans(self, text: str, spans: list[SpanInfo]) -> None:
        self.beginResetModel()
        self._text = text
        self._all = sorted(spans, key=_key)
        self._spans = [s for s in self._all if self._shown(s)]
        self._keys = [_key(s) for s in self._spans]
        self.endResetModel()

    def set_notes(self, notes: dict[int, Note]) -> None:
        """The spans' notes and flags (changed: the flagged-only list is redone)."""
        self._notes = dict(notes)
        if self.flagged_only:
            self.set_spans(self._text, self._all)
        elif self._spans:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._spans) - 1, NOTE_COLUMN))

    def set_flagged_only(self, on: bool) -> None:
        self.flagged_only = on
        self.set_spans(self._text, self._all)

    def _shown(self, span: SpanInfo) -> bool:
        return not self.flagged_only or self._notes.get(span.id, Note()).flagged

    def add(self, span: SpanInfo) -> None:
        self._all.insert(bisect_left([_key(s) for s in self._all], _key(span)), span)
        if not self._shown(span):
            return
        row = bisect_left(self._keys, _key(span))
        self.beginInsertRows(QModelIndex(), row, row)
        self._spans.insert(row, span)
        self._keys.insert(row, _key(span))
        self.endInsertRows()

    def remove(self, span: SpanInfo) -> None:
        self._all = [s for s in self._all if s.id != span.id]
        row = self.row_of(span.id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._spans[row]
        del self._keys[row]
        self.endRemoveRows()

    def span_in_row(self, row: int) -> SpanInfo | None:
        return self._spans[row] if 0 <= row < len(self._spans) else None

    def row_of(self, span_id: int) -> int | None:
        return next((i for i, s in enumerate(self._spans) if s.id == span_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._spans)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        span = self._spans[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return span.label
            if index.column() == NOTE_COLUMN:
                return _mark(self._notes.get(span.id))
            return self._text[span.start : span.end].replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == NOTE_COLUMN:
            note = self._notes.get(span.id)
            return tooltip(note.text) if note is not None and note.text else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() < NOTE_COLUMN:
            # the whole text (the cell elides it), literally
            shown = span.label if index.column() == 0 else self._text[span.start : span.end]
            return tooltip(shown)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{span.label}: {self._text[span.start : span.end]}"
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return self.color_of(span.label)
        if role == Qt.ItemDataRole.UserRole:
            return span.id
        return None

    def retranslate(self) -> None:
        """The interface language changed: headers and texts again."""
        shown_again(self)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADERS[section])
        return None


def _mark(note: Note | None) -> str:
    """⚑ flagged, ✎ a note only; the note itself is the tooltip."""
    if note is None:
        return ""
    return "⚑" if note.flagged else "✎" if note.text else ""
