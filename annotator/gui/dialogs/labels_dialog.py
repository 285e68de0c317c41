"""The label set dialog: names, colours, hotkeys, order and presets.

Every change goes to the store at once (one store call, or one ``store.atomic()`` block when a
change touches two labels). The actions are plain methods so that tests and other code can
drive the dialog without its modal helpers; the questions it asks (colour, what to do with the
spans of a deleted label, error messages) are injectable callables.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.store.errors import StoreError

PRESETS: tuple[str, ...] = ("conll2003", "anercorp", "wojood")
HOTKEYS: tuple[int, ...] = tuple(range(1, 10))
NAME_COLUMN, COLOR_COLUMN, HOTKEY_COLUMN = 0, 1, 2


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


def label_usage(store: Any) -> Counter[str]:
    """Number of spans per label name, over every document and every layer."""
    return Counter(store.label_counts(suggestions=True))  # what delete_label removes


def ask_delete_choice(
    parent: QWidget, label: str, count: int, others: list[str]
) -> DeleteChoice | None:
    """The default question asked before deleting a label that still has spans."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Delete label")
    box.setText(f"The label {label} is used by {count} span(s). What should happen to them?")
    delete_button = box.addButton(
        f"Delete the {count} span(s)", QMessageBox.ButtonRole.DestructiveRole
    )
    relabel_button = None
    if others:
        relabel_button = box.addButton("Relabel them…", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is delete_button:
        return DeleteChoice("delete")
    if relabel_button is not None and clicked is relabel_button:
        target, ok = QInputDialog.getItem(
            parent, "Relabel spans", f"New label for the spans of {label}:", others, 0, False
        )
        if ok and target:
            return DeleteChoice("relabel", target)
    return None


def pick_color_with_dialog(current: QColor, parent: QWidget) -> QColor | None:
    color = QColorDialog.getColor(current, parent, "Label colour")
    return color if color.isValid() else None


def show_error(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


class LabelSetDialog(QDialog):
    """Edit the project's labels; each edit is written to the store immediately."""

    labels_changed = Signal()

    def __init__(
        self,
        store: Any,
        parent: QWidget | None = None,
        *,
        decide: DeleteDecider | None = None,
        pick_color: ColorPicker | None = None,
        notify: Notifier | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._decide = decide
        self._pick_color = pick_color or pick_color_with_dialog
        self._notify = notify or show_error
        self.last_error: str | None = None
        self._refreshing = False
        self.setWindowTitle("Labels")
        self.resize(520, 420)
        self._build()
        self.refresh()

    # ----------------------------------------------------------------- layout
    def _build(self) -> None:
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(["Name", "Colour", "Hotkey"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.cellDoubleClicked.connect(self._on_cell_double_clicked)

        self.add_button = QPushButton("&Add…", self)
        self.delete_button = QPushButton("&Delete…", self)
        self.up_button = QPushButton("Move &up", self)
        self.down_button = QPushButton("Move do&wn", self)
        self.color_button = QPushButton("&Colour…", self)
        self.add_button.clicked.connect(self._on_add)
        self.delete_button.clicked.connect(self._on_delete)
        self.up_button.clicked.connect(lambda: self._on_move(-1))
        self.down_button.clicked.connect(lambda: self._on_move(1))
        self.color_button.clicked.connect(self._on_color)
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.delete_button,
            self.color_button,
            self.up_button,
            self.down_button,
        ):
            side.addWidget(button)
        side.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(side)

        self.preset_combo = QComboBox(self)
        self.preset_combo.addItems(PRESETS)
        self.preset_button = QPushButton("Apply &preset", self)
        self.preset_button.clicked.connect(
            lambda: self.apply_preset(self.preset_combo.currentText())
        )
        presets = QHBoxLayout()
        presets.addWidget(QLabel("Preset:", self))
        presets.addWidget(self.preset_combo)
        presets.addWidget(self.preset_button)
        presets.addStretch(1)

        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(presets)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    # ---------------------------------------------------------------- display
    def label_names(self) -> list[str]:
        """Label names in the order the table shows them."""
        return [self.table.item(row, NAME_COLUMN).text() for row in range(self.table.rowCount())]

    def refresh(self) -> None:
        """Rebuild the table from the store."""
        labels = sorted(self.store.labels(), key=lambda info: (info.order, info.id))
        self._refreshing = True
        try:
            selected = self.selected_label()
            self.table.setRowCount(0)
            for row, info in enumerate(labels):
                self.table.insertRow(row)
                name_item = QTableWidgetItem(info.name)
                name_item.setData(Qt.ItemDataRole.UserRole, info.name)
                self.table.setItem(row, NAME_COLUMN, name_item)
                color_item = QTableWidgetItem(info.color or "")
                color_item.setFlags(color_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if info.color:
                    color_item.setBackground(QColor(info.color))
                    color_item.setForeground(_contrast(QColor(info.color)))
                self.table.setItem(row, COLOR_COLUMN, color_item)
                self.table.setCellWidget(row, HOTKEY_COLUMN, self._hotkey_combo(info))
                if info.name == selected:
                    self.table.selectRow(row)
        finally:
            self._refreshing = False

    def _hotkey_combo(self, info: Any) -> QComboBox:
        combo = QComboBox(self.table)
        combo.addItem("none", None)
        for key in HOTKEYS:
            combo.addItem(str(key), key)
        current = _hotkey_int(info.hotkey)
        combo.setCurrentIndex(0 if current is None else combo.findData(current))
        name = info.name
        combo.activated.connect(lambda index: self.set_hotkey(name, combo.itemData(index)))
        return combo

    def selected_label(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), NAME_COLUMN)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_label(self, name: str) -> None:
        for row, current in enumerate(self.label_names()):
            if current == name:
                self.table.selectRow(row)
                return

    # ---------------------------------------------------------------- actions
    def add_label(self, name: str, color: str | None = None, hotkey: int | None = None) -> Any:
        """Add a label; returns its LabelInfo, or None when the store refused it."""
        name = name.strip()
        if not name:
            self._error("Add label", "A label needs a name.")
            return None
        key = None if hotkey is None else str(hotkey)
        info = self._call("Add label", self.store.add_label, name, color=color, hotkey=key)
        if info is not None:
            self._changed()
            self.select_label(info.name)
        return info

    def rename_label(self, name: str, new_name: str) -> bool:
        new_name = new_name.strip()
        if not new_name:
            self._error("Rename label", "A label needs a name.")
            self.refresh()
            return False
        if new_name == name:
            return True
        ok = self._call("Rename label", self.store.update_label, name, new_name=new_name)
        self._changed()
        return ok is not None

    def set_color(self, name: str, color: str) -> bool:
        """Set a label's colour (any form QColor accepts; stored as #rrggbb)."""
        qcolor = QColor(color)
        if not qcolor.isValid():
            self._error("Label colour", f"{color!r} is not a colour.")
            return False
        ok = self._call("Label colour", self.store.update_label, name, color=qcolor.name())
        self._changed()
        return ok is not None

    def set_hotkey(self, name: str, hotkey: int | None) -> bool:
        """Give ``name`` the hotkey 1-9 (or none). A label already holding that hotkey
        gives it up: hotkeys stay unique, and both changes are one transaction."""
        if hotkey is not None and hotkey not in HOTKEYS:
            self._error("Hotkey", f"The hotkey must be a digit from 1 to 9, not {hotkey!r}.")
            return False
        holders = [
            info.name
            for info in self.store.labels()
            if hotkey is not None and info.name != name and _hotkey_int(info.hotkey) == hotkey
        ]

        def change() -> None:
            with self.store.atomic():
                for holder in holders:
                    _clear_hotkey(self.store, holder)
                if hotkey is None:
                    _clear_hotkey(self.store, name)
                else:
                    self.store.update_label(name, hotkey=str(hotkey))

        ok = self._call("Hotkey", change)
        self._changed()
        return ok is not None

    def move_label(self, name: str, delta: int) -> bool:
        """Move a label ``delta`` places in the order (negative = up)."""
        names = self.label_names()
        if name not in names:
            return False
        index = names.index(name)
        target = max(0, min(len(names) - 1, index + delta))
        if target == index:
            return False
        names.insert(target, names.pop(index))
        current = {info.name: info.order for info in self.store.labels()}

        def change() -> None:
            with self.store.atomic():
                for position, label in enumerate(names):
                    if current.get(label) != position:
                        self.store.update_label(label, order=position)

        ok = self._call("Move label", change)
        self._changed()
        self.select_label(name)
        return ok is not None

    def delete_label(self, name: str, decide: DeleteDecider | None = None) -> bool:
        """Delete a label. When spans use it, ``decide`` (or the dialog's default question)
        chooses between deleting them and relabelling them; None cancels."""
        count = label_usage(self.store).get(name, 0)
        relabel_to: str | None = None
        if count:
            others = [other for other in self.label_names() if other != name]
            chooser = decide or self._decide or self._ask_delete
            choice = chooser(name, count, others)
            if choice is None:
                self.message.setText(f"{name} was not deleted.")
                return False
            if choice.action == "relabel":
                if not choice.relabel_to or choice.relabel_to == name:
                    self._error("Delete label", "Choose another label for the spans.")
                    return False
                relabel_to = choice.relabel_to
        removed = self._call("Delete label", self.store.delete_label, name, relabel_to=relabel_to)
        self._changed()
        if removed is None:
            return False
        if relabel_to:
            self.message.setText(f"Deleted {name}; {removed} span(s) now labelled {relabel_to}.")
        else:
            self.message.setText(f"Deleted {name} and {removed} span(s).")
        return True

    def apply_preset(self, preset: str) -> bool:
        ok = self._call("Preset", self._apply_preset, preset)
        self._changed()
        if ok is not None:
            self.message.setText(f"Applied the {preset} preset.")
        return ok is not None

    def _apply_preset(self, preset: str) -> bool:
        self.store.apply_preset(preset)
        return True

    # -------------------------------------------------------- widget handlers
    def _ask_delete(self, name: str, count: int, others: list[str]) -> DeleteChoice | None:
        return ask_delete_choice(self, name, count, others)

    def _on_add(self) -> None:
        name, ok = QInputDialog.getText(self, "Add label", "Name of the new label:")
        if ok:
            self.add_label(name)

    def _on_delete(self) -> None:
        name = self.selected_label()
        if name is not None:
            self.delete_label(name)

    def _on_move(self, delta: int) -> None:
        name = self.selected_label()
        if name is not None:
            self.move_label(name, delta)

    def _on_color(self) -> None:
        name = self.selected_label()
        if name is not None:
            self.choose_color(name)

    def choose_color(self, name: str) -> bool:
        """Ask for a colour (through the injectable picker) and store it."""
        current = next((info.color for info in self.store.labels() if info.name == name), None)
        color = self._pick_color(QColor(current or "#ffffff"), self)
        if color is None or not color.isValid():
            return False
        return self.set_color(name, color.name())

    def _on_cell_double_clicked(self, row: int, column: int) -> None:
        if column == COLOR_COLUMN:
            item = self.table.item(row, NAME_COLUMN)
            if item is not None:
                self.choose_color(item.data(Qt.ItemDataRole.UserRole))

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._refreshing or item.column() != NAME_COLUMN:
            return
        old = item.data(Qt.ItemDataRole.UserRole)
        if old is not None and item.text() != old:
            self.rename_label(old, item.text())

    # ---------------------------------------------------------------- helpers
    def _call(self, title: str, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run one store change; show a refusal instead of raising. None means refused."""
        try:
            result = function(*args, **kwargs)
        except (StoreError, ValueError) as error:
            self._error(title, str(getattr(error, "message", None) or error))
            return None
        self.last_error = None
        return True if result is None else result

    def _error(self, title: str, message: str) -> None:
        self.last_error = message
        self.message.setText(message)
        self._notify(self, title, message)

    def _changed(self) -> None:
        self.refresh()
        self.labels_changed.emit()


def _hotkey_int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        key = int(value)
    except (TypeError, ValueError):
        return None
    return key if key in HOTKEYS else None


def _clear_hotkey(store: Any, name: str) -> None:
    """Remove a label's hotkey (``update_label`` treats an empty hotkey as "none")."""
    store.update_label(name, hotkey="")


def _contrast(color: QColor) -> QColor:
    """Black or white, whichever reads better on ``color``."""
    luminance = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return QColor("#000000") if luminance > 150 else QColor("#ffffff")
