"""Clicks that mean what they look like: nothing off a glyph, no punctuation at a pick's
edges, refusals that name the text and clear the selection, Esc in order, a selection
that looks like no label. Through the real window, checked against the database."""

from __future__ import annotations

import pytest
from conftest import center, stored
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor
from test_labelling import ALT, LEFT, NONE, click_range, drag, token_of

from annotator.gui.palette import DEFAULT_COLORS, fill_color
from annotator.gui.theme import apply_theme, is_dark
from annotator.store.presets import PALETTE
from annotator.text import tokenize

pytestmark = pytest.mark.usefixtures("no_qt_warnings")


def click(qtbot, view, point: QPoint, modifiers=NONE) -> None:
    qtbot.mouseClick(view.viewport(), LEFT, modifiers, point)


def last_line_of(view, index: int):
    para = view.paragraph(index)
    return para, para.layout.lineAt(para.layout.lineCount() - 1)


def test_click_in_the_gap_between_paragraphs_stores_nothing(qtbot, window) -> None:
    view = window.article_view
    window.palette_widget.set_current("LOC")
    view.scroll_to(0)
    second = view.paragraph(1)
    word = second.tokens()[0]
    x = view.token_rect(word.start, word.end).center().x()
    gap_bottom = view.paragraph_origin(1).y()
    _para, line = last_line_of(view, 0)
    band_bottom = view.paragraph_origin(0).y() + line.y() + line.height()
    for y in (gap_bottom - 2, (gap_bottom + band_bottom) / 2 + 4):
        assert view.offset_at(QPointF(x, y)) is None  # nothing is drawn there
        click(qtbot, view, QPoint(int(x), int(y)))
    assert stored(window) == []
    click_range(qtbot, view, word.start, word.end)  # the word itself still labels
    assert stored(window) == [(word.start, word.end, "LOC")]


def test_click_between_two_lines_of_a_paragraph_stores_nothing(qtbot, window) -> None:
    """The room above a line (its chips) and below it (its underlines) holds no glyph: a
    click there labels nothing, though it still selects a span drawn there."""
    view = window.article_view
    window.palette_widget.set_current("LOC")
    view.scroll_to(0)
    para = view.paragraph(0)
    assert para.layout.lineCount() > 1
    first, second = para.layout.lineAt(0), para.layout.lineAt(1)
    word = next(t for t in para.tokens() if t.start >= second.textStart() and t.text.isalpha())
    rect = view.token_rect(para.start + word.start, para.start + word.end)
    origin = view.paragraph_origin(0).y()
    below_first = origin + first.y() + first.height() + 2
    above_second = origin + second.y() - 2
    for y in (below_first, above_second):
        click(qtbot, view, QPoint(int(rect.center().x()), int(y)))
    assert stored(window) == []
    click(qtbot, view, rect.center().toPoint())  # the word itself still labels
    assert stored(window) == [(para.start + word.start, para.start + word.end, "LOC")]
    window.clear_selection()
    click(qtbot, view, QPoint(int(rect.center().x()), int(above_second)))  # its chip
    assert view.selected_span() is not None


def test_click_past_the_end_of_a_line_or_in_the_margin_stores_nothing(qtbot, window) -> None:
    view = window.article_view
    text = view.text()
    window.palette_widget.set_current("MISC")
    para, _line = last_line_of(view, 0)
    assert para.text.endswith("بوتين.")
    dot = para.start + len(para.text) - 1
    rect = view.char_rect(dot)
    y = int(rect.center().y())
    click(qtbot, view, QPoint(int(rect.left()) - 30, y))  # beyond the line's (left) end
    click(qtbot, view, QPoint(view.viewport().width() - 4, y))  # the right margin
    click(qtbot, view, QPoint(4, int(view.char_rect(0).center().y())))  # the left margin
    assert stored(window) == []
    assert text[dot] == "."


def test_a_lone_full_stop_is_not_labelled_and_the_message_says_why(qtbot, window) -> None:
    view = window.article_view
    window.palette_widget.set_current("MISC")
    dot = view.text().index("بوتين.") + 5
    click(qtbot, view, center(view.char_rect(dot)))
    assert stored(window) == []
    message = window.statusBar().currentMessage()
    assert "«.»" in message and "punctuation" in message


def test_drag_ending_on_a_closing_quote_stores_the_letters_only(qtbot, window) -> None:
    view = window.article_view
    text = view.text()
    quoted = text.index("إلى روسيا”")
    start, end = quoted + 4, quoted + 9  # روسيا
    assert text[end] == "”"
    window.palette_widget.set_current("LOC")
    view.scroll_to(start)
    drag(qtbot, view, center(view.char_rect(start + 1)), center(view.char_rect(end)))
    assert stored(window) == [(start, end, "LOC")]
    window.undo_stack().undo()
    drag(qtbot, view, center(view.char_rect(end)), center(view.char_rect(start)), ALT)
    assert stored(window) == [(start, end, "LOC")]  # Alt+drag: trimmed the same way


def test_alt_drag_over_one_punctuation_character_labels_it(qtbot, window) -> None:
    view = window.article_view
    text = view.text()
    quote = text.index("روسيا”") + 5
    window.palette_widget.set_current("MISC")
    view.scroll_to(quote)
    point = center(view.char_rect(quote))
    drag(qtbot, view, point, point + QPoint(1, 0), ALT)  # pressed and released on ”
    assert stored(window) == [(quote, quote + 1, "MISC")]


def test_refused_label_names_the_text_and_clears_the_selection(qtbot, window) -> None:
    view = window.article_view
    text = view.text()
    name = text.index("فلاديمير بوتين")
    assert window.label_range(name, name + len("فلاديمير بوتين"), "PERS")
    president = token_of(text, "الرئيس")
    window.palette_widget.set_current("LOC")
    view.scroll_to(president[0])
    drag(qtbot, view, center(view.token_rect(*president)), center(view.char_rect(name + 2)))
    assert stored(window) == [(name, name + len("فلاديمير بوتين"), "PERS")]
    assert window.statusBar().currentMessage() == (
        "Not labelled: «الرئيس فلاديمير» would cross PERS «فلاديمير بوتين»"
    )
    assert view.selection() is None
    # nothing of the drag is left on screen: no selection ink over الرئيس
    view.viewport().repaint()
    assert _ink(view, view.token_rect(*president).toRect()) == 0


def test_escape_clears_the_selection_first_then_the_current_label(qtbot, window) -> None:
    view = window.article_view
    start, end = token_of(view.text(), "موسكو")
    click_range(qtbot, view, start, end)  # no current label: selects
    window.palette_widget.set_current("LOC")
    assert view.selection() == (start, end)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selection() is None
    assert window.palette_widget.current() == "LOC"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.palette_widget.current() is None
    # a selected span goes first too
    assert window.label_range(start, end, "LOC")
    window.palette_widget.set_current("ORG")
    window.select_span(view.span_at(start).id)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.selected_span() is None and window.palette_widget.current() == "ORG"


def _ink(view, rect: QRect) -> int:
    """Pixels in ``rect`` of the selection's ink (pure black or white)."""
    from annotator.gui.article_paint import selection_color

    image = view.viewport().grab().toImage()
    ink = selection_color(is_dark()).rgb()
    return sum(
        image.pixel(x, y) == ink
        for y in range(max(rect.top(), 0), min(rect.bottom(), image.height() - 1) + 1)
        for x in range(max(rect.left(), 0), min(rect.right(), image.width() - 1) + 1)
    )


def _distance(a: QColor, b: QColor) -> float:
    return sum((x - y) ** 2 for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True)) ** 0.5


def _over(fill: QColor, base: QColor) -> QColor:
    alpha = fill.alphaF()
    mix = [
        f * alpha + b * (1 - alpha)
        for f, b in zip(fill.getRgb()[:3], base.getRgb()[:3], strict=True)
    ]
    return QColor(*(round(v) for v in mix))


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_selection_looks_like_no_label_colour(qtbot, window, theme: str) -> None:
    apply_theme(theme)
    view = window.article_view
    view.setPalette(window.palette())
    assert is_dark() == (theme == "dark")
    words = [t for t in tokenize(view.text()) if t.text == "الزعيم"]
    start, end = words[0].start, words[0].end
    view.scroll_to(start)
    rect = view.token_rect(start, end).toRect().adjusted(-4, -4, 4, 4)
    view.viewport().repaint()
    before = view.viewport().grab().toImage()
    view.set_selection((start, end))
    view.viewport().repaint()
    after = view.viewport().grab().toImage()
    changed = [
        after.pixelColor(x, y)
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
        if after.pixel(x, y) != before.pixel(x, y)
    ]
    assert len(changed) > 100  # the selection is drawn
    base = view.palette().base().color()
    colours = [QColor(c) for c in (*PALETTE, *DEFAULT_COLORS)]
    looks = colours + [_over(fill_color(c, is_dark()), base) for c in colours]
    closest = min(_distance(pixel, look) for pixel in changed for look in looks)
    assert closest > 50, f"a selection pixel is {closest:.0f} from a label colour"
