"""The label set dialog: names, colours, hotkeys, order and presets.

Every change goes to the store at once as an undo command (:mod:`annotator.gui.commands`)
on the dialog's own undo stack (Undo / Redo buttons, Ctrl+Z). The actions are plain
methods so that tests and other code can drive the dialog without its modal helpers; the
questions it asks (colour, what to do with the spans of a deleted label, error messages)
are injectable callables.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.gui import plain_text
from annotator.gui.commands import (
    AddLabel,
    ApplyPreset,
    DeleteLabel,
    EditGuideline,
    EditLabel,
    MoveLabels,
    SetHotkey,
    StoreCommand,
    push,
)
from annotator.gui.dialogs.guideline_editor import GuidelineEditor
from annotator.gui.dialogs.labels_parts import (
    ColorPicker,
    DeleteChoice,
    DeleteDecider,
    NameDelegate,
    Notifier,
    ask_delete_choice,
    hotkey_combo,
    pick_color_with_dialog,
    show_error,
)
from annotator.gui.i18n import isolate
from annotator.gui.palette import contrast, hotkey_digits, next_free_hotkey
from annotator.gui.plain_text import plain_label
from annotator.gui.ui_language import interface_language
from annotator.store.presets import preset_names

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow
    from annotator.store import LabelInfo, Store

PRESETS: tuple[str, ...] = tuple(preset_names())
HOTKEYS: tuple[int, ...] = tuple(range(1, 10))
NAME_COLUMN, COLOR_COLUMN, HOTKEY_COLUMN = 0, 1, 2


def label_usage(store: Store) -> Counter[str]:
    """Number of spans per label name, over every layer (one grouped count query);
    suggestions count too, since deleting a label deletes them."""
    return Counter(store.label_counts(suggestions=True))


class LabelSetDialog(QDialog):
    """Edit the project's labels; each edit is written to the store immediately."""

    labels_changed = Signal()

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        decide: DeleteDecider | None = None,
        pick_color: ColorPicker | None = None,
        notify: Notifier | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._decide = decide
        self._pick_color = pick_color or pick_color_with_dialog
        self._notify = notify or show_error
        self.last_error: str | None = None
        self._refreshing = False
        self._pending_rename: tuple[str, str] | None = None
        self._rename_timer = QTimer(self)
        self._rename_timer.setSingleShot(True)
        self._rename_timer.setInterval(0)
        self._rename_timer.timeout.connect(self._rename_pending)
        # the window's stack keeps the label set's history between openings
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.setWindowTitle(self.tr("Labels"))
        self.resize(640, 640)
        self._build()
        self.refresh()

    # ----------------------------------------------------------------- layout
    def _build_table(self) -> None:
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Labels"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Colour"), self.tr("Hotkey")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self._names = NameDelegate(self.table)
        self.table.setItemDelegateForColumn(NAME_COLUMN, self._names)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.cellDoubleClicked.connect(self._on_cell_double_clicked)

    def _build(self) -> None:
        self._build_table()
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.color_button = QPushButton(self.tr("&Colour…"), self)
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
        self.preset_button = QPushButton(self.tr("Apply &preset"), self)
        self.preset_button.clicked.connect(
            lambda: self.apply_preset(self.preset_combo.currentText())
        )
        presets = QHBoxLayout()
        presets.addWidget(plain_label(self.tr("Preset:"), self))
        presets.addWidget(self.preset_combo)
        presets.addWidget(self.preset_button)
        presets.addStretch(1)

        self.message = plain_label(parent=self)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._guideline_editor())
        layout.addLayout(presets)
        layout.addWidget(self.message)
        layout.addWidget(self._close_undo_redo())

    def _close_undo_redo(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        action = QDialogButtonBox.ButtonRole.ActionRole
        self.undo_button = buttons.addButton(self.tr("&Undo"), action)
        self.redo_button = buttons.addButton(self.tr("&Redo"), action)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.redo_button.setEnabled(self.undo_stack.canRedo())
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.redo)
        return buttons

    # ---------------------------------------------------------------- display
    def label_names(self) -> list[str]:
        """Label names in the order the table shows them."""
        items = (self.table.item(row, NAME_COLUMN) for row in range(self.table.rowCount()))
        return [item.text() for item in items if item is not None]

    def refresh(self) -> None:
        """Rebuild the table from the store."""
        stored = self.store.labels()
        labels = sorted(stored, key=lambda info: (info.order, info.id))
        digits = hotkey_digits(stored)
        self._refreshing = True
        try:
            selected = self.selected_label()
            self.table.setRowCount(0)
            for row, info in enumerate(labels):
                self.table.insertRow(row)
                name_item = QTableWidgetItem(info.name)
                name_item.setData(Qt.ItemDataRole.UserRole, info.name)
                self.table.setItem(row, NAME_COLUMN, name_item)
                color_item = QTableWidgetItem(isolate(info.color) if info.color else "")
                color_item.setFlags(color_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if info.color:
                    color_item.setBackground(QColor(info.color))
                    color_item.setForeground(contrast(QColor(info.color)))
                self.table.setItem(row, COLOR_COLUMN, color_item)
                combo = self._hotkey_combo(info, digits.get(info.name))
                self.table.setCellWidget(row, HOTKEY_COLUMN, combo)
                if info.name == selected:
                    self.table.selectRow(row)
        finally:
            self._refreshing = False
        self._show_guideline(labels)

    def _hotkey_combo(self, info: LabelInfo, effective: int | None) -> QComboBox:
        """The label's hotkey (:func:`hotkey_combo`); choosing one sets it."""
        combo = hotkey_combo(self.table, info.name, _hotkey_int(info.hotkey), effective, HOTKEYS)
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
    def add_label(
        self, name: str, color: str | None = None, hotkey: int | None = None
    ) -> LabelInfo | None:
        """Add a label; returns its LabelInfo, or None when the store refused it.

        Without ``hotkey`` the label gets (and keeps) the digit the palette would give
        it, so that the dialog, the palette and the menus show the same key."""
        if hotkey is None:
            hotkey = next_free_hotkey(self.store.labels())
        key = None if hotkey is None else str(hotkey)
        made: list[AddLabel] = []

        def make() -> StoreCommand:
            made.append(AddLabel(self.store, name.strip(), color, key))
            return made[-1]

        if not self._run(self.tr("Add label"), make):
            return None
        info = made[-1].info
        if info is not None:
            self.select_label(info.name)
        return info

    def rename_label(self, name: str, new_name: str) -> bool:
        new_name = new_name.strip()
        if new_name == name:
            return True
        return self._run(
            self.tr("Rename label"), lambda: EditLabel(self.store, name, new_name=new_name)
        )

    def set_color(self, name: str, color: str) -> bool:
        """Set a label's colour (any form QColor accepts; stored as #rrggbb)."""
        qcolor = QColor(color)
        if not qcolor.isValid():
            self._error(self.tr("Label colour"), self.tr("{} is not a colour.").format(repr(color)))
            return False
        return self._run(
            self.tr("Label colour"), lambda: EditLabel(self.store, name, color=qcolor.name())
        )

    def set_hotkey(self, name: str, hotkey: int | None) -> bool:
        """Give ``name`` the hotkey 1-9 (or none). A label already holding that hotkey
        gives it up: hotkeys stay unique, and both changes are one transaction."""
        if hotkey is not None and hotkey not in HOTKEYS:
            wrong = self.tr("The hotkey must be a digit from 1 to 9, not {}.")
            self._error(self.tr("Hotkey"), wrong.format(repr(hotkey)))
            return False
        return self._run(self.tr("Hotkey"), lambda: SetHotkey(self.store, name, hotkey))

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
        ok = self._run(self.tr("Move label"), lambda: MoveLabels(self.store, names, name))
        self.select_label(name)
        return ok

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
                self.message.setText(self.tr("{} was not deleted.").format(isolate(name)))
                return False
            if choice.action == "relabel":
                if not choice.relabel_to or choice.relabel_to == name:
                    self._error(
                        self.tr("Delete label"), self.tr("Choose another label for the spans.")
                    )
                    return False
                relabel_to = choice.relabel_to
        made: list[DeleteLabel] = []

        def make() -> StoreCommand:
            made.append(DeleteLabel(self.store, name, relabel_to))
            return made[-1]

        if not self._run(self.tr("Delete label"), make):
            return False
        removed = made[-1].removed
        if relabel_to:
            text = self.tr("Deleted {name}; %n span(s) now labelled {label}.", "", removed)
            self.message.setText(text.format(name=isolate(name), label=isolate(relabel_to)))
        else:
            text = self.tr("Deleted {name} and %n span(s).", "", removed)
            self.message.setText(text.format(name=isolate(name)))
        return True

    def apply_preset(self, preset: str) -> bool:
        ok = self._run(self.tr("Preset"), lambda: ApplyPreset(self.store, preset))
        if ok:
            self.message.setText(self.tr("Applied the {} preset.").format(isolate(preset)))
        return ok

    # -- guidelines: the editor below the table ---------------------------------------
    def _guideline_editor(self) -> GuidelineEditor:
        self.guideline = GuidelineEditor(self)  # the selected label's guideline
        self.guideline.save_requested.connect(self.set_guideline)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        return self.guideline

    def set_guideline(self, name: str, changes: dict[str, Any]) -> bool:
        """Change ``name``'s guideline (``update_label`` arguments) as one undo step."""
        return self._run(self.tr("Guideline"), lambda: EditGuideline(self.store, name, **changes))

    def _show_guideline(self, labels: list[LabelInfo]) -> None:
        """Show the selected label's guideline; edits of the shown label are kept."""
        name, editor = self.selected_label(), self.guideline
        if not (editor.changed() and editor.label() == name):
            info = next((info for info in labels if info.name == name), None)
            editor.show_label(info, interface_language())

    def _selection_changed(self) -> None:
        """An edit is never lost: moving to another label saves it first."""
        if self._refreshing:
            return
        if self.guideline.changed() and self.guideline.label() != self.selected_label():
            self.guideline.save()  # set_guideline, which refreshes
        else:
            self._show_guideline(self.store.labels())

    def undo(self) -> None:
        self.undo_stack.undo()
        self._changed()

    def redo(self) -> None:
        self.undo_stack.redo()
        self._changed()

    # -------------------------------------------------------- widget handlers
    def _ask_delete(self, name: str, count: int, others: list[str]) -> DeleteChoice | None:
        return ask_delete_choice(self, name, count, others)

    def _on_add(self) -> None:
        name = plain_text.ask_text(self, self.tr("Add label"), self.tr("Name of the new label:"))
        if name is not None:
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
        old, new = item.data(Qt.ItemDataRole.UserRole), item.text()
        if old is None or new == old:
            return
        if self.table.state() == QAbstractItemView.State.EditingState:
            # committed from the cell editor: rebuilding the rows (or asking a question)
            # now would delete the editor while the view still commits and closes it
            self._pending_rename = (old, new)
            self._rename_timer.start()
        else:
            self.rename_label(old, new)

    def _rename_pending(self) -> None:
        pending, self._pending_rename = self._pending_rename, None
        if pending is not None:
            self.rename_label(*pending)

    def done(self, result: int) -> None:
        """Closing during or right after an edit of a name still stores it, before the
        window re-reads the labels."""
        editor = self._names.open_editor()
        if editor is not None and self.table.state() == QAbstractItemView.State.EditingState:
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self._rename_timer.stop()
        self._rename_pending()
        self.guideline.save()  # when there is an edit
        super().done(result)

    # ---------------------------------------------------------------- helpers
    def _run(self, title: str, make: Callable[[], StoreCommand]) -> bool:
        """Push one label change (an undo command); show a refusal instead of raising."""
        outcome = push(self, self.undo_stack, make)
        self._changed()
        if outcome.error is not None:
            self._error(title, outcome.error)
            return False
        self.last_error = None
        return True

    def _error(self, title: str, message: str) -> None:
        self.last_error = message
        self.message.setText(message)
        self._notify(self, title, message)

    def _changed(self) -> None:
        self.refresh()
        self.labels_changed.emit()


def _hotkey_int(value: object) -> int | None:
    if value is None or value == "":
        return None
    try:
        key = int(str(value))
    except (TypeError, ValueError):
        return None
    return key if key in HOTKEYS else None


def open_label_set(window: MainWindow) -> None:
    """Edit > Labels in the main window; the window re-reads the labels afterwards."""
    dialog = LabelSetDialog(window.store, window, undo_stack=window.label_history)
    dialog.exec()
    dialog.deleteLater()
    window.reload()
