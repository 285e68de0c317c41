"""The assistant in the window: the model, the suggestions of the open document, the
actions on them, training in the background and the status area.

- The newest stored model is looked for shortly after start (what the first paint does
  not need waits), after each training and whenever the database's revision moves (a
  teammate's worker may have stored a newer model); it is loaded off the window's thread.
- Opening a document shows its stored suggestions at once, then predicts them with the
  current model off the window's thread (:func:`annotator.suggest.assistant
  .shown_predictions`) and stores the result on it (``store_shown``: only when changed);
  then the next unfinished document is predicted ahead, so that after "done" its
  suggestions are in its first paint.
  Suggestions overlapping a label of the layer are never drawn.
- Accepting and rejecting are undo commands (:mod:`annotator.gui.commands`).
- Marking a document done retrains the model in a worker process
  (:class:`annotator.gui.training.Trainer`); so does Assistant > Train now. Assistant >
  Cancel training (or the button beside the progress bar) stops a run before it saves.
- Ctrl+U opens the unfinished document whose least confident sentence is the least
  certain (``rank_uncertain``, off the window's thread; certainties are kept per model).

The assistant's own modules are imported on the worker thread first: a start without a
model never loads them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, QTimer, Signal
from PySide6.QtWidgets import QMenu

from annotator.gui import plain_text
from annotator.gui import settings as cfg
from annotator.gui.assistant_panel import AssistantStatus
from annotator.gui.background import Background
from annotator.gui.commands import AcceptSuggestions, RejectSuggestion, StoreCommand
from annotator.gui.document_list import UNFINISHED
from annotator.gui.error_text import error_text
from annotator.gui.suggestion_actions import SuggestionActions
from annotator.gui.suggestion_overlay import SuggestionOverlay
from annotator.gui.suggestions import DocumentSuggestions, key_of
from annotator.gui.training import Trainer
from annotator.store.errors import StoreError

if TYPE_CHECKING:
    from collections.abc import Callable

    from annotator.gui.main_window import MainWindow
    from annotator.gui.session import DocumentSession
    from annotator.store import Store

START_DELAY_MS = 200  # after the window is built: the first paint comes first
STATUS_MS = 6000
RANK_CHUNK = 20  # documents per ranking job
AHEAD_DELAY_MS = 1000  # after the open document's suggestions, predict the next one


class AssistantControl(QObject):
    labelled = Signal()  # a suggestion became a label (a new document is then in progress)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.overlay = SuggestionOverlay(window.article_view)
        self.status = AssistantStatus(window)
        window.statusBar().addPermanentWidget(self.status)
        self.background = Background(self)
        self.trainer = Trainer(self)
        self.model: tuple[int, Any] | None = None  # (id, SuggestModel)
        self._found: dict[tuple[int, str], DocumentSuggestions] = {}
        self._wanted: int | None = None  # the document a queued prediction is still for
        self._ready: dict[int, tuple[int, Any]] = {}  # doc -> (model id, predicted ahead)
        self._certainty: tuple[int | None, dict[int, float]] = (None, {})
        self._enabled = cfg.suggestions_shown()
        self._closed = False
        self._menu_keys: SuggestionActions | None = None  # made once the actions are
        self.overlay.accept_requested.connect(self.accept)
        self.trainer.started.connect(self.status.training)
        self.trainer.progress.connect(self.status.training)
        self.trainer.finished.connect(self._trained)
        self.trainer.failed.connect(self._training_failed)
        self.trainer.ended.connect(self._worker_ended)
        self.status.cancel_requested.connect(self.cancel_training)

    def start(self) -> None:
        """The window and its actions are built."""
        if self._menu_keys is None:
            self._menu_keys = SuggestionActions(self.window)
        self.status.setVisible(self._enabled)
        self._update_texts()
        QTimer.singleShot(START_DELAY_MS, self, self.look_for_model)

    # -- hooks the window calls ----------------------------------------------------------------
    def document_opened(self, session: DocumentSession) -> None:
        found = self._suggestions(session)
        self.overlay.set_items([])  # the view shows another text now
        if not self._enabled:
            return
        found.reload()  # what is stored, at once
        self._predict(found)

    def status_changed(self, doc_id: int, status: str) -> None:
        if status == "done" and self._enabled:
            self.train_now()

    def revision_moved(self) -> None:
        """Another process wrote: stored suggestions may differ, a new model may exist."""
        found = self._active()
        if found is not None and self._enabled:
            found.reload()
        self.look_for_model()

    def database_changed(self, old: Store) -> None:
        self.trainer.stop()
        self.background.close(last=old.close)  # the worker thread's connection
        self.model, self._found, self._certainty, self._ready = None, {}, (None, {}), {}
        self.overlay.set_items([])
        self.status.reset()
        self.look_for_model()

    def shutdown(self) -> None:
        self._closed = True
        self.trainer.stop()
        self.background.close(last=self.window.store.close)

    def _submit(self, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        if not self._closed:
            self.background.submit(job, done, self._background_failed)

    # -- the open document's suggestions -------------------------------------------------------
    def _suggestions(self, session: DocumentSession) -> DocumentSuggestions:
        key = (session.doc_id, session.annotator)
        found = self._found.get(key)
        if found is None:
            found = DocumentSuggestions(session, self)
            self._found[key] = found

            def show() -> None:
                self._show(found)

            found.changed.connect(show)
            for signal in (session.span_added, session.span_removed, session.span_changed):
                signal.connect(show)
            session.spans_reset.connect(show)
        return found

    def _active(self) -> DocumentSuggestions | None:
        session = self.window.session()
        return None if session is None else self._found.get((session.doc_id, session.annotator))

    def _show(self, found: DocumentSuggestions) -> None:
        if self.window.session() is not found.session:
            return
        if not self._enabled or not found.items:
            self.overlay.set_items([])
            return
        from annotator.suggest.shown import without_conflicts

        spans = found.session.spans.values()
        self.overlay.set_items(without_conflicts(found.sorted_items(), spans))

    def _predict(self, found: DocumentSuggestions) -> None:
        if self.model is None or self.model[0] in (found.model_id, found.pending):
            return
        if self.window.store.read_only:
            return  # nowhere to store them: a read-only database shows what is stored
        model_id, model = self.model
        store, doc_id, layer = self.window.store, found.doc_id, found.layer
        ready = self._ready.pop(doc_id, None)
        if ready is not None and ready[0] == model_id:  # predicted ahead: store it now
            self._store(found, model_id, ready[1])
            return
        self._wanted, found.pending = doc_id, model_id

        def job() -> Any:
            if self._wanted != doc_id:
                return None  # another document was opened meanwhile
            from annotator.suggest import assistant

            return assistant.shown_predictions(store, model, doc_id, layer)

        def done(predicted: Any) -> None:
            found.pending = None
            if predicted is not None and self.window.store is store:
                self._store(found, model_id, predicted)
                # later: a long prediction on the worker thread would slow this paint
                QTimer.singleShot(AHEAD_DELAY_MS, self, lambda: self._predict_next(doc_id))

        self._submit(job, done)

    def _store(self, found: DocumentSuggestions, model_id: int, predicted: Any) -> None:
        from annotator.suggest import assistant

        try:
            stored = assistant.store_shown(
                found.store, model_id, found.doc_id, found.layer, predicted
            )
        except StoreError as error:
            self._say(self.tr("Suggestions not stored: {error}").format(error=error_text(error)))
            return
        found.stored(stored, model_id)

    def predicted_ahead(self) -> list[int]:
        """Documents whose suggestions were predicted before they were opened."""
        return list(self._ready)

    def _predict_next(self, after: int) -> None:
        """Predict the next unfinished document ahead (kept in memory, stored when it is
        opened): after "done", its suggestions are in its first paint."""
        target = self.window.documents.next_unfinished(after)
        if self.model is None or target is None or target == after:
            return
        model_id, model = self.model
        found = self._found.get((target, self.window.annotator()))
        if (found is not None and found.model_id == model_id) or target in self._ready:
            return
        store, layer = self.window.store, self.window.annotator()

        def job() -> Any:
            from annotator.suggest import assistant

            return assistant.shown_predictions(store, model, target, layer)

        def done(predicted: Any) -> None:
            if self.window.store is store:
                self._ready = {target: (model_id, predicted)}  # one document ahead

        self._submit(job, done)

    # -- accepting and rejecting -----------------------------------------------------------------
    def _push(self, make: Callable[[], StoreCommand]) -> str | None:
        return self.window.push_command(make).error

    def accept(self, suggestion_id: int, label: str | None = None) -> bool:
        found = self._active()
        info = None if found is None else found.items.get(suggestion_id)
        if found is None or info is None:
            return False
        error = self._push(lambda: AcceptSuggestions(found, [key_of(info)], label))
        if error is not None:
            self._say(self.tr("Not accepted: {error}").format(error=error))
            return False
        self.labelled.emit()
        span = next((s for s in found.session.spans.values() if s.start == info.start
                     and s.end == info.end), None)  # fmt: skip
        if span is not None:
            self.window.select_span(span.id)  # digits relabel it, Delete removes it
        return True

    def picked(self, start: int, end: int) -> bool:
        """A click (or drag) picked [start, end): inside a suggestion, it accepts that."""
        view = self.window.article_view
        info = None if view.selection_exact() else self.overlay.at(start)
        if info is None or not info.start <= start < end <= info.end:
            return False
        view.set_selection(None)
        return self.accept(info.id)

    def reject(self, suggestion_id: int) -> bool:
        found = self._active()
        info = None if found is None else found.items.get(suggestion_id)
        if found is None or info is None:
            return False
        error = self._push(lambda: RejectSuggestion(found, key_of(info)))
        if error is not None:
            self._say(self.tr("Not rejected: {error}").format(error=error))
        return error is None

    def accept_current(self) -> bool:
        current = self.overlay.current()
        if current is None:
            self._say(self.tr("No suggestion at the cursor: Tab goes to the next one."))
            return False
        return self.accept(current.id)

    def reject_current(self, *, quiet: bool = False) -> bool:
        """Reject the suggestion at the caret (``quiet``: say nothing when there is none,
        for Delete and Backspace, which remove a label otherwise)."""
        current = self.overlay.current()
        if current is None:
            if not quiet:
                self._say(self.tr("No suggestion at the cursor: Tab goes to the next one."))
            return False
        return self.reject(current.id)

    def accept_all(self) -> int:
        """Accept every shown suggestion at or above the threshold, as one undo step."""
        found, threshold = self._active(), cfg.accept_threshold()
        keys = [key_of(s) for s in self.overlay.items() if s.confidence >= threshold]
        if found is None or not keys:
            self._say(self.tr("No suggestion at or above {t:.2f}.").format(t=threshold))
            return 0
        before = len(found.session.spans)
        error = self._push(lambda: AcceptSuggestions(found, keys))
        if error is not None:
            self._say(self.tr("Not accepted: {error}").format(error=error))
            return 0
        count = len(found.session.spans) - before
        self.labelled.emit()
        self._say(
            self.tr("Accepted %n suggestions at or above {t:.2f}.", "", count).format(t=threshold)
        )
        return count

    def context_menu(self, where: QPoint) -> bool:
        """A right-click at ``where`` (global): on a suggestion, its menu (accept, accept
        as another label, reject); False elsewhere."""
        view = self.window.article_view
        offset = view.offset_at(view.viewport().mapFromGlobal(where))
        info = None if offset is None else self.overlay.at(offset)
        if info is None:
            return False
        menu = QMenu(self.window)
        text = plain_text.menu_text
        accept = menu.addAction(text(self.tr("Accept {label}").format(label=info.label)))
        accept.triggered.connect(lambda: self.accept(info.id))
        other = menu.addMenu(self.tr("Accept as"))
        for label in self.window.palette_widget.labels():
            if label.name != info.label:
                action = other.addAction(text(label.name))
                action.triggered.connect(lambda _c=False, n=label.name: self.accept(info.id, n))
        menu.addAction(self.tr("Reject")).triggered.connect(lambda: self.reject(info.id))
        menu.exec(where)
        menu.deleteLater()
        return True

    # -- the model -------------------------------------------------------------------------------
    def look_for_model(self) -> None:
        """Load the newest stored model if it is not the one in use (off the GUI thread)."""
        store, known = self.window.store, None if self.model is None else self.model[0]

        def job() -> Any:
            from annotator.suggest import stored

            latest = stored.latest_info(store)
            if latest is None or latest[0] == known:
                return latest, None
            loaded = stored.load_latest(store)
            if loaded is not None and loaded[0] != latest[0]:
                latest = stored.latest_info(store)  # a newer one came in between
            return latest, loaded

        def done(result: Any) -> None:
            latest, loaded = result
            if self.window.store is not store or latest is None:
                return
            if loaded is not None:
                self.model = loaded
                self._certainty = (None, {})
                self._repair(loaded[1])
            self.status.set_model(*latest)
            found = self._active()
            if found is not None and self._enabled and loaded is not None:
                self._predict(found)

        self._submit(job, done)

    def _repair(self, model: Any) -> None:
        """A damaged stored model (its CRF or memory left out): say so, train a sound one."""
        if model.damaged is None or self.window.store.read_only or not self._enabled:
            return
        self._say(self.tr("The stored model is damaged: the assistant trains a new one."))
        self.train_now()

    def train_now(self) -> None:
        target = self.window.location
        if not target:
            self._say(self.tr("The database's location is unknown: the assistant cannot train."))
            return
        self.trainer.request(target)

    def cancel_training(self) -> None:
        """Assistant > Cancel training, or the progress display's cancel button."""
        if self.trainer.cancel():
            self.status.trained()  # the model in use, as before
            self._say(self.tr("Training cancelled: the assistant keeps its model."))
        elif self.trainer.running():
            self._say(self.tr("The new model is being saved: it is too late to cancel."))
        else:
            self._say(self.tr("The assistant is not training."))

    def _worker_ended(self, writes: int) -> None:
        if self.window.revisions.helper_ended(writes):
            self.window.said_changed_elsewhere()

    def _trained(self, event: dict[str, Any]) -> None:
        self.status.trained()
        entities = int(event.get("entities", 0))
        text = self.tr("Assistant trained on %n entities in {s:.1f} s.", "", entities)
        self._say(text.format(s=float(event.get("seconds") or 0.0)))
        self.look_for_model()

    def _training_failed(self, message: str) -> None:
        self.status.failed(message)
        self._say(self.tr("Assistant not trained: {message}").format(message=message))

    def _background_failed(self, error: BaseException) -> None:
        self._say(self.tr("Assistant: {error}").format(error=error_text(error)))

    # -- Ctrl+U -----------------------------------------------------------------------------
    def next_uncertain(self) -> None:
        """Open the unfinished document the model is least sure about."""
        if self.model is None:
            self._say(self.tr("The assistant has no model yet: mark documents done first."))
            return
        if self._certainty[0] != self.model[0]:
            self._certainty = (self.model[0], {})
        known = self._certainty[1]
        docs = self.window.documents_model.all_documents()
        unfinished = [d.id for d in docs if d.status in UNFINISHED]
        missing = [doc_id for doc_id in unfinished if doc_id not in known]
        self._say(self.tr("Looking for the most uncertain document…"))
        self._rank(missing, len(missing), lambda: self._open_uncertain(unfinished, known))

    def _rank(self, missing: list[int], total: int, then: Callable[[], None]) -> None:
        """Rank ``missing`` in chunks (one job each: closing the window waits for one
        chunk at most, and opening a document in between is not held up)."""
        assert self.model is not None
        model_id, model = self.model
        known = self._certainty[1]
        store, layer = self.window.store, self.window.annotator()
        part, rest = missing[:RANK_CHUNK], missing[RANK_CHUNK:]

        def job() -> Any:
            from annotator.suggest import assistant

            return assistant.rank_uncertain(store, model, layer, part) if part else []

        def done(ranked: Any) -> None:
            if self.window.store is not store or self._certainty[0] != model_id:
                return  # another database or model meanwhile
            known.update(ranked)
            if not rest:
                then()
                return
            self._say(
                self.tr("Looking for the most uncertain document… {done} of {total}").format(
                    done=total - len(rest), total=total
                )
            )
            self._rank(rest, total, then)

        self._submit(job, done)

    def _open_uncertain(self, unfinished: list[int], certainty: dict[int, float]) -> None:
        current = self.window.current_document_id()
        ranked = sorted((certainty[d], d) for d in unfinished if d in certainty and d != current)
        if not ranked:
            self._say(self.tr("No other unfinished document."))
            return
        value, doc_id = ranked[0]
        self.window.open_document(doc_id)
        name = self.window.documents_model.info(doc_id)
        self._say(
            self.tr("Most uncertain: {name} (least sure sentence {c:.2f})").format(
                name="" if name is None else name.name, c=value
            )
        )

    # -- settings --------------------------------------------------------------------------------
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, shown: bool) -> None:
        """View > Suggestions (remembered)."""
        self._enabled = bool(shown)
        cfg.set_suggestions_shown(self._enabled)
        self.status.setVisible(self._enabled)
        session = self.window.session()
        if not self._enabled:
            self.overlay.set_items([])
        elif session is not None:
            self.document_opened(session)

    def ask_threshold(self) -> None:
        from annotator.suggest.shown import SHOWN_MIN_CONFIDENCE

        value = plain_text.ask_number(
            self.window,
            self.tr("Accept all"),
            self.tr("Accept every suggestion with at least this confidence:"),
            cfg.accept_threshold(),
            (SHOWN_MIN_CONFIDENCE, 1.0),
        )
        if value is not None:
            cfg.set_accept_threshold(value)
            self._update_texts()

    def _update_texts(self) -> None:
        action = getattr(self.window.actions_, "accept_all", None)
        if action is not None:
            text = self.tr("Accept all suggestions ≥ {t:.2f}").format(t=cfg.accept_threshold())
            action.setText(text)

    def _say(self, message: str) -> None:
        self.window.show_message(message, STATUS_MS)
