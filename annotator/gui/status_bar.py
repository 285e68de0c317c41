"""The status bar's own widgets and messages: the current-label chip and the words a
change reports ("relabelled «روسيا» LOC → ORG")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from annotator.gui.i18n import isolate, language_changed
from annotator.gui.palette import LabelPalette, contrast
from annotator.span_words import quote


class LabelChip(QLabel):
    """The current label: its name on a chip of its colour, or "no label" when none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("label_chip")
        self.setTextFormat(Qt.TextFormat.PlainText)  # label names are data
        self.setAccessibleName(self.tr("Current label"))
        self._name: str | None = None
        self._color = QColor()
        self.show_label(None, None)

    def changeEvent(self, event: QEvent) -> None:
        if language_changed(event):
            self.setAccessibleName(self.tr("Current label"))
            self.show_label(self._name, self._color)
        super().changeEvent(event)

    def follow(self, palette: LabelPalette) -> None:
        """Show ``palette``'s current label from now on."""

        def update(*_args: object) -> None:
            name = palette.current()
            self.show_label(name, palette.color_of(name) if name is not None else None)

        palette.current_changed.connect(update)
        palette.labels_reset.connect(update)
        update()

    def name(self) -> str | None:
        return self._name

    def color(self) -> QColor:
        """The chip's colour (invalid when no label is current)."""
        return QColor(self._color)

    def show_label(self, name: str | None, color: QColor | None) -> None:
        self._name = name
        self._color = QColor(color) if name is not None and color is not None else QColor()
        if name is None or not self._color.isValid():
            self.setText(self.tr("no label"))
            self.setToolTip(self.tr("No current label: clicks select text"))
            self.setStyleSheet("QLabel#label_chip { padding: 1px 8px; }")
            return
        self.setText(name)
        self.setToolTip("")  # the name is on the chip; a tooltip would repeat it
        fill, ink = self._color.name(), contrast(self._color).name()
        self.setStyleSheet(
            f"QLabel#label_chip {{ background: {fill}; color: {ink};"
            " border-radius: 3px; padding: 1px 8px; font-weight: bold; }"
        )


def relabelled(text: str, old: str, new: str) -> str:
    template = QCoreApplication.translate("MainWindow", "relabelled {text} {old} → {new}")
    return template.format(text=quote(text), old=isolate(old), new=isolate(new))
