"""The main window's menus and shortcuts, declared in one table (:data:`MENUS`).

Each entry names what it runs as text: ``"path"`` is a method of the window (dotted for
one of its parts, ``"article_view.zoom"``) called with ``args``; ``"package.module:function"``
is a function called with the window, whose module is imported when the action is first
triggered (see :mod:`annotator.gui.startup`). Dialog openers live beside their dialogs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import SimpleNamespace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMenu

from annotator.gui import settings as cfg
from annotator.gui.startup import resolve
from annotator.gui.theme import apply_theme

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

Key = str | QKeySequence.StandardKey | Qt.Key
StandardKey = QKeySequence.StandardKey
DIALOGS = "annotator.gui.dialogs"


@dataclass(frozen=True)
class Act:
    """One action: attribute name on ``window.actions_``, menu text, what it runs."""

    name: str
    text: str
    run: str
    keys: tuple[Key, ...] = ()
    args: tuple[object, ...] = ()


SEPARATOR = "-"  # a separator line in a menu
UNDO, REDO, THEMES, DOCKS = "<undo>", "<redo>", "<themes>", "<docks>"  # built from the window
Entry = Act | str

# Declarative table (the one long definition here, and it is data, not logic).
MENUS: tuple[tuple[str, tuple[Entry, ...]], ...] = (
    ("&File", (
        Act("open_db", "&Open database…", f"{DIALOGS}.database:open_database",
            (StandardKey.Open,)),
        Act("new_db", "&New database…", f"{DIALOGS}.database:new_database", (StandardKey.New,)),
        SEPARATOR,
        Act("import_", "&Import…", f"{DIALOGS}.import_dialog:open_import", ("Ctrl+I",)),
        Act("export", "&Export…", f"{DIALOGS}.export_dialog:open_export", ("Ctrl+E",)),
        SEPARATOR,
        Act("quit", "&Quit", "close", (StandardKey.Quit,)),
    )),
    ("&Edit", (
        UNDO,
        REDO,
        SEPARATOR,
        Act("find", "&Find in article…", "show_search", (StandardKey.Find,)),
        Act("delete", "&Remove selected label", "delete_selected",
            (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)),
        Act("clear", "Clear selection and label", "escape", (Qt.Key.Key_Escape,)),
        SEPARATOR,
        Act("labels", "&Labels…", f"{DIALOGS}.labels_dialog:open_label_set", ("Ctrl+L",)),
    )),
    ("&Document", (
        Act("done", "Mark &done and go to next", "mark_done", ("Ctrl+Return", "Ctrl+Enter")),
        Act("skip", "&Skip to next unfinished", "skip", ("Ctrl+Shift+Return",)),
        Act("reopen", "&Reopen", "reopen", ("Ctrl+Shift+R",)),
        SEPARATOR,
        Act("next_doc", "&Next document", "step_document", ("Ctrl+PgDown",), (1,)),
        Act("prev_doc", "&Previous document", "step_document", ("Ctrl+PgUp",), (-1,)),
    )),
    ("&View", (
        Act("font", "&Font…", "annotator.gui.window_actions:choose_font"),
        Act("zoom_in", "Zoom &in", "article_view.zoom", ("Ctrl+=", "Ctrl++"), (1,)),
        Act("zoom_out", "Zoom &out", "article_view.zoom", ("Ctrl+-",), (-1,)),
        SEPARATOR,
        THEMES,
        SEPARATOR,
        DOCKS,
    )),
    ("&Review", (
        Act("agreement", "&Agreement…", "annotator.gui.agreement_view:open_agreement"),
        Act("adjudicate", "A&djudicate", "annotator.gui.adjudication:open_adjudication",
            ("Ctrl+Shift+A",)),
        Act("statistics", "&Statistics…", "annotator.gui.statistics_view:open_statistics"),
    )),
    ("&Help", (
        Act("about", "&About", f"{DIALOGS}.about:open_about"),
    )),
)  # fmt: skip

# Window-wide shortcuts outside the menus: the label hotkeys 1-9.
HOTKEYS: tuple[Act, ...] = tuple(
    Act(f"hotkey_{k}", f"Label {k}", "press_hotkey", (str(k),), (k,)) for k in range(1, 10)
)


def _handler(window: MainWindow, act: Act) -> Callable[[], object]:
    if ":" in act.run:
        return lambda: resolve(act.run)(window, *act.args)
    target: object = window
    for part in act.run.split("."):
        target = getattr(target, part)
    method: Callable[..., object] = target  # type: ignore[assignment]
    return lambda: method(*act.args)


def _action(window: MainWindow, act: Act) -> QAction:
    action = QAction(act.text, window)
    if act.keys:
        action.setShortcuts([QKeySequence(key) for key in act.keys])
    run = _handler(window, act)
    action.triggered.connect(lambda _checked=False: run())
    return action


def _fill(window: MainWindow, menu: QMenu, entries: Sequence[Entry], a: SimpleNamespace) -> None:
    for entry in entries:
        if isinstance(entry, Act):
            action = _action(window, entry)
            setattr(a, entry.name, action)
            menu.addAction(action)
        elif entry == SEPARATOR:
            menu.addSeparator()
        elif entry in (UNDO, REDO):
            menu.addAction(a.undo if entry == UNDO else a.redo)
        elif entry == THEMES:
            a.themes = _theme_menu(window, menu.addMenu("&Theme"))
        elif entry == DOCKS:
            docks = (window.documents_dock, window.palette_dock, window.entities_dock)
            for dock in (*docks, window.guidelines_dock):
                menu.addAction(dock.toggleViewAction())


def build_actions(window: MainWindow, undo_group: QUndoGroup) -> SimpleNamespace:
    """Create the menus and shortcuts of ``window``; the actions by name (``.undo``,
    ``.themes["dark"]``, ``.hotkeys``, ...)."""
    a = SimpleNamespace()
    a.undo = undo_group.createUndoAction(window, "&Undo")
    a.undo.setShortcuts([QKeySequence("Ctrl+Z")])
    a.redo = undo_group.createRedoAction(window, "&Redo")
    a.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    bar = window.menuBar()
    for title, entries in MENUS:
        _fill(window, bar.addMenu(title), entries, a)
    a.hotkeys = [_action(window, act) for act in HOTKEYS]
    for action in a.hotkeys:
        window.addAction(action)
    return a


def _theme_menu(window: MainWindow, menu: QMenu) -> dict[str, QAction]:
    group = QActionGroup(window)
    actions: dict[str, QAction] = {}
    for name in cfg.THEMES:
        action = QAction(name.capitalize(), window, checkable=True)
        action.setChecked(name == cfg.theme_name())
        action.triggered.connect(lambda _c=False, n=name: set_theme(window, n))
        group.addAction(action)
        menu.addAction(action)
        actions[name] = action
    return actions


def set_theme(window: MainWindow, name: str) -> None:
    """Apply and remember a theme ("dark", "light" or "system")."""
    apply_theme(name)
    cfg.set_value("view/theme", name)
    action = window.actions_.themes.get(name)
    if action is not None:
        action.setChecked(True)
    window.article_view.viewport().update()


def choose_font(window: MainWindow) -> None:
    from PySide6.QtWidgets import QFontDialog

    ok, font = QFontDialog.getFont(window.article_view.view_font(), window, "Article font")
    if ok:
        window.article_view.set_view_font(font.family(), font.pointSizeF())
        window.save_settings()
