"""Guidelines in the real window: edited in the label set dialog (Edit > Labels…), shown
as the palette's tooltips and in the Guidelines dock, the project text edited with the
dock's button; all plain text, all undoable."""

from __future__ import annotations

from pathlib import Path

from conftest import type_text
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication

from annotator.gui.dialogs.labels_dialog import LabelSetDialog

MARKUP = "<b>ليس</b> &amp; وسماً"


def label_info(window, name: str):
    return next(info for info in window.store.labels() if info.name == name)


def palette_tooltip(window, name: str) -> str:
    items = window.palette_widget.list
    return next(
        items.item(row).toolTip()
        for row in range(items.count())
        if items.item(row).data(Qt.ItemDataRole.UserRole) == name
    )


def test_edit_labels_edits_the_guideline_and_the_window_shows_it(qtbot, window) -> None:
    done: list[str] = []

    def edit() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LabelSetDialog)
        dialog.select_label("LOC")
        editor = dialog.guideline
        editor.description.clear()
        editor.description.setFocus()
        type_text(editor.description, "أسماء الأماكن")
        editor.positive.setPlainText("روسيا في «وزير خارجية روسيا»\n\n  القاهرة  ")
        editor.negative.setPlainText(MARKUP)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        done.append(dialog.last_error or "")
        dialog.accept()

    QTimer.singleShot(0, edit)
    window.actions_.labels.trigger()  # Edit > Labels… (modal)
    assert done == [""]
    loc = label_info(window, "LOC")
    assert loc.descriptions["en"] == "أسماء الأماكن"  # the interface is English here
    assert loc.descriptions["ar"].startswith("الأماكن")  # the preset's Arabic is kept
    assert loc.positive_examples == ("روسيا في «وزير خارجية روسيا»", "القاهرة")
    assert loc.negative_examples == (MARKUP,)
    # the palette's tooltip carries the description, escaped (never markup)
    tip = palette_tooltip(window, "LOC")
    assert "أسماء الأماكن" in tip and "Press 2 to use LOC" in tip
    assert "&lt;b&gt;" not in tip  # the examples are not in the tooltip
    # the dock follows the current label and shows the examples as text
    window.palette_widget.set_current("LOC")
    panel = window.guidelines_panel
    assert panel.label_title.text() == "LOC"
    shown = panel.label_text.toPlainText()
    assert shown.startswith("أسماء الأماكن")
    assert "• القاهرة" in shown and f"• {MARKUP}" in shown


def test_guideline_edits_undo_in_the_dialog_and_are_kept_when_moving_on(qtbot, window) -> None:
    dialog = LabelSetDialog(window.store, window)
    qtbot.addWidget(dialog)
    dialog.select_label("PERS")
    dialog.guideline.negative.setPlainText("المصري")
    dialog.select_label("ORG")  # moving to another label saves the edit first
    assert label_info(window, "PERS").negative_examples == ("المصري",)
    assert dialog.guideline.label() == "ORG"
    dialog.undo()
    assert label_info(window, "PERS").negative_examples == ()
    dialog.redo()
    assert label_info(window, "PERS").negative_examples == ("المصري",)


def test_deleting_a_label_and_undoing_brings_its_guideline_back(qtbot, window) -> None:
    dialog = LabelSetDialog(window.store, window)
    qtbot.addWidget(dialog)
    assert dialog.set_guideline("MISC", {"positive_examples": ["كأس العالم"]})
    before = label_info(window, "MISC")
    assert dialog.delete_label("MISC")
    dialog.undo()
    assert label_info(window, "MISC").positive_examples == before.positive_examples
    assert label_info(window, "MISC").descriptions == before.descriptions


def test_the_arabic_interface_shows_the_arabic_description(qtbot, window) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
    try:
        window.reload_labels()
        assert "أسماء الأشخاص" in palette_tooltip(window, "PERS")
        window.palette_widget.set_current("PERS")
        assert window.guidelines_panel.label_text.toPlainText().startswith("أسماء الأشخاص")
    finally:
        QLocale.setDefault(previous)


def test_the_project_guideline_is_edited_in_the_dock_as_plain_text(qtbot, window) -> None:
    panel = window.guidelines_panel
    asked: list[str] = []

    def ask(_parent, current: str) -> str:
        asked.append(current)
        return f"اكتب الاسم كاملاً.\n{MARKUP}"

    panel._ask = ask
    assert panel.edit_project()
    assert asked == [""]
    assert window.store.guidelines() == f"اكتب الاسم كاملاً.\n{MARKUP}"
    assert panel.project_text.toPlainText() == f"اكتب الاسم كاملاً.\n{MARKUP}"  # literal
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert window.store.guidelines() == ""
    assert not panel.undo_button.isEnabled()


def test_another_member_s_guideline_reaches_the_dock(qtbot, window, db_path) -> None:
    from annotator.store import Store

    with Store.open(db_path) as other:
        other.set_guidelines("نص من زميل")
    window.poll_revision()
    assert window.guidelines_panel.project_text.toPlainText() == "نص من زميل"


def test_a_guideline_saved_elsewhere_meanwhile_is_not_overwritten_without_a_word(
    qtbot, window, db_path
) -> None:
    """Two members have the project text open in the editor; the second save is asked
    about the first one's text, and keeps it when the answer is no."""
    from annotator.store import Store

    panel = window.guidelines_panel
    asked: list[str] = []

    def edit_while_a_colleague_saves(_parent, current: str) -> str:
        with Store.open(db_path) as other:
            other.set_guidelines("نص من زميل")
        return "نصي أنا"

    panel._ask = edit_while_a_colleague_saves
    panel._confirm = lambda _parent, theirs: asked.append(theirs) or False
    assert not panel.edit_project()
    assert asked == ["نص من زميل"]
    assert window.store.guidelines() == "نص من زميل"
    assert panel.project_text.toPlainText() == "نص من زميل"
    panel._confirm = lambda _parent, theirs: asked.append(theirs) or True
    assert panel.edit_project()
    assert window.store.guidelines() == "نصي أنا"


def test_undoing_a_guideline_edit_never_wipes_a_later_edit_made_elsewhere(
    qtbot, window, db_path
) -> None:
    from annotator.store import Store

    panel = window.guidelines_panel
    assert panel.set_project_text("الأولى")
    with Store.open(db_path) as other:
        other.set_guidelines("نص من زميل")
    window.poll_revision()
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert window.store.guidelines() == "نص من زميل"
    assert "changed elsewhere" in window.statusBar().currentMessage()
    assert panel.project_text.toPlainText() == "نص من زميل"


def test_screenshot_of_the_dock(qtbot, window, tmp_path: Path) -> None:
    """The dock beside an article, a label chosen, grabbed (docs/guidelines.png is made
    the same way under Xvfb by tests/gui/review_shots.py)."""
    window.store.set_guidelines(
        "علّم الاسم كاملاً، ولا تدخل حرف الجر الملتصق به (روسيا في لروسيا).\n"
        "Mark the whole name; leave an attached preposition out."
    )
    dialog = LabelSetDialog(window.store, window)
    qtbot.addWidget(dialog)
    dialog.set_guideline(
        "LOC",
        {
            "positive_examples": ["روسيا في «وزير خارجية روسيا»", "القاهرة"],
            "negative_examples": ["المصري (صفة نسبة، لا مكان)"],
        },
    )
    window.reload()
    window.palette_widget.set_current("LOC")
    window.guidelines_dock.raise_()
    qtbot.wait(50)
    shot = window.guidelines_dock.grab()
    assert shot.save(str(tmp_path / "guidelines.png"))
    assert shot.width() > 100 and shot.height() > 100
    panel = window.guidelines_panel
    assert panel.label_text.toPlainText().startswith("Locations")
    assert "روسيا في لروسيا" in panel.project_text.toPlainText()


def test_a_guideline_edit_keeps_what_another_member_changed_meanwhile(
    qtbot, window, db_path
) -> None:
    """Saving (and undoing) one label's description leaves the examples a colleague
    wrote in the meantime as they are."""
    from annotator.store import Store

    dialog = LabelSetDialog(window.store, window, undo_stack=window.label_history)
    qtbot.addWidget(dialog)
    dialog.select_label("LOC")
    editor = dialog.guideline
    with Store.open(db_path) as other:
        other.update_label("LOC", positive_examples=["القاهرة"])
    editor.description.setPlainText("أسماء الأماكن")
    editor.save()
    loc = label_info(window, "LOC")
    assert loc.descriptions["en"] == "أسماء الأماكن"
    assert loc.positive_examples == ("القاهرة",)
    with Store.open(db_path) as other:
        other.update_label("LOC", negative_examples=["المصري"], descriptions={"ar": "أماكن"})
    dialog.undo()
    loc = label_info(window, "LOC")
    assert loc.descriptions["en"] != "أسماء الأماكن"  # the undo took this edit back
    assert loc.descriptions["ar"] == "أماكن"  # and only this edit
    assert loc.positive_examples == ("القاهرة",)
    assert loc.negative_examples == ("المصري",)
