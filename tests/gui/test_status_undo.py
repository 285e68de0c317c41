"""Status changes are undo steps: Ctrl+Z right after Mark done (which moved on) undoes it
and brings the document back; reopen and a status set from elsewhere are undone too."""

from __future__ import annotations

from conftest import activate, stored
from PySide6.QtCore import Qt
from test_labelling import token_of

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _status(window, doc: int) -> str:
    return window.store.status_for(doc, window.annotator())


def _key(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.article_view, key, modifiers)


def test_ctrl_z_right_after_mark_done_undoes_it_and_comes_back(qtbot, window) -> None:
    activate(qtbot, window)
    first = window.current_document_id()
    _key(qtbot, window, Qt.Key.Key_Return, CTRL)
    second = window.current_document_id()
    assert second != first and _status(window, first) == "done"
    assert window.progress_label.text() == "1 of 5 done"
    assert window.actions_.undo.isEnabled()
    assert window.actions_.undo.text() == "&Undo Mark done"
    _key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert _status(window, first) == "new"
    assert window.current_document_id() == first  # brought back
    assert window.documents_model.info(first).status == "new"
    assert window.progress_label.text() == "0 of 5 done"
    _key(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert _status(window, first) == "done"
    assert window.current_document_id() == first  # redo stays


def test_a_change_in_the_next_document_takes_ctrl_z_back(qtbot, window) -> None:
    activate(qtbot, window)
    first = window.current_document_id()
    window.mark_done()
    start, end = token_of(window.article_view.text(), window.article_view.text().split()[0])
    assert window.label_range(start, end, "MISC")
    _key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert stored(window) == []  # the label went, not the other document's status
    assert _status(window, first) == "done"
    assert window.current_document_id() != first


def test_reopen_is_undone(qtbot, window) -> None:
    activate(qtbot, window)
    doc = window.current_document_id()
    window.mark_done()
    window.open_document(doc)
    _key(qtbot, window, Qt.Key.Key_R, CTRL | SHIFT)
    assert _status(window, doc) == "in_progress"
    assert window.undo_stack().undoText() == "Mark in progress"
    _key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert _status(window, doc) == "done"
    assert window.documents_model.info(doc).status == "done"


def test_a_status_set_for_another_document_is_undone_there(qtbot, window) -> None:
    activate(qtbot, window)
    here = window.current_document_id()
    other = window.documents_model.all_documents()[3].id
    assert window.set_status("done", other)
    assert window.current_document_id() == here  # no jump when it is set
    assert _status(window, other) == "done"
    _key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert _status(window, other) == "new"
    assert window.current_document_id() == other  # shown where it was undone


def test_skip_changes_no_status(qtbot, window) -> None:
    activate(qtbot, window)
    first = window.current_document_id()
    _key(qtbot, window, Qt.Key.Key_Return, CTRL | SHIFT)
    assert window.current_document_id() != first
    assert _status(window, first) == "new"
    assert not window.actions_.undo.isEnabled()  # nothing was changed


def test_a_note_in_the_next_document_takes_ctrl_z_back(qtbot, window) -> None:
    from annotator.gui import notes

    activate(qtbot, window)
    first = window.current_document_id()
    window.mark_done()
    second = window.current_document_id()
    assert notes.edit_document_note(window, ask=lambda *_args: "check the dates")
    _key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.store.document_note(second, window.annotator()).text == ""
    assert _status(window, first) == "done"  # the note went, not the other status
    assert window.current_document_id() == second
