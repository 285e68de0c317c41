"""The label set dialog's parts: the questions it asks (injectable, so tests and other
code answer them) and the name column's delegate, which knows its open cell editor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from annotator.gui import plain_text
from annotator.gui.i18n import counted, isolate

translate = QCoreApplication.translate


@dataclass(frozen=True)
class DeleteChoice:
    """What to do with the spans of a label being deleted."""

    action: Literal["delete", "relabel"]
    relabel_to: str | None = None


# decide(label, span_count, other_label_names) -> choice, or None to cancel the deletion
DeleteDecider = Callable[[str, int, list[str]], DeleteChoice | None]
# pick_color(current, parent) -> new colour, or None when the user cancelled
ColorPicker = Callable[[QColor, QWidget], QColor | None]
# notify(parent, title, message): shows an error
Notifier = Callable[[QWidget, str, str], None]


def ask_delete_choice(
    parent: QWidget, label: str, count: int, others: list[str]
) -> DeleteChoice | None:
    """The default question asked before deleting a label that still has spans."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("LabelSetDialog", "Delete label"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the label's name is data, not markup
    question = counted(
        translate(
            "LabelSetDialog",
            "The label {label} is used by %n spans. What should happen to them?",
        ),
        count,
        "The label {label} is used by %n span. What should happen to it?",
    )
    box.setText(question.format(label=isolate(label)))
    delete_button = box.addButton(
        counted(translate("LabelSetDialog", "Delete the %n spans"), count, "Delete the %n span"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    relabel_button = None
    if others:
        relabel_button = box.addButton(
            translate("LabelSetDialog", "Relabel them…"), QMessageBox.ButtonRole.AcceptRole
        )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is delete_button:
        return DeleteChoice("delete")
    if relabel_button is not None and clicked is relabel_button:
        target = plain_text.ask_item(
            parent,
            translate("LabelSetDialog", "Relabel spans"),
            translate("LabelSetDialog", "New label for the spans of {}:").format(isolate(label)),
            others,
        )
        if target:
            return DeleteChoice("relabel", target)
    return None


def pick_color_with_dialog(current: QColor, parent: QWidget) -> QColor | None:
    color = QColorDialog.getColor(current, parent, translate("LabelSetDialog", "Label colour"))
    return color if color.isValid() else None


def show_error(parent: QWidget, title: str, message: str) -> None:
    plain_text.warning(parent, title, message)


class NameDelegate(QStyledItemDelegate):
    """The name column's delegate; knows the cell editor it has open."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._editor: QWidget | None = None

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        self._editor = super().createEditor(parent, option, index)
        self._editor.destroyed.connect(self._forget)
        return self._editor

    def _forget(self) -> None:
        self._editor = None

    def open_editor(self) -> QWidget | None:
        return self._editor if self._editor is not None and self._editor.isVisible() else None


def hotkey_combo(
    parent: QWidget, name: str, current: int | None, effective: int | None, keys: tuple[int, ...]
) -> QComboBox:
    """A label's hotkey; a label without one of its own shows the digit the palette
    gives it ("5 (automatic)"), the one that works."""
    translate = QCoreApplication.translate
    combo = QComboBox(parent)
    combo.setAccessibleName(translate("LabelSetDialog", "Hotkey of {}").format(name))
    automatic = effective if current is None else None
    none = translate("LabelSetDialog", "none")
    automatic_text = translate("LabelSetDialog", "{} (automatic)").format(automatic)
    combo.addItem(none if automatic is None else automatic_text, None)
    for key in keys:
        combo.addItem(str(key), key)
    combo.setCurrentIndex(0 if current is None else combo.findData(current))
    return combo
