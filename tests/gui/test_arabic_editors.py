"""Multi-line editors in the Arabic interface start their lines at the right.

Qt's QPlainTextEdit lays every paragraph out from the left, an Arabic one too (unlike
QTextEdit): in the note dialog (Ctrl+M) and the guideline editors an Arabic note sat at
the left edge of an otherwise right-to-left window, the cursor of an empty box too."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QPlainTextEdit

NOTE = "اسم شخص"


def _start_x(editor: QPlainTextEdit) -> int:
    """Where the text's first character sits (its cursor position), in the viewport."""
    QApplication.processEvents()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    editor.setTextCursor(cursor)
    return editor.cursorRect().x()


def _starts_at_the_right(editor: QPlainTextEdit) -> bool:
    return _start_x(editor) > editor.viewport().width() * 3 // 4


def test_the_note_dialog_writes_from_the_right_in_arabic(arabic, monkeypatch) -> None:
    from annotator.gui import notes

    seen: list[tuple[bool, bool]] = []

    def exec_(dialog: QInputDialog) -> int:
        editor = dialog.findChild(QPlainTextEdit)
        dialog.show()
        empty = _starts_at_the_right(editor)
        editor.setPlainText(NOTE)
        seen.append((empty, _starts_at_the_right(editor)))
        return QInputDialog.DialogCode.Rejected

    monkeypatch.setattr(QInputDialog, "exec", exec_)
    assert notes.ask_note(None, "", "") is None  # type: ignore[arg-type]
    assert seen == [(True, True)]


def test_the_guideline_editors_write_from_the_right_in_arabic(arabic, qtbot) -> None:
    from annotator.gui.dialogs.guideline_editor import GuidelineEditor

    editor = GuidelineEditor()
    qtbot.addWidget(editor)
    editor.resize(500, 400)
    editor.show()
    for box in (editor.description, editor.positive, editor.negative):
        box.setPlainText(NOTE)
        assert _starts_at_the_right(box)


def test_an_editor_follows_a_switch_of_direction(qtbot) -> None:
    from annotator.gui.dialogs.guideline_editor import GuidelineEditor

    editor = GuidelineEditor()
    qtbot.addWidget(editor)
    editor.resize(500, 400)
    editor.show()
    editor.description.setPlainText("Persons")
    assert not _starts_at_the_right(editor.description)  # English: from the left
    editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    editor.description.setPlainText(NOTE)
    assert _starts_at_the_right(editor.description)
    editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert not _starts_at_the_right(editor.description)


def test_the_project_guidelines_editor_writes_from_the_right_in_arabic(
    arabic, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QDialog

    from annotator.gui import guidelines_panel

    seen: list[bool] = []

    def exec_(dialog: QDialog) -> int:
        dialog.show()
        seen.append(_starts_at_the_right(dialog.findChild(QPlainTextEdit)))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", exec_)
    assert guidelines_panel.ask_project_text(None, NOTE) is None  # type: ignore[arg-type]
    assert seen == [True]
