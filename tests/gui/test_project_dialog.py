"""Project > Settings…: the overlap policy and the default export tag scheme, stored in the
database, undoable, and a switch to flat refused with what stands in the way."""

from __future__ import annotations

from conftest import drive_modals
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_labelling import token_of

from annotator.gui.dialogs.export_dialog import ExportDialog
from annotator.gui.dialogs.project_dialog import ProjectDialog


def _choose(qtbot, combo, value: str) -> None:
    """Pick ``value`` as a user does: keys on the focused combo box."""
    combo.setFocus()
    target = combo.findData(value)
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _step in range(abs(target - combo.currentIndex())):
        qtbot.keyClick(combo, key)


def test_the_default_export_scheme_is_set_undone_and_used_by_the_export_dialog(
    qtbot, window
) -> None:
    seen: dict[str, str] = {}

    def change(dialog: ProjectDialog) -> None:
        _choose(qtbot, dialog.scheme_combo, "BIOES")
        seen["stored"] = window.store.export_scheme()
        seen["note"] = str(dialog.scheme_note.isVisible())
        for _step in range(2):  # the keys passed IOB1 on the way: two steps
            dialog.undo_button.click()
        seen["undone"] = window.store.export_scheme()
        seen["shown after undo"] = dialog.scheme_combo.currentText()
        seen["undo left"] = str(dialog.undo_button.isEnabled())
        for _step in range(2):
            dialog.redo_button.click()
        dialog.accept()

    drive_modals(window.actions_.project.trigger, change)
    assert seen == {
        "stored": "BIOES",
        "note": "True",
        "undone": "IOB2",
        "shown after undo": "IOB2",
        "undo left": "False",
    }
    assert window.store.export_scheme() == "BIOES"
    export = ExportDialog(window.store, window)
    qtbot.addWidget(export)
    assert export.scheme_combo.currentText() == "BIOES"


def test_a_switch_to_flat_with_nested_spans_is_refused_saying_how_many_and_where(
    qtbot, window
) -> None:
    store = window.store
    store.set_policy("nested")
    docs = window.documents_model.all_documents()
    for doc in docs[:2]:
        text = store.document(doc.id).text
        start, end = token_of(text, "بوتين")
        store.add_span(doc.id, window.annotator(), start - len("فلاديمير "), end, "PERS")
        store.add_span(doc.id, window.annotator(), start, end, "PERS")
    seen: dict[str, str] = {}

    def choose_flat(dialog: ProjectDialog) -> None:
        _choose(qtbot, dialog.policy_combo, "flat")  # refused: the next step reads why
        seen["shown"] = str(dialog.policy_combo.currentData())
        seen["message"] = dialog.message.text()
        dialog.accept()

    def read_refusal(box: QMessageBox) -> None:
        seen["box"] = box.text()
        seen["format"] = str(box.textFormat() == Qt.TextFormat.PlainText)
        box.accept()

    drive_modals(window.actions_.project.trigger, choose_flat, read_refusal)
    names = ", ".join(doc.name for doc in docs[:2])
    expected = (
        "cannot switch to the flat policy: 2 spans overlap another span of its layer, in 2 "
        f"documents: {names} (remove or shorten them first)"
    )
    assert seen == {"box": expected, "format": "True", "shown": "nested", "message": expected}
    assert store.policy == "nested"


def test_the_policy_change_is_an_undo_step(qtbot, window) -> None:
    dialog = ProjectDialog(window.store, window, notify=lambda *a: None)
    qtbot.addWidget(dialog)
    assert dialog.policy_combo.currentData() == "flat"
    assert dialog.set_policy("nested")
    assert window.store.policy == "nested"
    assert dialog.undo_stack.undoText() == "Overlap policy nested"
    dialog.undo()
    assert window.store.policy == "flat"
    assert dialog.policy_combo.currentData() == "flat"
    dialog.redo()
    assert window.store.policy == "nested"
