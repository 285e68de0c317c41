"""Find-in-article bar: matches ignore harakat and tatweel and unify alef forms."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QToolButton, QWidget

from annotator.gui.i18n import language_changed
from annotator.gui.plain_text import plain_label


class SearchBar(QWidget):
    query_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    label_all_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.count = plain_label("", self)
        self.previous_button = QToolButton(self)
        self.next_button = QToolButton(self)
        self.label_all = QPushButton(self)
        close = self.close_button = QToolButton(self)
        close.setText("✕")
        self.retranslate_ui()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        for widget in (self.edit, self.count, self.previous_button, self.next_button):
            layout.addWidget(widget)
        layout.addWidget(self.label_all)
        layout.addWidget(close)
        self.edit.textChanged.connect(self.query_changed)
        self.edit.returnPressed.connect(self.next_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.previous_button.clicked.connect(self.previous_requested)
        self.label_all.clicked.connect(self.label_all_requested)
        close.clicked.connect(self.close_bar)

    def retranslate_ui(self) -> None:
        self.edit.setPlaceholderText(
            self.tr("Find in article (ignores harakat, tatweel, alef forms)")
        )
        self.previous_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        self.label_all.setText(self.tr("Label all matches"))
        self.label_all.setToolTip(
            self.tr("Label every match with the current label (one undo step)")
        )
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.edit.setAccessibleName(self.tr("Find in article"))
        self.close_button.setAccessibleName(self.tr("Close the search bar"))

    def changeEvent(self, event: QEvent) -> None:
        if language_changed(event):
            self.retranslate_ui()
        super().changeEvent(event)

    def query(self) -> str:
        return self.edit.text()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def set_count(self, current: int, total: int) -> None:
        if not self.edit.text():
            self.count.setText("")
        elif total == 0:
            self.count.setText(self.tr("no matches"))
        else:
            self.count.setText(
                self.tr("{current} of {total}").format(current=current + 1, total=total)
            )
        self.label_all.setEnabled(total > 0)
