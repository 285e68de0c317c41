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
