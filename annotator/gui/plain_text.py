"""User data on screen is plain text: the one place that makes Qt widgets show it so.

Qt guesses: a QLabel, a QMessageBox or a tooltip whose text *looks* like HTML
(``Qt.mightBeRichText``) is rendered as HTML, so a label named ``<b>BOLD</b>`` would show
bold and ``<img src=x>`` an image placeholder; a ``&`` in a menu entry underlines the
next letter. Every widget that shows label, annotator or document names, article text,
paths or URLs goes through these helpers (or sets ``Qt.TextFormat.PlainText`` itself).
Message boxes and input dialogs are built as objects and shown with ``exec()`` (never
Qt's static helpers), so that one format setting applies to all of them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget

from annotator.gui.bidi import directed
from annotator.gui.i18n import align_label

Button = QMessageBox.StandardButton
Icon = QMessageBox.Icon


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that never interprets its text as markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    align_label(label)  # a Latin name starts at the right in Arabic too
    return label


def make_plain(widget: QWidget) -> None:
    """Set every QLabel inside ``widget`` (made by Qt: input dialogs, progress dialogs)
    to plain text."""
    for label in widget.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: tooltips have no format setting, so the
    text is escaped inside ``<qt>`` (which makes Qt treat it as rich text, always)."""
    if not text:
        return ""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def menu_text(text: str) -> str:
    """A menu entry or button showing ``text`` literally (``&`` marks a shortcut letter)."""
    return text.replace("&", "&&")


def message(
    parent: QWidget | None,
    icon: Icon,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
) -> Button:
    """Show a modal message box with plain ``text`` (each line in its own direction);
    returns the button pressed."""
    box = QMessageBox(icon, title, directed(text), buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    answer = box.exec()
    box.deleteLater()
    return Button(answer)


def information(parent: QWidget | None, title: str, text: str) -> None:
    message(parent, Icon.Information, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    message(parent, Icon.Warning, title, text)


def critical(parent: QWidget | None, title: str, text: str) -> None:
    message(parent, Icon.Critical, title, text)


def question(parent: QWidget | None, title: str, text: str) -> bool:
    """A Yes/No question; True for Yes."""
    buttons = Button.Yes | Button.No
    return message(parent, Icon.Question, title, text, buttons, Button.Yes) == Button.Yes


def ask_text(parent: QWidget | None, title: str, prompt: str, default: str = "") -> str | None:
    """One line of text, or None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(directed(prompt))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(default)
    return _answer(dialog)


def ask_item(parent: QWidget | None, title: str, prompt: str, items: list[str]) -> str | None:
    """One of ``items`` (not editable), or None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(directed(prompt))
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    return _answer(dialog)


def ask_number(
    parent: QWidget | None,
    title: str,
    prompt: str,
    value: float,
    limits: tuple[float, float],
    decimals: int = 2,
) -> float | None:
    """A number between ``limits``, or None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(directed(prompt))
    dialog.setInputMode(QInputDialog.InputMode.DoubleInput)
    dialog.setDoubleRange(*limits)
    dialog.setDoubleDecimals(decimals)
    dialog.setDoubleStep(10**-decimals)
    dialog.setDoubleValue(value)
    make_plain(dialog)
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    result = dialog.doubleValue() if accepted else None
    dialog.deleteLater()
    return result


def _answer(dialog: QInputDialog) -> str | None:
    make_plain(dialog)
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    result = dialog.textValue() if accepted else None
    dialog.deleteLater()
    return result
