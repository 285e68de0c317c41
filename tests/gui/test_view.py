"""What the article view paints: literal text, tags, bidi markers, code-point offsets."""

from __future__ import annotations

from conftest import center, stored
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QTextDocument
from test_labelling import click_range
from test_search import open_doc

from annotator.gui.article_paint import MARKER_COLOR, nesting_depths


def _count_color(image, color: QColor, rect: QRect | None = None, tolerance: int = 24) -> int:
    rect = rect or image.rect()
    count = 0
    for y in range(max(0, rect.top()), min(image.height(), rect.bottom() + 1)):
        for x in range(max(0, rect.left()), min(image.width(), rect.right() + 1)):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - color.red()) <= tolerance
                and abs(pixel.green() - color.green()) <= tolerance
                and abs(pixel.blue() - color.blue()) <= tolerance
            ):
                count += 1
    return count


def laid_out_texts(view) -> dict[int, str]:
    """Text held by each QTextLayout the view has built so far, by paragraph."""
    return {i: p.layout.text() for i, p in enumerate(view._paras) if p.layout is not None}


def test_markup_is_shown_literally(qtbot, window) -> None:
    text = "<b>x</b> &amp; <i>نص</i>\nسطر &lt;ثان&gt;"
    open_doc(window, text)
    view = window.article_view
    view.viewport().repaint()
    assert laid_out_texts(view) == {0: text.split("\n")[0], 1: text.split("\n")[1]}
    assert view.findChildren(QTextDocument) == []
    # each character of the tags occupies its own place on screen
    xs = {round(view.char_rect(i).center().x()) for i in range(len("<b>x</b>"))}
    assert len(xs) == len("<b>x</b>")
    window.palette_widget.set_current("MISC")
    amp = text.index("&amp;")
    click_range(qtbot, view, amp + 1, amp + 4)  # "amp" is one token between & and ;
    assert stored(window) == [(amp + 1, amp + 4, "MISC")]


def test_label_tag_is_painted_above_the_span(qtbot, window) -> None:
    view = window.article_view
    text = view.text()
    start = text.index("بوتين")
    rect = view.token_rect(start, start + 5).toRect()
    band = QRect(rect.left() - 40, rect.top() - 22, rect.width() + 80, 24)
    color = window.palette_widget.color_of("PERS")
    before = _count_color(view.viewport().grab().toImage(), color, band, tolerance=6)
    assert window.label_range(start, start + 5, "PERS")
    view.viewport().repaint()
    after = _count_color(view.viewport().grab().toImage(), color, band, tolerance=6)
    assert before == 0
    assert after > 40  # an opaque tag box in the label colour


def test_bidi_controls_get_a_visible_marker(qtbot, window) -> None:
    view = window.article_view
    open_doc(window, "نص عادي بلا علامات")
    view.viewport().repaint()
    clean = _count_color(view.viewport().grab().toImage(), MARKER_COLOR)
    open_doc(window, "نص \u200fمع\u200e علامة \u2067خفية\u2069")
    view.viewport().repaint()
    marked = _count_color(view.viewport().grab().toImage(), MARKER_COLOR)
    assert clean == 0
    assert marked > 20


def test_offsets_are_code_points_after_an_emoji(qtbot, window) -> None:
    text = "😀😀 وصل إلى روسيا"
    open_doc(window, text)
    window.palette_widget.set_current("LOC")
    start = text.index("روسيا")
    assert start == 11  # two emoji count one code point each (13 in UTF-16 units)
    click_range(qtbot, window.article_view, start, start + 5)
    assert stored(window) == [(start, start + 5, "LOC")]


def test_nesting_depths_count_enclosing_spans() -> None:
    class S:
        def __init__(self, id_, start, end):
            self.id, self.start, self.end = id_, start, end

    spans = [S(1, 0, 20), S(2, 5, 10), S(3, 6, 8), S(4, 12, 15), S(5, 30, 35)]
    assert nesting_depths(spans) == {1: 0, 2: 1, 3: 2, 4: 1, 5: 0}


def _ink_bands(view, rect: QRect) -> int:
    """Groups of consecutive pixel rows in ``rect`` that hold anything but the background."""
    image = view.viewport().grab().toImage()
    base = view.palette().base().color()
    bands, inside = 0, False
    for y in range(rect.top(), rect.bottom() + 1):
        row = QRect(rect.left(), y, rect.width(), 1)
        ink = rect.width() - _count_color(image, base, row, tolerance=10) > rect.width() // 2
        if ink and not inside:
            bands += 1
        inside = ink
    return bands


def test_nested_spans_get_stacked_underlines(qtbot, window) -> None:
    view = window.article_view
    window.store.set_policy("nested")
    text = view.text()
    name = "كيم جونغ أون"
    outer = (text.index(name), text.index(name) + len(name))
    assert window.label_range(*outer, "PERS")
    view.viewport().repaint()
    word = view.token_rect(outer[0], outer[0] + 3).toRect()
    # the strip under the first word, below the glyphs' descenders
    strip = QRect(word.left() + 3, word.bottom() + 1, max(1, word.width() - 6), 14)
    assert _ink_bands(view, strip) == 1
    assert window.label_range(outer[0], outer[0] + 3, "MISC")
    view.viewport().repaint()
    assert _ink_bands(view, strip) == 2


def test_zoom_shortcuts_change_the_font_size(qtbot, window) -> None:
    view = window.article_view
    size = view.view_font().pointSizeF()
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.view_font().pointSizeF() > size
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.view_font().pointSizeF() < size
    # hit-testing still exact after re-layout
    window.palette_widget.set_current("LOC")
    start = view.text().index("روسيا")
    click_range(qtbot, view, start, start + 5)
    assert stored(window) == [(start, start + 5, "LOC")]


def test_long_document_lays_out_only_what_is_visible(qtbot, window) -> None:
    text = "\n".join(f"الفقرة رقم {i} عن روسيا وكوريا" for i in range(3000))
    open_doc(window, text)
    view = window.article_view
    view.viewport().repaint()
    assert 0 < len(laid_out_texts(view)) < 100
    last = text.rindex("روسيا")
    view.scroll_to(last)
    view.viewport().repaint()
    assert center(view.char_rect(last)).y() < view.viewport().height()
    assert view.offset_at(view.char_rect(last).center()) == last
