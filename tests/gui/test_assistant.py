"""The assistant in the real window, checked against the database after each step.

A project where four seed articles are labelled (layer ``amal``, done) and a model is
trained on them; the first seed article opens with its suggestions drawn. Accepting one
(a click), rejecting one (Tab then X), accepting all above the threshold, and undoing each;
training in a worker process while clicks are stored; the model after a restart;
View > Suggestions; Ctrl+U. Qt must not warn.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import SEEDS, center, stored
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from annotator.gui import settings as cfg
from annotator.gui.plain_text import tooltip
from annotator.gui.suggestion_paint import tooltip_text
from annotator.store import Store
from annotator.suggest import assistant
from annotator.suggest import stored as stored_models
from annotator.text import find_all

pytestmark = pytest.mark.gui  # Qt warnings fail every GUI test (tests/qt_messages.py)

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
TEACHER = "amal"
NAMES = {
    "روسيا": "LOC",
    "كوريا الشمالية": "LOC",
    "كوريا الجنوبية": "LOC",
    "موسكو": "LOC",
    "أوكرانيا": "LOC",
    "الولايات المتحدة": "LOC",
    "بيونغ يانغ": "LOC",
    "بوتين": "PERS",
    "كيم جونغ أون": "PERS",
}
MODEL_WAIT_MS = 20_000
TRAIN_WAIT_MS = 120_000


def label_others(store: Store) -> None:
    """Label the names of ``NAMES`` in every seed but the first, and mark those done."""
    for doc in store.documents()[1:]:
        text = store.document(doc.id).text
        for name, label in NAMES.items():
            for start, end in find_all(text, name, whole_word=True):
                store.add_span(doc.id, TEACHER, start, end, label)
        store.set_status(doc.id, "done", TEACHER)


@pytest.fixture(scope="module")
def trained_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds, the ANERcorp labels, four seeds labelled and a model: made once."""
    path = tmp_path_factory.mktemp("assistant") / "project.annotator"
    with Store.open(path) as store:
        store.apply_preset("anercorp")
        for seed in sorted(SEEDS.glob("*.txt")):
            store.add_document(seed.stem, seed.read_text(encoding="utf-8"))
        label_others(store)
        assistant.train(store)
    return path


@pytest.fixture
def project(trained_project: Path, tmp_path: Path) -> Path:
    """A copy of the trained project for one test."""
    return Path(shutil.copy(trained_project, tmp_path / "project.annotator"))


def state(path: Path, doc_id: int, layer: str) -> tuple[set, set, set]:
    """(spans, suggestions, rejections) as ``(start, end, label)``, read through a
    connection of its own."""
    with Store.open(path) as store:
        spans = {(s.start, s.end, s.label) for s in store.spans_for(doc_id, layer)}
        found = {(s.start, s.end, s.label) for s in store.suggestions_for(doc_id, layer)}
        return spans, found, store.suggestion_rejections(doc_id, layer)


def shown(window) -> set:
    return {(s.start, s.end, s.label) for s in window.assistant.overlay.items()}


def wait_for_suggestions(qtbot, window) -> None:
    qtbot.waitUntil(lambda: bool(window.assistant.overlay.items()), timeout=MODEL_WAIT_MS)


@pytest.fixture
def assisted(qtbot, project: Path, make_window):
    window = make_window(project)
    wait_for_suggestions(qtbot, window)
    return window


def test_suggestions_are_drawn_apart_and_never_counted(qtbot, assisted, project) -> None:
    window, view = assisted, assisted.article_view
    doc, layer = window.current_document_id(), window.annotator()
    spans, found, _ = state(project, doc, layer)
    assert spans == set() and found == shown(window) and len(found) >= 5
    assert {"روسيا", "موسكو"} <= {view.text()[a:b] for a, b, _ in found}
    # not labels: the entity list, the document's count and the progress ignore them
    assert window.entities_model.rowCount() == 0
    assert window.documents_model.span_count(doc) == 0
    # drawn: the pixels around a suggestion change when suggestions are turned off
    first = window.assistant.overlay.items()[0]
    view.scroll_to(first.start)
    rect = view.token_rect(first.start, first.end).adjusted(-3, -12, 3, 3).toRect()
    with_them = view.viewport().grab(rect).toImage()
    window.actions_.suggestions.trigger()
    assert not window.actions_.suggestions.isChecked() and not window.assistant.overlay.items()
    without = view.viewport().grab(rect).toImage()
    assert with_them != without
    window.actions_.suggestions.trigger()
    assert shown(window) == found


def test_hover_shows_label_and_confidence_as_plain_text(qtbot, assisted) -> None:
    view = assisted.article_view
    info = assisted.assistant.overlay.items()[0]
    view.scroll_to(info.start)
    pos = center(view.token_rect(info.start, info.end))
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    words = view.text()[info.start : info.end]
    assert QToolTip.text() == tooltip(tooltip_text(info, words))
    assert f"{info.confidence:.2f}" in QToolTip.text() and info.label in QToolTip.text()
    QToolTip.hideText()


def test_click_accepts_a_suggestion_and_undo_puts_it_back(qtbot, assisted, project) -> None:
    window, view = assisted, assisted.article_view
    doc, layer = window.current_document_id(), window.annotator()
    info = window.assistant.overlay.items()[0]
    key = (info.start, info.end, info.label)
    view.scroll_to(info.start)
    qtbot.mouseClick(view.viewport(), LEFT, NONE, center(view.token_rect(info.start, info.end)))
    spans, found, _ = state(project, doc, layer)
    assert spans == {key} and key not in found
    assert stored(window) == [key] and key not in shown(window)
    assert window.entities_model.rowCount() == 1  # a label now
    assert window.store.status_for(doc, layer) == "in_progress"
    (span,) = window.store.spans_for(doc, layer)
    assert span.source == "manual"
    window.undo_stack().undo()
    spans, found, _ = state(project, doc, layer)
    assert spans == set() and key in found and key in shown(window)
    window.undo_stack().redo()
    assert state(project, doc, layer)[0] == {key}


def test_reject_with_tab_and_x_does_not_come_back(qtbot, assisted, project) -> None:
    window, view, overlay = assisted, assisted.article_view, assisted.assistant.overlay
    doc, layer = window.current_document_id(), window.annotator()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # the caret to the first suggestion
    first, second = overlay.items()[:2]
    assert overlay.current() == first
    key = (first.start, first.end, first.label)
    qtbot.keyClick(view, Qt.Key.Key_X)
    spans, found, rejected = state(project, doc, layer)
    assert spans == set() and key not in found and rejected == {key}
    assert key not in shown(window)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert overlay.current() == second
    qtbot.keyClick(view, Qt.Key.Key_Backspace)  # the window's Delete action rejects it too
    assert state(project, doc, layer)[2] == {key, (second.start, second.end, second.label)}
    window.undo_stack().undo()
    window.undo_stack().undo()
    spans, found, rejected = state(project, doc, layer)
    assert rejected == set() and key in found and key in shown(window)
    qtbot.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert overlay.current() == first  # Shift+Tab: back to the first
    qtbot.keyClick(view, Qt.Key.Key_X)
    assert state(project, doc, layer)[2] == {key}
    # a new prediction with the same model leaves the rejected suggestion out
    model_id, model = stored_models.load_latest(window.store)
    again = assistant.refresh(window.store, model, model_id, doc, layer)
    assert key not in {(s.start, s.end, s.label) for s in again}


def test_enter_accepts_the_suggestion_at_the_cursor(qtbot, assisted, project) -> None:
    window, view, overlay = assisted, assisted.article_view, assisted.assistant.overlay
    doc, layer = window.current_document_id(), window.annotator()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    second = overlay.items()[1]
    assert overlay.current() == second
    qtbot.keyClick(view, Qt.Key.Key_Return)
    key = (second.start, second.end, second.label)
    assert state(project, doc, layer)[0] == {key}
    (span,) = window.session().spans.values()
    assert view.selected_span() == span.id  # a digit relabels it, Delete removes it
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # labels and suggestions in one order
    assert overlay.current() == overlay.items()[1]
    qtbot.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_span() == span.id and overlay.current() is None
    # Enter with no suggestion at the cursor labels as before (here: the current label)
    window.palette_widget.set_current("MISC")
    word = next(
        t
        for t in view.paragraph(0).tokens()
        if t.text.isalpha() and view.span_at(t.start) is None and overlay.at(t.start) is None
    )
    view.set_caret(word.start)
    assert overlay.current() is None
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert state(project, doc, layer)[0] == {key, (word.start, word.end, "MISC")}


def test_accept_all_above_the_threshold_is_one_step(qtbot, assisted, project) -> None:
    window = assisted
    doc, layer = window.current_document_id(), window.annotator()
    confidences = sorted({s.confidence for s in window.assistant.overlay.items()})
    assert len(confidences) >= 2, "the model gave every suggestion the same confidence"
    threshold = round((confidences[0] + confidences[-1]) / 2, 4)
    cfg.set_accept_threshold(threshold)
    window.assistant.start()  # the menu entry shows the threshold
    assert f"{cfg.accept_threshold():.2f}" in window.actions_.accept_all.text()
    threshold = cfg.accept_threshold()
    before = shown(window)
    high = {
        (s.start, s.end, s.label)
        for s in window.assistant.overlay.items()
        if s.confidence >= threshold
    }
    assert high and high != before
    window.actions_.accept_all.trigger()
    spans, found, _ = state(project, doc, layer)
    assert spans == high and found == before - high
    assert shown(window) == before - high
    assert window.entities_model.rowCount() == len(high)
    assert window.undo_stack().count() == 1
    window.undo_stack().undo()
    spans, found, _ = state(project, doc, layer)
    assert spans == set() and found == before and shown(window) == before


def test_training_never_blocks_a_click(qtbot, assisted, project) -> None:
    window, view = assisted, assisted.article_view
    old_model = window.assistant.model[0]
    window.open_document(window.documents_model.all_documents()[1].id)
    doc, layer = window.current_document_id(), window.annotator()
    window.actions_.train.trigger()
    trainer = window.assistant.trainer
    assert trainer.running()
    qtbot.waitUntil(lambda: "training" in window.assistant.status.text(), timeout=10_000)
    assert window.assistant.status.bar.isVisible()
    text = view.text()
    words = [t for t in view.paragraph(0).tokens() if t.text.isalpha()]
    word = next(t for t in words if view.span_at(t.start) is None)
    if window.assistant.overlay.at(word.start) is not None:
        word = next(t for t in words if window.assistant.overlay.at(t.start) is None)
    window.palette_widget.set_current("MISC")
    view.scroll_to(word.start)
    qtbot.mouseClick(view.viewport(), LEFT, NONE, center(view.token_rect(word.start, word.end)))
    assert (word.start, word.end, "MISC") in state(project, doc, layer)[0]
    assert trainer.running(), "the worker finished before the click: nothing was shown"
    assert text[word.start : word.end] == word.text
    qtbot.waitUntil(lambda: not trainer.running(), timeout=TRAIN_WAIT_MS)
    qtbot.waitUntil(
        lambda: window.assistant.model is not None and window.assistant.model[0] != old_model,
        timeout=MODEL_WAIT_MS,
    )
    assert not window.assistant.status.bar.isVisible()
    pattern = r"trained on \d+ entities · F1 [01]\.\d\d \(held out\) · \d+ s ago"
    assert re.fullmatch(pattern, window.assistant.status.text())


def test_marking_done_retrains_in_the_background(qtbot, assisted) -> None:
    window = assisted
    window.mark_done()
    assert window.assistant.trainer.running()
    qtbot.waitUntil(lambda: not window.assistant.trainer.running(), timeout=TRAIN_WAIT_MS)


def test_after_done_the_next_document_shows_its_suggestions_at_once(
    qtbot, assisted, project
) -> None:
    window = assisted
    following = window.documents.next_unfinished(window.current_document_id())
    ahead = window.assistant.predicted_ahead
    qtbot.waitUntil(lambda: ahead() == [following], timeout=MODEL_WAIT_MS)
    window.mark_done()  # no events processed from here on: nothing can arrive late
    assert window.current_document_id() == following
    found = shown(window)
    assert found and found == state(project, following, window.annotator())[1]


def test_the_model_survives_a_restart(qtbot, project, make_window) -> None:
    first = make_window(project)
    wait_for_suggestions(qtbot, first)
    drawn = shown(first)
    first.close()
    second = make_window(project)
    assert shown(second) == drawn  # the stored ones, at once
    qtbot.waitUntil(lambda: second.assistant.model is not None, timeout=MODEL_WAIT_MS)
    assert shown(second) == drawn
    latest = stored_models.latest_info(second.store)
    assert latest is not None and second.assistant.model[0] == latest[0]
    expected = f"trained on {latest[1].entities} entities · F1 {latest[1].f1:.2f} (held out)"
    assert second.assistant.status.text().startswith(expected)


def test_view_suggestions_off_is_remembered(qtbot, project, make_window) -> None:
    first = make_window(project)
    wait_for_suggestions(qtbot, first)
    first.actions_.suggestions.trigger()
    assert cfg.suggestions_shown() is False
    first.close()
    second = make_window(project)
    assert not second.actions_.suggestions.isChecked()
    qtbot.wait(500)  # time to load the model: still nothing drawn
    assert second.assistant.model is not None
    assert not second.assistant.overlay.items()
    assert not second.assistant.status.isVisible()
    second.actions_.suggestions.trigger()
    wait_for_suggestions(qtbot, second)
    assert cfg.suggestions_shown() is True


def test_ctrl_u_opens_the_most_uncertain_unfinished_document(
    qtbot, project, make_window, monkeypatch
) -> None:
    from annotator.gui import assistant_control

    monkeypatch.setattr(assistant_control, "RANK_CHUNK", 1)  # one job per document
    window = make_window(project)
    qtbot.waitUntil(lambda: window.assistant.model is not None, timeout=MODEL_WAIT_MS)
    layer, docs = window.annotator(), window.documents_model.all_documents()
    window.set_status("done", docs[3].id)  # finished: never proposed
    # a model of its own: the window's is used by its worker thread (a tagger is not
    # thread-safe)
    _model_id, model = stored_models.load_latest(window.store)
    ranked = [doc for doc, _c in assistant.rank_uncertain(window.store, model, layer)]
    assert docs[3].id not in ranked and len(ranked) == 4
    for _ in range(2):  # the second time from the certainties already known
        current = window.current_document_id()
        expected = next(doc for doc in ranked if doc != current)
        qtbot.keyClick(window.article_view, Qt.Key.Key_U, CTRL)
        qtbot.waitUntil(lambda: window.current_document_id() == expected, timeout=MODEL_WAIT_MS)  # noqa: B023
        assert "Most uncertain" in window.statusBar().currentMessage()


def test_accept_as_another_label(qtbot, assisted, project) -> None:
    """What the right-click menu's "Accept as" does."""
    window = assisted
    doc, layer = window.current_document_id(), window.annotator()
    info = window.assistant.overlay.items()[0]
    other = "MISC" if info.label != "MISC" else "ORG"
    assert window.assistant.accept(info.id, other)
    assert state(project, doc, layer)[0] == {(info.start, info.end, other)}
    window.undo_stack().undo()
    assert (info.start, info.end, info.label) in state(project, doc, layer)[1]


def test_a_teammates_new_model_appears(qtbot, assisted, project) -> None:
    window = assisted
    before = window.assistant.model[0]
    with Store.open(project) as teammate:  # another connection: a teammate's worker
        trained = assistant.train(teammate, held_out=False)
    assert trained.model_id != before
    qtbot.waitUntil(
        lambda: window.assistant.model[0] == trained.model_id, timeout=MODEL_WAIT_MS
    )  # the window polls the database's revision
    assert window.assistant.status.text().startswith(
        f"trained on {trained.model.info.entities} entities"
    )


@pytest.mark.postgres
def test_team_mode_trains_and_shares_the_model_on_postgresql(qtbot, pg_server, make_window):
    url = pg_server.create_database("assist")
    with Store.open(url) as store:
        store.apply_preset("anercorp")
        for seed in sorted(SEEDS.glob("*.txt")):
            store.add_document(seed.stem, seed.read_text(encoding="utf-8"))
        label_others(store)
    window = make_window(url)
    window.open_document(window.documents_model.all_documents()[1].id)
    window.mark_done()  # the worker trains on the server
    process = window.assistant.trainer.process()
    assert process is not None
    assert url not in " ".join([process.program(), *process.arguments()])
    assert process.processEnvironment().value("ANNOTATOR_DB") == url  # only there
    qtbot.waitUntil(lambda: not window.assistant.trainer.running(), timeout=TRAIN_WAIT_MS)
    qtbot.waitUntil(lambda: window.assistant.model is not None, timeout=MODEL_WAIT_MS)
    window.open_document(window.documents_model.all_documents()[0].id)
    wait_for_suggestions(qtbot, window)
    with Store.open(url) as teammate:  # everyone reads the same model
        latest = stored_models.latest_info(teammate)
        assert latest is not None and latest[0] == window.assistant.model[0]
        found = teammate.suggestions_for(window.current_document_id(), window.annotator())
        assert {(s.start, s.end, s.label) for s in found} == shown(window)


def test_training_with_nothing_to_learn_says_so(qtbot, window) -> None:
    assert window.assistant.status.text() == "Assistant: no model yet"
    window.actions_.train.trigger()
    trainer = window.assistant.trainer
    qtbot.waitUntil(lambda: not trainer.running(), timeout=TRAIN_WAIT_MS)
    status = window.assistant.status
    assert status.text() == "Assistant not trained yet"
    assert status.label.toolTip().startswith("nothing to learn from yet: label a document")
    assert not window.assistant.status.bar.isVisible()
    assert window.assistant.model is None


def test_accepting_in_the_next_document_takes_ctrl_z_back(qtbot, assisted, project) -> None:
    window, view = assisted, assisted.article_view
    first, layer = window.current_document_id(), window.annotator()
    window.mark_done()
    second = window.current_document_id()
    assert second != first
    wait_for_suggestions(qtbot, window)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert len(state(project, second, layer)[0]) == 1
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert state(project, second, layer)[0] == set()  # the acceptance went
    assert window.store.status_for(first, layer) == "done"  # not the other document's status
    assert window.current_document_id() == second


def messages_of(window, monkeypatch) -> list[str]:
    """Every status message the window shows from now on (the timer's polls included)."""
    said: list[str] = []
    show = window.show_message

    def record(text: str, *args) -> None:
        said.append(text)
        show(text, *args)

    monkeypatch.setattr(window, "show_message", record)
    return said


def test_own_training_is_not_called_a_change_made_elsewhere(
    qtbot, assisted, project, monkeypatch
) -> None:
    """Mark done retrains in a worker process this window started: the model it stores
    moves the revision, but that is the annotator's own action, not another member's."""
    window = assisted
    said = messages_of(window, monkeypatch)
    before = window.assistant.model[0]
    window.mark_done()
    trainer = window.assistant.trainer
    qtbot.waitUntil(lambda: not trainer.running(), timeout=TRAIN_WAIT_MS)
    qtbot.waitUntil(lambda: window.assistant.model[0] != before, timeout=MODEL_WAIT_MS)
    window.poll_revision()
    assert any("Assistant trained" in text for text in said)
    assert not [text for text in said if "elsewhere" in text]
    # a real change by another process afterwards is still said
    with Store.open(project) as other:
        other.add_label("DATE")
    window.poll_revision()
    assert "elsewhere" in said[-1]
    assert "DATE" in [label.name for label in window.palette_widget.labels()]


def test_a_poll_while_the_worker_saves_waits_for_its_report(
    qtbot, assisted, project, monkeypatch
) -> None:
    """The poll can see the worker's model before the window has read the worker's
    report: the move is held until the run ends, then counted as the worker's."""
    window = assisted
    said = messages_of(window, monkeypatch)
    window.actions_.train.trigger()
    trainer = window.assistant.trainer
    qtbot.waitUntil(lambda: not trainer.running(), timeout=TRAIN_WAIT_MS)
    # what the window saw: the worker reached "saving", its model is stored, the
    # "finished" line not yet read (replayed here in that order)
    trainer.ended.emit(0)  # nothing by the run above remains unaccounted
    window.poll_revision()
    said.clear()
    with Store.open(project) as worker:
        model_id = stored_models.save(worker, window.assistant.model[1])
    monkeypatch.setattr(trainer, "may_be_writing", lambda: True)
    window.poll_revision()
    assert not [text for text in said if "elsewhere" in text]
    trainer.ended.emit(1)  # the worker reports its one write
    assert not [text for text in said if "elsewhere" in text]
    # the same, with another member's change in the same poll: that one is said
    with Store.open(project) as worker:
        stored_models.save(worker, window.assistant.model[1])
        worker.add_label("DATE")
    window.poll_revision()
    assert not [text for text in said if "elsewhere" in text]
    trainer.ended.emit(1)
    assert "elsewhere" in said[-1]
    assert model_id


def test_training_can_be_cancelled_and_the_model_stays(
    qtbot, assisted, project, monkeypatch
) -> None:
    """The cancel button beside the progress bar stops the worker at once; the stored
    model, the document's suggestions and what the status area says stay as before."""
    import os
    import signal

    window = assisted
    said = messages_of(window, monkeypatch)
    doc, layer = window.current_document_id(), window.annotator()
    with Store.open(project) as store:
        before = stored_models.latest_info(store)
    trainer, status = window.assistant.trainer, window.assistant.status

    def model_text() -> str:  # without its age
        return re.sub(r" · [^·]+ ago$", "", status.text())

    suggestions_before, text_before = state(project, doc, layer), model_text()
    assert text_before.startswith("trained on ")
    stages: list[str] = []

    def hold(stage: str, *_counts) -> None:  # keep the worker where it is (not saving)
        if stage and not stages:
            os.kill(trainer.process().processId(), signal.SIGSTOP)
        stages.append(stage)

    trainer.progress.connect(hold)
    window.actions_.train.trigger()
    window.actions_.train.trigger()  # one more run queued after it: cancelled too
    qtbot.waitUntil(lambda: bool(stages), timeout=TRAIN_WAIT_MS)
    assert "saving" not in stages
    assert status.cancel.isVisible()
    process = trainer.process()
    qtbot.mouseClick(status.cancel, LEFT)
    assert not trainer.running()
    assert process is None or process.state() == process.ProcessState.NotRunning
    assert not status.cancel.isVisible() and not status.bar.isVisible()
    assert model_text() == text_before
    assert "cancelled" in said[-1]
    qtbot.wait(500)  # a queued run or a late "failed" would show here
    assert not trainer.running()
    assert model_text() == text_before
    with Store.open(project) as store:
        assert stored_models.latest_info(store) == before
    assert state(project, doc, layer) == suggestions_before
    assert not [text for text in said if "not trained" in text or "elsewhere" in text]


def test_cancel_training_when_none_runs_says_so(qtbot, assisted, monkeypatch) -> None:
    said = messages_of(assisted, monkeypatch)
    assisted.actions_.cancel_training.trigger()
    assert said == ["The assistant is not training."]
