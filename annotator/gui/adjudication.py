"""Adjudication: settle one document's gold layer from the annotators' layers.

The left side lists every span found in the selected annotator layers, merged, with
which layers hold it and whether they all agree. The right side is the gold layer in an
:class:`ArticleView` (select text to add a span). Every change goes to the ``gold``
layer through the store at once and is a ``QUndoCommand`` on this window's own stack:
the span commands of :mod:`annotator.gui.commands` on a gold :class:`DocumentSession`,
and :class:`MarkReviewed` for the status.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.adjudication import Candidate, agreed_missing, annotator_layers, merge_layers
from annotator.gui.article_view import ArticleView
from annotator.gui.commands import (
    REVIEWED,
    AddSpan,
    LabelAll,
    MarkReviewed,
    RelabelSpan,
    RemoveSpan,
    StoreCommand,
    accept_agreed,
    push,
)
from annotator.gui.error_text import error_text
from annotator.gui.i18n import QT_TRANSLATE_NOOP, isolate, language_changed
from annotator.gui.palette import palette_labels
from annotator.gui.plain_text import plain_label
from annotator.gui.retry import AskRetry
from annotator.gui.session import DocumentSession
from annotator.layers import GOLD
from annotator.store.errors import StoreError

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow
    from annotator.store import Note, SpanInfo, Store

COLUMNS = (
    QT_TRANSLATE_NOOP("AdjudicationWindow", "Text"),
    QT_TRANSLATE_NOOP("AdjudicationWindow", "Label"),
    QT_TRANSLATE_NOOP("AdjudicationWindow", "Offsets"),
    QT_TRANSLATE_NOOP("AdjudicationWindow", "Layers"),
    QT_TRANSLATE_NOOP("AdjudicationWindow", "Agreement"),
    QT_TRANSLATE_NOOP("AdjudicationWindow", "In gold"),
    QT_TRANSLATE_NOOP("AdjudicationWindow", "Notes"),
)
VERDICT_TEXT = {
    True: QT_TRANSLATE_NOOP("AdjudicationWindow", "agree"),
    False: QT_TRANSLATE_NOOP("AdjudicationWindow", "disagree"),
}
IN_GOLD_TEXT = QT_TRANSLATE_NOOP("AdjudicationWindow", "yes")
DISAGREE_BACKGROUND = QColor(255, 160, 0, 110)


class AdjudicationWindow(QWidget):
    """Review one document. ``ask_retry`` is passed on for lost connections (tests)."""

    gold_changed = Signal()

    def __init__(
        self,
        store: Store,
        doc_id: int,
        parent: QWidget | None = None,
        *,
        layers: list[str] | None = None,
        ask_retry: AskRetry | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store, self.doc_id = store, doc_id
        self._ask_retry = ask_retry
        self.session = DocumentSession(store, doc_id, GOLD, self)
        self.undo_stack = self.session.undo_stack
        self.layers = layers if layers is not None else annotator_layers(store, doc_id)
        self.layer_spans = {name: store.spans_for(doc_id, name) for name in self.layers}
        self.notes = candidate_notes(self.layer_spans, store.span_notes(doc_id))
        self._labels = palette_labels(store.labels())
        self._colors = {label.name: label.color for label in self._labels}
        self._candidates: list[Candidate] = []
        self._build_ui()
        self.retranslate_ui()
        for signal in (
            self.session.span_added,
            self.session.span_removed,
            self.session.spans_reset,
        ):
            signal.connect(self.refresh)
        self.session.span_changed.connect(self.refresh)
        self.undo_stack.indexChanged.connect(self._update_status)
        self.refresh()
        self.resize(1200, 720)

    # -- construction ------------------------------------------------------------------------
    def _build_ui(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_candidates())
        splitter.addWidget(self._build_gold())
        splitter.setSizes([560, 640])
        self.message = plain_label(parent=self)  # store messages quote names: plain text
        self.message.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(splitter, 1)
        box.addWidget(self.message)
        self.gold_view.set_document(self.session.text, [])

    def _build_candidates(self) -> QWidget:
        """Left: the layers compared and the merged candidate spans."""
        self.layer_list = QListWidget(self)
        for name in self.layers:
            item = QListWidgetItem(name, self.layer_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.layer_list.setMaximumHeight(24 * max(2, min(len(self.layers), 5)))
        self.layer_list.itemChanged.connect(lambda _item: self.refresh())

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.accept_selected())

        self.accept_button = QPushButton(self)
        self.accept_button.clicked.connect(self.accept_selected)
        self.accept_all_button = QPushButton(self)
        self.accept_all_button.clicked.connect(self.accept_all_agreed)

        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        self.layers_caption = plain_label(parent=self)
        left_box.addWidget(self.layers_caption)
        left_box.addWidget(self.layer_list)
        left_box.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.accept_all_button)
        left_box.addLayout(buttons)
        return left

    def _build_gold(self) -> QWidget:
        """Right: the gold layer's text, its spans, and the editing and review buttons."""
        self.gold_view = ArticleView(self)
        self.gold_view.color_of = lambda name: self._colors.get(name, self.palette().mid().color())
        self.gold_view.range_picked.connect(self._range_picked)
        self.gold_view.span_clicked.connect(self._gold_span_clicked)
        self.gold_list = QListWidget(self)
        self.gold_list.currentRowChanged.connect(self._gold_row_changed)
        self.label_combo = QComboBox(self)
        self.label_combo.addItems([label.name for label in self._labels])
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected_gold)
        self.relabel_button = QPushButton(self)
        self.relabel_button.clicked.connect(self.relabel_selected_gold)
        self.reviewed_button = QPushButton(self)
        self.reviewed_button.clicked.connect(self.mark_reviewed)
        self.undo_button = QPushButton(self)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button = QPushButton(self)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo)
        QShortcut(QKeySequence("Ctrl+Shift+Z"), self, self.undo_stack.redo)
        # like every dialog: Escape closes (each decision is already in the store)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        self.gold_caption = plain_label(parent=self)
        right_box.addWidget(self.gold_caption)
        right_box.addWidget(self.gold_view, 3)
        right_box.addWidget(self.gold_list, 1)
        edit_row = QHBoxLayout()
        self.label_caption = plain_label(parent=self)
        edit_row.addWidget(self.label_caption)
        edit_row.addWidget(self.label_combo)
        edit_row.addWidget(self.relabel_button)
        edit_row.addWidget(self.remove_button)
        right_box.addLayout(edit_row)
        done_row = QHBoxLayout()
        done_row.addWidget(self.undo_button)
        done_row.addWidget(self.redo_button)
        done_row.addStretch(1)
        done_row.addWidget(self.reviewed_button)
        right_box.addLayout(done_row)

        return right

    def retranslate_ui(self) -> None:
        """The window's own texts in the interface language (again on LanguageChange)."""
        self.setWindowTitle(self.tr("Adjudicate — {}").format(isolate(self.session.name)))
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.accept_button.setText(self.tr("Accept into gold"))
        self.layers_caption.setText(self.tr("Annotators compared:"))
        self.remove_button.setText(self.tr("Remove from gold"))
        self.relabel_button.setText(self.tr("Relabel as chosen label"))
        self.undo_button.setText(self.tr("Undo"))
        self.redo_button.setText(self.tr("Redo"))
        self.gold_caption.setText(self.tr("Gold layer (select text to add it with the label):"))
        self.label_caption.setText(self.tr("Label:"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if language_changed(event):
            self.retranslate_ui()
            self.refresh()  # the table's words and the status buttons

    def selected_layers(self) -> list[str]:
        return [
            self.layer_list.item(i).text()
            for i in range(self.layer_list.count())
            if self.layer_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def gold_spans(self) -> list[SpanInfo]:
        return self.session.sorted_spans()

    def refresh(self, *_args: object) -> None:
        """Rebuild the candidate table, the gold view and the gold list from the session."""
        gold = self.gold_spans()
        self._candidates = merge_layers(self.layer_spans, gold, self.selected_layers())
        text = self.session.text
        self.table.setRowCount(len(self._candidates))
        for row, cand in enumerate(self._candidates):
            cells = (
                text[cand.start : cand.end],
                cand.label,
                f"{cand.start}–{cand.end}",
                ", ".join(cand.layers),
                self.tr(VERDICT_TEXT[cand.agreed]),
                self.tr(IN_GOLD_TEXT) if cand.in_gold else "",
                self.notes.get((cand.start, cand.end, cand.label), ""),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column == 4 and not cand.agreed:
                    # Translucent amber: readable under the text colour of both themes.
                    item.setBackground(DISAGREE_BACKGROUND)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        selected = self.gold_view.selected_span()
        self.gold_view.set_spans(gold)
        self.gold_list.blockSignals(True)
        self.gold_list.clear()
        for info in gold:
            entry = QListWidgetItem(f"{info.label}  {text[info.start : info.end]}", self.gold_list)
            entry.setData(Qt.ItemDataRole.UserRole, info.id)
        self.gold_list.blockSignals(False)
        if selected is not None and selected in self.session.spans:
            self.select_gold(selected)
        self.gold_changed.emit()
        self._update_status()

    def _update_status(self, *_args: object) -> None:
        try:
            status = self.store.status_for(self.doc_id, GOLD)
        except StoreError as error:  # e.g. the server is gone: say so, keep the window usable
            self._show(self.tr("Cannot read the status: {}").format(error_text(error)))
            return
        agreed = len(agreed_missing(self._candidates))
        self.reviewed_button.setText(
            self.tr("Reviewed ✓") if status == REVIEWED else self.tr("Mark reviewed")
        )
        self.accept_all_button.setText(self.tr("Accept all agreed ({})").format(agreed))

    def _show(self, message: str) -> None:
        self.message.setText(message)

    # -- actions -------------------------------------------------------------------------------
    def _push_reporting(self, make_command: Callable[[], StoreCommand]) -> bool:
        outcome = push(self, self.undo_stack, make_command, ask_retry=self._ask_retry)
        self._show(
            self.tr("Not saved: {}").format(outcome.error) if outcome.error is not None else ""
        )
        return outcome.error is None

    def accept_candidate(self, candidate: Candidate) -> bool:
        """Copy one candidate span into gold (refused with a message if gold conflicts)."""
        if candidate.in_gold:
            self._show(self.tr("Already in gold."))
            return False
        return self._push_reporting(
            lambda: AddSpan(self.session, candidate.start, candidate.end, candidate.label)
        )

    def accept_selected(self) -> bool:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows:
            self._show(self.tr("Select a span in the list first."))
            return False
        if len(rows) == 1:
            return self.accept_candidate(self._candidates[rows[0]])
        spans = [self._candidates[r].span() for r in rows if not self._candidates[r].in_gold]
        return bool(spans) and self._push_reporting(
            lambda: LabelAll(self.session, spans, self.tr("selected spans"))
        )

    def accept_all_agreed(self) -> int:
        """Add every span all selected layers agree on (and gold lacks) as one undo step."""
        spans = agreed_missing(self._candidates)
        if not spans:
            self._show(self.tr("No agreed span is missing from gold."))
            return 0
        ok = self._push_reporting(lambda: accept_agreed(self.session, spans))
        return len(spans) if ok else 0

    def add_gold(self, start: int, end: int, label: str) -> bool:
        return self._push_reporting(lambda: AddSpan(self.session, start, end, label))

    def remove_gold(self, span_id: int) -> bool:
        return self._push_reporting(lambda: RemoveSpan(self.session, span_id))

    def relabel_gold(self, span_id: int, label: str) -> bool:
        info = self.session.spans.get(span_id)
        if info is None or info.label == label:
            return False
        old = info.label
        return self._push_reporting(lambda: RelabelSpan(self.session, span_id, old, label))

    def selected_gold(self) -> int | None:
        return self.gold_view.selected_span()

    def select_gold(self, span_id: int | None) -> None:
        self.gold_view.set_selected_span(span_id)
        self.gold_list.blockSignals(True)
        for i in range(self.gold_list.count()):
            if self.gold_list.item(i).data(Qt.ItemDataRole.UserRole) == span_id:
                self.gold_list.setCurrentRow(i)
                break
        else:
            self.gold_list.setCurrentRow(-1)
        self.gold_list.blockSignals(False)

    def remove_selected_gold(self) -> bool:
        span_id = self.selected_gold()
        if span_id is None:
            self._show(self.tr("Select a gold span first."))
            return False
        return self.remove_gold(span_id)

    def relabel_selected_gold(self) -> bool:
        span_id = self.selected_gold()
        if span_id is None:
            self._show(self.tr("Select a gold span first."))
            return False
        return self.relabel_gold(span_id, self.label_combo.currentText())

    def mark_reviewed(self) -> bool:
        ok = self._push_reporting(lambda: MarkReviewed(self.store, self.doc_id))
        self._update_status()
        return ok

    def _range_picked(self, start: int, end: int) -> None:
        label = self.label_combo.currentText()
        if label:
            self.add_gold(start, end, label)

    def _gold_span_clicked(self, span_id: int) -> None:
        self.select_gold(span_id)

    def _gold_row_changed(self, row: int) -> None:
        item = self.gold_list.item(row) if row >= 0 else None
        self.gold_view.set_selected_span(
            item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        )


def candidate_notes(
    layer_spans: dict[str, list[SpanInfo]], notes: dict[int, Note]
) -> dict[tuple[int, int, str], str]:
    """(start, end, label) -> the annotators' notes and flags on that span, one line
    per layer ("amal: ⚑ not sure it is a place")."""
    found: dict[tuple[int, int, str], list[str]] = {}
    for layer, spans in layer_spans.items():
        for span in spans:
            note = notes.get(span.id)
            if note:
                text = " ".join(part for part in ("⚑" if note.flagged else "", note.text) if part)
                found.setdefault((span.start, span.end, span.label), []).append(f"{layer}: {text}")
    return {key: "\n".join(lines) for key, lines in found.items()}


def open_adjudication(window: MainWindow) -> AdjudicationWindow | None:
    """Review > Adjudicate in the main window: adjudicate its current document."""
    doc_id = window.current_document_id()
    if doc_id is None:
        window.statusBar().showMessage(
            translate("AdjudicationWindow", "Open a document to adjudicate first."), 5000
        )
        return None
    dialog = AdjudicationWindow(window.store, doc_id, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.activity.watch(dialog)  # its time counts for the person, never twice
    window.activity.opened(dialog, doc_id, window.annotator())
    dialog.show()
    return dialog
