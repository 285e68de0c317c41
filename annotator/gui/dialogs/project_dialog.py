"""Project > Settings…: what the project's database decides for everyone who opens it.

The overlap policy (flat, or spans nested inside others) and the tag scheme exports use
when none is asked for (the export dialog's default and ``annotator export`` without
``--scheme``). Each change goes to the store at once as an undo command on the dialog's
own stack (Undo / Redo); a switch to flat while spans nest is refused with the store's
message (how many, in which documents) and the choice goes back to what is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from annotator.gui import plain_text
from annotator.gui.commands import SetSetting, push
from annotator.gui.dialogs import SCHEMES
from annotator.gui.i18n import QT_TRANSLATE_NOOP
from annotator.gui.plain_text import plain_label

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow
    from annotator.store import Store

POLICIES = (
    (QT_TRANSLATE_NOOP("ProjectDialog", "flat: spans never overlap"), "flat"),
    (
        QT_TRANSLATE_NOOP("ProjectDialog", "nested: a span may lie inside another (Wojood-style)"),
        "nested",
    ),
)
SCHEME_NOTE = QT_TRANSLATE_NOOP(
    "ProjectDialog", "spaCy reads BIOES B-X E-X as two entities: use IOB2 for spaCy."
)
# notify(parent, title, message): shows a refusal
Notifier = Callable[[QWidget, str, str], None]


class ProjectDialog(QDialog):
    """The project's settings; each change is stored at once and can be undone."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, notify: Notifier | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._notify = notify or plain_text.warning
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("Project settings"))
        self.policy_combo = QComboBox(self)
        self.policy_combo.setAccessibleName(self.tr("Overlap policy"))
        for text, value in POLICIES:
            self.policy_combo.addItem(self.tr(text), value)
        self.scheme_combo = QComboBox(self)
        self.scheme_combo.setAccessibleName(self.tr("Default export tag scheme"))
        for scheme in SCHEMES:
            self.scheme_combo.addItem(scheme, scheme)
        self.scheme_note = plain_label(self.tr(SCHEME_NOTE), self)
        self.message = plain_label(parent=self)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Overlap policy:"), self.policy_combo)
        form.addRow(self.tr("Default export tag scheme:"), self.scheme_combo)
        form.addRow("", self.scheme_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self._buttons())
        self.policy_combo.activated.connect(lambda _i: self.set_policy(self._chosen_policy()))
        self.scheme_combo.activated.connect(lambda _i: self.set_scheme(self._chosen_scheme()))
        self.refresh()

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        self.undo_button = buttons.addButton(
            self.tr("&Undo"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.redo_button = buttons.addButton(
            self.tr("&Redo"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.redo)
        return buttons

    def _chosen_policy(self) -> str:
        return str(self.policy_combo.currentData())

    def _chosen_scheme(self) -> str:
        return str(self.scheme_combo.currentData())

    def refresh(self) -> None:
        """Show what the store holds."""
        self.policy_combo.setCurrentIndex(self.policy_combo.findData(self.store.policy))
        self.scheme_combo.setCurrentIndex(self.scheme_combo.findData(self.store.export_scheme()))
        self.scheme_note.setVisible(self._chosen_scheme() == "BIOES")

    def set_policy(self, policy: str) -> bool:
        """Store the overlap policy; False (and the store's reason shown) if refused."""
        if policy == self.store.policy:
            return True
        return self._run(self.tr("Overlap policy"), "policy", policy)

    def set_scheme(self, scheme: str) -> bool:
        if scheme == self.store.export_scheme():
            return True
        return self._run(self.tr("Export tag scheme"), "export_scheme", scheme)

    def undo(self) -> None:
        self.undo_stack.undo()
        self.refresh()

    def redo(self) -> None:
        self.undo_stack.redo()
        self.refresh()

    def _run(self, title: str, setting: str, value: str) -> bool:
        def make() -> SetSetting:
            return SetSetting(self.store, setting, value, lambda error: self._refused(title, error))

        outcome = push(self, self.undo_stack, make)
        self.refresh()
        if outcome.error is not None:
            self._refused(title, outcome.error)
            return False
        self.message.setText("")
        return True

    def _refused(self, title: str, message: str) -> None:
        self.message.setText(message)
        self._notify(self, title, message)


def open_project_settings(window: MainWindow) -> None:
    """Project > Settings… in the main window."""
    dialog = ProjectDialog(window.store, window)
    dialog.exec()
    dialog.deleteLater()
