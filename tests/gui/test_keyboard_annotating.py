"""An annotator's keyboard-only session through the real window: the note and flag keys
on the label just made at the cursor, the note editor's Tab and Ctrl+Return, and paging
the token cursor through a long document."""

from __future__ import annotations

import pytest
from conftest import activate, drive_modals, stored, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QPlainTextEdit
from test_labelling import token_of

pytestmark = pytest.mark.usefixtures("no_qt_warnings")

Key = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def walk_to(qtbot, view, offset: int) -> None:
    for _ in range(60):
        if view.caret() == offset:
            return
        qtbot.keyClick(view, Key.Key_Left)
    raise AssertionError(f"the caret never reached {offset}")


def enter_labelled(qtbot, window, word: str) -> int:
    """Label ``word`` with PERS from the keyboard: walk to it, choose PERS, Enter."""
    view = window.article_view
    activate(qtbot, window)
    start, end = token_of(view.text(), word)
    walk_to(qtbot, view, start)
    qtbot.keyClick(view, Key.Key_1)  # no label at the cursor: PERS becomes current
    qtbot.keyClick(view, Key.Key_Return)
    assert stored(window) == [(start, end, "PERS")]
    return view.span_at(start).id


def test_ctrl_g_flags_the_label_just_made_at_the_cursor(qtbot, window) -> None:
    span_id = enter_labelled(qtbot, window, "روسيا")
    qtbot.keyClick(window.article_view, Key.Key_G, CTRL)
    assert window.session().note(span_id).flagged


def test_ctrl_m_types_a_note_on_it_and_tab_then_ctrl_return_keep_it(qtbot, window) -> None:
    span_id = enter_labelled(qtbot, window, "روسيا")
    seen: list[bool] = []

    def write(dialog) -> None:
        assert isinstance(dialog, QInputDialog)
        editor = dialog.findChild(QPlainTextEdit)
        qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
        assert dialog.focusWidget() is editor
        type_text(editor, "عاصمة")
        qtbot.keyClick(editor, Key.Key_Tab)  # Tab leaves the editor, types nothing
        seen.append(editor.hasFocus())
        editor.setFocus()
        qtbot.keyClick(editor, Key.Key_Return, CTRL)  # keeps the note, like OK
        seen.append(dialog.isVisible())
        if dialog.isVisible():
            dialog.reject()

    drive_modals(lambda: qtbot.keyClick(window.article_view, Key.Key_M, CTRL), write)
    assert seen == [False, False]
    assert window.session().note(span_id).text == "عاصمة"


def test_the_project_guideline_editor_lets_tab_leave_it(qtbot, window) -> None:
    from annotator.gui.guidelines_panel import ask_project_text

    answer: list[str | None] = []

    def write(dialog) -> None:
        editor = dialog.findChild(QPlainTextEdit)
        qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
        editor.setFocus()
        type_text(editor, "نص")
        qtbot.keyClick(editor, Key.Key_Tab)
        assert dialog.findChild(QDialogButtonBox).isAncestorOf(dialog.focusWidget())
        editor.setFocus()
        qtbot.keyClick(editor, Key.Key_Enter, CTRL)
        if dialog.isVisible():
            dialog.reject()

    drive_modals(lambda: answer.append(ask_project_text(window, "")), write)
    assert answer == ["نص"]


@pytest.fixture
def long_window(make_window, db_path):
    from annotator.store import Store

    lines = [f"قال المسؤول {n} إن الزعيم وصل إلى موسكو اليوم." for n in range(400)]
    store = Store.open(db_path)
    try:
        doc_id = store.add_document("long", "\n".join(lines)).id
    finally:
        store.close()
    window = make_window()
    window.open_document(doc_id)
    return window


def test_page_down_and_up_move_the_cursor_a_page(qtbot, long_window) -> None:
    view = long_window.article_view
    activate(qtbot, long_window)
    qtbot.keyClick(view, Key.Key_Left)  # the cursor on the first word
    assert view.caret() == 0
    top = view.char_rect(0).top()
    qtbot.keyClick(view, Key.Key_PageDown)
    caret = view.caret()
    assert caret is not None and caret > 0
    rect = view.char_rect(caret)
    assert view.viewport().rect().contains(rect.center().toPoint())  # in sight
    assert abs(rect.top() - top) < view.viewport().height() / 2  # about where it was
    qtbot.keyClick(view, Key.Key_Left)  # the next key goes on from there
    assert view.caret() > caret
    assert view.viewport().rect().contains(view.char_rect(view.caret()).center().toPoint())
    qtbot.keyClick(view, Key.Key_PageUp)
    qtbot.keyClick(view, Key.Key_PageUp)
    assert view.caret() == 0  # no page above the first: the first word


def test_page_down_without_a_cursor_turns_the_page_from_the_top(qtbot, long_window) -> None:
    view = long_window.article_view
    activate(qtbot, long_window)
    qtbot.keyClick(view, Key.Key_PageDown)
    assert view.verticalScrollBar().value() > 0
    assert view.viewport().rect().contains(view.char_rect(view.caret()).center().toPoint())


def test_ctrl_end_and_ctrl_home_reach_the_last_and_first_word(qtbot, long_window) -> None:
    view = long_window.article_view
    text = view.text()
    activate(qtbot, long_window)
    qtbot.keyClick(view, Key.Key_End, CTRL)
    last = token_of(text, "اليوم", 399)[0]
    assert view.caret() == text.rindex(".")  # the final full stop is the last token
    assert view.viewport().rect().contains(view.char_rect(view.caret()).center().toPoint())
    qtbot.keyClick(view, Key.Key_Right)
    assert view.caret() == last
    qtbot.keyClick(view, Key.Key_Home, CTRL | SHIFT)  # Shift extends to the first word
    assert view.selection() == (0, last + len("اليوم"))
    qtbot.keyClick(view, Key.Key_Home, CTRL)
    assert view.caret() == 0 and view.selection() is None


def test_return_in_the_document_list_goes_to_the_article(qtbot, window) -> None:
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(window.documents.details_ready)
    activate(qtbot, window)
    table = window.documents_table
    table.setFocus()
    second = window.documents.step(window.current_document_id(), 1)
    qtbot.keyClick(table, Key.Key_Down)  # the arrows open the row they reach ...
    assert window.current_document_id() == second
    assert QApplication.focusWidget() is table
    qtbot.keyClick(table, Key.Key_Return)  # ... and Return goes on to its text
    assert QApplication.focusWidget() is window.article_view
    assert window.current_document_id() == second
    qtbot.keyClick(window.article_view, Key.Key_Left)  # the keys work there at once
    assert window.article_view.caret() == 0


def test_closing_the_search_leaves_the_cursor_on_the_hit(qtbot, window) -> None:
    from test_search import TEXT, open_doc

    open_doc(window, TEXT)
    view = window.article_view
    activate(qtbot, window)
    qtbot.keyClick(view, Key.Key_F, CTRL)
    type_text(window.search_bar.edit, "احمد")
    qtbot.keyClick(window.search_bar.edit, Key.Key_Return)  # the second hit
    start, end = view.search_hits()[1]
    qtbot.keyClick(window.search_bar.edit, Key.Key_Escape)
    assert not window.search_bar.isVisible() and view.hasFocus()
    assert view.caret() == start and view.selection() == (start, end)
    qtbot.keyClick(view, Key.Key_1)  # the hit found is the one labelled
    assert stored(window) == [(start, end, "PERS")]
    assert view.caret() == start  # the cursor stays there: the next keys go on from it
