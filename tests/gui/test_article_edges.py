"""Adjusting a span without deleting it: edge handles dragged by tokens (characters with
Alt), Shift+Alt+arrows, one undo step each, refused when crossing another span."""

from __future__ import annotations

import pytest
from conftest import center, stored
from PySide6.QtCore import Qt
from test_labelling import ALT, NONE, click_range, drag, token_of

from annotator.gui.edge_handles import handle_point
from annotator.store import SpanRefused
from annotator.text import tokenize

pytestmark = pytest.mark.usefixtures("no_qt_warnings")

SHIFT_ALT = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _select(qtbot, window, start: int, end: int) -> None:
    window.palette_widget.set_current(None)
    click_range(qtbot, window.article_view, start, end)
    assert window.article_view.selected_span() is not None


def _drag_edge(qtbot, view, edge: str, target, modifiers=NONE) -> None:
    handle = handle_point(view, edge)
    assert handle is not None, f"no {edge} handle drawn"
    drag(qtbot, view, handle.toPoint(), target, modifiers)


def test_dragging_the_end_handle_grows_the_span_by_tokens_and_undo_restores_it(
    qtbot, window
) -> None:
    view = window.article_view
    text = view.text()
    kim, jong, un = token_of(text, "كيم"), token_of(text, "جونغ"), token_of(text, "أون")
    assert window.label_range(*kim, "PERS")
    span_id = view.span_at(kim[0]).id
    _select(qtbot, window, *kim)
    depth = window.undo_stack().count()
    _drag_edge(qtbot, view, "end", center(view.char_rect(un[0] + 1)))  # into أون
    assert stored(window) == [(kim[0], un[1], "PERS")]
    assert view.span_at(kim[0]).id == span_id  # the same span, adjusted
    assert window.undo_stack().count() == depth + 1
    _drag_edge(qtbot, view, "end", center(view.char_rect(jong[0] + 1)))  # back into جونغ
    assert stored(window) == [(kim[0], jong[1], "PERS")]
    window.undo_stack().undo()
    assert stored(window) == [(kim[0], un[1], "PERS")]
    window.undo_stack().undo()
    assert stored(window) == [(kim[0], kim[1], "PERS")]
    window.undo_stack().redo()
    assert stored(window) == [(kim[0], un[1], "PERS")]
    rows = [window.entities_model.span_in_row(r) for r in range(window.entities_model.rowCount())]
    assert [(r.start, r.end) for r in rows] == [(kim[0], un[1])]  # the entity list follows


def test_dragging_the_start_handle_and_alt_for_characters(qtbot, window) -> None:
    view = window.article_view
    text = view.text()
    start, end = token_of(text, "لروسيا")
    assert window.label_range(start, end, "LOC")
    _select(qtbot, window, start, end)
    _drag_edge(qtbot, view, "start", center(view.char_rect(start + 1)), ALT)  # onto ر
    assert stored(window) == [(start + 1, end, "LOC")]
    assert text[start + 1 : end] == "روسيا"
    previous = max((t for t in tokenize(text) if t.end < start), key=lambda t: t.end)
    assert previous.text == "أسلحة"
    _drag_edge(qtbot, view, "start", center(view.char_rect(previous.start + 2)))
    assert stored(window) == [(previous.start, end, "LOC")]  # by tokens: the whole word


def test_an_edge_drag_that_would_cross_another_span_is_refused(qtbot, window) -> None:
    view = window.article_view
    text = view.text()
    kim, jong, un = token_of(text, "كيم"), token_of(text, "جونغ"), token_of(text, "أون")
    assert window.label_range(*kim, "PERS")
    assert window.label_range(jong[0], un[1], "MISC")
    before = stored(window)
    depth = window.undo_stack().count()
    _select(qtbot, window, *kim)
    _drag_edge(qtbot, view, "end", center(view.char_rect(jong[0] + 1)))
    assert stored(window) == before
    assert window.undo_stack().count() == depth
    assert window.statusBar().currentMessage() == (
        "Not adjusted: «كيم جونغ» would cross MISC «جونغ أون»"
    )


def test_shift_alt_arrows_move_the_visual_edges_one_token(qtbot, window) -> None:
    view = window.article_view
    text = view.text()
    kim, jong, un = token_of(text, "كيم"), token_of(text, "جونغ"), token_of(text, "أون")
    assert window.label_range(*jong, "PERS")
    _select(qtbot, window, *jong)
    # right-to-left: the left edge is the span's end, the right edge its start
    qtbot.keyClick(view, Qt.Key.Key_Left, SHIFT_ALT)
    assert stored(window) == [(jong[0], un[1], "PERS")]
    qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT_ALT)
    assert stored(window) == [(kim[0], un[1], "PERS")]
    qtbot.keyClick(view, Qt.Key.Key_Left, SHIFT_ALT | CTRL)  # the right edge inward
    assert stored(window) == [(jong[0], un[1], "PERS")]
    qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT_ALT | CTRL)  # the left edge inward
    assert stored(window) == [(jong[0], jong[1], "PERS")]
    qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT_ALT | CTRL)  # one token is the least
    assert stored(window) == [(jong[0], jong[1], "PERS")]
    for _ in range(4):
        window.undo_stack().undo()
    assert stored(window) == [(jong[0], jong[1], "PERS")]
    window.undo_stack().redo()
    assert stored(window) == [(jong[0], un[1], "PERS")]


def test_shift_alt_arrow_into_another_span_is_refused_with_its_words(qtbot, window) -> None:
    view = window.article_view
    text = view.text()
    kim, jong = token_of(text, "كيم"), token_of(text, "جونغ")
    assert window.label_range(*kim, "PERS")
    assert window.label_range(*jong, "MISC")
    _select(qtbot, window, *kim)
    qtbot.keyClick(view, Qt.Key.Key_Left, SHIFT_ALT)
    assert stored(window) == [(kim[0], kim[1], "PERS"), (jong[0], jong[1], "MISC")]
    assert "«كيم جونغ» would overlap MISC «جونغ»" in window.statusBar().currentMessage()


def test_store_resize_span_keeps_the_id_and_follows_the_overlap_rule(window) -> None:
    store = window.store
    doc = window.current_document_id()
    text = window.article_view.text()
    kim, un = token_of(text, "كيم"), token_of(text, "أون")
    first = store.add_span(doc, "amal", *kim, "PERS")
    other = store.add_span(doc, "amal", un[0], un[1], "LOC")
    grown = store.resize_span(first.id, kim[0], un[0] - 1)
    assert (grown.id, grown.start, grown.end, grown.label) == (first.id, kim[0], un[0] - 1, "PERS")
    with pytest.raises(SpanRefused, match="overlaps the existing span"):
        store.resize_span(first.id, kim[0], un[1])
    with pytest.raises(SpanRefused, match="ends on whitespace"):
        store.resize_span(first.id, kim[0], kim[1] + 1)
    spans = store.spans_for(doc, "amal")
    assert [(s.id, s.start, s.end) for s in spans] == [
        (first.id, kim[0], un[0] - 1),
        (other.id, un[0], un[1]),
    ]
    store.set_policy("nested")
    inside = store.resize_span(other.id, un[0], un[1] - 1)  # nested rules apply too
    assert inside.end == un[1] - 1
