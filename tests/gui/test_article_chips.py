"""Label chips stay over their own span: short spans side by side, nested spans."""

from __future__ import annotations

import pytest
from conftest import stored
from PySide6.QtCore import QRect
from test_search import open_doc
from test_view import _count_color

pytestmark = pytest.mark.usefixtures("no_qt_warnings")

# one-letter words (the clitics standing alone), each too narrow for its label's name
TEXT = "قال و ب ل ك ف ثم انتهى"


def _band(view, start: int, end: int) -> QRect:
    """The tag room above a token (viewport pixels), as wide as the whole line."""
    rect = view.token_rect(start, end).toRect()
    return QRect(0, rect.top() - 24, view.viewport().width(), 24)


def _columns(view, color, band: QRect) -> set[int]:
    """x positions in ``band`` holding ``color``."""
    image = view.viewport().grab().toImage()
    return {
        x
        for x in range(band.left(), band.right() + 1)
        if _count_color(image, color, QRect(x, band.top(), 1, band.height()), tolerance=6)
    }


def test_chips_of_short_neighbouring_spans_stay_over_their_own_span(qtbot, window) -> None:
    open_doc(window, TEXT)
    view = window.article_view
    labels = ["PERS", "LOC", "ORG", "MISC"]
    words = [TEXT.index(f" {w} ") + 1 for w in "وبلك"]
    for start, label in zip(words, labels, strict=True):
        assert window.label_range(start, start + 1, label)
    assert len(stored(window)) == 4
    view.viewport().repaint()
    for start, label in zip(words, labels, strict=True):
        own = view.token_rect(start, start + 1)
        xs = _columns(view, window.palette_widget.color_of(label), _band(view, start, start + 1))
        assert xs, f"no chip for {label}"
        assert own.left() - 1 <= min(xs) and max(xs) <= own.right() + 1, label


def test_chips_of_nested_spans_do_not_cover_each_other(qtbot, window) -> None:
    window.store.set_policy("nested")
    text = "وصل الرئيس فلاديمير بوتين اليوم"
    open_doc(window, text)
    view = window.article_view
    name = text.index("فلاديمير")
    outer = (name, len(text) - len(" اليوم"))
    assert window.label_range(*outer, "PERS")
    assert window.label_range(name, name + len("فلاديمير"), "MISC")
    view.viewport().repaint()
    band = _band(view, *outer)
    outer_xs = _columns(view, window.palette_widget.color_of("PERS"), band)
    inner_xs = _columns(view, window.palette_widget.color_of("MISC"), band)
    span = view.token_rect(*outer)
    assert outer_xs and inner_xs
    assert not outer_xs & inner_xs  # side by side, not on top of each other
    assert (
        span.left() - 1 <= min(outer_xs | inner_xs) and max(outer_xs | inner_xs) <= span.right() + 1
    )


@pytest.mark.parametrize(
    ("word", "inner"),
    [
        ("\u2067معزول\u2069", (1, -1)),  # an isolate around the name: its marks sit apart
        ("وَ\u0640\u0640تونس", (0, 0)),  # harakat and tatweel: glyph cells with gaps between
    ],
)
def test_chip_of_a_word_with_bidi_isolates_or_tatweel_is_whole_and_over_it(
    qtbot, window, word: str, inner: tuple[int, int]
) -> None:
    text = f"قال النص {word} كلمة انتهى"
    open_doc(window, text)
    view = window.article_view
    start = text.index(word)
    assert window.label_range(start, start + len(word), "LOC")
    view.viewport().repaint()
    own = view.token_rect(start + inner[0], start + len(word) + inner[1])
    xs = _columns(view, window.palette_widget.color_of("LOC"), _band(view, start, start + 1))
    assert xs, "no chip"
    assert own.left() - 1 <= min(xs) and max(xs) <= own.right() + 1
    assert max(xs) - min(xs) + 1 >= 18, "the chip shrank to a bare tab"
