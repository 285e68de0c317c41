"""Notes and "uncertain" flags in the main window: on the selected span (Edit menu, the
right-click menu, Ctrl+M and Ctrl+G) and on the open document (Document menu,
Ctrl+Shift+M and Ctrl+Shift+G).

Each change is a :class:`~annotator.gui.note_commands.SetNote` pushed onto the
open document's undo stack by :meth:`MainWindow.push_command`; the span's
marker, the entity list and the document list refresh from the result. ``ask`` (a note
editor) may be given by tests: ``ask(parent, title, current) -> str | None``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMenu, QPlainTextEdit, QWidget

from annotator.gui.article_input import span_at_cursor
from annotator.gui.commands import Outcome
from annotator.gui.i18n import align_editor, isolate
from annotator.gui.note_commands import SetNote, set_document_note, set_span_note
from annotator.gui.plain_text import make_plain
from annotator.gui.window_parts import dialog_editor

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow
    from annotator.store import Note

AskNote = Callable[[QWidget, str, str], "str | None"]
SPAN_KEYS = ("Ctrl+M", "Ctrl+G")  # note, flag (in window_actions.MENUS)


def ask_note(parent: QWidget, title: str, current: str) -> str | None:
    """A multi-line note, or None when cancelled ("" removes the note)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(translate("Notes", "Note (empty removes it):"))
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput, True)
    dialog.setTextValue(current)
    make_plain(dialog)
    for editor in dialog.findChildren(QPlainTextEdit):
        align_editor(editor)
        dialog_editor(dialog, editor)
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    result = dialog.textValue() if accepted else None
    dialog.deleteLater()
    return result


def _span(window: MainWindow, span_id: int | None) -> int | None:
    session = window.session()
    if span_id is None:  # the selected span, else the one at the keyboard's cursor
        at_cursor = span_at_cursor(window.article_view)
        span_id = at_cursor.id if at_cursor is not None else None
    if session is None or span_id is None or span_id not in session.spans:
        # worded as the edge keys word it: a label is chosen by a click or by the keys
        message = translate("ArticleView", "Select a label first (Tab jumps to the next one).")
        window.show_message(message, 4000)
        return None
    return span_id


def edit_span_note(
    window: MainWindow, span_id: int | None = None, ask: AskNote | None = None
) -> bool:
    """Write or change the note of ``span_id`` (default: the selected span)."""
    span_id = _span(window, span_id)
    session = window.session()
    if span_id is None or session is None:
        return False
    info = session.spans[span_id]
    title = translate("Notes", "Note on {label} «{text}»").format(
        label=isolate(info.label), text=session.text[info.start : info.end]
    )
    text = (ask or ask_note)(window, title, session.note(span_id).text)
    if text is None or text.strip() == session.note(span_id).text:
        return False
    return _pushed(window, window.push_command(lambda: set_span_note(session, span_id, text)))


def toggle_span_flag(window: MainWindow, span_id: int | None = None) -> bool:
    """Flag ``span_id`` (default: the selected span) uncertain, or take the flag away."""
    span_id = _span(window, span_id)
    session = window.session()
    if span_id is None or session is None:
        return False
    flag = not session.note(span_id).flagged
    outcome = window.push_command(lambda: set_span_note(session, span_id, flagged=flag))
    if outcome.error is None:
        info = session.spans[span_id]
        what = (
            translate("Notes", "flagged uncertain")
            if flag
            else translate("Notes", "no longer flagged")
        )
        window.show_message(
            f"{isolate(info.label)} «{session.text[info.start : info.end]}» {what}", 4000
        )
    return _pushed(window, outcome)


def _document_change(
    window: MainWindow, note: str | None = None, flagged: bool | None = None
) -> bool:
    doc_id = window.current_document_id()
    if doc_id is None or window.session() is None:
        window.show_message(translate("Notes", "Open a document first."), 4000)
        return False

    def make() -> SetNote:
        return set_document_note(
            window.store,
            doc_id,
            window.annotator(),
            note,
            flagged,
            changed=window.documents.set_note,
            report=window.show_message,
        )

    return _pushed(window, window.push_command(make))


def _document_note(window: MainWindow) -> Note | None:
    doc_id = window.current_document_id()
    return None if doc_id is None else window.documents.model.note(doc_id)


def edit_document_note(window: MainWindow, ask: AskNote | None = None) -> bool:
    """Write or change this layer's note on the open document."""
    current = _document_note(window)
    session = window.session()
    if current is None or session is None:
        window.show_message(translate("Notes", "Open a document first."), 4000)
        return False
    text = (ask or ask_note)(
        window,
        translate("Notes", "Note on the document {}").format(isolate(session.name)),
        current.text,
    )
    if text is None or text.strip() == current.text:
        return False
    return _document_change(window, note=text)


def toggle_document_flag(window: MainWindow) -> bool:
    """Flag the open document uncertain (for this layer), or take the flag away."""
    current = _document_note(window)
    if current is None:
        window.show_message(translate("Notes", "Open a document first."), 4000)
        return False
    return _document_change(window, flagged=not current.flagged)


def add_menu_entries(window: MainWindow, menu: QMenu, span_id: int | None) -> None:
    """The right-click menu's note and flag entries for ``span_id``."""
    session = window.session()
    if span_id is None or session is None or span_id not in session.spans:
        return
    note = session.note(span_id)
    menu.addSeparator()
    edit = menu.addAction(
        translate("Notes", "Edit note…") if note.text else translate("Notes", "Add note…")
    )
    edit.setShortcut(SPAN_KEYS[0])
    edit.triggered.connect(lambda _checked=False: edit_span_note(window, span_id))
    flag = menu.addAction(translate("Notes", "Flag uncertain"))
    flag.setCheckable(True)
    flag.setChecked(note.flagged)
    flag.setShortcut(SPAN_KEYS[1])
    flag.triggered.connect(lambda _checked=False: toggle_span_flag(window, span_id))


def _pushed(window: MainWindow, outcome: Outcome) -> bool:
    if outcome.error is not None:
        window.show_message(translate("Notes", "Not saved: {}").format(outcome.error), 8000)
    return outcome.error is None
