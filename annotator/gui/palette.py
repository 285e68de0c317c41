"""Label colours, hotkeys and the label palette (swatch, hotkey 1-9, name).

The current label is drawn by the palette's own delegate (a band in the label's colour, a
frame and bold text), so it stays unmistakable whether or not the palette has focus and
in every theme; the list itself selects nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from annotator.gui import settings as cfg
from annotator.gui.i18n import isolate, language_changed
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
HOTKEYS = range(1, 10)
CURRENT_SETTING = "labels/current"  # QSettings: the current label, restored at start
NAME_ROLE = Qt.ItemDataRole.UserRole
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 1  # True on the current label's row
COLOR_ROLE = Qt.ItemDataRole.UserRole + 2  # the label's colour, "#rrggbb"


class _LabelRow(Protocol):
    """What the rules below read of a store ``LabelInfo``."""

    @property
    def name(self) -> str: ...


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
    return key if key in HOTKEYS else None


def _display_order(infos: Iterable[_LabelRow]) -> list[_LabelRow]:
    return sorted(infos, key=lambda info: (getattr(info, "order", 0) or 0, info.name))


def hotkey_digits(infos: Iterable[_LabelRow]) -> dict[str, int | None]:
    """The hotkey of each label: its own, else the next digit no label holds, in display
    order (the one rule for the palette, the label dialog and the menus)."""
    ordered = _display_order(infos)
    taken = {k for k in (_hotkey(getattr(i, "hotkey", None)) for i in ordered) if k}
    free = [k for k in HOTKEYS if k not in taken]
    digits: dict[str, int | None] = {}
    for info in ordered:
        key = _hotkey(getattr(info, "hotkey", None))
        if key is None and free:
            key = free.pop(0)
        digits[info.name] = key
    return digits


def next_free_hotkey(infos: Iterable[_LabelRow]) -> int | None:
    """The digit a label added after ``infos`` gets (None when all nine are used)."""
    used = set(hotkey_digits(infos).values())
    return next((k for k in HOTKEYS if k not in used), None)


def palette_labels(infos: Sequence[_LabelRow]) -> list[PaletteLabel]:
    """Turn store ``LabelInfo`` rows into palette entries, in display order."""
    digits = hotkey_digits(infos)
    result: list[PaletteLabel] = []
    for index, info in enumerate(_display_order(infos)):
        stored = getattr(info, "color", None)
        color = QColor(stored) if stored else QColor()
        if not color.isValid():
            color = QColor(DEFAULT_COLORS[index % len(DEFAULT_COLORS)])
        describe = getattr(info, "description_for", None)
        text = describe(interface_language()) if describe else ""
        result.append(PaletteLabel(info.name, color, digits[info.name], text))
    return result


def fill_color(color: QColor, dark: bool) -> QColor:
    """Span background: translucent so the text stays readable on light and dark bases."""
    fill = QColor(color)
    fill.setAlphaF(0.42 if dark else 0.30)
    return fill


def contrast(color: QColor) -> QColor:
    """Black or white, whichever reads better on ``color``."""
    luminance = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return QColor("#000000") if luminance > 150 else QColor("#ffffff")


def swatch(color: QColor, size: int = 14, *, framed: bool = False) -> QIcon:
    """A square of ``color``; ``framed`` rings it in black or white (the mark of the
    current choice in a menu, where the style draws an icon instead of a check)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(contrast(color) if framed else color)
    if framed:
        painter = QPainter(pixmap)
        painter.fillRect(2, 2, size - 4, size - 4, color)
        painter.end()
    return QIcon(pixmap)


def hotkey_text(label: PaletteLabel) -> str:
    """``"5  LOC"``: the hotkey before the name (blank when the label has none)."""
    name = isolate(label.name)  # its own direction in an Arabic list
    return f"{label.hotkey}  {name}" if label.hotkey else f"    {name}"


class CurrentLabelDelegate(QStyledItemDelegate):
    """Paints the current label's row as a band of its colour with a frame, bold."""

    FRAME = 2

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not index.data(CURRENT_ROLE):
            super().paint(painter, option, index)
            return
        color = QColor(index.data(COLOR_ROLE) or "#888888")
        rect: QRect = option.rect
        painter.fillRect(rect, color)
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        styled.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        bold = QFont(styled.font)
        bold.setBold(True)
        styled.font = bold
        styled.palette.setColor(QPalette.ColorRole.Text, contrast(color))
        styled.backgroundBrush = QBrush(color)
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, styled, painter, widget)
        painter.save()
        painter.setPen(QPen(contrast(color), self.FRAME))
        half = self.FRAME // 2
        painter.drawRect(rect.adjusted(half, half, -half - 1, -half - 1))
        painter.restore()


class LabelPalette(QWidget):
    """List of labels with their hotkeys; clicking one makes it the current label (click
    again to clear). The current label is remembered for the next start."""

    current_changed = Signal(object)  # str | None
    labels_reset = Signal()  # new labels (names, colours, hotkeys) are shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[PaletteLabel] = []
        self._current: str | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Labels"))
        self.list.setIconSize(QSize(14, 14))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setItemDelegate(CurrentLabelDelegate(self.list))
        self.list.itemClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)

    def changeEvent(self, event: QEvent) -> None:
        if language_changed(event):  # the tooltips, the names' isolation
            self.list.setAccessibleName(self.tr("Labels"))
            self.set_labels(self._labels)
        super().changeEvent(event)

    def set_labels(self, labels: list[PaletteLabel]) -> None:
        self._labels = labels
        self.list.clear()
        for label in labels:
            item = QListWidgetItem(swatch(label.color), hotkey_text(label))
            item.setData(NAME_ROLE, label.name)
            item.setData(COLOR_ROLE, label.color.name())
            hint = self.tr("Press {key} to use {name}") if label.hotkey else ""
            hint = hint.format(key=label.hotkey, name=isolate(label.name))
            item.setToolTip(tooltip("\n".join(x for x in (hint, label.description) if x)))
            self.list.addItem(item)
        names = {label.name for label in labels}
        vanished = self._current is not None and self._current not in names
        if vanished:
            self._current = None
        self._mark_current()
        self.labels_reset.emit()
        if vanished:
            self.current_changed.emit(None)

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

    def current_row(self) -> int | None:
        """The row showing the current label (None when there is none)."""
        names = [label.name for label in self._labels]
        return names.index(self._current) if self._current in names else None

    def set_current(self, name: str | None) -> None:
        if name is not None and self.label(name) is None:
            name = None
        if name == self._current:
            return
        self._current = name
        self._mark_current()
        cfg.remember(CURRENT_SETTING, name or "")
        self.current_changed.emit(name)

    def restore_current(self) -> None:
        """Make the label current at the end of the last session current again (when
        this database has it)."""
        self.set_current(cfg.get_str(CURRENT_SETTING) or None)

    def _clicked(self, item: QListWidgetItem) -> None:
        name = item.data(NAME_ROLE)
        self.set_current(None if name == self._current else name)

    def _mark_current(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            is_current = item.data(NAME_ROLE) == self._current
            item.setData(CURRENT_ROLE, is_current)
            if is_current:
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
