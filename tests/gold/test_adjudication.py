"""Adjudication driven through the window: the gold layer it produces, and undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from annotator.adjudication import merge_layers
from annotator.gui.adjudication import AdjudicationWindow
from annotator.spans import Span
from annotator.text import tokenize

from .conftest import LAYERS

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, corpus, corpus_store):
    win = AdjudicationWindow(corpus_store, corpus.doc_ids[0], ask_retry=lambda *_: False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def gold(store, doc_id: int) -> set[tuple[int, int, str]]:
    return {(s.start, s.end, s.label) for s in store.spans_for(doc_id, "gold")}


def row_of(win, phrase: str, label: str) -> int:
    rows = [
        r
        for r in range(win.table.rowCount())
        if (win.table.item(r, 0).text(), win.table.item(r, 1).text()) == (phrase, label)
    ]
    assert len(rows) == 1, (phrase, label, rows)
    return rows[0]


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, LEFT)


def select_gold_row(win, phrase: str, label: str) -> None:
    items = [
        i
        for i in range(win.gold_list.count())
        if win.gold_list.item(i).text() == f"{label}  {phrase}"
    ]
    assert len(items) == 1
    win.gold_list.setCurrentRow(items[0])


def test_candidates_mark_agreement_of_the_three_layers(window, corpus) -> None:
    table = {
        (window.table.item(r, 0).text(), window.table.item(r, 1).text()): (
            window.table.item(r, 3).text(),
            window.table.item(r, 4).text(),
        )
        for r in range(window.table.rowCount())
    }
    assert table == {
        ("كيم جونغ أون", "PER"): ("ali, badr, chadi", "agree"),
        ("روسيا", "LOC"): ("ali, badr, chadi", "agree"),
        ("كوريا الشمالية", "LOC"): ("ali, badr, chadi", "agree"),
        ("فلاديمير بوتين", "PER"): ("ali, chadi", "disagree"),
        ("بوتين", "PER"): ("badr", "disagree"),
        ("موسكو", "LOC"): ("ali, chadi", "disagree"),
        ("موسكو", "ORG"): ("badr", "disagree"),
        ("أوكرانيا", "LOC"): ("chadi", "disagree"),
    }


def test_adjudication_builds_the_expected_gold_layer_and_undo_restores_it(
    qtbot, window, corpus, corpus_store
) -> None:
    doc = corpus.doc_ids[0]
    history = [gold(corpus_store, doc)]
    assert history[0] == set()

    click(qtbot, window.accept_all_button)  # the three spans everyone agrees on
    history.append(gold(corpus_store, doc))
    assert history[-1] == {corpus.span(p, lab) for p, lab in LAYERS["ali"][:3]}

    window.table.selectRow(row_of(window, "فلاديمير بوتين", "PER"))  # from ali and chadi
    click(qtbot, window.accept_button)
    window.table.selectRow(row_of(window, "موسكو", "ORG"))  # badr's label ...
    click(qtbot, window.accept_button)
    window.table.selectRow(row_of(window, "أوكرانيا", "LOC"))  # only chadi has it
    click(qtbot, window.accept_button)
    history.append(gold(corpus_store, doc))

    select_gold_row(window, "موسكو", "ORG")  # ... relabelled
    window.label_combo.setCurrentText("LOC")
    click(qtbot, window.relabel_button)
    history.append(gold(corpus_store, doc))

    select_gold_row(window, "كوريا الشمالية", "LOC")  # removed by the reviewer
    click(qtbot, window.remove_button)
    history.append(gold(corpus_store, doc))

    click(qtbot, window.reviewed_button)
    expected = {
        corpus.span("كيم جونغ أون", "PER"),
        corpus.span("روسيا", "LOC"),
        corpus.span("فلاديمير بوتين", "PER"),
        corpus.span("موسكو", "LOC"),
        corpus.span("أوكرانيا", "LOC"),
    }
    assert gold(corpus_store, doc) == expected
    assert corpus_store.status_for(doc) == "reviewed"
    assert corpus_store.status_for(doc, "gold") == "reviewed"
    # annotators' layers are untouched
    for layer, spans in LAYERS.items():
        stored = {(s.start, s.end, s.label) for s in corpus_store.spans_for(doc, layer)}
        assert stored == {corpus.span(p, lab) for p, lab in spans}
        assert corpus_store.status_for(doc, layer) == "done"

    # undo, step by step, walks back through every earlier gold layer
    stack = window.undo_stack
    stack.undo()  # mark reviewed
    # the document status was never set (only the annotators' layer statuses)
    assert corpus_store.status_for(doc) == "new"
    assert corpus_store.status_for(doc, "gold") == "new"
    assert gold(corpus_store, doc) == history[-1]
    stack.undo()  # remove
    assert gold(corpus_store, doc) == history[-2]
    stack.undo()  # relabel
    assert gold(corpus_store, doc) == history[-3]
    for _ in range(3):  # three accepts
        stack.undo()
    assert gold(corpus_store, doc) == history[1]
    stack.undo()  # accept all agreed, one step
    assert gold(corpus_store, doc) == set()
    assert not stack.canUndo()
    # and redo brings the whole review back
    while stack.canRedo():
        stack.redo()
    assert gold(corpus_store, doc) == expected
    assert corpus_store.status_for(doc) == "reviewed"


def test_undo_of_mark_reviewed_restores_both_statuses(qtbot, window, corpus, corpus_store):
    doc = corpus.doc_ids[0]
    corpus_store.set_status(doc, "in_progress")
    click(qtbot, window.reviewed_button)
    assert (corpus_store.status_for(doc), corpus_store.status_for(doc, "gold")) == (
        "reviewed",
        "reviewed",
    )
    window.undo_stack.undo()
    assert (corpus_store.status_for(doc), corpus_store.status_for(doc, "gold")) == (
        "in_progress",
        "in_progress",
    )


def test_selecting_text_in_the_gold_view_adds_a_span(qtbot, window, corpus, corpus_store):
    view = window.gold_view
    word = next(t for t in tokenize(corpus.text) if t.text == "روسيا")
    view.scroll_to(word.start)
    window.label_combo.setCurrentText("ORG")
    rect = view.token_rect(word.start, word.end)
    assert not rect.isEmpty()
    point: QPoint = rect.center().toPoint()
    qtbot.mouseClick(view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, point)
    assert gold(corpus_store, corpus.doc_ids[0]) == {(word.start, word.end, "ORG")}
    window.undo_stack.undo()
    assert gold(corpus_store, corpus.doc_ids[0]) == set()


def test_a_refused_accept_is_shown_and_not_stacked(qtbot, window, corpus, corpus_store):
    """Under the flat policy بوتين (badr) overlaps فلاديمير بوتين already in gold."""
    window.table.selectRow(row_of(window, "فلاديمير بوتين", "PER"))
    click(qtbot, window.accept_button)
    count = window.undo_stack.count()
    window.table.selectRow(row_of(window, "بوتين", "PER"))
    click(qtbot, window.accept_button)
    assert window.undo_stack.count() == count
    assert window.message.text().startswith("Not saved: ")
    assert gold(corpus_store, corpus.doc_ids[0]) == {corpus.span("فلاديمير بوتين", "PER")}


def test_only_selected_layers_count_for_agreement(window, corpus) -> None:
    for i in range(window.layer_list.count()):  # untick badr, as a reviewer would
        item = window.layer_list.item(i)
        if item.text() == "badr":
            item.setCheckState(Qt.CheckState.Unchecked)
    assert window.selected_layers() == ["ali", "chadi"]
    table = window.table
    agreed = {
        corpus.span(table.item(r, 0).text(), table.item(r, 1).text())
        for r in range(table.rowCount())
        if table.item(r, 4).text() == "agree"
    }
    assert agreed == {corpus.span(p, lab) for p, lab in LAYERS["ali"]}
    assert window.accept_all_agreed() == 5


def test_merge_layers_without_qt() -> None:
    a = [Span(0, 3, "PER"), Span(5, 8, "LOC")]
    b = [Span(0, 3, "PER"), Span(5, 8, "ORG")]
    merged = merge_layers({"a": a, "b": b}, [Span(0, 3, "PER")], ["a", "b"])
    assert [(c.start, c.label, c.layers, c.agreed, c.in_gold) for c in merged] == [
        (0, "PER", ("a", "b"), True, True),
        (5, "LOC", ("a",), False, False),
        (5, "ORG", ("b",), False, False),
    ]


@pytest.mark.parametrize("focus", ["table", "gold_view"])
def test_escape_closes_the_window_and_keeps_what_was_decided(
    qtbot, window, corpus, corpus_store, focus
) -> None:
    window.table.selectRow(row_of(window, "روسيا", "LOC"))
    click(qtbot, window.accept_button)
    decided = gold(corpus_store, corpus.doc_ids[0])
    assert decided == {corpus.span("روسيا", "LOC")}
    window.activateWindow()
    widget = getattr(window, focus)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert gold(corpus_store, corpus.doc_ids[0]) == decided
