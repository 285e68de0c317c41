"""Edit > Labels… opened from the real window: hotkeys shown as the palette has them,
renaming in the table without Qt complaints, deletion asked first and undone as one step."""

from __future__ import annotations

from conftest import activate, drive_modals
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from annotator.gui.dialogs.labels_dialog import HOTKEY_COLUMN, NAME_COLUMN

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def _hotkeys(store) -> dict[str, str]:
    return {info.name: info.hotkey for info in store.labels()}


def _combo_text(dialog, name: str) -> str:
    row = dialog.label_names().index(name)
    return dialog.table.cellWidget(row, HOTKEY_COLUMN).currentText()


def test_a_label_added_in_the_dialog_shows_the_hotkey_the_palette_gives_it(qtbot, window) -> None:
    seen: dict[str, str] = {}

    def press_add(dialog) -> None:
        dialog.add_button.click()  # asks for the name (the next step answers)

    def answer(question) -> None:
        qtbot.keyClicks(question.findChild(QLineEdit), "PRODUCT")
        question.accept()

    def look(dialog) -> None:
        seen["dialog"] = _combo_text(dialog, "PRODUCT")
        dialog.accept()

    drive_modals(window.actions_.labels.trigger, press_add, answer, look)
    assert seen["dialog"] == "5"  # ANERcorp's four labels hold 1-4
    assert _hotkeys(window.store)["PRODUCT"] == "5"
    assert window.palette_widget.by_hotkey(5).name == "PRODUCT"
    rows = [window.palette_widget.list.item(i).text() for i in range(5)]
    assert rows[-1] == "5  PRODUCT"


def test_a_label_without_its_own_hotkey_shows_the_automatic_one(qtbot, window) -> None:
    window.store.add_label("EVENT")  # as `annotator labels add EVENT` does: no hotkey
    window.reload()
    assert window.palette_widget.by_hotkey(5).name == "EVENT"
    seen: dict[str, str] = {}

    def look(dialog) -> None:
        seen["EVENT"], seen["LOC"] = _combo_text(dialog, "EVENT"), _combo_text(dialog, "LOC")
        dialog.accept()

    drive_modals(window.actions_.labels.trigger, look)
    assert seen == {"EVENT": "5 (automatic)", "LOC": "2"}


def test_renaming_by_double_click_select_all_typing_and_enter(qtbot, window, qt_warnings) -> None:
    def rename(dialog) -> None:
        table = dialog.table
        row = dialog.label_names().index("MISC")
        where = table.visualItemRect(table.item(row, NAME_COLUMN)).center()
        qtbot.mouseClick(table.viewport(), LEFT, pos=where)
        qtbot.mouseDClick(table.viewport(), LEFT, pos=where)
        editor = table.findChild(QLineEdit)
        assert editor is not None and editor.isVisible()
        qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(editor, "EVENT")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()  # the editor commits; then Close at once
        dialog.accept()

    activate(qtbot, window)  # as for a user: the dialog then gets the focus
    drive_modals(window.actions_.labels.trigger, rename)
    assert qt_warnings == []  # no "commitData called with an editor that does not belong"
    assert set(_hotkeys(window.store)) == {"PERS", "LOC", "ORG", "EVENT"}
    assert _hotkeys(window.store)["EVENT"] == "4"
    assert window.palette_widget.by_hotkey(4).name == "EVENT"


def test_a_name_typed_and_left_by_closing_the_dialog_is_kept(qtbot, window) -> None:
    def type_then_close(dialog) -> None:
        table = dialog.table
        row = dialog.label_names().index("ORG")
        table.editItem(table.item(row, NAME_COLUMN))
        editor = table.findChild(QLineEdit)
        editor.selectAll()
        qtbot.keyClicks(editor, "ORGS")  # no Enter: the Close button is clicked instead
        close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
        qtbot.mouseClick(close, LEFT)

    activate(qtbot, window)
    drive_modals(window.actions_.labels.trigger, type_then_close)
    assert "ORGS" in _hotkeys(window.store)
    assert window.palette_widget.label("ORGS") is not None
