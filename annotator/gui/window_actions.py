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

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QApplication, QMenu
from shiboken6 import isValid

from annotator.gui import i18n
from annotator.gui import settings as cfg
from annotator.gui.command_base import follow_renames
from annotator.gui.i18n import QT_TRANSLATE_NOOP
from annotator.gui.menus import Menu
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
    shortcuts and a one-line description (status tip, shortcut sheet, README). Texts
    and tips are English source texts of the ``"Menus"`` translation context
    (:func:`menu_tr` gives them in the interface language). ``state``
    (a path like ``run``) makes it checkable: it gives the initial check state, and
    ``run`` is called with the new one. ``in_view``: its keys are the article view's
    own (Enter, Tab): they trigger it only while the view has the focus (and while it is
    enabled: :mod:`annotator.gui.suggestion_actions`), else the keys do what they did."""

    name: str
    text: str
    run: str
    keys: tuple[Key, ...] = ()
    args: tuple[object, ...] = ()
    tip: str = ""
    state: str | None = None
    in_view: bool = False


SEPARATOR = "-"  # a separator line in a menu
# built from the window:
UNDO, REDO, THEMES, LANGUAGES, DOCKS = "<undo>", "<redo>", "<themes>", "<languages>", "<docks>"
Entry = Act | str

# Declarative table (the one long definition here, and it is data, not logic).
MENUS: tuple[tuple[str, tuple[Entry, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Menus", "&File"), (
        Act("open_db", QT_TRANSLATE_NOOP("Menus", "&Open database…"),
            f"{DIALOGS}.database:open_database", ("Ctrl+O",),
            tip=QT_TRANSLATE_NOOP("Menus", "open another database file")),
        Act("open_server", QT_TRANSLATE_NOOP("Menus", "Open &server…"),
            f"{DIALOGS}.database:open_server", ("Ctrl+Shift+O",),
            tip=QT_TRANSLATE_NOOP("Menus", "open a shared PostgreSQL database by its URL")),
        Act("new_db", QT_TRANSLATE_NOOP("Menus", "&New database…"),
            f"{DIALOGS}.database:new_database", ("Ctrl+N",),
            tip=QT_TRANSLATE_NOOP(
                "Menus", "create a database file (the sample articles are offered)")),
        SEPARATOR,
        Act("import_", QT_TRANSLATE_NOOP("Menus", "&Import…"),
            f"{DIALOGS}.import_dialog:open_import", ("Ctrl+I",),
            tip=QT_TRANSLATE_NOOP("Menus", "import files, with a cancellable progress dialog")),
        Act("export", QT_TRANSLATE_NOOP("Menus", "&Export…"),
            f"{DIALOGS}.export_dialog:open_export", ("Ctrl+E",),
            tip=QT_TRANSLATE_NOOP(
                "Menus", "export CoNLL, JSONL, JSON or Hugging Face JSON lines")),
        SEPARATOR,
        Act("quit", QT_TRANSLATE_NOOP("Menus", "&Quit"), "close", ("Ctrl+Q",)),
    )),
    (QT_TRANSLATE_NOOP("Menus", "&Edit"), (
        UNDO,
        REDO,
        SEPARATOR,
        Act("find", QT_TRANSLATE_NOOP("Menus", "&Find in article…"), "show_search",
            ("Ctrl+F",), tip=QT_TRANSLATE_NOOP(
                "Menus", "ignores harakat and tatweel, unifies alef forms; \"Label all\" "
                "labels every hit as one undoable step")),
        Act("delete", QT_TRANSLATE_NOOP("Menus", "&Remove selected label"), "delete_selected",
            (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)),
        Act("clear", QT_TRANSLATE_NOOP("Menus", "Clear selection and label"), "escape",
            (Qt.Key.Key_Escape,), tip=QT_TRANSLATE_NOOP(
                "Menus", "the selection first; pressed again, the current label")),
        Act("span_note", QT_TRANSLATE_NOOP("Menus", "&Note on selected label…"),
            f"{NOTES}:edit_span_note", ("Ctrl+M",)),
        Act("span_flag", QT_TRANSLATE_NOOP("Menus", "Flag selected label &uncertain"),
            f"{NOTES}:toggle_span_flag", ("Ctrl+G",),
            tip=QT_TRANSLATE_NOOP("Menus", "pressed again: unflag")),
        SEPARATOR,
        Act("labels", QT_TRANSLATE_NOOP("Menus", "&Labels…"),
            f"{DIALOGS}.labels_dialog:open_label_set", ("Ctrl+L",), tip=QT_TRANSLATE_NOOP(
                "Menus", "the label set: name, colour, hotkey, order, presets")),
    )),
    (QT_TRANSLATE_NOOP("Menus", "&Document"), (
        Act("done", QT_TRANSLATE_NOOP("Menus", "Mark &done and go to next"), "mark_done",
            ("Ctrl+Return", "Ctrl+Enter"), tip=QT_TRANSLATE_NOOP(
                "Menus", "to the next unfinished document; Ctrl+Z right after takes you back")),
        Act("skip", QT_TRANSLATE_NOOP("Menus", "&Skip to next unfinished"), "skip",
            ("Ctrl+Shift+Return",), tip=QT_TRANSLATE_NOOP("Menus", "the status stays as it is")),
        Act("reopen", QT_TRANSLATE_NOOP("Menus", "&Reopen"), "reopen", ("Ctrl+Shift+R",),
            tip=QT_TRANSLATE_NOOP("Menus", "back to in progress")),
        Act("doc_note", QT_TRANSLATE_NOOP("Menus", "Document n&ote…"),
            f"{NOTES}:edit_document_note", ("Ctrl+Shift+M",)),
        Act("doc_flag", QT_TRANSLATE_NOOP("Menus", "&Flag document uncertain"),
            f"{NOTES}:toggle_document_flag", ("Ctrl+Shift+G",),
            tip=QT_TRANSLATE_NOOP("Menus", "pressed again: unflag")),
        SEPARATOR,
        Act("next_doc", QT_TRANSLATE_NOOP("Menus", "&Next document"), "step_document",
            ("Ctrl+PgDown",), (1,)),
        Act("prev_doc", QT_TRANSLATE_NOOP("Menus", "&Previous document"), "step_document",
            ("Ctrl+PgUp",), (-1,)),
    )),
    (QT_TRANSLATE_NOOP("Menus", "&View"), (
        Act("font", QT_TRANSLATE_NOOP("Menus", "&Font…"),
            "annotator.gui.window_actions:choose_font"),
        Act("zoom_in", QT_TRANSLATE_NOOP("Menus", "Zoom &in"), "article_view.zoom",
            ("Ctrl+=", "Ctrl++"), (1,)),
        Act("zoom_out", QT_TRANSLATE_NOOP("Menus", "Zoom &out"), "article_view.zoom",
            ("Ctrl+-",), (-1,)),
        SEPARATOR,
        Act("suggestions", QT_TRANSLATE_NOOP("Menus", "&Suggestions"), "assistant.set_enabled",
            state="assistant.enabled",
            tip=QT_TRANSLATE_NOOP("Menus", "show the assistant's suggestions (remembered)")),
        SEPARATOR,
        THEMES,
        LANGUAGES,
        SEPARATOR,
        DOCKS,
    )),
    (QT_TRANSLATE_NOOP("Menus", "&Project"), (
        Act("project", QT_TRANSLATE_NOOP("Menus", "&Settings…"),
            f"{DIALOGS}.project_dialog:open_project_settings", tip=QT_TRANSLATE_NOOP(
                "Menus", "overlap policy (flat or nested) and the default tag scheme of exports")),
    )),
    (QT_TRANSLATE_NOOP("Menus", "&Review"), (
        Act("agreement", QT_TRANSLATE_NOOP("Menus", "&Agreement…"),
            "annotator.gui.agreement_view:open_agreement"),
        Act("adjudicate", QT_TRANSLATE_NOOP("Menus", "A&djudicate"),
            "annotator.gui.adjudication:open_adjudication", ("Ctrl+Shift+A",),
            tip=QT_TRANSLATE_NOOP("Menus", "adjudicate the current document into the gold layer")),
        Act("statistics", QT_TRANSLATE_NOOP("Menus", "&Statistics…"),
            "annotator.gui.statistics_view:open_statistics"),
    )),
    (QT_TRANSLATE_NOOP("Menus", "&Assistant"), (
        Act("accept_suggestion", QT_TRANSLATE_NOOP("Menus", "&Accept suggestion"),
            "assistant.accept_current", ("Return", "Enter"), tip=QT_TRANSLATE_NOOP(
                "Menus", "the suggestion at the cursor (or click it)"), in_view=True),
        Act("reject_suggestion", QT_TRANSLATE_NOOP("Menus", "&Reject suggestion"),
            "assistant.reject_current", ("X",), tip=QT_TRANSLATE_NOOP(
                "Menus", "the suggestion at the cursor (Backspace and Delete reject it too "
                "when no label is selected)"), in_view=True),
        Act("next_suggestion", QT_TRANSLATE_NOOP("Menus", "&Next suggestion"),
            "assistant.overlay.jump", ("Tab",), (1,), tip=QT_TRANSLATE_NOOP(
                "Menus", "the cursor to the next label or suggestion"), in_view=True),
        Act("previous_suggestion", QT_TRANSLATE_NOOP("Menus", "&Previous suggestion"),
            "assistant.overlay.jump", ("Shift+Tab",), (-1,), tip=QT_TRANSLATE_NOOP(
                "Menus", "the cursor to the previous label or suggestion"), in_view=True),
        Act("accept_all", QT_TRANSLATE_NOOP("Menus", "Accept all &confident suggestions"),
            "assistant.accept_all", ("Ctrl+Shift+Y",), tip=QT_TRANSLATE_NOOP(
                "Menus", "every suggestion at or above the confidence threshold, as one "
                "undoable step")),
        Act("accept_threshold", QT_TRANSLATE_NOOP("Menus", "Confidence &threshold…"),
            "assistant.ask_threshold", tip=QT_TRANSLATE_NOOP(
                "Menus", "the confidence Accept all takes (default 0.80)")),
        SEPARATOR,
        Act("next_uncertain", QT_TRANSLATE_NOOP("Menus", "Next most &uncertain document"),
            "assistant.next_uncertain", ("Ctrl+U",), tip=QT_TRANSLATE_NOOP(
                "Menus", "the unfinished document whose least sure sentence is the least sure")),
        Act("train", QT_TRANSLATE_NOOP("Menus", "&Train now"), "assistant.train_now",
            tip=QT_TRANSLATE_NOOP(
                "Menus", "retrain the assistant in the background (it also does after each done)")),
        Act("cancel_training", QT_TRANSLATE_NOOP("Menus", "&Cancel training"),
            "assistant.cancel_training", tip=QT_TRANSLATE_NOOP(
                "Menus", "stop the training before it saves: the assistant keeps its model")),
    )),
    (QT_TRANSLATE_NOOP("Menus", "&Help"), (
        Act("shortcuts", QT_TRANSLATE_NOOP("Menus", "&Keyboard shortcuts"),
            f"{DIALOGS}.shortcuts:open_shortcuts", ("F1", "Ctrl+/"),
            tip=QT_TRANSLATE_NOOP("Menus", "this list, searchable")),
        Act("about", QT_TRANSLATE_NOOP("Menus", "&About"), f"{DIALOGS}.about:open_about"),
    )),
)  # fmt: skip

# Window-wide shortcuts outside the menus: the label hotkeys 1-9 (their text names the
# label once the labels are known: name_hotkeys).
HOTKEYS: tuple[Act, ...] = tuple(
    Act(f"hotkey_{k}", f"Label {k}", "press_hotkey", (str(k),), (k,),
        tip=QT_TRANSLATE_NOOP(
            "Menus", "choose the label, or apply it to the selection or the selected span"))
    for k in range(1, 10)
)  # fmt: skip
UNDO_KEYS: tuple[Key, ...] = ("Ctrl+Z",)
REDO_KEYS: tuple[Key, ...] = ("Ctrl+Shift+Z", "Ctrl+Y")


THEME_TITLE = QT_TRANSLATE_NOOP("Menus", "&Theme")
LANGUAGE_TITLE = QT_TRANSLATE_NOOP("Menus", "&Language")
UNDO_TEXT = QT_TRANSLATE_NOOP("Menus", "&Undo")  # the prefix of the undo action's text
REDO_TEXT = QT_TRANSLATE_NOOP("Menus", "&Redo")
HOTKEY_TEXT = QT_TRANSLATE_NOOP("Menus", "Label {key}")
NAMED_HOTKEY_TEXT = QT_TRANSLATE_NOOP("Menus", "Label {key}: {name}")
THEME_NAMES = {
    "dark": QT_TRANSLATE_NOOP("Menus", "Dark"),
    "light": QT_TRANSLATE_NOOP("Menus", "Light"),
    "system": QT_TRANSLATE_NOOP("Menus", "System"),
}
# Each language is named in its own language; "system" in the interface language.
LANGUAGE_NAMES = {
    "ar": "العربية",
    "en": "English",
    "system": QT_TRANSLATE_NOOP("Menus", "Follow the system"),
}


def menu_tr(text: str) -> str:
    """``text`` (a source text of the action table) in the interface language."""
    return QCoreApplication.translate("Menus", text) if text else ""


def _handler(window: MainWindow, act: Act, path: str | None = None) -> Callable[..., object]:
    path = path or act.run
    if ":" in path:
        return _giving_focus_back(window, lambda *extra: resolve(path)(window, *act.args, *extra))
    target: object = window
    for part in path.split("."):
        target = getattr(target, part)
    method: Callable[..., object] = target  # type: ignore[assignment]
    return lambda *extra: method(*act.args, *extra)


def _giving_focus_back(window: MainWindow, run: Callable[..., object]) -> Callable[..., object]:
    """``run`` (which may show a modal dialog) and then, if no window is active (a closed
    dialog hands the activation back only through a window manager), the window active
    again with the focus where it was: else its shortcuts would silently stop working."""

    def call(*extra: object) -> object:
        focus = QApplication.focusWidget()
        before = focus if focus is not None and focus.window() is window else None
        try:
            return run(*extra)
        finally:
            active = QApplication.activeWindow()
            if window.isVisible() and (active is None or not active.isVisible()):
                window.activateWindow()
                # the run may have deleted the widget (a database switch rebuilds parts)
                if before is not None and isValid(before) and before.isVisible():
                    before.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    return call


def key_sequences(keys: Sequence[Key]) -> list[QKeySequence]:
    """The shortcuts an action gets for ``keys`` (a key the platform lacks is left out)."""
    return [seq for seq in (QKeySequence(key) for key in keys) if not seq.isEmpty()]


def _action(window: MainWindow, act: Act) -> QAction:
    action = QAction(menu_tr(act.text), window)
    action.setObjectName(f"action_{act.name}")
    if act.keys:
        action.setShortcuts(key_sequences(act.keys))
    if act.in_view:
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        window.article_view.addAction(action)
    if act.tip:
        action.setStatusTip(menu_tr(act.tip))
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
            a.theme_menu = menu.addMenu(menu_tr(THEME_TITLE))
            a.themes = _theme_menu(window, a.theme_menu)
        elif entry == LANGUAGES:
            a.language_menu = menu.addMenu(menu_tr(LANGUAGE_TITLE))
            a.languages = _language_menu(window, a.language_menu)
        elif entry == DOCKS:
            docks = (window.documents_dock, window.palette_dock, window.entities_dock)
            for dock in (*docks, window.guidelines_dock):
                menu.addAction(dock.toggleViewAction())


def build_actions(window: MainWindow, undo_group: QUndoGroup) -> SimpleNamespace:
    """Create the menus and shortcuts of ``window``; the actions by name (``.undo``,
    ``.themes["dark"]``, ``.hotkeys``, ...)."""
    a = SimpleNamespace(undo_group=undo_group, menus=[])
    a.undo = undo_group.createUndoAction(window, menu_tr(UNDO_TEXT))
    a.undo.setShortcuts(key_sequences(UNDO_KEYS))
    a.redo = undo_group.createRedoAction(window, menu_tr(REDO_TEXT))
    a.redo.setShortcuts(key_sequences(REDO_KEYS))
    bar = window.menuBar()
    for title, entries in MENUS:
        a.menus.append(Menu(menu_tr(title), bar))  # shortcuts read left to right in Arabic
        bar.addMenu(a.menus[-1])
        _fill(window, a.menus[-1], entries, a)
    a.hotkeys = [_action(window, act) for act in HOTKEYS]
    for action in a.hotkeys:
        window.addAction(action)
    palette = window.palette_widget

    def named() -> None:
        name_hotkeys(a.hotkeys, {lab.hotkey: lab.name for lab in palette.labels() if lab.hotkey})

    palette.labels_reset.connect(named)
    named()
    # Edit > Undo's texts name a renamed label by its new name (here or by another member)
    # (every document's stack: the group holds only the ones it was given)
    stacks = lambda: {*window.findChildren(QUndoStack), undo_group.activeStack()} - {None}  # noqa: E731
    palette.labels_reset.connect(lambda: follow_renames(window.store, stacks()))
    a.name_hotkeys = named
    return a


def retranslate_actions(window: MainWindow) -> None:
    """The interface language changed: every menu and action of the table again."""
    a = window.actions_
    for (title, entries), menu in zip(MENUS, a.menus, strict=True):
        menu.setTitle(menu_tr(title))
        for act in (entry for entry in entries if isinstance(entry, Act)):
            _retext(getattr(a, act.name), act)
    for act, action in zip(HOTKEYS, a.hotkeys, strict=True):
        _retext(action, act)
    a.name_hotkeys()
    a.theme_menu.setTitle(menu_tr(THEME_TITLE))
    for name, action in a.themes.items():
        action.setText(menu_tr(THEME_NAMES[name]))
    a.language_menu.setTitle(menu_tr(LANGUAGE_TITLE))
    a.languages["system"].setText(menu_tr(LANGUAGE_NAMES["system"]))
    # an undo action's prefix is given when it is made: new ones in the same places
    a.undo = _renewed(window, a.undo, a.undo_group.createUndoAction(window, menu_tr(UNDO_TEXT)))
    a.redo = _renewed(window, a.redo, a.undo_group.createRedoAction(window, menu_tr(REDO_TEXT)))
    a.undo.setShortcuts(key_sequences(UNDO_KEYS))
    a.redo.setShortcuts(key_sequences(REDO_KEYS))


def _retext(action: QAction, act: Act) -> None:
    action.setText(menu_tr(act.text))
    if act.tip:
        action.setStatusTip(menu_tr(act.tip))


def _renewed(window: MainWindow, old: QAction, new: QAction) -> QAction:
    for menu in [o for o in old.associatedObjects() if isinstance(o, QMenu)]:
        menu.insertAction(old, new)
        menu.removeAction(old)
    old.setParent(None)
    old.deleteLater()
    return new


def name_hotkeys(actions: Sequence[QAction], labels: dict[int, str]) -> None:
    """Name the label each hotkey action applies (``labels``: hotkey -> label name)."""
    for key, action in enumerate(actions, start=1):
        name = labels.get(key)
        bare = menu_tr(HOTKEY_TEXT).format(key=key)
        named = menu_tr(NAMED_HOTKEY_TEXT)
        # the name keeps its own direction inside an Arabic text
        action.setText(named.format(key=key, name=i18n.isolate(menu_text(name))) if name else bare)
        # (an action's tooltip is its text unless set, and a tooltip may be read as markup)
        action.setToolTip(tooltip(named.format(key=key, name=i18n.isolate(name))) if name else bare)


def _theme_menu(window: MainWindow, menu: QMenu) -> dict[str, QAction]:
    group = QActionGroup(window)
    actions: dict[str, QAction] = {}
    for name in cfg.THEMES:
        action = QAction(menu_tr(THEME_NAMES[name]), window, checkable=True)
        action.setChecked(name == cfg.theme_name())
        action.triggered.connect(lambda _c=False, n=name: set_theme(window, n))
        group.addAction(action)
        menu.addAction(action)
        actions[name] = action
    return actions


def _language_menu(window: MainWindow, menu: QMenu) -> dict[str, QAction]:
    group = QActionGroup(window)
    actions: dict[str, QAction] = {}
    for choice in ("ar", "en", "system"):
        text = LANGUAGE_NAMES[choice]
        action = QAction(menu_tr(text) if choice == "system" else text, window, checkable=True)
        action.setObjectName(f"action_language_{choice}")
        action.setChecked(choice == i18n.chosen())
        action.triggered.connect(lambda _c=False, c=choice: set_language(window, c))
        group.addAction(action)
        menu.addAction(action)
        actions[choice] = action
    return actions


def set_language(window: MainWindow, choice: str) -> None:
    """Speak ``choice`` now (the open window changes its texts and mirrors its layout)
    and from now on."""
    i18n.remember(choice)
    window.actions_.languages[choice].setChecked(True)
    i18n.apply(choice)


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

    ok, font = QFontDialog.getFont(
        window.article_view.view_font(), window, QCoreApplication.translate("Menus", "Article font")
    )
    if ok:
        window.article_view.set_view_font(font.family(), font.pointSizeF())
        window.save_settings()
