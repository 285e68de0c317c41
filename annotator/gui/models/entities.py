"""Table of the current document's spans: label and covered text, in text order."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from annotator.store.types import SpanInfo

HEADERS = ("Label", "Text")

_Index = QModelIndex | QPersistentModelIndex


def _key(span: SpanInfo) -> tuple[int, int, int]:
    return (span.start, -span.end, span.id)


class EntitiesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._spans: list[SpanInfo] = []
        self._keys: list[tuple[int, int, int]] = []
        self.color_of: Callable[[str], QColor] = lambda name: QColor()

    def set_spans(self, text: str, spans: list[SpanInfo]) -> None:
        self.beginResetModel()
        self._text = text
        self._spans = sorted(spans, key=_key)
        self._keys = [_key(s) for s in self._spans]
        self.endResetModel()

    def add(self, span: SpanInfo) -> None:
        row = bisect_left(self._keys, _key(span))
        self.beginInsertRows(QModelIndex(), row, row)
        self._spans.insert(row, span)
        self._keys.insert(row, _key(span))
        self.endInsertRows()

    def remove(self, span: SpanInfo) -> None:
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
            return self._text[span.start : span.end].replace("\n", " ")
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return self.color_of(span.label)
        if role == Qt.ItemDataRole.UserRole:
            return span.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None
