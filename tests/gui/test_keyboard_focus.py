"""The keyboard never gets stuck: after a dialog opened from a shortcut closes, the window
is active again and the focus is back where it was (so the next shortcut works), and Tab
leaves the window's tables instead of walking their cells."""

from __future__ import annotations

import pytest
from conftest import activate, drive_modals
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator.text import tokenize

ESCAPE = Qt.Key.Key_Escape
CTRL = Qt.KeyboardModifier.ControlModifier


def _escape(dialog) -> None:
    QTest.keyClick(dialog, ESCAPE)


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_L, CTRL),  # the label set
        (Qt.Key.Key_E, CTRL),  # export
        (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),  # the shortcut sheet
        (Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier),  # document note
    ],
)
def test_after_a_dialog_closes_with_escape_the_next_shortcut_works(
    qtbot, window, key, modifiers
) -> None:
    activate(qtbot, window)
    drive_modals(lambda: qtbot.keyClick(window.article_view, key, modifiers), _escape)
    assert QApplication.activeModalWidget() is None
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    assert QApplication.focusWidget() is window.article_view
    assert not window.search_bar.isVisible()
    qtbot.keyClick(window.article_view, Qt.Key.Key_F, CTRL)  # Find in article
    assert window.search_bar.isVisible()


def test_tab_leaves_the_document_list_without_opening_another_document(qtbot, window) -> None:
    qtbot.waitUntil(window.documents.details_ready)
    activate(qtbot, window)
    table = window.documents_table
    table.setFocus()
    opened = window.current_document_id()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    assert window.current_document_id() == opened
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not table
    assert window.current_document_id() == opened


def test_tab_leaves_the_entity_list(qtbot, window) -> None:
    activate(qtbot, window)
    first = tokenize(window.session().text)[0]
    assert window.label_range(first.start, first.end, "PERS")
    qtbot.waitUntil(lambda: window.entities_model.rowCount() == 1)
    table = window.entities_table
    table.setFocus()
    table.setCurrentIndex(window.entities_model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
