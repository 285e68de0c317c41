"""The assistant in the window when the project changes under it: a label renamed by
someone else between an accept (or a reject) and its undo, a span added by a teammate
over a suggestion the window still shows."""

from __future__ import annotations

from pathlib import Path

import pytest
import test_assistant as base

from annotator.store import Store

pytestmark = pytest.mark.gui

# the trained project and the window of tests/gui/test_assistant.py
trained_project, project, assisted = base.trained_project, base.project, base.assisted
shown, state = base.shown, base.state


def _renamed(path: Path, old: str, new: str) -> None:
    """``old`` renamed to ``new`` by another program (the command line, a teammate)."""
    with Store.open(path) as other:
        other.update_label(old, new_name=new)


def test_accept_then_undo_and_redo_after_the_label_was_renamed(qtbot, assisted, project):
    window = assisted
    doc, layer = window.current_document_id(), window.annotator()
    info = window.assistant.overlay.items()[0]
    assert window.assistant.accept(info.id)
    _renamed(project, info.label, "RENAMED")
    window.undo_stack().undo()
    back = (info.start, info.end, "RENAMED")
    spans, found, _ = state(project, doc, layer)
    assert spans == set() and back in found and back in shown(window)
    window.undo_stack().redo()
    spans, found, _ = state(project, doc, layer)
    assert spans == {back} and back not in found and back not in shown(window)


def test_reject_then_undo_and_redo_after_the_label_was_renamed(qtbot, assisted, project):
    window = assisted
    doc, layer = window.current_document_id(), window.annotator()
    info = window.assistant.overlay.items()[0]
    assert window.assistant.reject(info.id)
    _renamed(project, info.label, "RENAMED")
    window.undo_stack().undo()
    back = (info.start, info.end, "RENAMED")
    _spans, found, rejected = state(project, doc, layer)
    assert back in found and rejected == set() and back in shown(window)
    window.undo_stack().redo()
    _spans, found, rejected = state(project, doc, layer)
    assert back not in found and rejected == {back} and back not in shown(window)


def test_accepting_over_a_teammates_new_span_is_refused_cleanly(qtbot, assisted, project):
    """A span stored by another program over a suggestion the window still shows: the
    accept is refused with the overlap rule's reason, nothing is stored, no undo step."""
    window = assisted
    doc, layer = window.current_document_id(), window.annotator()
    info = window.assistant.overlay.items()[0]
    with Store.open(project) as other:
        other.add_span(doc, layer, info.start, info.end, "MISC")
    steps = window.undo_stack().count()
    said: list[str] = []
    window.show_message = lambda text, *args: said.append(text)  # type: ignore[method-assign]
    assert not window.assistant.accept(info.id)
    assert window.undo_stack().count() == steps
    assert state(project, doc, layer)[0] == {(info.start, info.end, "MISC")}
    assert said and "overlap" in said[-1].lower()


def test_accepting_a_suggestion_whose_label_was_deleted_is_refused_cleanly(
    qtbot, assisted, project
):
    window = assisted
    doc, layer = window.current_document_id(), window.annotator()
    info = window.assistant.overlay.items()[0]
    with Store.open(project) as other:
        other.delete_label(info.label)
    steps = window.undo_stack().count()
    said: list[str] = []
    window.show_message = lambda text, *args: said.append(text)  # type: ignore[method-assign]
    assert not window.assistant.accept(info.id)
    assert window.undo_stack().count() == steps and said
    assert "label deleted" in said[-1], said  # the reason it may be gone, among others
    assert state(project, doc, layer)[0] == set()


def test_a_damaged_stored_model_is_said_and_trained_again(qtbot, project, make_window):
    """The window said nothing of a damaged stored model (suggestions from the memory
    alone, or none, and no word why); it now says so and trains a sound one."""
    import sqlite3

    with sqlite3.connect(project) as con:
        con.execute("UPDATE suggest_model SET memory = x'ff'")
        (damaged,) = con.execute("SELECT MAX(id) FROM suggest_model").fetchone()
    said: list[str] = []
    window = make_window(project)
    show = window.show_message
    window.show_message = lambda text, *args: (said.append(text), show(text, *args))  # type: ignore[method-assign]
    qtbot.waitUntil(lambda: any("damaged" in text for text in said), timeout=base.MODEL_WAIT_MS)
    qtbot.waitUntil(lambda: window.assistant.model is not None, timeout=base.MODEL_WAIT_MS)
    qtbot.waitUntil(
        lambda: window.assistant.model[0] != damaged and not window.assistant.trainer.running(),
        timeout=base.TRAIN_WAIT_MS,
    )
    assert window.assistant.model[1].damaged is None
