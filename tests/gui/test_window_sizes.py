"""The article stays readable and clickable in a small window: the docks give up their
room before the article does (at 700x500 the article had 84 pixels, its words cut off
at the left edge, while the document list kept 341)."""

from __future__ import annotations

from conftest import stored
from test_labelling import click_range

from annotator.text import tokenize


def _words(window, count: int):
    text = window.article_view.text()
    return [t for t in tokenize(text) if t.text.isalpha()][:count]


def _inside(window, tokens) -> list[str]:
    view = window.article_view
    width = view.viewport().width()
    cut = []
    for token in tokens:
        view.scroll_to(token.start)
        rect = view.token_rect(token.start, token.end)
        if rect.left() < 0 or rect.right() > width:
            cut.append(token.text)
    return cut


def test_a_small_window_keeps_every_word_of_the_article_in_sight(qtbot, window) -> None:
    window.resize(700, 500)
    qtbot.wait(50)
    tokens = _words(window, 40)
    assert tokens
    assert _inside(window, tokens) == []
    assert window.documents_dock.isVisible() and window.documents_dock.width() > 0


def test_a_click_in_a_small_window_labels_the_word_under_it(qtbot, window) -> None:
    window.resize(700, 500)
    qtbot.wait(50)
    token = _words(window, 30)[-1]
    window.palette_widget.set_current("LOC")
    click_range(qtbot, window.article_view, token.start, token.end)
    assert (token.start, token.end, "LOC") in stored(window)


def test_a_large_window_gives_the_article_the_room(qtbot, window) -> None:
    window.resize(700, 500)
    qtbot.wait(50)
    small = window.article_view.width()
    window.resize(1600, 1000)
    qtbot.wait(50)
    assert window.article_view.width() > small + 800
    assert _inside(window, _words(window, 40)) == []
