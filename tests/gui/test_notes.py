"""Notes and "uncertain" flags through the real window: the right-click menu and the
keys, undo and redo, the marker in the article, flagged-only lists, the document's own
note and flag, the JSONL export, and the notes beside each candidate in adjudication."""

from __future__ import annotations

import json

import pytest
from conftest import stored
from PySide6.QtCore import Qt
from test_labelling import token_of

from annotator.formats.export import ExportOptions, export
from annotator.gui import notes
from annotator.gui.adjudication import COLUMNS, AdjudicationWindow
from annotator.gui.flag_marker import FLAG_COLOR
from annotator.gui.models.documents import FLAG
from annotator.gui.models.entities import NOTE_COLUMN
from annotator.store import Note

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
PLATFORM_NOTICE = "This plugin does not support"  # the offscreen plugin's, not ours


@pytest.fixture(autouse=True)
def no_qt_warnings(qtlog):
    yield
    bad = [
        r.message
        for r in qtlog.records
        if r.type != 0 and not r.message.startswith(PLATFORM_NOTICE)
    ]
    assert bad == []


@pytest.fixture
def answers(monkeypatch):
    """What the note editor answers, in turn; records the titles and texts it was shown."""
    given: list[str | None] = []
    asked: list[tuple[str, str]] = []

    def ask(_parent, title: str, current: str) -> str | None:
        asked.append((title, current))
        return given.pop(0)

    monkeypatch.setattr(notes, "ask_note", ask)
    return given, asked


def labelled(window, word: str, label: str = "LOC") -> int:
    start, end = token_of(window.article_view.text(), word)
    assert window.label_range(start, end, label)
    return window.article_view.span_at(start).id


def menu_action(window, span_id: int, text: str):
    menu = window.context_menu(span_id)
    found = [a for a in menu.actions() if a.text() == text]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


def flag_pixels(window, span_id: int) -> int:
    """Pixels of the flag colour around the span, as painted."""
    view = window.article_view
    info = window.session().spans[span_id]
    around = view.token_rect(info.start, info.end).toRect().adjusted(-14, -14, 14, 14)
    image = view.viewport().grab(around).toImage()
    target = FLAG_COLOR.rgb()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixel(x, y) == target
    )


def test_a_note_from_the_right_click_menu_is_stored_shown_and_undone(
    qtbot, window, answers
) -> None:
    given, asked = answers
    span_id = labelled(window, "روسيا")
    given.append("  روسيا أم «لروسيا»؟\n<b>check</b>  ")
    menu_action(window, span_id, "Add note…").trigger()
    assert asked == [("Note on LOC «روسيا»", "")]
    note = "روسيا أم «لروسيا»؟\n<b>check</b>"
    assert window.store.span_notes(window.current_document_id()) == {span_id: Note(note)}
    model = window.entities_model
    assert model.data(model.index(0, NOTE_COLUMN)) == "✎"
    tip = model.data(model.index(0, NOTE_COLUMN), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;check&lt;/b&gt;" in tip  # shown literally
    assert menu_action(window, span_id, "Edit note…")
    window.undo_stack().undo()
    assert window.store.span_notes(window.current_document_id()) == {}
    assert model.data(model.index(0, NOTE_COLUMN)) == ""
    window.undo_stack().redo()
    assert window.store.span_notes(window.current_document_id()) == {span_id: Note(note)}
    given.append(None)  # cancelled: nothing changes, nothing on the stack
    count = window.undo_stack().count()
    assert not notes.edit_span_note(window, span_id)
    assert window.undo_stack().count() == count


def test_ctrl_g_flags_the_selected_label_with_a_marker(qtbot, window) -> None:
    view = window.article_view
    span_id = labelled(window, "بوتين", "PERS")
    window.select_span(span_id)
    view.viewport().repaint()
    before = flag_pixels(window, span_id)
    qtbot.keyClick(view, Qt.Key.Key_G, CTRL)
    doc = window.current_document_id()
    assert window.store.span_notes(doc) == {span_id: Note("", True)}
    assert span_id in window.views.flags.ids()
    view.viewport().repaint()
    assert flag_pixels(window, span_id) > before + 10
    assert "flagged uncertain" in window.statusBar().currentMessage()
    assert menu_action(window, span_id, "Flag uncertain").isChecked()
    qtbot.keyClick(view, Qt.Key.Key_G, CTRL)  # again: the flag goes
    assert window.store.span_notes(doc) == {}
    assert span_id not in window.views.flags.ids()
    window.undo_stack().undo()
    assert window.store.span_notes(doc) == {span_id: Note("", True)}
    window.clear_selection()
    qtbot.keyClick(view, Qt.Key.Key_G, CTRL)  # nothing selected: nothing changes
    assert window.store.span_notes(doc) == {span_id: Note("", True)}
    assert "Select a label first" in window.statusBar().currentMessage()


def test_a_removed_flagged_span_comes_back_with_its_flag(qtbot, window, answers) -> None:
    given, _asked = answers
    span_id = labelled(window, "روسيا")
    given.append("a note")
    window.select_span(span_id)
    qtbot.keyClick(window.article_view, Qt.Key.Key_M, CTRL)
    qtbot.keyClick(window.article_view, Qt.Key.Key_G, CTRL)
    window.select_span(span_id)
    window.delete_selected()
    assert stored(window) == []
    assert window.views.flags.ids() == set()
    window.undo_stack().undo()
    assert len(stored(window)) == 1
    assert window.store.span_notes(window.current_document_id()) == {span_id: Note("a note", True)}
    assert window.views.flags.ids() == {span_id}


def test_the_entity_list_can_show_only_flagged_labels(qtbot, window) -> None:
    first, second = labelled(window, "روسيا"), labelled(window, "بوتين", "PERS")
    notes.toggle_span_flag(window, second)
    model = window.entities_model
    assert model.rowCount() == 2
    window.entities_flagged.setChecked(True)
    assert model.rowCount() == 1 and model.span_in_row(0).id == second
    assert model.data(model.index(0, NOTE_COLUMN)) == "⚑"
    notes.toggle_span_flag(window, first)
    assert model.rowCount() == 2
    window.undo_stack().undo()
    assert [model.span_in_row(r).id for r in range(model.rowCount())] == [second]
    labelled(window, "موسكو")  # a new unflagged span is not listed
    assert model.rowCount() == 1
    window.entities_flagged.setChecked(False)
    assert model.rowCount() == 3
    table = window.entities_table
    rect = table.visualRect(model.index(model.row_of(second), 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.article_view.selected_span() == second


def test_the_document_note_and_flag(qtbot, window, answers) -> None:
    given, asked = answers
    doc, layer = window.current_document_id(), window.annotator()
    given.append("ask the editor")
    qtbot.keyClick(window.article_view, Qt.Key.Key_M, CTRL_SHIFT)
    assert asked[0][0] == f"Note on the document {window.session().name}"
    assert window.store.document_note(doc, layer) == Note("ask the editor")
    model = window.documents_model
    assert model.data(model.index(0, FLAG)) == "✎"
    assert "ask the editor" in model.data(model.index(0, FLAG), Qt.ItemDataRole.ToolTipRole)
    window.actions_.doc_flag.trigger()
    assert window.store.document_note(doc, layer) == Note("ask the editor", True)
    assert model.data(model.index(0, FLAG)) == "⚑"
    window.undo_stack().undo()
    window.undo_stack().undo()
    assert window.store.document_note(doc, layer) == Note()
    assert model.data(model.index(0, FLAG)) == ""


def test_notes_made_in_the_window_are_in_the_jsonl_export(qtbot, window, answers, tmp_path):
    given, _asked = answers
    span_id = labelled(window, "روسيا")
    labelled(window, "بوتين", "PERS")
    given.extend(["is it the country?", "a document note"])
    notes.edit_span_note(window, span_id)
    notes.toggle_span_flag(window, span_id)
    notes.edit_document_note(window)
    out = tmp_path / "out.jsonl"
    export(window.store, ExportOptions(format="jsonl", layer=window.annotator()), out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    first = next(r for r in records if r["id"] == window.current_document_id())
    assert first["meta"] == {"note": "a document note"}
    assert {s["text"]: s.get("note") for s in first["spans"]} == {
        "روسيا": "is it the country?",
        "بوتين": None,
    }
    assert all("note" not in r["meta"] for r in records if r is not first)


def test_adjudication_shows_the_notes_beside_each_candidate(qtbot, window) -> None:
    store, doc = window.store, window.current_document_id()
    text = window.article_view.text()
    start, end = token_of(text, "روسيا")
    amal = store.add_span(doc, "amal", start, end, "LOC")
    badr = store.add_span(doc, "badr", start, end, "ORG")
    store.add_span(doc, "badr", *token_of(text, "بوتين"), "PERS")
    store.set_span_note(amal.id, "the country", flagged=True)
    store.set_span_note(badr.id, "the government?")
    adjudication = AdjudicationWindow(store, doc, window, layers=["amal", "badr"])
    qtbot.addWidget(adjudication)
    table, column = adjudication.table, COLUMNS.index("Notes")
    rows = {
        (table.item(r, 1).text(), table.item(r, 4).text()): table.item(r, column).text()
        for r in range(table.rowCount())
    }
    assert rows == {
        ("LOC", "disagree"): "amal: ⚑ the country",
        ("ORG", "disagree"): "badr: the government?",
        ("PERS", "disagree"): "",
    }
