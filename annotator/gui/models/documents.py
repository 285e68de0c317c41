"""Table of documents: flag, name, title, status, span count; filtered and sorted here.

Filters: a status, "flagged only", and the ids the text filter matched (``None`` when no
text filter is set). Sorting is by any column (``sort``, which the table's header calls).
Rows are positions into the store's order, so that 20,000 documents filter and sort in
a few milliseconds without a proxy model calling Python once per row.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from itertools import count
from operator import itemgetter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from annotator.gui.i18n import QT_TRANSLATE_NOOP, isolate, shown_again
from annotator.gui.plain_text import tooltip
from annotator.store.types import ListedDocument, Note

HEADERS = (
    "⚑",
    QT_TRANSLATE_NOOP("DocumentsModel", "Name"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Title"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Status"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Spans"),
)
FLAG, NAME, TITLE, STATUS, SPANS = range(len(HEADERS))
STATUS_TEXT = {
    "new": QT_TRANSLATE_NOOP("DocumentsModel", "new"),
    "in_progress": QT_TRANSLATE_NOOP("DocumentsModel", "in progress"),
    "done": QT_TRANSLATE_NOOP("DocumentsModel", "done"),
    "reviewed": QT_TRANSLATE_NOOP("DocumentsModel", "reviewed"),
}
STATUS_ORDER = {"new": 0, "in_progress": 1, "done": 2, "reviewed": 3}
FLAG_MARK = "⚑"
NOTE_MARK = "✎"

_Index = QModelIndex | QPersistentModelIndex


class DocumentsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[ListedDocument] = []
        self._at: dict[int, int] = {}  # doc id -> position in _all
        self._titles: dict[int, str] = {}
        self._counts: dict[int, int] = {}  # doc id -> spans (ListedDocument.span_count is as read)
        self._touched: set[int] = set()  # counts updated since the list was read
        self._notes: dict[int, Note] = {}
        self._rows: list[int] = []  # positions in _all, as shown
        self._row_of: dict[int, int] = {}  # doc id -> row
        self._filter: str | None = None
        self._flagged_only = False
        self._matches: set[int] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- contents -------------------------------------------------------------------------
    def set_documents(
        self, docs: list[ListedDocument], notes: dict[int, Note] | None = None
    ) -> None:
        """The documents (and their notes); the known titles and span counts stay until
        :meth:`set_details` brings new ones."""
        self.beginResetModel()
        self._all = list(docs)  # in the store's order (by order, id)
        self._at = dict(zip(map(itemgetter(0), self._all), count()))
        self._touched = set()
        if notes is not None:
            self._notes = dict(notes)
        self._apply()
        self.endResetModel()

    def set_details(
        self, counts: dict[int, int], titles: dict[int, str], ids: list[int] | None = None
    ) -> None:
        """Span counts and titles read after the list, of every document or of ``ids``;
        counts changed since (:meth:`update_document`) are newer and stay."""
        touched = {doc_id: self._counts.get(doc_id, 0) for doc_id in self._touched}
        if ids is None:
            self._counts, self._titles = {**counts, **touched}, titles
        else:
            self._counts.update({i: counts.get(i, 0) for i in ids})
            self._counts.update(touched)
            self._titles.update({i: titles.get(i, "") for i in ids})
        if self._sort is not None and self._sort[0] in (SPANS, TITLE):
            self._reset()
        elif self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, SPANS))

    def span_count(self, doc_id: int) -> int:
        return self._counts.get(doc_id, 0)

    def set_note(self, doc_id: int, note: Note) -> None:
        """One document's note or flag changed."""
        if note:
            self._notes[doc_id] = note
        else:
            self._notes.pop(doc_id, None)
        if self._flagged_only:
            self._reset()
        else:
            self._row_changed(doc_id)

    def note(self, doc_id: int) -> Note:
        return self._notes.get(doc_id, Note())

    def update_document(
        self, doc_id: int, *, status: str | None = None, span_count: int | None = None
    ) -> None:
        """Change one document's status or span count in place (no reload)."""
        at = self._at.get(doc_id)
        if at is None:
            return
        if span_count is not None:
            self._counts[doc_id] = span_count
            self._touched.add(doc_id)
        if status is not None:
            self._all[at] = self._all[at]._replace(status=status)
        if status is not None and self._filter is not None:
            self._reset()  # it may leave or enter the filtered list
        else:
            self._row_changed(doc_id)

    # -- filters and order ----------------------------------------------------------------
    def set_status_filter(self, status: str | None) -> None:
        self._filter = status or None
        self._reset()

    def set_flagged_only(self, on: bool) -> None:
        self._flagged_only = on
        self._reset()

    def set_matches(self, ids: Collection[int] | None) -> None:
        """Show only these documents (the text filter's answer); None shows all."""
        self._matches = None if ids is None else set(ids)
        self._reset()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._reset()

    def _reset(self) -> None:
        self.beginResetModel()
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        docs, notes, matches = self._all, self._notes, self._matches
        shown = list(range(len(docs)))
        if self._filter is not None:
            shown = [i for i in shown if docs[i].status == self._filter]
        if self._flagged_only:
            shown = [i for i in shown if docs[i].id in notes and notes[docs[i].id].flagged]
        if matches is not None:
            shown = [i for i in shown if docs[i].id in matches]
        if self._sort is not None:
            column, order = self._sort
            shown.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = shown
        ids = list(map(itemgetter(0), docs))
        self._row_of = dict(zip(map(ids.__getitem__, shown), count()))

    def _sort_key(self, column: int) -> Callable[[int], tuple[object, int] | int]:
        docs, titles, notes = self._all, self._titles, self._notes
        if column == NAME:
            return lambda i: (docs[i].name.casefold(), i)
        if column == TITLE:
            return lambda i: (titles.get(docs[i].id, ""), i)
        if column == STATUS:
            return lambda i: (STATUS_ORDER.get(docs[i].status, 9), i)
        if column == SPANS:
            counts = self._counts
            return lambda i: (counts.get(docs[i].id, 0), i)
        if column == FLAG:
            return lambda i: (-_flag_rank(notes.get(docs[i].id)), i)
        return lambda i: i

    # -- lookups --------------------------------------------------------------------------
    def all_documents(self) -> list[ListedDocument]:
        """Every document, in the store's order."""
        return list(self._all)

    def shown_documents(self) -> list[ListedDocument]:
        """The documents as listed (filtered and sorted)."""
        return [self._all[i] for i in self._rows]

    def doc_id(self, row: int) -> int | None:
        return self._all[self._rows[row]].id if 0 <= row < len(self._rows) else None

    def row_of(self, doc_id: int) -> int | None:
        return self._row_of.get(doc_id)

    def info(self, doc_id: int) -> ListedDocument | None:
        at = self._at.get(doc_id)
        return None if at is None else self._all[at]

    def title(self, doc_id: int) -> str:
        return self._titles.get(doc_id, "")

    def counts(self) -> tuple[int, int]:
        """(done or reviewed, total) over all documents regardless of the filter."""
        done = sum(1 for d in self._all if d.status in ("done", "reviewed"))
        return done, len(self._all)

    def _row_changed(self, doc_id: int) -> None:
        row = self._row_of.get(doc_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    # -- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        doc = self._all[self._rows[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(doc, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(doc, column)
        if role == Qt.ItemDataRole.UserRole:
            return doc.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SPANS, FLAG):
            return int(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, doc: ListedDocument, column: int) -> object:
        if column == NAME:
            return isolate(doc.name)  # a Latin name keeps its order in a mirrored list
        if column == TITLE:
            return self._titles.get(doc.id, "")
        if column == STATUS:
            return self.tr(STATUS_TEXT[doc.status]) if doc.status in STATUS_TEXT else doc.status
        if column == SPANS:
            return self._counts.get(doc.id, 0)
        note = self._notes.get(doc.id)
        if note is None:
            return ""
        return FLAG_MARK if note.flagged else NOTE_MARK if note.text else ""

    def _tooltip(self, doc: ListedDocument, column: int) -> str | None:
        """The note, the whole title or name, shown literally."""
        if column == FLAG:
            note = self._notes.get(doc.id)
            if not note:
                return None
            flag = self.tr("Flagged uncertain") if note.flagged else ""
            return tooltip("\n".join(part for part in (flag, note.text) if part))
        if column == TITLE:
            return tooltip(self._titles.get(doc.id, "")) or None
        if column == NAME:
            return tooltip(doc.name)
        return None

    def retranslate(self) -> None:
        """The interface language changed: headers and texts again."""
        shown_again(self)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == FLAG:
            return self.tr("Flagged uncertain (⚑) or with a note (✎)")
        return None


def _flag_rank(note: Note | None) -> int:
    if note is None:
        return 0
    return 2 if note.flagged else 1 if note.text else 0
