"""Menus, shortcuts and the File/View/Help actions of the main window."""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from annotator.gui import settings as cfg
from annotator.gui.theme import apply_theme

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow


def _action(window, menu, text: str, slot, shortcut=None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.triggered.connect(lambda _checked=False: slot())
    if menu is not None:
        menu.addAction(action)
    else:
        window.addAction(action)
    return action


def build_actions(window: MainWindow) -> SimpleNamespace:
    bar = window.menuBar()
    a = SimpleNamespace()

    file_menu = bar.addMenu("&File")
    a.open_db = _action(
        window,
        file_menu,
        "&Open database…",
        lambda: open_database_dialog(window),
        QKeySequence.StandardKey.Open,
    )
    a.new_db = _action(
        window,
        file_menu,
        "&New database…",
        lambda: new_database_dialog(window),
        QKeySequence.StandardKey.New,
    )
    file_menu.addSeparator()
    a.import_ = _action(window, file_menu, "&Import…", lambda: import_dialog(window), "Ctrl+I")
    a.export = _action(window, file_menu, "&Export…", lambda: export_dialog(window), "Ctrl+E")
    file_menu.addSeparator()
    a.quit = _action(window, file_menu, "&Quit", window.close, QKeySequence.StandardKey.Quit)

    edit = bar.addMenu("&Edit")
    a.undo = window._undo_group.createUndoAction(window, "&Undo")
    a.undo.setShortcuts([QKeySequence("Ctrl+Z")])
    a.redo = window._undo_group.createRedoAction(window, "&Redo")
    a.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit.addAction(a.undo)
    edit.addAction(a.redo)
    edit.addSeparator()
    a.find = _action(
        window, edit, "&Find in article…", window.show_search, QKeySequence.StandardKey.Find
    )
    a.delete = _action(
        window,
        edit,
        "&Remove selected label",
        window.delete_selected,
        [Qt.Key.Key_Delete, Qt.Key.Key_Backspace],
    )
    a.clear = _action(window, edit, "Clear selection and label", window.escape, Qt.Key.Key_Escape)
    edit.addSeparator()
    a.labels = _action(window, edit, "&Labels…", lambda: labels_dialog(window), "Ctrl+L")
    a.hotkeys = [
        _action(window, None, f"Label {k}", lambda k=k: window.press_hotkey(k), f"{k}")
        for k in range(1, 10)
    ]

    docs = bar.addMenu("&Document")
    a.done = _action(
        window, docs, "Mark &done and go to next", window.mark_done, ["Ctrl+Return", "Ctrl+Enter"]
    )
    a.skip = _action(window, docs, "&Skip to next unfinished", window.skip, "Ctrl+Shift+Return")
    a.reopen = _action(window, docs, "&Reopen", window.reopen, "Ctrl+Shift+R")
    docs.addSeparator()
    a.next_doc = _action(
        window, docs, "&Next document", lambda: window.step_document(1), "Ctrl+PgDown"
    )
    a.prev_doc = _action(
        window, docs, "&Previous document", lambda: window.step_document(-1), "Ctrl+PgUp"
    )

    view = bar.addMenu("&View")
    a.font = _action(window, view, "&Font…", lambda: choose_font(window))
    a.zoom_in = _action(
        window, view, "Zoom &in", lambda: window.article_view.zoom(1), ["Ctrl+=", "Ctrl++"]
    )
    a.zoom_out = _action(window, view, "Zoom &out", lambda: window.article_view.zoom(-1), "Ctrl+-")
    view.addSeparator()
    theme_menu = view.addMenu("&Theme")
    group = QActionGroup(window)
    a.themes = {}
    for name in cfg.THEMES:
        action = QAction(name.capitalize(), window, checkable=True)
        action.setChecked(name == cfg.theme_name())
        action.triggered.connect(lambda _c=False, n=name: set_theme(window, n))
        group.addAction(action)
        theme_menu.addAction(action)
        a.themes[name] = action
    view.addSeparator()
    for dock in (window.documents_dock, window.palette_dock, window.entities_dock):
        view.addAction(dock.toggleViewAction())

    review = bar.addMenu("&Review")
    a.agreement = _action(window, review, "&Agreement…", lambda: agreement_view(window))
    a.adjudicate = _action(
        window, review, "A&djudicate", lambda: adjudication_view(window), "Ctrl+Shift+A"
    )

    help_menu = bar.addMenu("&Help")
    a.about = _action(window, help_menu, "&About", lambda: about_dialog(window))
    return a


def set_theme(window: MainWindow, name: str) -> None:
    """Apply and remember a theme ("dark", "light" or "system")."""
    apply_theme(name)
    cfg.set_value("view/theme", name)
    action = window.actions_.themes.get(name)
    if action is not None:
        action.setChecked(True)
    window.article_view.viewport().update()


# Dialog classes are imported in the handlers: each costs its PySide type set-up at start.


def choose_font(window: MainWindow) -> None:
    from PySide6.QtWidgets import QFontDialog

    ok, font = QFontDialog.getFont(window.article_view.view_font(), window, "Article font")
    if ok:
        window.article_view.set_view_font(font.family(), font.pointSizeF())
        window.save_settings()


def open_database_dialog(window: MainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(
        window, "Open database", "", "Annotation databases (*.db *.sqlite);;All files (*)"
    )
    if path:
        switch_database(window, path, create=False)


def new_database_dialog(window: MainWindow) -> None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(
        window, "New database", "annotations.db", "Annotation databases (*.db)"
    )
    if path:
        switch_database(window, path, create=True)


def switch_database(window: MainWindow, target: str, *, create: bool) -> bool:
    """Open another database in this window (its undo history starts afresh)."""
    from PySide6.QtWidgets import QMessageBox

    from annotator.gui.app import offer_samples
    from annotator.store import Store
    from annotator.store.errors import StoreError

    try:
        store = Store.open(target, create=create)
    except StoreError as error:
        QMessageBox.critical(window, "Cannot open database", error.message)
        return False
    old = window.store
    window.store, window.location = store, target
    window._sessions.clear()
    window._session = None
    window.article_view.set_document("", [])
    window.entities_model.set_spans("", [])
    cfg.set_value("session/last_database", target)
    if create:
        offer_samples(window, store)
    window.reload()
    docs = window.documents_model.all_documents()
    if docs:
        window.open_document(docs[0].id)
    window._update_title()
    old.close()
    return True


def labels_dialog(window: MainWindow) -> None:
    from annotator.gui.dialogs.labels_dialog import LabelSetDialog

    LabelSetDialog(window.store, window).exec()
    window.reload()


def import_dialog(window: MainWindow) -> None:
    from annotator.gui.dialogs.transfer import run_import_dialog

    if run_import_dialog(window, window.store):
        window.reload()


def export_dialog(window: MainWindow) -> None:
    from annotator.gui.dialogs.transfer import run_export_dialog

    run_export_dialog(window, window.store)


def agreement_view(window: MainWindow):
    from annotator.gui.agreement_view import open_agreement

    return open_agreement(window)


def adjudication_view(window: MainWindow):
    from annotator.gui.adjudication import open_adjudication

    return open_adjudication(window)


def about_dialog(window: MainWindow) -> None:
    from annotator.gui.dialogs.about import AboutDialog

    AboutDialog(window, window.store).exec()
