"""The Guidelines dock: the current label's guideline (description in the interface
language, examples and counter-examples) and the project-wide guideline text, which the
project lead edits with the Edit… button (an undo step on the panel's own stack).

Everything shown is plain text in read-only plain-text editors: a guideline is data,
never markup, and each paragraph takes its direction from its own first letter, so
Arabic and English lines both read right.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.gui import plain_text
from annotator.gui.bidi import right_to_left
from annotator.gui.commands import SetProjectGuidelines, push
from annotator.gui.i18n import align_editor, language_changed
from annotator.gui.plain_text import plain_label
from annotator.gui.retry import show_status
from annotator.gui.ui_language import interface_language
from annotator.gui.window_parts import dialog_editor

if TYPE_CHECKING:
    from annotator.store import LabelInfo, Store

# ask_text(parent, current text) -> the new text, or None when cancelled
AskText = Callable[[QWidget, str], "str | None"]
# confirm(parent, text saved elsewhere meanwhile) -> True to replace it all the same
Confirm = Callable[[QWidget, str], bool]


def guideline_text(info: LabelInfo, language: str) -> str:
    """A label's guideline as the panel shows it (plain text)."""
    translate = QCoreApplication.translate
    parts = [info.description_for(language) or translate("Guidelines", "No description yet.")]
    for title, examples in (
        (translate("Guidelines", "Examples:"), info.positive_examples),
        (translate("Guidelines", "Not this label:"), info.negative_examples),
    ):
        if examples:
            parts.append("\n".join([title, *(f"• {x}" for x in examples)]))
    return "\n\n".join(parts)


def read_only_text(parent: QWidget) -> QTextEdit:
    """A read-only text box that only ever holds plain text (QTextEdit rather than
    QPlainTextEdit: it aligns each paragraph to its own direction)."""
    view = QTextEdit(parent)
    view.setReadOnly(True)
    view.setAcceptRichText(False)
    return view


def show_plain(view: QTextEdit, text: str) -> None:
    """``text`` as plain text, each line aligned to the side its own direction starts
    from (an Arabic line on the right, an English one on the left, whatever the layout)."""
    view.setPlainText(text)
    block = view.document().begin()
    while block.isValid():
        direction = (
            Qt.LayoutDirection.RightToLeft
            if right_to_left(block.text())
            else Qt.LayoutDirection.LeftToRight
        )
        block_format = block.blockFormat()
        block_format.setLayoutDirection(direction)
        QTextCursor(block).setBlockFormat(block_format)
        block = block.next()


def ask_project_text(parent: QWidget, current: str) -> str | None:
    """The default editor of the project's guideline text: a dialog with a plain-text box."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Guidelines", "Project guidelines"))
    editor = QPlainTextEdit(dialog)
    align_editor(editor)
    editor.setPlainText(current)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    dialog_editor(dialog, editor)
    layout = QVBoxLayout(dialog)
    layout.addWidget(editor)
    layout.addWidget(buttons)
    dialog.resize(560, 420)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    text = editor.toPlainText()
    dialog.deleteLater()
    return text if accepted else None


def confirm_replace(parent: QWidget, theirs: str) -> bool:
    """Asked when the project text was saved elsewhere while this editor was open."""
    translate = QCoreApplication.translate
    buttons = plain_text.Button
    shown = theirs if len(theirs) <= 400 else f"{theirs[:400]}…"
    answer = plain_text.message(
        parent,
        plain_text.Icon.Warning,
        translate("Guidelines", "Project guidelines"),
        translate(
            "Guidelines",
            "Someone else saved the project guidelines while you were editing them:"
            "\n\n{text}\n\nReplace their text with yours?",
        ).format(text=shown),
        buttons.Yes | buttons.No,
        buttons.No,
    )
    return answer == buttons.Yes


class GuidelinesPanel(QWidget):
    """Shows the guideline of one label and the project's text; ``store()`` gives the
    window's current store (it changes when another database is opened)."""

    def __init__(
        self,
        parent: QWidget,
        store: Callable[[], Store],
        *,
        ask: AskText | None = None,
        confirm: Confirm | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("GuidelinesPanel")
        self._store = store
        self._ask = ask or ask_project_text
        self._confirm = confirm or confirm_replace
        self._label: str | None = None
        self._labels: dict[str, LabelInfo] = {}
        self.undo_stack = QUndoStack(self)
        self.label_title = plain_label(parent=self)
        self.label_text = read_only_text(self)
        self.project_title = plain_label(parent=self)
        self.project_text = read_only_text(self)
        self.edit_button = QPushButton(self)
        self.undo_button = QPushButton(self)
        self.retranslate_ui()
        self.edit_button.clicked.connect(self.edit_project)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.indexChanged.connect(lambda _index: self.refresh())
        self.undo_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.project_title, 1)
        row.addWidget(self.edit_button)
        row.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.label_title)
        layout.addWidget(self.label_text, 2)
        layout.addLayout(row)
        layout.addWidget(self.project_text, 3)

    def retranslate_ui(self) -> None:
        self.label_text.setAccessibleName(self.tr("Guideline of the current label"))
        self.project_title.setText(self.tr("Project guidelines"))
        self.project_text.setAccessibleName(self.tr("Project guidelines"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.undo_button.setText(self.tr("&Undo edit"))

    def changeEvent(self, event: QEvent) -> None:
        if language_changed(event):
            self.retranslate_ui()
            self.refresh()
        super().changeEvent(event)

    def shown_label(self) -> str | None:
        return self._label

    def show_label(self, name: str | None) -> None:
        """Show the guideline of ``name`` (None: no label chosen)."""
        self._label = name
        info = self._labels.get(name) if name is not None else None
        if info is None:
            self.label_title.setText(self.tr("No label chosen"))
            show_plain(
                self.label_text,
                self.tr("Choose a label (click it or press its hotkey) to see its guideline."),
            )
            return
        self.label_title.setText(info.name)
        show_plain(self.label_text, guideline_text(info, interface_language()))

    def refresh(self, labels: Sequence[LabelInfo] | None = None) -> None:
        """Re-read the labels (unless the caller has just read them) and the project's
        text from the store."""
        store = self._store()
        self._labels = {info.name: info for info in (store.labels() if labels is None else labels)}
        text = store.guidelines()
        show_plain(self.project_text, text or self.tr("No project guidelines yet."))
        self.show_label(self._label)

    def edit_project(self) -> bool:
        """Ask for the new project text (Edit…) and store it; False when cancelled or
        refused. A text saved elsewhere while the editor was open is replaced only when
        the user says so."""
        started = self._store().guidelines()
        text = self._ask(self, started)
        if text is None:
            return False
        now = self._store().guidelines()
        if now != started:
            if not self._confirm(self, now):
                self.refresh()
                return False
            started = now
        return self.set_project_text(text, expected=started)

    def set_project_text(self, text: str, *, expected: str | None = None) -> bool:
        """Store the project's guideline text as an undo step; False if refused (also
        when ``expected``, the text the edit started from, is no longer the stored one)."""
        outcome = push(
            self,
            self.undo_stack,
            lambda: SetProjectGuidelines(
                self._store(), text, expected=expected, report=lambda m: show_status(self, m)
            ),
        )
        self.refresh()
        return outcome.error is None
