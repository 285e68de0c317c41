"""Search bar: matching ignores harakat, tatweel and alef forms; label all is one command."""

from __future__ import annotations

from conftest import stored, type_text
from PySide6.QtCore import Qt

# The same name four times: plain, with harakat, with tatweel and with hamza on the alef.
TEXT = "زار احمد القاهرة. ثم التقى أَحْمَد بالوزير.\nوقال احـــمد إن أحمد سيعود، والاحمر لون."


def open_doc(window, text: str) -> int:
    info = window.store.add_document("search-test", text)
    window.reload()
    window.open_document(info.id)
    return info.id


def test_typed_query_highlights_every_variant(qtbot, window) -> None:
    open_doc(window, TEXT)
    qtbot.keyClick(window.article_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_bar.isVisible()
    type_text(window.search_bar.edit, "احمد")
    assert window.search_bar.query() == "احمد"
    hits = window.article_view.search_hits()
    found = [TEXT[s:e] for s, e in hits]
    assert found[:4] == ["احمد", "أَحْمَد", "احـــمد", "أحمد"]
    # "والاحمر" contains the letters ا ح م but not the query, so it is not a hit
    assert len(hits) == 4
    assert window.search_bar.count.text() == "1 of 4"


def test_label_all_matches_is_one_undoable_step_and_skips_conflicts(qtbot, window) -> None:
    open_doc(window, TEXT)
    # An existing span that contains the third hit: in flat mode that hit conflicts.
    third = TEXT.index("احـــمد")
    assert window.label_range(third - 5, third + len("احـــمد"), "MISC")
    before = stored(window)
    window.show_search()
    type_text(window.search_bar.edit, "أحمد")
    window.palette_widget.set_current("PERS")
    depth = window.undo_stack().count()
    qtbot.mouseClick(window.search_bar.label_all, Qt.MouseButton.LeftButton)
    expected = sorted(
        [(s, e, "PERS") for s, e in window.article_view.search_hits() if s != third] + before
    )
    assert len(expected) == 4
    assert stored(window) == expected
    assert "skipped 1" in window.statusBar().currentMessage()
    assert window.undo_stack().count() == depth + 1
    window.undo_stack().undo()
    assert stored(window) == before
    window.undo_stack().redo()
    assert stored(window) == expected


def test_label_all_without_label_writes_nothing(qtbot, window) -> None:
    open_doc(window, TEXT)
    window.show_search()
    type_text(window.search_bar.edit, "احمد")
    assert window.palette_widget.current() is None
    assert window.label_all_matches() == (0, 0)
    assert stored(window) == []


def test_a_space_typed_in_the_query_matches_nbsp_and_label_all_labels_the_words(
    qtbot, window
) -> None:
    """Words separated by NBSP or two spaces are found by a query typed with a space,
    and a space typed after the name does not make every hit unlabellable."""
    text = "قال كيم\u00a0جونغ أون إن كيم  جونغ أون سيزور روسيا."
    open_doc(window, text)
    window.show_search()
    type_text(window.search_bar.edit, "كيم جونغ ")
    hits = window.article_view.search_hits()
    assert [text[s:e] for s, e in hits] == ["كيم\u00a0جونغ", "كيم  جونغ"]
    window.palette_widget.set_current("PERS")
    qtbot.mouseClick(window.search_bar.label_all, Qt.MouseButton.LeftButton)
    assert stored(window) == [(s, e, "PERS") for s, e in hits]
