"""The Documents dock: the list with its status filter, the text filter and "flagged
only", which row is current, the progress count, and which document comes next. The
arrows open the row they reach; Return (or a double click) on a row says ``chosen``,
and the window goes on to the article.

The text filter matches names and texts with the Arabic matching key (harakat, tatweel,
alef forms ignored; ASCII letters in any case), answered by a worker
(:class:`~annotator.gui.document_search.DocumentSearch`); typing never waits for it, and
the list changes when the answer to the latest text arrives. Titles, notes and flags are
read once per reload (no document text is read to show the list).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from annotator.gui import window_parts as parts
from annotator.gui.document_search import DocumentSearch
from annotator.gui.i18n import language_changed
from annotator.gui.models import DocumentsModel
from annotator.gui.models.documents import FLAG, NAME, SPANS, STATUS, TITLE
from annotator.gui.plain_text import plain_label
from annotator.store.types import Note

if TYPE_CHECKING:
    from annotator.store import Store

UNFINISHED = ("new", "in_progress")
SIGHT = 60  # rows around the current one read first (more than a tall list shows)


class DocumentList(QWidget):
    """Choosing a row calls ``open_document(doc_id)``; :meth:`select` only marks a row."""

    progress_changed = Signal(str)  # "3 of 5 done"
    filtered = Signal()  # the text filter's answer is shown
    details_loaded = Signal()  # titles and span counts are shown
    chosen = Signal()  # Return (or a double click) on a row: go on to its text

    def __init__(self, parent: QWidget, open_document: Callable[[int], None]) -> None:
        super().__init__(parent)
        self._open = open_document
        self._current: int | None = None
        self._generation = 0  # of the text filter's latest question
        self._details = 0  # of the latest request for the titles and counts in sight
        self._details_shown = 0
        self._rest = self._rest_shown = 0  # of the latest request for all of them
        self._loading: tuple[Store, str, list[int]] | None = None
        self._near: list[int] = []
        self.model = DocumentsModel(self)
        self.table = parts.item_table(self, self.model, stretch=TITLE)
        header = self.table.horizontalHeader()
        for column, width in ((FLAG, 28), (NAME, 120), (STATUS, 84), (SPANS, 56)):
            header.resizeSection(column, width)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the store's order
        self.table.setSortingEnabled(True)
        self.status_filter = parts.status_filter(self)
        self.text_filter = QLineEdit(self)
        self.retranslate_ui()
        self.text_filter.setClearButtonEnabled(True)
        self.flagged_only = parts.flagged_only(self, self._flagged_toggled)
        self.filter_state = plain_label(parent=self)
        self.filter_state.hide()
        self.search = DocumentSearch(self)
        self._lay_out()
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(self._activated)
        # a reset (new data, a filter, an order) keeps the current row marked; only the
        # user's own filter or order brings it into sight
        self.model.modelReset.connect(lambda: self.select(self._current, scroll=False))
        header.sortIndicatorChanged.connect(lambda *_: self.select(self._current))
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.text_filter.textChanged.connect(self._text_changed)
        self.search.matched.connect(self._matched)
        self.search.details.connect(self._details_read)
        self.search.indexed.connect(lambda _count: self._show_state())
        self.search.failed.connect(self._search_failed)

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Documents"))
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.text_filter.setPlaceholderText(self.tr("Filter: name or text"))
        self.text_filter.setAccessibleName(self.tr("Filter documents by name or text"))

    def changeEvent(self, event: QEvent) -> None:
        if language_changed(event):
            self.retranslate_ui()
            self.model.retranslate()
            self._report_progress()
            self._show_state()
        super().changeEvent(event)

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text_filter, 1)
        row.addWidget(self.flagged_only)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.status_filter)
        box.addLayout(row)
        box.addWidget(self.filter_state)
        box.addWidget(self.table)

    # -- contents -------------------------------------------------------------------------
    def load(self, store: Store, annotator: str) -> None:
        """(Re)read the list as ``annotator`` sees it, with its notes. The titles and span
        counts follow from the worker: first those of the rows in sight
        (``details_loaded``), then every document's, then the filter's index is brought
        up to date, so that the window shows before the worker's longer jobs."""
        docs = store.document_list(annotator)
        self.model.set_documents(docs, store.document_notes(annotator))
        self.select(self._current, scroll=False)
        self._report_progress()
        self._loading = (store, annotator, [d.id for d in docs])
        self._rest = -1  # asked for once the rows in sight are shown
        self._near = self._rows_in_sight()
        self._details = self.search.load_details(store, annotator, self._near)

    def _rows_in_sight(self) -> list[int]:
        """Ids of the rows around the current one (the first rows without one)."""
        current = self.model.row_of(self._current) if self._current is not None else None
        first = max(0, (current or 0) - SIGHT)
        return [
            doc_id
            for doc_id in map(self.model.doc_id, range(first, first + 3 * SIGHT))
            if doc_id is not None
        ]

    def _load_rest(self) -> None:
        if self._loading is None:
            return
        store, annotator, ids = self._loading
        self._rest = self.search.load_details(store, annotator)
        self.search.set_documents(store, ids)
        if self.text_filter.text().strip():
            self._ask(self.text_filter.text())  # new documents may match too

    def update_document(
        self, doc_id: int, *, status: str | None = None, span_count: int | None = None
    ) -> None:
        """One document's status or span count changed (no reload)."""
        self.model.update_document(doc_id, status=status, span_count=span_count)
        self._report_progress()
        self.select(self._current, scroll=False)

    def set_note(self, doc_id: int, note: Note) -> None:
        self.model.set_note(doc_id, note)
        self.select(self._current, scroll=False)

    def select(self, doc_id: int | None, *, scroll: bool = True) -> None:
        """Mark ``doc_id``'s row as current (without opening anything) and, with
        ``scroll``, bring it into sight; without, the list stays where the user scrolled
        it (another document changed, here or elsewhere)."""
        self._current = doc_id
        row = self.model.row_of(doc_id) if doc_id is not None else None
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row is None:
            selection.clearSelection()
        else:
            index = self.model.index(row, NAME)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            if scroll:
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

    def details_ready(self) -> bool:
        """True once the titles and span counts of the rows in sight are shown."""
        return self._details_shown == self._details

    def all_details_ready(self) -> bool:
        """True once every document's title and span count of the last reload is in."""
        return self.details_ready() and self._rest_shown == self._rest

    def close_search(self) -> None:
        self.search.close()

    # -- filters --------------------------------------------------------------------------
    def _text_changed(self, text: str) -> None:
        self._ask(text)

    def _ask(self, text: str) -> None:
        self._generation = self.search.search(text)
        self._show_state()

    def _matched(self, generation: int, ids: set[int] | None) -> None:
        if generation != self._generation:
            return  # an answer to an older text
        self.model.set_matches(ids)
        self.select(self._current)
        self._show_state()
        self.filtered.emit()

    def _details_read(
        self, generation: int, counts: dict[int, int], titles: dict[int, str]
    ) -> None:
        if generation == self._details:
            self._details_shown = generation
            self.model.set_details(counts, titles, self._near)
            self.details_loaded.emit()
            QTimer.singleShot(0, self._load_rest)  # once the window has painted
        elif generation == self._rest:
            self._rest_shown = generation
            self.model.set_details(counts, titles)
            self.select(self._current, scroll=False)

    def _show_state(self) -> None:
        text = self.text_filter.text().strip()
        if not text:
            self.filter_state.hide()
            return
        if not self.search.ready():
            self.filter_state.setText(self.tr("Indexing the texts…"))
        else:
            shown, total = self.model.rowCount(), len(self.model.all_documents())
            self.filter_state.setText(
                self.tr("{shown} of %n documents match", "", total).format(shown=shown)
            )
        self.filter_state.show()

    def _search_failed(self, message: str) -> None:
        self.filter_state.setText(message)
        self.filter_state.show()

    def _flagged_toggled(self, on: bool) -> None:
        self.model.set_flagged_only(on)
        self.select(self._current)
        self._show_state()

    def _filter_changed(self) -> None:
        self.model.set_status_filter(self.status_filter.currentData())
        self.select(self._current)

    def _report_progress(self) -> None:
        done, total = self.model.counts()
        self.progress_changed.emit(self.tr("{done} of {total} done").format(done=done, total=total))

    def _activated(self, index: QModelIndex) -> None:
        self._row_changed(index, index)  # opened already unless the row was not current
        if self.model.doc_id(index.row()) == self._current:
            self.chosen.emit()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        doc_id = self.model.doc_id(current.row())
        if doc_id is not None and doc_id != self._current:
            self._open(doc_id)
