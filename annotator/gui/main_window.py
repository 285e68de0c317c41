"""The annotation window: document list, article view, label palette, entity list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.gui import settings as cfg
from annotator.gui.article_view import ArticleView
from annotator.gui.commands import AddSpan, LabelAll, RelabelSpan, RemoveSpan
from annotator.gui.models import DocumentsModel, EntitiesModel
from annotator.gui.palette import LabelPalette, palette_labels
from annotator.gui.search_bar import SearchBar
from annotator.gui.session import DocumentSession
from annotator.gui.window_actions import build_actions

POLL_MS = 1000
UNFINISHED = ("new", "in_progress")


class MainWindow(QMainWindow):
    def __init__(self, store, *, location: str = "", annotator: str | None = None) -> None:
        super().__init__()
        self.store = store
        self.location = location
        self._annotator = annotator or cfg.annotator_name()
        self._sessions: dict[tuple[int, str], DocumentSession] = {}
        self._session: DocumentSession | None = None
        self._undo_group = QUndoGroup(self)
        self._known_revision = -1
        self._build_ui()
        self.actions_ = build_actions(self)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.poll_revision)
        self._poll.start()
        self.reload()
        self._restore_settings()

    # -- construction ---------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.setObjectName("MainWindow")
        self.article_view = ArticleView(self)
        self.search_bar = SearchBar(self)
        self.search_bar.hide()
        central = QWidget(self)
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.search_bar)
        box.addWidget(self.article_view)
        self.setCentralWidget(central)

        self.documents_model = DocumentsModel(self)
        self.documents_table = self._table(self.documents_model)
        self.status_filter = QComboBox(self)
        for text, value in (
            ("All documents", None),
            ("New", "new"),
            ("In progress", "in_progress"),
            ("Done", "done"),
            ("Reviewed", "reviewed"),
        ):
            self.status_filter.addItem(text, value)
        docs = QWidget(self)
        docs_box = QVBoxLayout(docs)
        docs_box.setContentsMargins(0, 0, 0, 0)
        docs_box.addWidget(self.status_filter)
        docs_box.addWidget(self.documents_table)
        self.documents_dock = self._dock(
            "Documents", "documents", docs, Qt.DockWidgetArea.LeftDockWidgetArea
        )

        self.palette_widget = LabelPalette(self)
        self.palette_dock = self._dock(
            "Labels", "labels", self.palette_widget, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.entities_model = EntitiesModel(self)
        self.entities_model.color_of = lambda name: self.palette_widget.color_of(name)
        self.entities_table = self._table(self.entities_model, stretch=1)
        self.entities_dock = self._dock(
            "Entities", "entities", self.entities_table, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.article_view.color_of = self.palette_widget.color_of

        self.annotator_label = QLabel(self)
        self.progress_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.annotator_label)
        self.statusBar().addPermanentWidget(self.progress_label)

        self.documents_table.selectionModel().currentRowChanged.connect(self._document_row_changed)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.entities_table.clicked.connect(self._entity_clicked)
        self.article_view.range_picked.connect(self._range_picked)
        self.article_view.span_clicked.connect(self.select_span)
        self.article_view.empty_clicked.connect(self.clear_selection)
        self.article_view.context_requested.connect(self._context_menu)
        self.palette_widget.current_changed.connect(self._current_label_changed)
        self.search_bar.query_changed.connect(self._search)
        self.search_bar.next_requested.connect(lambda: self._step_hit(1))
        self.search_bar.previous_requested.connect(lambda: self._step_hit(-1))
        self.search_bar.label_all_requested.connect(self.label_all_matches)
        self.search_bar.closed.connect(self._search_closed)
        self._hit_index = -1

    def _table(self, model, stretch: int = 0) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
        header = table.horizontalHeader()
        for column in range(model.columnCount()):
            if column == stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, 96)
        return table

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # -- public API --------------------------------------------------------------------------
    def annotator(self) -> str:
        return self._annotator

    def set_annotator(self, name: str) -> None:
        """Edit another annotator's layer (spans, statuses and undo history are per layer)."""
        name = name.strip()
        if not name or name == self._annotator:
            return
        self._annotator = name
        cfg.set_value("annotator/name", name)
        current = self.current_document_id()
        self.store.annotator(name)
        self.reload_documents()
        if current is not None:
            self.open_document(current)
        self._update_title()

    def current_document_id(self) -> int | None:
        return self._session.doc_id if self._session else None

    def session(self) -> DocumentSession | None:
        return self._session

    def undo_stack(self):
        return self._session.undo_stack if self._session else None

    def reload(self) -> None:
        """Re-read labels, documents and the current document's spans from the store."""
        self.reload_labels()
        self.reload_documents()
        for session in self._sessions.values():
            session.stale = True
        if self._session is not None:
            self._refresh_session(self._session)
        self._known_revision = self.store.revision()

    def reload_labels(self) -> None:
        current = self.palette_widget.current()
        self.palette_widget.set_labels(palette_labels(self.store.labels()))
        self.palette_widget.set_current(current)
        self.article_view.viewport().update()
        # update() on the table repaints its viewport as well; asking for the viewport
        # itself (a widget Qt made) would have PySide initialise every QtWidgets class.
        self.entities_table.update()

    def reload_documents(self) -> None:
        self.documents_model.set_documents(self.store.documents(annotator=self._annotator))
        self._select_document_row()
        self._update_progress()

    def open_document(self, doc_id: int) -> None:
        key = (doc_id, self._annotator)
        session = self._sessions.get(key)
        if session is None:
            session = DocumentSession(self.store, doc_id, self._annotator, self)
            session.stale = False
            self._connect_session(session)
            self._sessions[key] = session
        self._session = session
        if session.stale:
            self._refresh_session(session)
        self._undo_group.setActiveStack(session.undo_stack)
        self.article_view.set_document(session.text, list(session.spans.values()))
        self.entities_model.set_spans(session.text, list(session.spans.values()))
        self._select_document_row()
        if self.search_bar.isVisible():
            self._search(self.search_bar.query())
        cfg.remember("session/last_document", doc_id)
        self._update_title()

    def label_range(self, start: int, end: int, label: str) -> bool:
        """Label [start, end) as an undoable AddSpan; False (and a status message) if refused."""
        session = self._session
        if session is None:
            self.statusBar().showMessage("Open a document first.", 5000)
            return False
        command = AddSpan(session, start, end, label)
        outcome = command.outcome
        session.undo_stack.push(command)
        if outcome.error is not None:
            self.statusBar().showMessage(f"Not labelled: {outcome.error}", 8000)
            return False
        self.article_view.set_selection(None)
        self._mark_started()
        self.statusBar().showMessage(f"{label}: {session.text[start:end]}", 3000)
        return True

    def remove_span(self, span_id: int) -> bool:
        return self._push(RemoveSpan(self._session, span_id)) if self._session else False

    def relabel_span(self, span_id: int, label: str) -> bool:
        session = self._session
        info = session.spans.get(span_id) if session else None
        if info is None or info.label == label:
            return False
        return self._push(RelabelSpan(session, span_id, info.label, label))

    def _push(self, command) -> bool:
        outcome = command.outcome
        self._session.undo_stack.push(command)
        if outcome.error is not None:
            self.statusBar().showMessage(outcome.error, 8000)
            return False
        return True

    # -- selection and hotkeys ----------------------------------------------------------------
    def select_span(self, span_id: int) -> None:
        session = self._session
        info = session.spans.get(span_id) if session else None
        if info is None:
            return
        self.article_view.set_selection(None)
        self.article_view.set_selected_span(span_id)
        row = self.entities_model.row_of(span_id)
        if row is not None:
            self.entities_table.selectRow(row)
        self.statusBar().showMessage(
            f"{info.label}: {session.text[info.start : info.end]} (Delete removes, 1-9 relabels)",
            6000,
        )

    def clear_selection(self) -> None:
        self.article_view.set_selection(None)
        self.article_view.set_selected_span(None)
        self.entities_table.clearSelection()

    def press_hotkey(self, key: int) -> None:
        """Digit 1-9: relabel the selected span, label the selected text, or pick the label."""
        label = self.palette_widget.by_hotkey(key)
        if label is None:
            self.statusBar().showMessage(f"No label has hotkey {key}.", 4000)
            return
        selected = self.article_view.selected_span()
        selection = self.article_view.selection()
        if selected is not None and self._session and selected in self._session.spans:
            self.relabel_span(selected, label.name)
        elif selection is not None:
            self.label_range(selection[0], selection[1], label.name)
        else:
            self.palette_widget.set_current(
                None if self.palette_widget.current() == label.name else label.name
            )

    def escape(self) -> None:
        """Esc closes the search bar, else clears the selection and the current label."""
        if self.search_bar.isVisible():
            self.search_bar.close_bar()
            return
        self.clear_selection()
        self.palette_widget.set_current(None)

    def delete_selected(self) -> None:
        selected = self.article_view.selected_span()
        if selected is not None and self.remove_span(selected):
            self.clear_selection()

    def _range_picked(self, start: int, end: int) -> None:
        self.article_view.set_selected_span(None)
        label = self.palette_widget.current()
        if label is None:
            self.article_view.set_selection((start, end))
            self.statusBar().showMessage(
                "Press a label's hotkey (1-9) to label the selection.", 4000
            )
        else:
            self.label_range(start, end, label)

    def _current_label_changed(self, name: str | None) -> None:
        self.statusBar().showMessage(
            f"Click or drag over words to label them {name} (Alt+drag: exact characters)"
            if name
            else "No current label: clicks select text.",
            5000,
        )

    def context_menu(self, span_id: int | None) -> QMenu:
        """The right-click menu: remove/relabel a span, or label the selected text."""
        menu = QMenu(self)
        labels = self.palette_widget.labels()
        selection = self.article_view.selection()
        if span_id is not None:
            self.select_span(span_id)
            menu.addAction("Remove label", lambda: self.remove_span(span_id))
            relabel = menu.addMenu("Relabel as")
            for label in labels:
                relabel.addAction(label.name, lambda n=label.name: self.relabel_span(span_id, n))
        elif selection is not None:
            add = menu.addMenu("Label as")
            for label in labels:
                add.addAction(label.name, lambda n=label.name, s=selection: self.label_range(*s, n))
        return menu

    def _context_menu(self, span_id: int | None, where: QPoint) -> None:
        menu = self.context_menu(span_id)
        if menu.actions():
            menu.exec(where)
        menu.deleteLater()

    def _entity_clicked(self, index) -> None:
        info = self.entities_model.span(index.row())
        if info is not None:
            self.article_view.scroll_to(info.start)
            self.select_span(info.id)

    # -- documents and status -----------------------------------------------------------------
    def set_status(self, status: str, doc_id: int | None = None) -> None:
        doc_id = doc_id if doc_id is not None else self.current_document_id()
        if doc_id is None:
            return
        from annotator.gui.team import run_store_action

        saved, _ = run_store_action(
            self, lambda: self.store.set_status(doc_id, status, self._annotator)
        )
        if not saved:  # the status bar says why (a lost connection offered a retry)
            return
        self._known_revision = self.store.revision()
        self.documents_model.update_document(doc_id, status=status)
        self._update_progress()

    def mark_done(self) -> None:
        current = self.current_document_id()
        if current is None:
            return
        self.set_status("done")
        self.next_unfinished()

    def skip(self) -> None:
        self.next_unfinished()

    def reopen(self) -> None:
        self.set_status("in_progress")

    def next_unfinished(self) -> None:
        docs = self.documents_model.all_documents()
        ids = [d.id for d in docs]
        current = self.current_document_id()
        start = ids.index(current) + 1 if current in ids else 0
        for doc in docs[start:] + docs[:start]:
            if doc.status in UNFINISHED and doc.id != current:
                self.open_document(doc.id)
                return
        self.statusBar().showMessage("Every document is done.", 5000)

    def step_document(self, delta: int) -> None:
        model = self.documents_model
        row = model.row_of(self.current_document_id()) if self._session else None
        target = model.doc_id((row + delta) if row is not None else 0)
        if target is not None:
            self.open_document(target)

    def _mark_started(self) -> None:
        info = self.documents_model.info(self.current_document_id())
        if info is not None and info.status == "new":
            self.set_status("in_progress")

    def _document_row_changed(self, current, _previous) -> None:
        doc_id = self.documents_model.doc_id(current.row())
        if doc_id is not None and doc_id != self.current_document_id():
            self.open_document(doc_id)

    def _filter_changed(self) -> None:
        self.documents_model.set_status_filter(self.status_filter.currentData())
        self._select_document_row()

    def _select_document_row(self) -> None:
        row = self.documents_model.row_of(self.current_document_id()) if self._session else None
        selection = self.documents_table.selectionModel()
        selection.blockSignals(True)
        if row is None:
            selection.clearSelection()
        else:
            index = self.documents_model.index(row, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.documents_table.scrollTo(index)
        selection.blockSignals(False)
        self.documents_table.update()  # repaints the viewport too (see reload_labels)

    def _update_progress(self) -> None:
        done, total = self.documents_model.counts()
        self.progress_label.setText(f"{done} of {total} done")

    def _update_title(self) -> None:
        self.annotator_label.setText(f"Annotator: {self._annotator}")
        name = self._session.name if self._session else ""
        where = Path(self.location).name if self.location else ""
        parts = [p for p in (name, f"layer {self._annotator}", where) if p]
        self.setWindowTitle(" — ".join([*parts, "Annotator"]))

    # -- sessions -------------------------------------------------------------------------------
    def _connect_session(self, session: DocumentSession) -> None:
        session.failed.connect(lambda message: self.statusBar().showMessage(message, 10000))

        def active() -> bool:
            return session is self._session

        def added(info) -> None:
            if active():
                self.article_view.add_span(info)
                self.entities_model.add(info)
            self._count_changed(session)

        def removed(info) -> None:
            if active():
                self.article_view.remove_span(info)
                self.entities_model.remove(info)
            self._count_changed(session)

        def changed(old, new) -> None:
            if active():
                self.article_view.change_span(old, new)
                self.entities_model.remove(old)
                self.entities_model.add(new)

        def reset() -> None:
            if active():
                spans = list(session.spans.values())
                self.article_view.set_spans(spans)
                self.entities_model.set_spans(session.text, spans)
            self._count_changed(session)

        session.span_added.connect(added)
        session.span_removed.connect(removed)
        session.span_changed.connect(changed)
        session.spans_reset.connect(reset)
        session.written.connect(self._wrote)

    def _count_changed(self, session: DocumentSession) -> None:
        self.documents_model.update_document(session.doc_id, span_count=len(session.spans))

    def _wrote(self) -> None:
        self._known_revision = self.store.revision()

    def _refresh_session(self, session: DocumentSession) -> None:
        session.stale = False
        session.reload_spans()

    def poll_revision(self) -> None:
        """Another process changed the database: re-read documents and the open spans."""
        try:
            revision = self.store.revision()
        except Exception as error:  # a lost connection must not stop the timer
            self.statusBar().showMessage(f"Database unavailable: {error}", 5000)
            return
        if revision != self._known_revision:
            self.reload()
            self.statusBar().showMessage("Updated with changes made elsewhere.", 4000)

    # -- search -------------------------------------------------------------------------------
    def show_search(self) -> None:
        self.search_bar.open_bar()
        self._search(self.search_bar.query())

    def _search(self, query: str) -> None:
        from annotator.text import find_all

        hits = find_all(self._session.text, query) if (self._session and query.strip()) else []
        self._hit_index = 0 if hits else -1
        self.article_view.set_search_hits(hits, self._hit_index)
        self.search_bar.set_count(self._hit_index, len(hits))

    def _step_hit(self, delta: int) -> None:
        hits = self.article_view.search_hits()
        if not hits:
            return
        self._hit_index = (self._hit_index + delta) % len(hits)
        self.article_view.set_search_hits(hits, self._hit_index)
        self.search_bar.set_count(self._hit_index, len(hits))

    def _search_closed(self) -> None:
        self.article_view.set_search_hits([])
        self.article_view.setFocus()

    def label_all_matches(self) -> tuple[int, int]:
        """Label every search hit with the current label as one undo step.

        Hits that would be refused (overlap under the policy, duplicates) are skipped and
        counted. Returns (labelled, skipped).
        """
        from annotator.spans import Span, SpanError, validate_span

        session, label = self._session, self.palette_widget.current()
        hits = self.article_view.search_hits()
        if session is None or not hits:
            return 0, 0
        if label is None:
            self.statusBar().showMessage(
                "Choose a label first (click it or press its hotkey).", 5000
            )
            return 0, 0
        existing = [info.to_span() for info in session.spans.values()]
        names = [lab.name for lab in self.palette_widget.labels()]
        accepted: list = []
        for start, end in hits:
            span = Span(start, end, label)
            try:
                validate_span(span, session.text, names, existing + accepted, self.store.policy)
            except SpanError:
                continue
            accepted.append(span)
        skipped = len(hits) - len(accepted)
        if accepted and not self._push(LabelAll(session, accepted, label)):
            return 0, len(hits)
        if accepted:
            self._mark_started()
        self.statusBar().showMessage(
            f"Labelled {len(accepted)} matches as {label}; skipped {skipped} that conflict.", 8000
        )
        return len(accepted), skipped

    # -- settings -----------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = cfg.settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
            self.resizeDocks(
                [self.documents_dock, self.palette_dock], [300, 260], Qt.Orientation.Horizontal
            )
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        family = cfg.get_str("view/font_family")
        size = cfg.get_int("view/font_size", 0)
        self.article_view.set_view_font(family or None, size or None)
        last = cfg.get_int("session/last_document", -1)
        docs = self.documents_model.all_documents()
        target = next((d.id for d in docs if d.id == last), docs[0].id if docs else None)
        if target is not None:
            self.open_document(target)
        self._update_title()

    def save_settings(self) -> None:
        font = self.article_view.view_font()
        values: dict[str, object] = {
            "window/geometry": self.saveGeometry(),
            "window/state": self.saveState(),
            "view/font_family": font.family(),
            "view/font_size": round(font.pointSizeF()),
        }
        if self.current_document_id() is not None:
            values["session/last_document"] = self.current_document_id()
        cfg.set_values(values)

    def closeEvent(self, event) -> None:
        self.save_settings()
        self._poll.stop()
        super().closeEvent(event)
