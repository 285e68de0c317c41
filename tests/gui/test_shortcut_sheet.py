"""Help > Keyboard shortcuts: every QAction of the window with a shortcut is in the sheet,
the search narrows it, and the README's table is the action table's."""

from __future__ import annotations

import re

from conftest import REPO, activate, drive_modals
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from annotator.gui.dialogs.shortcuts import ARTICLE, ShortcutSheet, plain_action_text
from annotator.gui.shortcut_table import markdown_table

NATIVE = QKeySequence.SequenceFormat.NativeText


def _every_action_with_a_shortcut(window) -> list[QAction]:
    """Walked independently of the sheet: the menu bar's menus (at any depth) and the
    actions added to the window itself."""
    found: list[QAction] = []

    def walk(actions) -> None:
        for action in actions:
            if action.menu() is not None:
                walk(action.menu().actions())
            elif action.shortcuts() and action not in found:
                found.append(action)

    walk(window.menuBar().actions())
    walk(window.actions())
    return found


def _open_sheet(qtbot, window, key, *steps) -> None:
    activate(qtbot, window)
    drive_modals(lambda: qtbot.keyClick(window.article_view, *key), *steps)


def test_f1_opens_a_sheet_listing_every_shortcut_of_the_window(qtbot, window) -> None:
    expected = _every_action_with_a_shortcut(window)
    assert len(expected) >= 25  # the menus' actions and the nine label hotkeys
    seen: dict[str, object] = {}

    def look(sheet: ShortcutSheet) -> None:
        seen["rows"] = {(r.command, r.keys) for r in sheet.visible_rows()}
        seen["actions"] = len([r for r in sheet.rows if r.menu != ARTICLE])
        seen["article"] = {r.command: r.keys for r in sheet.rows if r.menu == ARTICLE}
        sheet.accept()

    _open_sheet(qtbot, window, (Qt.Key.Key_F1,), look)
    rows = seen["rows"]
    for action in expected:
        keys = ", ".join(k.toString(NATIVE) for k in action.shortcuts())
        assert (plain_action_text(action.text()), keys) in rows, action.text()
    assert seen["actions"] == len(expected)  # and no other action
    # then the article view's own keys, from its key table
    texts = {binding.text for binding in window.article_view.keys.entries.values()}
    assert set(seen["article"]) == texts
    assert seen["article"]["Move the label's left edge outward"] == "Alt+Shift+Left"
    assert seen["article"]["Label the selection with the current label"] == "Return, Enter"


def test_ctrl_slash_opens_it_and_the_search_narrows_it(qtbot, window) -> None:
    seen: dict[str, object] = {}

    def search(sheet: ShortcutSheet) -> None:
        seen["all"] = len(sheet.visible_rows())
        qtbot.keyClicks(sheet.search, "ctrl+shift+z")
        seen["ctrl+shift+z"] = [(r.command, r.menu) for r in sheet.visible_rows()]
        sheet.search.clear()
        qtbot.keyClicks(sheet.search, "label loc")
        seen["label loc"] = [r.command for r in sheet.visible_rows()]
        sheet.search.clear()
        qtbot.keyClicks(sheet.search, "document")
        seen["document"] = {r.command for r in sheet.visible_rows()}
        sheet.accept()

    _open_sheet(qtbot, window, (Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier), search)
    assert seen["all"] >= 25
    assert seen["ctrl+shift+z"] == [("Redo", "Edit")]
    assert seen["label loc"] == ["Label 2: LOC"]  # hotkey actions name their label
    assert {"Next document", "Previous document", "Mark done and go to next"} <= seen["document"]


def test_the_sheet_names_each_menu_and_the_window_wide_keys(qtbot, window) -> None:
    sheet = ShortcutSheet(window)
    qtbot.addWidget(sheet)
    by_command = {r.command: r for r in sheet.rows}
    assert by_command["Keyboard shortcuts"].keys == "F1, Ctrl+/"
    assert by_command["Keyboard shortcuts"].menu == "Help"
    assert by_command["Zoom in"].menu == "View"
    assert by_command["Label 1: PERS"].menu == "Window"
    assert "harakat" in by_command["Find in article…"].tip
    assert all(" > " not in r.menu and r.menu for r in sheet.rows)


def test_the_readme_shortcut_table_is_the_action_tables(qtbot) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = markdown_table()
    assert table in readme, (
        "README.md's shortcut table differs from the action table; paste the output of "
        "`python -m annotator.gui.shortcut_table` into it"
    )
    # and it is the only shortcut table there
    assert len(re.findall(r"^\| shortcut \| command \|$", readme, flags=re.M)) == 1
