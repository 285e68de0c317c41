"""Shortcuts in the Arabic window's menus read as in English (``Ctrl+=``): QMenu lays the
shortcut out right to left in a right-to-left menu, which put ``+`` and ``=`` before
``Ctrl`` (``=+Ctrl``); each menu isolates it left to right."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QStyleOptionMenuItem

from annotator.gui.i18n import FSI, PDI


def _drawn(menu: QMenu, action) -> str:
    option = QStyleOptionMenuItem()
    menu.initStyleOption(option, action)
    return option.text


def _menus(window) -> list[QMenu]:
    found: list[QMenu] = []
    todo = list(window.actions_.menus)
    while todo:
        menu = todo.pop()
        found.append(menu)
        todo += [a.menu() for a in menu.actions() if a.menu() is not None]
    return found


def test_menu_shortcuts_are_isolated_left_to_right_in_arabic(arabic, make_window) -> None:
    window = make_window()
    zoom = window.actions_.zoom_in
    view_menu = next(m for m in _menus(window) if zoom in m.actions())
    text = _drawn(view_menu, zoom)
    title, _tab, keys = text.partition("\t")
    assert keys == f"{FSI}Ctrl+={PDI}", repr(text)
    assert title == zoom.text()
    shown = 0
    for menu in _menus(window):
        for action in menu.actions():
            if not action.shortcut().isEmpty():
                drawn = _drawn(menu, action)
                assert drawn.endswith(PDI) and f"\t{FSI}" in drawn, (action.text(), drawn)
                shown += 1
    assert shown > 10
    assert zoom.text().count("\t") == 0  # the action's own text is untouched


def test_menu_shortcuts_are_left_alone_in_english(make_window) -> None:
    window = make_window()
    zoom = window.actions_.zoom_in
    view_menu = next(m for m in window.actions_.menus if zoom in m.actions())
    assert _drawn(view_menu, zoom).endswith("\tCtrl+=")
