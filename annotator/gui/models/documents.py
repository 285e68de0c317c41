"""Table of documents: name, status, span count, with a status filter."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from annotator.store.types import DocInfo

HEADERS = ("Name", "Status", "Spans")
STATUS_TEXT = {"new": "new", "in_progress": "in progress", "done": "done", "reviewed": "reviewed"}

_Index = QModelIndex | QPersistentModelIndex


class DocumentsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[DocInfo] = []
        self._rows: list[DocInfo] = []
        self._filter: str | None = None

    def set_documents(self, docs: list[DocInfo]) -> None:
        self.beginResetModel()
        self._all = sorted(docs, key=lambda d: (d.order, d.id))
        self._apply_filter()
        self.endResetModel()

    def set_status_filter(self, status: str | None) -> None:
        self.beginResetModel()
        self._filter = status or None
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> None:
        self._rows = [d for d in self._all if self._filter is None or d.status == self._filter]

    def all_documents(self) -> list[DocInfo]:
        return list(self._all)

    def doc_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, doc_id: int) -> int | None:
        return next((i for i, d in enumerate(self._rows) if d.id == doc_id), None)

    def info(self, doc_id: int) -> DocInfo | None:
        return next((d for d in self._all if d.id == doc_id), None)

    def update_document(
        self, doc_id: int, *, status: str | None = None, span_count: int | None = None
    ) -> None:
        """Change one document's status or span count in place (no reload)."""

        def changed(doc: DocInfo) -> DocInfo:
            doc = doc if status is None else replace(doc, status=status)
            return doc if span_count is None else replace(doc, span_count=span_count)

        for i, doc in enumerate(self._all):
            if doc.id == doc_id:
                self._all[i] = changed(doc)
        for i, doc in enumerate(self._rows):
            if doc.id == doc_id:
                self._rows[i] = changed(doc)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(HEADERS) - 1))

    def counts(self) -> tuple[int, int]:
        """(done or reviewed, total) over all documents regardless of the filter."""
        done = sum(1 for d in self._all if d.status in ("done", "reviewed"))
        return done, len(self._all)

    # -- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        doc = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            cells = (doc.name, STATUS_TEXT.get(doc.status, doc.status), doc.span_count)
            return cells[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return doc.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None
