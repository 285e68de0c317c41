"""Hit-testing in fonts that draw lam and alef as one ligature glyph (DejaVu Sans, the
fallback that comes with fontconfig, and many system fonts): every character of the
ligature is hit where it is drawn, and a click on a word holding one labels that word.

Qt reports the glyph run of one character of such a ligature shifted by half the
ligature's width, so trusting it left a gap in the middle of the word (a click there
labelled nothing) and gave the lam a cell over its neighbour's glyph."""

from __future__ import annotations

from itertools import pairwise

import pytest
from conftest import stored
from PySide6.QtGui import QFontDatabase
from test_labelling import click_range

from annotator.gui import article_layout as al
from annotator.text import tokenize

TEXT = "وخسر الملايين لا إله إلا الله، فلاح والسلام عليكم لروسيا"
FAMILIES = ["DejaVu Sans", "Amiri"]


def _open(window, family: str):
    if family not in QFontDatabase.families():
        pytest.skip(f"{family} is not installed")
    info = window.store.add_document("ligatures", TEXT)
    window.reload()
    window.open_document(info.id)
    view = window.article_view
    view.set_view_font(family=family)
    view.scroll_to(0)
    return view


@pytest.mark.parametrize("family", FAMILIES)
def test_every_character_is_hit_where_its_cell_is(qtbot, window, family: str) -> None:
    view = _open(window, family)
    for token in tokenize(TEXT):
        for offset in range(token.start, token.end):
            rect = view.char_rect(offset)
            assert not rect.isEmpty(), (family, offset, TEXT[offset])
            assert view.offset_at(rect.center()) == offset, (family, offset, token.text)


@pytest.mark.parametrize("family", FAMILIES)
def test_the_cells_of_a_word_tile_it_without_gaps(qtbot, window, family: str) -> None:
    """The cells of one word meet edge to edge (no gap where a click would label
    nothing), one per character, between the cursors before and after the word."""
    view = _open(window, family)
    para = view.paragraph(0)
    assert para.layout is not None
    for token in tokenize(TEXT):
        line = para.layout.lineForTextPosition(token.start)  # no surrogates in TEXT
        mine = sorted(
            (left, right)
            for pos, _size, left, right in al.line_cells(para, line)
            if token.start <= pos < token.end
        )
        assert len(mine) == token.end - token.start, (family, token.text, mine)
        for (_l1, right), (left, _r2) in pairwise(mine):
            assert abs(right - left) < 0.5, (family, token.text, mine)
        ends = sorted([al.cursor_x(line, token.start), al.cursor_x(line, token.end)])
        assert ends[0] - 0.5 <= mine[0][0] and mine[-1][1] <= ends[1] + 0.5, (
            family,
            token.text,
            mine,
            ends,
        )


@pytest.mark.parametrize("family", FAMILIES)
def test_a_click_on_a_word_with_a_ligature_labels_it(qtbot, window, family: str) -> None:
    view = _open(window, family)
    window.palette_widget.set_current("LOC")
    words = [t for t in tokenize(TEXT) if "لا" in t.text]
    assert len(words) == 5
    for token in words:
        click_range(qtbot, view, token.start, token.end)
    assert stored(window) == [(t.start, t.end, "LOC") for t in words]
