"""The Documents dock: the list with its status filter, which row is current, the
progress count, and which document comes next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from annotator.gui import window_parts as parts
from annotator.gui.models import DocumentsModel
from annotator.store.types import DocInfo

UNFINISHED = ("new", "in_progress")


class DocumentList(QWidget):
    """Choosing a row calls ``open_document(doc_id)``; :meth:`select` only marks a row."""

    progress_changed = Signal(str)  # "3 of 5 done"

    def __init__(self, parent: QWidget, open_document: Callable[[int], None]) -> None:
        super().__init__(parent)
        self._open = open_document
        self._current: int | None = None
        self.model = DocumentsModel(self)
        self.table = parts.item_table(self, self.model)
        self.status_filter = parts.status_filter(self)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.status_filter)
        box.addWidget(self.table)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)

    def set_documents(self, docs: list[DocInfo]) -> None:
        self.model.set_documents(docs)
        self.select(self._current)
        self._report_progress()

    def update_document(
        self, doc_id: int, *, status: str | None = None, span_count: int | None = None
    ) -> None:
        """One document's status or span count changed (no reload)."""
        self.model.update_document(doc_id, status=status, span_count=span_count)
        self._report_progress()

    def select(self, doc_id: int | None) -> None:
        """Mark ``doc_id``'s row as current (without opening anything)."""
        self._current = doc_id
        row = self.model.row_of(doc_id) if doc_id is not None else None
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row is None:
            selection.clearSelection()
        else:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        selection.blockSignals(False)
        # update() repaints the viewport too; asking for the viewport (a widget Qt made)
        # would have PySide initialise every QtWidgets class.
        self.table.update()

    def next_unfinished(self, current: int | None) -> int | None:
        """The next new or in-progress document after ``current`` (wrapping round)."""
        docs = self.model.all_documents()
        ids = [d.id for d in docs]
        start = ids.index(current) + 1 if current in ids else 0
        for doc in docs[start:] + docs[:start]:
            if doc.status in UNFINISHED and doc.id != current:
                return doc.id
        return None

    def step(self, current: int | None, delta: int) -> int | None:
        """The document ``delta`` rows from ``current`` in the list as filtered."""
        row = self.model.row_of(current) if current is not None else None
        return self.model.doc_id(row + delta if row is not None else 0)

    def _report_progress(self) -> None:
        done, total = self.model.counts()
        self.progress_changed.emit(f"{done} of {total} done")

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        doc_id = self.model.doc_id(current.row())
        if doc_id is not None and doc_id != self._current:
            self._open(doc_id)

    def _filter_changed(self) -> None:
        self.model.set_status_filter(self.status_filter.currentData())
        self.select(self._current)
