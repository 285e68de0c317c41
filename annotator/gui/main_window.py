"""The annotation window: document list, article view, label palette, entity list.

The window owns the store, the document sessions (one per document and layer, each with
its undo stack) and the widgets; the parts do one job each: :mod:`window_parts` builds
widgets, :mod:`window_actions` declares the menus and shortcuts, :mod:`session_views`
keeps the views in step with the open session, :mod:`article_search` runs Ctrl+F,
:mod:`window_state` remembers the layout. Every change is an undo command
(:mod:`annotator.gui.commands`) pushed through :func:`annotator.gui.commands.push`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QCloseEvent, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from annotator.gui import article_wiring, error_text, plain_text, window_language, window_state
from annotator.gui import settings as cfg
from annotator.gui import window_parts as parts
from annotator.gui.activity_feed import ActivityFeed
from annotator.gui.article_input import span_at_cursor
from annotator.gui.article_search import ArticleSearch, label_all_report, labellable_hits
from annotator.gui.article_view import ArticleView
from annotator.gui.assistant_control import AssistantControl
from annotator.gui.bidi import directed
from annotator.gui.commands import (
    AddSpan,
    LabelAll,
    Outcome,
    RelabelSpan,
    RemoveSpan,
    StoreCommand,
    push,
)
from annotator.gui.document_list import DocumentList
from annotator.gui.guidelines_panel import GuidelinesPanel
from annotator.gui.i18n import isolate
from annotator.gui.models import EntitiesModel
from annotator.gui.models.entities import NOTE_COLUMN
from annotator.gui.palette import LabelPalette, palette_labels
from annotator.gui.revision_watch import RevisionWatch
from annotator.gui.sample_offer import offer_samples
from annotator.gui.search_bar import SearchBar
from annotator.gui.session import DocumentSession
from annotator.gui.session_views import SessionViews
from annotator.gui.status_bar import LabelChip, relabelled
from annotator.gui.status_steps import StatusSteps
from annotator.gui.window_actions import build_actions
from annotator.store import Store
from annotator.store.errors import StoreError
from annotator.urls import redact_url

POLL_MS = 1000
STATUS_MS = 8000


class MainWindow(QMainWindow):
    def __init__(self, store: Store, *, location: str = "", annotator: str | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.store = store
        self.location = location
        self._annotator = annotator or cfg.annotator_name()
        self._sessions: dict[tuple[int, str], DocumentSession] = {}
        self._session: DocumentSession | None = None
        self._undo_group = QUndoGroup(self)
        self.label_history = QUndoStack(self)  # Edit > Labels…: kept between openings
        self.revisions = RevisionWatch()  # which moves of the revision were ours
        self._build()
        self.actions_ = build_actions(self, self._undo_group)
        self.statuses = StatusSteps(self, self._undo_group)
        self.assistant.labelled.connect(self.statuses.mark_started)
        self.assistant.start()
        self._poll = parts.repeating(self, POLL_MS, self.poll_revision)
        self.revisions.caught_up(store)
        self.reload()
        self.palette_widget.restore_current()
        window_state.restore(self)
        self.update_title()

    def _build(self) -> None:
        self.article_view = ArticleView(self)
        self.search_bar = SearchBar(self)
        self.search_bar.hide()
        self.setCentralWidget(parts.stacked(self, self.search_bar, self.article_view, spacing=0))
        self.documents = DocumentList(self, self.open_document)
        self.documents_model, self.documents_table = self.documents.model, self.documents.table
        self.status_filter = self.documents.status_filter
        left, right = parts.dock_sides(self.layoutDirection())  # (mirrored in Arabic)
        dock = parts.add_dock
        self.documents_dock = dock(self, "documents", self.documents, left)
        self.palette_widget = LabelPalette(self)
        self.palette_dock = dock(self, "labels", self.palette_widget, right)
        self.entities_model = EntitiesModel(self)
        self.entities_model.color_of = self.palette_widget.color_of
        self.entities_table = parts.item_table(self, self.entities_model, stretch=1)
        self.entities_table.setWordWrap(False)  # one line per span, long text elided
        self.entities_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.entities_table.horizontalHeader().resizeSection(NOTE_COLUMN, 28)
        self.entities_flagged = parts.flagged_only(self, self.entities_model.set_flagged_only)
        entities = parts.stacked(self, self.entities_flagged, self.entities_table)
        self.entities_dock = dock(self, "entities", entities, right)
        self.article_view.color_of = self.palette_widget.color_of
        self.label_chip = LabelChip(self)
        self.statusBar().addPermanentWidget(self.label_chip)
        self.label_chip.follow(self.palette_widget)
        self.annotator_label, self.progress_label = parts.status_labels(self)
        self.views = SessionViews(self.article_view, self.entities_model, self._count_changed)
        self.search = ArticleSearch(self.search_bar, self.article_view, self._open_text)
        self.assistant = AssistantControl(self)
        self.documents.progress_changed.connect(self.progress_label.setText)
        self.documents.chosen.connect(self.article_view.setFocus)
        self.entities_table.clicked.connect(self._entity_clicked)
        self.article_view.range_picked.connect(self._range_picked)
        self.article_view.span_clicked.connect(self.select_span)
        self.article_view.empty_clicked.connect(self.clear_selection)
        self.article_view.context_requested.connect(self._context_menu)
        self.palette_widget.current_changed.connect(self._current_label_changed)
        self.search_bar.label_all_requested.connect(self.label_all_matches)
        article_wiring.connect_view(self)
        article_wiring.name_widgets(self)
        self._build_guidelines_and_time(right)

    def _build_guidelines_and_time(self, area: Qt.DockWidgetArea) -> None:
        """The Guidelines dock (follows the current label) and the activity feed."""
        self.guidelines_panel = GuidelinesPanel(self, lambda: self.store)
        self.guidelines_dock = parts.add_dock(self, "guidelines", self.guidelines_panel, area)
        self.palette_widget.current_changed.connect(self.guidelines_panel.show_label)
        self.activity = ActivityFeed(self, lambda: self.store, self.show_message)
        self.activity.watch(self)

    # -- state -----------------------------------------------------------------------------
    def annotator(self) -> str:
        return self._annotator

    def current_document_id(self) -> int | None:
        return self._session.doc_id if self._session else None

    def session(self) -> DocumentSession | None:
        return self._session

    def undo_stack(self) -> QUndoStack | None:
        return self._session.undo_stack if self._session else None

    def show_message(self, message: str, milliseconds: int = 5000) -> None:
        self.statusBar().showMessage(directed(message), milliseconds)

    def _open_text(self) -> str | None:
        return self._session.text if self._session else None

    # -- reading from the store ----------------------------------------------------------
    def reload(self) -> None:
        """Re-read labels, documents and the current document's spans from the store."""
        self.reload_labels()
        self.reload_documents()
        for session in self._sessions.values():
            session.stale = True
        if self._session is not None:
            self._session.stale = False
            self._session.reload_spans()

    def reload_labels(self) -> None:
        current = self.palette_widget.current()
        labels = self.store.labels()
        self.palette_widget.set_labels(palette_labels(labels))
        self.palette_widget.set_current(current)
        self.guidelines_panel.refresh(labels)
        self.article_view.viewport().update()
        # update() on the table repaints its viewport as well; asking for the viewport
        # itself (a widget Qt made) would have PySide initialise every QtWidgets class.
        self.entities_table.update()

    def reload_documents(self) -> None:
        self.documents.load(self.store, self._annotator)
        self.documents.select(self.current_document_id(), scroll=False)

    def poll_revision(self) -> None:
        """Another process changed the database: re-read documents and the open spans."""
        writing = self.assistant.trainer.may_be_writing()  # a model it has not reported
        try:
            moved, elsewhere = self.revisions.moved(self.store, helper_writing=writing)
        except Exception as error:  # a lost connection must not stop the timer
            self.show_message(self.tr("Database unavailable: {}").format(error_text.of(error)))
            return
        if moved:
            self.reload()  # a dialog's own change (the label set) is re-read too
            self.assistant.revision_moved()
        if elsewhere:
            self.said_changed_elsewhere()

    def said_changed_elsewhere(self) -> None:
        self.show_message(self.tr("Updated with changes made elsewhere."), 4000)

    def switch_database(self, target: str, *, create: bool) -> bool:
        """Open another database in this window (its undo history starts afresh)."""
        try:
            store = Store.open(target, create=create)
        except StoreError as error:
            shown = error_text.of(error).replace(target, redact_url(target))
            plain_text.critical(self, self.tr("Cannot open database"), shown)
            return False
        self.activity.closed(self)  # the time so far belongs to the old database
        old, self.store, self.location = self.store, store, target
        self.revisions.caught_up(store)
        self._sessions.clear()
        self._session = None
        self.label_history.clear()
        self.assistant.database_changed(old)
        self.views.show(None)
        cfg.remember_database(target)
        if create:
            offer_samples(self, store)
        self.reload()
        docs = self.documents_model.all_documents()
        if docs:
            self.open_document(docs[0].id)
        self.update_title()
        old.close()
        return True

    # -- documents ----------------------------------------------------------------------------
    def session_for(self, doc_id: int) -> DocumentSession:
        """The session of ``doc_id`` in this layer (made, or brought up to date)."""
        key = (doc_id, self._annotator)
        session = self._sessions.get(key)
        if session is None:
            session = DocumentSession(self.store, doc_id, self._annotator, self)
            session.failed.connect(lambda message: self.show_message(message, 10000))
            self.views.connect(session)
            self._sessions[key] = session
        elif session.stale:
            session.stale = False
            session.reload_spans()
        return session

    def open_document(self, doc_id: int) -> None:
        session = self.session_for(doc_id)
        self._session = session
        self.activity.opened(self, doc_id, self._annotator)
        self._undo_group.setActiveStack(session.undo_stack)
        self.views.show(session)
        self.assistant.document_opened(session)
        self.documents.select(doc_id)
        self.search.refresh()
        cfg.remember("session/last_document", doc_id)
        self.update_title()

    def set_status(self, status: str, doc_id: int | None = None) -> bool:
        """This layer's status of a document (the open one by default), as an undo step of
        that document (:mod:`annotator.gui.status_steps`)."""
        return self.statuses.set_status(status, doc_id)

    def mark_done(self) -> None:
        """Mark done and go to the next unfinished document; Ctrl+Z right after undoes it
        and comes back."""
        self.statuses.mark_done()

    def skip(self) -> None:
        self.next_unfinished()

    def reopen(self) -> None:
        self.set_status("in_progress")

    def next_unfinished(self) -> None:
        target = self.documents.next_unfinished(self.current_document_id())
        if target is None:
            self.show_message(self.tr("Every document is done."))
        else:
            self.open_document(target)

    def step_document(self, delta: int) -> None:
        target = self.documents.step(self.current_document_id(), delta)
        if target is not None:
            self.open_document(target)

    # -- spans --------------------------------------------------------------------------------
    def _push(self, make: Callable[[], StoreCommand]) -> Outcome:
        stack = self.undo_stack()
        if stack is None:
            self.show_message(self.tr("Open a document first."))
            return Outcome(error="no document is open")
        self._undo_group.setActiveStack(stack)  # a change here: Ctrl+Z is this document's
        return push(self, stack, make)

    def push_command(self, make: Callable[[], StoreCommand]) -> Outcome:
        """Push an undo command onto the open document's stack (the one way)."""
        return self._push(make)

    def show_failure(self, message: str) -> None:
        self.show_message(message, 10000)

    def label_range(self, start: int, end: int, label: str) -> bool:
        """Label [start, end) as an undoable AddSpan; False (and a status message) if refused."""
        session = self._session
        if session is None:
            self.show_message(self.tr("Open a document first."))
            return False
        outcome = self._push(lambda: AddSpan(session, start, end, label))
        if outcome.error is not None:
            self.show_message(self.tr("Not labelled: {}").format(outcome.error), STATUS_MS)
            self.article_view.set_selection(None)  # a refused label leaves no selection
            return False
        self.article_view.set_selection(None)
        self.statuses.mark_started()
        self.show_message(f"{isolate(label)}: {isolate(session.text[start:end])}", 3000)
        return True

    def remove_span(self, span_id: int) -> bool:
        session = self._session
        if session is None:
            return False
        return self._push(lambda: RemoveSpan(session, span_id)).error is None

    def relabel_span(self, span_id: int, label: str) -> bool:
        session = self._session
        info = session.spans.get(span_id) if session else None
        if session is None or info is None or info.label == label:
            return False
        old = info.label
        if self._push(lambda: RelabelSpan(session, span_id, old, label)).error is not None:
            return False
        self.show_message(relabelled(session.text[info.start : info.end], old, label), STATUS_MS)
        return True

    def label_all_matches(self) -> tuple[int, int]:
        """Label every search hit with the current label as one undo step.

        Hits that would be refused (overlap under the policy, duplicates) are skipped and
        counted. Returns (labelled, skipped).
        """
        session, label = self._session, self.palette_widget.current()
        hits = self.article_view.search_hits()
        if session is None or not hits:
            return 0, 0
        if label is None:
            self.show_message(self.tr("Choose a label first (click it or press its hotkey)."))
            return 0, 0
        accepted = labellable_hits(
            session.text,
            hits,
            label,
            [lab.name for lab in self.palette_widget.labels()],
            [info.to_span() for info in session.spans.values()],
            self.store.policy,
        )
        skipped = len(hits) - len(accepted)
        if accepted and self._push(lambda: LabelAll(session, accepted, label)).error:
            return 0, len(hits)
        if accepted:
            self.statuses.mark_started()
        self.show_message(label_all_report(len(accepted), skipped, label), STATUS_MS)
        return len(accepted), skipped

    def _count_changed(self, session: DocumentSession) -> None:
        self.documents.update_document(session.doc_id, span_count=len(session.spans))

    # -- selection and keys ---------------------------------------------------------------
    def select_span(self, span_id: int) -> None:
        session = self._session
        info = session.spans.get(span_id) if session else None
        if session is None or info is None:
            return
        self.article_view.set_selection(None)
        self.article_view.set_selected_span(span_id)
        self.guidelines_panel.show_label(info.label)
        row = self.entities_model.row_of(span_id)
        if row is not None:
            self.entities_table.selectRow(row)
        self.show_message(
            self.tr("{label}: {text} (Delete removes, 1-9 relabels)").format(
                label=isolate(info.label), text=isolate(session.text[info.start : info.end])
            ),
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
            self.show_message(self.tr("No label has hotkey {}.").format(key), 4000)
            return
        selected = self.article_view.selected_span()
        pick = self.article_view.labelled_selection()
        if selected is not None and self._session and selected in self._session.spans:
            self.relabel_span(selected, label.name)
        elif pick is not None and pick.extent is None:
            self.article_view.set_selection(None)
            self.show_message(
                pick.refusal or self.tr("Nothing to label in the selection."), STATUS_MS
            )
        elif pick is not None and pick.extent is not None:
            self.label_range(*pick.extent, label.name)
        else:
            current = self.palette_widget.current()
            self.palette_widget.set_current(None if current == label.name else label.name)

    def escape(self) -> None:
        """Esc closes the search bar, else clears the selection, else the current label."""
        view = self.article_view
        if self.search_bar.isVisible():
            self.search_bar.close_bar()
        elif view.selection() is not None or view.selected_span() is not None:
            self.clear_selection()
        else:
            self.palette_widget.set_current(None)

    def delete_selected(self) -> None:
        """Remove the selected span, else the span at the keyboard caret, else reject the
        suggestion at the caret."""
        span = span_at_cursor(self.article_view)
        if span is None:
            self.assistant.reject_current(quiet=True)
        elif self.remove_span(span.id):
            self.clear_selection()

    def show_search(self) -> None:
        self.search.open()

    def context_menu(self, span_id: int | None) -> QMenu:
        """The right-click menu: remove/relabel a span, label the selection (imported on use)."""
        from annotator.gui import notes
        from annotator.gui.span_menu import span_menu

        if span_id is not None:
            self.select_span(span_id)
        info = self._session.spans.get(span_id) if self._session and span_id is not None else None
        pick = self.article_view.labelled_selection()  # what labelling would label
        menu = span_menu(
            self,
            self.palette_widget.labels(),
            span_id,
            pick.extent if pick is not None else None,
            remove=self.remove_span,
            relabel=self.relabel_span,
            label_range=self.label_range,
            span_label=info.label if info is not None else None,
        )
        notes.add_menu_entries(self, menu, span_id)
        return menu

    def _context_menu(self, span_id: int | None, where: QPoint) -> None:
        if span_id is None and self.assistant.context_menu(where):
            return  # a suggestion's menu
        menu = self.context_menu(span_id)
        if menu.actions():
            menu.exec(where)
        menu.deleteLater()

    def _range_picked(self, start: int, end: int) -> None:
        if self.assistant.picked(start, end):
            return  # a click on a suggestion accepts it
        self.article_view.set_selected_span(None)
        label = self.palette_widget.current()
        if label is None:  # the view has selected the pick already
            self.show_message(self.tr("Press a label's hotkey (1-9) to label the selection."), 4000)
        else:
            self.label_range(start, end, label)

    def _current_label_changed(self, name: str | None) -> None:
        self.show_message(parts.current_label_hint(name))

    def _entity_clicked(self, index: QModelIndex) -> None:
        info = self.entities_model.span_in_row(index.row())
        if info is not None:
            self.article_view.scroll_to(info.start)
            self.select_span(info.id)

    # -- window ---------------------------------------------------------------------------
    def update_title(self) -> None:
        self.annotator_label.setText(self.tr("Annotator: {}").format(isolate(self._annotator)))
        name = self._session.name if self._session else ""
        where = Path(redact_url(self.location)).name if self.location else ""
        self.setWindowTitle(parts.window_title(name, self._annotator, where))

    def changeEvent(self, event: QEvent) -> None:
        window_language.changed(self, event)  # texts again, or the docks mirrored
        super().changeEvent(event)

    def save_settings(self) -> None:
        window_state.save(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self._poll.stop()
        self.assistant.shutdown()
        self.documents.close_search()
        self.activity.closed(self)
        super().closeEvent(event)
