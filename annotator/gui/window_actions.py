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
from annotator.gui.plain_text import menu_text, tooltip
from annotator.gui.startup import resolve
from annotator.gui.theme import apply_theme

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

Key = str | QKeySequence.StandardKey | Qt.Key
StandardKey = QKeySequence.StandardKey
DIALOGS = "annotator.gui.dialogs"
NOTES = "annotator.gui.notes"


@dataclass(frozen=True)
class Act:
    """One action: attribute name on ``window.actions_``, menu text, what it runs, its
    shortcuts and a one-line description (status tip, shortcut sheet, README). ``state``
    (a path like ``run``) makes it checkable: it gives the initial check state, and
    ``run`` is called with the new one."""

    name: str
    text: str
    run: str
    keys: tuple[Key, ...] = ()
    args: tuple[object, ...] = ()
    tip: str = ""
    state: str | None = None


SEPARATOR = "-"  # a separator line in a menu
UNDO, REDO, THEMES, DOCKS = "<undo>", "<redo>", "<themes>", "<docks>"  # built from the window
Entry = Act | str

# Declarative table (the one long definition here, and it is data, not logic).
MENUS: tuple[tuple[str, tuple[Entry, ...]], ...] = (
    ("&File", (
        Act("open_db", "&Open database…", f"{DIALOGS}.database:open_database",
            ("Ctrl+O",), tip="open another database file or server"),
        Act("new_db", "&New database…", f"{DIALOGS}.database:new_database", ("Ctrl+N",),
            tip="create a database file (the sample articles are offered)"),
        SEPARATOR,
        Act("import_", "&Import…", f"{DIALOGS}.import_dialog:open_import", ("Ctrl+I",),
            tip="import files, with a cancellable progress dialog"),
        Act("export", "&Export…", f"{DIALOGS}.export_dialog:open_export", ("Ctrl+E",),
            tip="export CoNLL, JSONL, JSON or Hugging Face JSON lines"),
        SEPARATOR,
        Act("quit", "&Quit", "close", ("Ctrl+Q",)),
    )),
    ("&Edit", (
        UNDO,
        REDO,
        SEPARATOR,
        Act("find", "&Find in article…", "show_search", ("Ctrl+F",),
            tip="ignores harakat and tatweel, unifies alef forms; \"Label all\" labels every "
            "hit as one undoable step"),
        Act("delete", "&Remove selected label", "delete_selected",
            (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)),
        Act("clear", "Clear selection and label", "escape", (Qt.Key.Key_Escape,),
            tip="the selection first; pressed again, the current label"),
        Act("span_note", "&Note on selected label…", f"{NOTES}:edit_span_note", ("Ctrl+M",)),
        Act("span_flag", "Flag selected label &uncertain", f"{NOTES}:toggle_span_flag",
            ("Ctrl+G",), tip="pressed again: unflag"),
        SEPARATOR,
        Act("labels", "&Labels…", f"{DIALOGS}.labels_dialog:open_label_set", ("Ctrl+L",),
            tip="the label set: name, colour, hotkey, order, presets"),
    )),
    ("&Document", (
        Act("done", "Mark &done and go to next", "mark_done", ("Ctrl+Return", "Ctrl+Enter"),
            tip="to the next unfinished document; Ctrl+Z right after takes you back"),
        Act("skip", "&Skip to next unfinished", "skip", ("Ctrl+Shift+Return",),
            tip="the status stays as it is"),
        Act("reopen", "&Reopen", "reopen", ("Ctrl+Shift+R",), tip="back to in progress"),
        Act("doc_note", "Document n&ote…", f"{NOTES}:edit_document_note", ("Ctrl+Shift+M",)),
        Act("doc_flag", "&Flag document uncertain", f"{NOTES}:toggle_document_flag",
            ("Ctrl+Shift+G",), tip="pressed again: unflag"),
        SEPARATOR,
        Act("next_doc", "&Next document", "step_document", ("Ctrl+PgDown",), (1,)),
        Act("prev_doc", "&Previous document", "step_document", ("Ctrl+PgUp",), (-1,)),
    )),
    ("&View", (
        Act("font", "&Font…", "annotator.gui.window_actions:choose_font"),
        Act("zoom_in", "Zoom &in", "article_view.zoom", ("Ctrl+=", "Ctrl++"), (1,)),
        Act("zoom_out", "Zoom &out", "article_view.zoom", ("Ctrl+-",), (-1,)),
        SEPARATOR,
        Act("suggestions", "&Suggestions", "assistant.set_enabled", state="assistant.enabled",
            tip="show the assistant's suggestions (remembered)"),
        SEPARATOR,
        THEMES,
        SEPARATOR,
        DOCKS,
    )),
    ("&Project", (
        Act("project", "&Settings…", f"{DIALOGS}.project_dialog:open_project_settings",
            tip="overlap policy (flat or nested) and the default tag scheme of exports"),
    )),
    ("&Review", (
        Act("agreement", "&Agreement…", "annotator.gui.agreement_view:open_agreement"),
        Act("adjudicate", "A&djudicate", "annotator.gui.adjudication:open_adjudication",
            ("Ctrl+Shift+A",), tip="adjudicate the current document into the gold layer"),
        Act("statistics", "&Statistics…", "annotator.gui.statistics_view:open_statistics"),
    )),
    ("&Assistant", (
        Act("accept_suggestion", "&Accept suggestion", "assistant.accept_current",
            tip="the suggestion at the cursor (Enter in the article, or click it)"),
        Act("reject_suggestion", "&Reject suggestion", "assistant.reject_current",
            tip="the suggestion at the cursor (Backspace or X in the article)"),
        Act("accept_all", "Accept all &confident suggestions", "assistant.accept_all",
            ("Ctrl+Shift+Y",), tip="every suggestion at or above the confidence threshold, "
            "as one undoable step"),
        Act("accept_threshold", "Confidence &threshold…", "assistant.ask_threshold",
            tip="the confidence Accept all takes (default 0.80)"),
        SEPARATOR,
        Act("next_uncertain", "Next most &uncertain document", "assistant.next_uncertain",
            ("Ctrl+U",), tip="the unfinished document whose least sure sentence is the "
            "least sure"),
        Act("train", "&Train now", "assistant.train_now",
            tip="retrain the assistant in the background (it also does after each done)"),
    )),
    ("&Help", (
        Act("shortcuts", "&Keyboard shortcuts", f"{DIALOGS}.shortcuts:open_shortcuts",
            ("F1", "Ctrl+/"), tip="this list, searchable"),
        Act("about", "&About", f"{DIALOGS}.about:open_about"),
    )),
)  # fmt: skip

# Window-wide shortcuts outside the menus: the label hotkeys 1-9 (their text names the
# label once the labels are known: name_hotkeys).
HOTKEYS: tuple[Act, ...] = tuple(
    Act(f"hotkey_{k}", f"Label {k}", "press_hotkey", (str(k),), (k,),
        tip="choose the label, or apply it to the selection or the selected span")
    for k in range(1, 10)
)  # fmt: skip
UNDO_KEYS: tuple[Key, ...] = ("Ctrl+Z",)
REDO_KEYS: tuple[Key, ...] = ("Ctrl+Shift+Z", "Ctrl+Y")


def _handler(window: MainWindow, act: Act, path: str | None = None) -> Callable[..., object]:
    path = path or act.run
    if ":" in path:
        return lambda *extra: resolve(path)(window, *act.args, *extra)
    target: object = window
    for part in path.split("."):
        target = getattr(target, part)
    method: Callable[..., object] = target  # type: ignore[assignment]
    return lambda *extra: method(*act.args, *extra)


def key_sequences(keys: Sequence[Key]) -> list[QKeySequence]:
    """The shortcuts an action gets for ``keys`` (a key the platform lacks is left out)."""
    return [seq for seq in (QKeySequence(key) for key in keys) if not seq.isEmpty()]


def _action(window: MainWindow, act: Act) -> QAction:
    action = QAction(act.text, window)
    action.setObjectName(f"action_{act.name}")
    if act.keys:
        action.setShortcuts(key_sequences(act.keys))
    if act.tip:
        action.setStatusTip(act.tip)
    run = _handler(window, act)
    if act.state is not None:
        action.setCheckable(True)
        action.setChecked(bool(_handler(window, act, act.state)()))
        action.triggered.connect(lambda checked=False: run(checked))
    else:
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
    a.undo.setShortcuts(key_sequences(UNDO_KEYS))
    a.redo = undo_group.createRedoAction(window, "&Redo")
    a.redo.setShortcuts(key_sequences(REDO_KEYS))
    bar = window.menuBar()
    for title, entries in MENUS:
        _fill(window, bar.addMenu(title), entries, a)
    a.hotkeys = [_action(window, act) for act in HOTKEYS]
    for action in a.hotkeys:
        window.addAction(action)
    palette = window.palette_widget

    def named() -> None:
        name_hotkeys(a.hotkeys, {lab.hotkey: lab.name for lab in palette.labels() if lab.hotkey})

    palette.labels_reset.connect(named)
    named()
    return a


def name_hotkeys(actions: Sequence[QAction], labels: dict[int, str]) -> None:
    """Name the label each hotkey action applies (``labels``: hotkey -> label name)."""
    for key, action in enumerate(actions, start=1):
        name = labels.get(key)
        action.setText(f"Label {key}: {menu_text(name)}" if name else f"Label {key}")
        # (an action's tooltip is its text unless set, and a tooltip may be read as markup)
        action.setToolTip(tooltip(f"Label {key}: {name}") if name else f"Label {key}")


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
