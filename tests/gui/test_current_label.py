"""The current label is unmistakable (palette band, status-bar chip) and survives a restart."""

from __future__ import annotations

from conftest import activate
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage


def _close(window) -> None:
    window.close()
    window.store.close()


def _same(a: QColor, b: QColor, tolerance: int = 8) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def _row_colors(window) -> list[QColor]:
    """The colour at the right end of each palette row, where no text is drawn."""
    widget = window.palette_widget.list
    image: QImage = widget.viewport().grab().toImage()
    colors = []
    for row in range(widget.count()):
        rect = widget.visualItemRect(widget.item(row))
        colors.append(QColor(image.pixel(rect.right() - 8, rect.center().y())))
    return colors


def test_a_hotkey_makes_the_label_current_and_its_row_stands_out_without_focus(
    qtbot, window
) -> None:
    view = window.article_view
    activate(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_2)  # LOC's hotkey in the ANERcorp set
    assert window.palette_widget.current() == "LOC"
    assert not window.palette_widget.list.hasFocus()
    loc = window.palette_widget.color_of("LOC")
    colors = _row_colors(window)
    row = window.palette_widget.current_row()
    assert row is not None and _same(colors[row], loc)
    others = [c for i, c in enumerate(colors) if i != row]
    assert others and not any(_same(c, loc, 40) for c in others)


def test_the_status_bar_chip_shows_the_current_label_in_its_colour(qtbot, window) -> None:
    chip = window.label_chip
    assert chip.text() == "no label"
    window.palette_widget.set_current("ORG")
    assert chip.text() == "ORG"
    assert chip.isVisible()
    org = window.palette_widget.color_of("ORG")
    assert chip.color() == org
    image = chip.grab().toImage()
    assert _same(QColor(image.pixel(3, image.height() // 2)), org)
    activate(qtbot, window)
    qtbot.keyClick(window.article_view, Qt.Key.Key_Escape)  # nothing selected: clears it
    assert window.palette_widget.current() is None
    assert chip.text() == "no label"


def test_the_current_label_is_restored_after_a_restart(qtbot, make_window) -> None:
    first = make_window()
    activate(qtbot, first)
    qtbot.keyClick(first.article_view, Qt.Key.Key_3)
    assert first.palette_widget.current() == "ORG"
    _close(first)
    second = make_window()
    assert second.palette_widget.current() == "ORG"
    assert second.label_chip.text() == "ORG"
    second.palette_widget.set_current(None)
    _close(second)
    assert make_window().palette_widget.current() is None


def test_a_remembered_label_the_database_lacks_is_not_restored(
    qtbot, make_window, tmp_path
) -> None:
    from annotator.store import Store

    first = make_window()
    first.palette_widget.set_current("MISC")
    _close(first)
    other = tmp_path / "other.annotator"
    with Store.open(other) as store:
        store.add_label("PRODUCT")
        store.add_document("doc", "نص")
    window = make_window(other)
    assert window.palette_widget.current() is None
    assert window.label_chip.text() == "no label"


def test_every_palette_row_shows_its_labels_hotkey(qtbot, window) -> None:
    window.store.add_label("EVENT")  # no hotkey of its own: the palette gives it 5
    window.reload()
    rows = [window.palette_widget.list.item(i).text() for i in range(5)]
    assert rows == ["1  PERS", "2  LOC", "3  ORG", "4  MISC", "5  EVENT"]
