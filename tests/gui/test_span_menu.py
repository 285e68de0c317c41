"""The right-click menu: each label with its colour and hotkey, the span's own label
checked, and relabelling reported in the status bar."""

from __future__ import annotations

from conftest import center, drive_modals, stored
from PySide6.QtGui import QColor, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from test_labelling import token_of


def _submenu(menu: QMenu, title: str) -> QMenu:
    return next(a.menu() for a in menu.actions() if a.text() == title)


def _icon_color(action) -> QColor:
    image = action.icon().pixmap(14, 14).toImage()
    return QColor(image.pixel(7, 7))


def test_relabel_entries_show_colour_hotkey_and_the_current_label(qtbot, window) -> None:
    start, end = token_of(window.article_view.text(), "روسيا")
    assert window.label_range(start, end, "LOC")
    span_id = window.article_view.span_at(start).id
    entries = _submenu(window.context_menu(span_id), "Relabel as").actions()
    palette = window.palette_widget
    assert [a.text() for a in entries] == [label.name for label in palette.labels()]
    for action, label in zip(entries, palette.labels(), strict=True):
        assert _icon_color(action) == label.color, label.name
        assert action.shortcut() == QKeySequence(str(label.hotkey))
        assert action.isShortcutVisibleInContextMenu()
        assert action.isChecked() == (label.name == "LOC")
    # the selection's menu: colours and hotkeys too, nothing checked
    window.article_view.set_selected_span(None)
    window.article_view.set_selection(token_of(window.article_view.text(), "موسكو"))
    entries = _submenu(window.context_menu(None), "Label as").actions()
    assert [_icon_color(a) for a in entries] == [label.color for label in palette.labels()]
    assert not any(a.isChecked() for a in entries)


def test_a_right_click_relabels_and_the_status_bar_says_so(qtbot, window) -> None:
    view = window.article_view
    start, end = token_of(view.text(), "روسيا")
    assert window.label_range(start, end, "LOC")
    view.scroll_to(start)
    where = center(view.token_rect(start, end))
    seen: dict[str, object] = {}

    def relabel(menu: QMenu) -> None:
        sub = _submenu(menu, "Relabel as")
        seen["checked"] = [a.text() for a in sub.actions() if a.isChecked()]
        next(a for a in sub.actions() if a.text() == "ORG").trigger()
        menu.close()

    def right_click() -> None:
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, where, view.viewport().mapToGlobal(where)
        )
        QApplication.sendEvent(view.viewport(), event)

    drive_modals(right_click, relabel, popup=True)
    assert seen["checked"] == ["LOC"]
    assert stored(window) == [(start, end, "ORG")]
    assert window.statusBar().currentMessage() == "relabelled «روسيا» LOC → ORG"
    window.undo_stack().undo()
    assert stored(window) == [(start, end, "LOC")]


def test_relabelling_by_hotkey_is_reported_too(qtbot, window) -> None:
    start, end = token_of(window.article_view.text(), "بوتين")
    assert window.label_range(start, end, "LOC")
    window.select_span(window.article_view.span_at(start).id)
    window.press_hotkey(1)
    assert stored(window) == [(start, end, "PERS")]
    assert window.statusBar().currentMessage() == "relabelled «بوتين» LOC → PERS"


def test_the_spans_own_label_is_marked_where_it_is_drawn(qtbot, window) -> None:
    """The style draws a checkable action's icon instead of its check mark, so the
    check alone shows nothing: the entry must look different (framed swatch, bold)."""
    start, end = token_of(window.article_view.text(), "روسيا")
    assert window.label_range(start, end, "LOC")
    span_id = window.article_view.span_at(start).id
    entries = _submenu(window.context_menu(span_id), "Relabel as").actions()
    for action in entries:
        image = action.icon().pixmap(14, 14).toImage()
        own = window.palette_widget.color_of(action.text())
        corner = QColor(image.pixel(0, 0))
        marked = action.text() == "LOC"
        assert (corner != own) == marked, action.text()
        assert action.font().bold() == marked, action.text()
