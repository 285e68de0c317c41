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


def _spans(store) -> set[tuple[int, str, int, int, str, str]]:
    docs = [d.id for d in store.documents()]
    return {
        (s.id, s.annotator, s.start, s.end, s.label, s.source)
        for layer in [a.name for a in store.annotators()]
        for spans in store.spans_by_document(docs, layer).values()
        for s in spans
    }


def test_deleting_a_used_label_asks_first_and_is_one_undo_step(qtbot, window) -> None:
    from test_labelling import token_of

    store = window.store
    text = window.article_view.text()
    doc = window.current_document_id()
    assert window.label_range(*token_of(text, "روسيا"), "LOC")
    assert window.label_range(*token_of(text, "موسكو"), "LOC")
    store.add_span(doc, "badr", *token_of(text, "بوتين"), "LOC", source="suggested")
    window.reload()
    before = _spans(store)
    before_label = next(i for i in store.labels() if i.name == "LOC")
    seen: dict[str, object] = {}

    def delete(dialog) -> None:
        dialog.select_label("LOC")
        dialog.delete_button.click()  # the question comes first
        seen["after delete"] = {s[4] for s in _spans(store)}
        dialog.undo_button.click()
        seen["after undo"] = _spans(store)
        dialog.redo_button.click()
        dialog.accept()

    def answer(box) -> None:
        seen["question"] = box.text()
        button = next(b for b in box.buttons() if b.text() == "Delete the 3 spans")
        button.click()

    drive_modals(window.actions_.labels.trigger, delete, answer)
    assert seen["question"] == "The label LOC is used by 3 spans. What should happen to them?"
    assert seen["after delete"] == set()
    assert seen["after undo"] == before  # same ids, layers and sources
    assert "LOC" not in {i.name for i in store.labels()}
    assert window.palette_widget.label("LOC") is None
    assert window.article_view.span_at(token_of(text, "روسيا")[0]) is None
    # the label set's history outlives the dialog: undo the deletion after reopening it
    drive_modals(window.actions_.labels.trigger, lambda d: (d.undo_button.click(), d.accept()))
    restored = next(i for i in store.labels() if i.name == "LOC")
    assert (restored.color, restored.hotkey, restored.order) == (
        before_label.color,
        before_label.hotkey,
        before_label.order,
    )
    assert _spans(store) == before
    assert window.article_view.span_at(token_of(text, "روسيا")[0]) is not None
