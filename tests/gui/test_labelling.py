"""Labelling by clicking and dragging on the real window, checked against the database."""

from __future__ import annotations

from conftest import center, stored
from PySide6.QtCore import Qt

from annotator.text import tokenize

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier


def token_of(text: str, word: str, occurrence: int = 0) -> tuple[int, int]:
    """Offsets of the token that equals ``word`` (tokens from the text core, not the view)."""
    found = [(t.start, t.end) for t in tokenize(text) if t.text == word]
    return found[occurrence]


def click_range(qtbot, view, start: int, end: int, modifiers=NONE) -> None:
    view.scroll_to(start)
    qtbot.mouseClick(view.viewport(), LEFT, modifiers, center(view.token_rect(start, end)))


def drag(qtbot, view, a, b, modifiers=NONE) -> None:
    qtbot.mousePress(view.viewport(), LEFT, modifiers, a)
    qtbot.mouseMove(view.viewport(), b)
    qtbot.mouseRelease(view.viewport(), LEFT, modifiers, b)


def test_click_on_word_labels_its_token(qtbot, window) -> None:
    text = window.article_view.text()
    assert text.startswith("ذكر مسؤولون")  # seed 000, a right-to-left paragraph
    start, end = token_of(text, "روسيا")
    window.palette_widget.set_current("LOC")
    click_range(qtbot, window.article_view, start, end)
    assert stored(window) == [(start, end, "LOC")]
    assert text[start:end] == "روسيا"


def test_click_on_every_word_of_a_line_hits_that_word(qtbot, window) -> None:
    """Each word of the first sentence is hit exactly: neighbours in RTL order never swap."""
    text = window.article_view.text()
    window.palette_widget.set_current("MISC")
    words = [t for t in tokenize(text[: text.index("\n")]) if t.text.isalpha()][:8]
    for token in words:
        window.undo_stack().clear()
        click_range(qtbot, window.article_view, token.start, token.end)
        assert stored(window) == [(token.start, token.end, "MISC")], token.text
        window.undo_stack().undo()
        assert stored(window) == []


def test_drag_across_two_words_labels_both_tokens(qtbot, window) -> None:
    view = window.article_view
    text = view.text()
    first = token_of(text, "كيم")
    last = token_of(text, "جونغ")
    window.palette_widget.set_current("PERS")
    view.scroll_to(first[0])
    # press on the right part of the first word, release on the middle of the second
    a = view.char_rect(first[0] + 1).center().toPoint()
    b = view.char_rect(last[0] + 2).center().toPoint()
    drag(qtbot, view, a, b)
    assert stored(window) == [(first[0], last[1], "PERS")]


def test_drag_backwards_gives_the_same_span(qtbot, window) -> None:
    view = window.article_view
    text = view.text()
    first, last = token_of(text, "كيم"), token_of(text, "أون")
    window.palette_widget.set_current("PERS")
    view.scroll_to(first[0])
    drag(qtbot, view, center(view.token_rect(*last)), center(view.token_rect(*first)))
    assert stored(window) == [(first[0], last[1], "PERS")]
    assert text[first[0] : last[1]] == "كيم جونغ أون"


def test_alt_drag_selects_exact_characters_inside_a_clitic_token(qtbot, window) -> None:
    view = window.article_view
    text = view.text()
    start, end = token_of(text, "لروسيا")
    window.palette_widget.set_current("LOC")
    view.scroll_to(start)
    a = center(view.char_rect(start + 1))  # ر
    b = center(view.char_rect(end - 1))  # final ا
    drag(qtbot, view, a, b, ALT)
    assert stored(window) == [(start + 1, end, "LOC")]
    assert text[start + 1 : end] == "روسيا"


def test_plain_click_on_clitic_token_takes_the_whole_token(qtbot, window) -> None:
    text = window.article_view.text()
    start, end = token_of(text, "لروسيا")
    window.palette_widget.set_current("LOC")
    click_range(qtbot, window.article_view, start + 2, start + 3)
    assert stored(window) == [(start, end, "LOC")]


def test_click_selects_span_then_delete_removes_it(qtbot, window) -> None:
    view = window.article_view
    start, end = token_of(view.text(), "بوتين")
    assert window.label_range(start, end, "PERS")
    window.palette_widget.set_current(None)
    click_range(qtbot, view, start, end)
    assert view.selected_span() is not None
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert stored(window) == []


def test_hotkey_labels_selected_text_and_relabels_selected_span(qtbot, window) -> None:
    view = window.article_view
    start, end = token_of(view.text(), "موسكو")
    assert window.palette_widget.current() is None
    click_range(qtbot, view, start, end)  # no current label: the click selects the token
    assert view.selection() == (start, end)
    assert stored(window) == []
    qtbot.keyClick(view, Qt.Key.Key_2)  # LOC in the ANERcorp preset
    assert stored(window) == [(start, end, "LOC")]
    click_range(qtbot, view, start, end)  # now the span is selected
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert stored(window) == [(start, end, "ORG")]


def test_hotkey_without_selection_picks_the_current_label(qtbot, window) -> None:
    qtbot.keyClick(window.article_view, Qt.Key.Key_1)
    assert window.palette_widget.current() == "PERS"
    qtbot.keyClick(window.article_view, Qt.Key.Key_1)
    assert window.palette_widget.current() is None


def test_refused_span_explains_and_writes_nothing(qtbot, window) -> None:
    view = window.article_view
    text = view.text()
    kim, jong = token_of(text, "كيم"), token_of(text, "جونغ")
    assert window.label_range(kim[0], jong[1], "PERS")
    before = stored(window)
    depth = window.undo_stack().count()
    window.palette_widget.set_current("LOC")
    # flat policy: a span crossing the existing one is refused
    assert window.store.policy == "flat"
    drag(
        qtbot,
        view,
        center(view.token_rect(*jong)),
        center(view.token_rect(*token_of(text, "أون"))),
    )
    assert stored(window) == before
    assert window.undo_stack().count() == depth
    assert window.statusBar().currentMessage().startswith("Not labelled:")
    # whitespace only is refused too, through the public hook
    space = text.index(" ")
    assert not window.label_range(space, space + 1, "LOC")
    assert stored(window) == before


def test_context_menu_relabels_and_removes(qtbot, window) -> None:
    view = window.article_view
    start, end = token_of(view.text(), "أوكرانيا")
    assert window.label_range(start, end, "LOC")
    span_id = view.span_at(start).id
    menu = window.context_menu(span_id)
    relabel = next(a.menu() for a in menu.actions() if a.text() == "Relabel as")
    next(a for a in relabel.actions() if a.text() == "MISC").trigger()
    assert stored(window) == [(start, end, "MISC")]
    menu = window.context_menu(span_id)
    next(a for a in menu.actions() if a.text() == "Remove label").trigger()
    assert stored(window) == []
