"""Label colours and the label palette (swatch, name, hotkey 1-9)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from annotator.gui.plain_text import tooltip
from annotator.gui.ui_language import interface_language

# Distinct, colour-blind-friendly defaults for labels stored without a colour.
DEFAULT_COLORS = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#b07aa1",
    "#76b7b2",
    "#edc948",
    "#ff9da7",
    "#9c755f",
)


@dataclass(frozen=True)
class PaletteLabel:
    name: str
    color: QColor
    hotkey: int | None  # 1-9
    description: str = ""  # in the interface language: the tooltip


def _hotkey(value: object) -> int | None:
    try:
        key = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return key if 1 <= key <= 9 else None


def palette_labels(infos: list) -> list[PaletteLabel]:
    """Turn store ``LabelInfo`` rows into palette entries.

    A label's own hotkey wins; labels without one get the free digits in display order.
    """
    ordered = sorted(infos, key=lambda info: (getattr(info, "order", 0) or 0, info.name))
    taken = {k for k in (_hotkey(getattr(i, "hotkey", None)) for i in ordered) if k}
    free = [k for k in range(1, 10) if k not in taken]
    result: list[PaletteLabel] = []
    for index, info in enumerate(ordered):
        color = QColor(info.color) if getattr(info, "color", None) else QColor()
        if not color.isValid():
            color = QColor(DEFAULT_COLORS[index % len(DEFAULT_COLORS)])
        key = _hotkey(getattr(info, "hotkey", None))
        if key is None and free:
            key = free.pop(0)
        describe = getattr(info, "description_for", None)
        text = describe(interface_language()) if describe else ""
        result.append(PaletteLabel(info.name, color, key, text))
    return result


def fill_color(color: QColor, dark: bool) -> QColor:
    """Span background: translucent so the text stays readable on light and dark bases."""
    fill = QColor(color)
    fill.setAlphaF(0.42 if dark else 0.30)
    return fill


def swatch(color: QColor, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(color)
    return QIcon(pixmap)


class LabelPalette(QWidget):
    """List of labels; clicking one makes it the current label (click again to clear)."""

    current_changed = Signal(object)  # str | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[PaletteLabel] = []
        self._current: str | None = None
        self.list = QListWidget(self)
        self.list.setIconSize(QSize(14, 14))
        self.list.itemClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)

    def set_labels(self, labels: list[PaletteLabel]) -> None:
        self._labels = labels
        self.list.clear()
        for label in labels:
            key = f"{label.hotkey}  " if label.hotkey else "   "
            item = QListWidgetItem(swatch(label.color), f"{key}{label.name}")
            item.setData(Qt.ItemDataRole.UserRole, label.name)
            hint = f"Press {label.hotkey} to use {label.name}" if label.hotkey else ""
            item.setToolTip(tooltip("\n".join(x for x in (hint, label.description) if x)))
            self.list.addItem(item)
        if self._current not in {label.name for label in labels}:
            self._current = None
        self._sync_selection()

    def labels(self) -> list[PaletteLabel]:
        return list(self._labels)

    def label(self, name: str) -> PaletteLabel | None:
        return next((label for label in self._labels if label.name == name), None)

    def by_hotkey(self, key: int) -> PaletteLabel | None:
        return next((label for label in self._labels if label.hotkey == key), None)

    def color_of(self, name: str) -> QColor:
        label = self.label(name)
        return QColor(label.color) if label else QColor("#888888")

    def current(self) -> str | None:
        return self._current

    def set_current(self, name: str | None) -> None:
        if name is not None and self.label(name) is None:
            name = None
        if name == self._current:
            return
        self._current = name
        self._sync_selection()
        self.current_changed.emit(name)

    def _clicked(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        self.set_current(None if name == self._current else name)

    def _sync_selection(self) -> None:
        self.list.blockSignals(True)
        self.list.clearSelection()
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == self._current:
                item.setSelected(True)
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
