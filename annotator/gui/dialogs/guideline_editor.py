"""The guideline part of the label set dialog: the selected label's description (in the
interface language), its examples and counter-examples (one a line), and a Save button.
The dialog turns a save into an undo command; this widget only edits text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPlainTextEdit, QPushButton, QWidget

from annotator.gui.i18n import align_editor
from annotator.gui.plain_text import plain_label

if TYPE_CHECKING:
    from annotator.store import LabelInfo


def lines(text: str) -> list[str]:
    """Examples typed one a line (blank lines left out)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class GuidelineEditor(QWidget):
    """Edits one label's guideline; ``save_requested(name, changes)`` carries the
    ``update_label`` arguments of the edit."""

    save_requested = Signal(str, dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name: str | None = None
        self._language = "en"
        self._shown: tuple[str, str, str] = ("", "", "")
        self.title = plain_label(parent=self)
        self.description = QPlainTextEdit(self)
        self.positive = QPlainTextEdit(self)
        self.negative = QPlainTextEdit(self)
        for box in (self.description, self.positive, self.negative):
            align_editor(box)
        self.positive.setPlaceholderText(self.tr("One example a line"))
        self.negative.setPlaceholderText(self.tr("One counter-example a line"))
        self.save_button = QPushButton(self.tr("&Save guideline"), self)
        self.save_button.clicked.connect(self.save)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.description, 1, 0, 1, 2)
        grid.addWidget(plain_label(self.tr("Examples"), self), 2, 0)
        grid.addWidget(plain_label(self.tr("Not this label"), self), 2, 1)
        grid.addWidget(self.positive, 3, 0)
        grid.addWidget(self.negative, 3, 1)
        grid.addWidget(self.save_button, 4, 1)
        for box in (self.description, self.positive, self.negative):
            box.setTabChangesFocus(True)
            box.setMaximumHeight(self.fontMetrics().height() * 5)
        self.show_label(None, "en")

    def label(self) -> str | None:
        return self._name

    def show_label(self, info: LabelInfo | None, language: str) -> None:
        """Show ``info``'s guideline for editing (None: nothing to edit)."""
        self._name = info.name if info is not None else None
        self._language = language
        if info is None:
            self._shown = ("", "", "")
            self.title.setText(self.tr("Select a label to edit its guideline."))
        else:
            self._shown = (
                info.descriptions.get(language, ""),
                "\n".join(info.positive_examples),
                "\n".join(info.negative_examples),
            )
            self.title.setText(
                self.tr("Guideline of %1 (%2)").replace("%1", info.name).replace("%2", language)
            )
            # the description in another language, shown when this one has none
            self.description.setPlaceholderText(info.description_for(language))
        for box, text in zip(
            (self.description, self.positive, self.negative), self._shown, strict=True
        ):
            box.setPlainText(text)
            box.setEnabled(info is not None)
        self.save_button.setEnabled(info is not None)

    def changed(self) -> bool:
        current = (
            self.description.toPlainText(),
            self.positive.toPlainText(),
            self.negative.toPlainText(),
        )
        return self._name is not None and current != self._shown

    def changes(self) -> dict[str, Any]:
        """The edit as ``update_label`` arguments: only the parts edited here, so that a
        part someone else changed meanwhile (another language, the examples) is kept."""
        description, positive, negative = self._shown
        changes: dict[str, Any] = {}
        if self.description.toPlainText() != description:
            changes["descriptions"] = {self._language: self.description.toPlainText()}
        if self.positive.toPlainText() != positive:
            changes["positive_examples"] = lines(self.positive.toPlainText())
        if self.negative.toPlainText() != negative:
            changes["negative_examples"] = lines(self.negative.toPlainText())
        return changes

    def save(self) -> None:
        if self._name is not None and self.changed():
            self.save_requested.emit(self._name, self.changes())
