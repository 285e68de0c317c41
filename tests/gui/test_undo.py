"""Every change is a QUndoCommand written to the store in redo and reverted in undo."""

from __future__ import annotations

from conftest import stored
from PySide6.QtCore import Qt
from test_labelling import token_of

CTRL = Qt.KeyboardModifier.ControlModifier


def test_undo_redo_round_trip_against_the_database(qtbot, window) -> None:
    text = window.article_view.text()
    a = token_of(text, "روسيا")
    b = token_of(text, "بوتين")
    assert window.label_range(*a, "LOC")
    assert window.label_range(*b, "ORG")
    span_b = window.article_view.span_at(b[0]).id
    assert window.relabel_span(span_b, "PERS")
    span_a = window.article_view.span_at(a[0]).id
    assert window.remove_span(span_a)
    states = [
        [],
        [(*a, "LOC")],
        sorted([(*a, "LOC"), (*b, "ORG")]),
        sorted([(*a, "LOC"), (*b, "PERS")]),
        [(*b, "PERS")],
    ]
    stack = window.undo_stack()
    assert stack.count() == 4
    assert stored(window) == states[4]
    for expected in reversed(states[:4]):
        stack.undo()
        assert stored(window) == expected
    for expected in states[1:]:
        stack.redo()
        assert stored(window) == expected


def test_keyboard_shortcuts_undo_and_redo(qtbot, window) -> None:
    view = window.article_view
    a = token_of(view.text(), "موسكو")
    assert window.label_range(*a, "LOC")
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert stored(window) == []
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert stored(window) == [(*a, "LOC")]
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert stored(window) == []
    qtbot.keyClick(view, Qt.Key.Key_Y, CTRL)
    assert stored(window) == [(*a, "LOC")]


def test_each_document_keeps_its_own_undo_stack(qtbot, window) -> None:
    first = window.current_document_id()
    a = token_of(window.article_view.text(), "روسيا")
    assert window.label_range(*a, "LOC")
    first_stack = window.undo_stack()
    window.step_document(1)
    assert window.current_document_id() != first
    assert window.undo_stack() is not first_stack
    assert window.undo_stack().count() == 0
    window.step_document(-1)
    assert window.undo_stack() is first_stack
    first_stack.undo()
    assert stored(window) == []


def test_spans_survive_closing_the_window(qtbot, make_window, db_path) -> None:
    window = make_window()
    a = token_of(window.article_view.text(), "بوتين")
    assert window.label_range(*a, "PERS")
    doc = window.current_document_id()
    window.close()
    from annotator.store import Store

    with Store.open(db_path) as other:
        spans = [(s.start, s.end, s.label) for s in other.spans_for(doc, window.annotator())]
    assert spans == [(*a, "PERS")]


def test_a_refused_undo_is_reported_and_changes_nothing(qtbot, window, monkeypatch) -> None:
    from annotator.store.errors import StoreError

    text = window.article_view.text()
    a = token_of(text, "روسيا")
    assert window.label_range(*a, "LOC")

    def refuse(span_id):
        raise StoreError("lost connection to the database server; the change was not saved")

    monkeypatch.setattr(window.store, "remove_span", refuse)
    window.undo_stack().undo()
    assert "not saved" in window.statusBar().currentMessage()
    assert "not undone" in window.statusBar().currentMessage()
    monkeypatch.undo()
    assert stored(window) == [(*a, "LOC")]
    assert window.article_view.span_at(a[0]) is not None


def test_a_status_change_is_an_undo_step_of_its_document(qtbot, window) -> None:
    doc = window.current_document_id()
    layer = window.annotator()
    window.mark_done()  # done, and on to the next document
    assert window.store.status_for(doc, layer) == "done"
    assert window.current_document_id() != doc
    assert window.undo_stack().count() == 0  # the next document's own history
    window.open_document(doc)
    assert window.undo_stack().undoText() == "Mark done"
    window.undo_stack().undo()
    assert window.store.status_for(doc, layer) == "new"
    assert window.documents_model.info(doc).status == "new"
    assert window.progress_label.text() == "0 of 5 done"
    window.undo_stack().redo()
    assert window.store.status_for(doc, layer) == "done"
    assert window.progress_label.text() == "1 of 5 done"
