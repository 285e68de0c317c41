"""Document status and navigation, themes, settings, refresh from other processes."""

from __future__ import annotations

from conftest import stored
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_labelling import token_of

from annotator.gui import settings as cfg
from annotator.gui.annotator_prompt import ensure_annotator_name
from annotator.store import Store

CTRL = Qt.KeyboardModifier.ControlModifier


def names(window) -> list[str]:
    return [d.name for d in window.documents_model.all_documents()]


def current_name(window) -> str:
    return window.store.document(window.current_document_id()).name


def test_ctrl_enter_marks_done_and_moves_to_next_unfinished(qtbot, window) -> None:
    order = names(window)
    assert current_name(window) == order[0]
    assert window.progress_label.text() == "0 of 5 done"
    doc = window.current_document_id()
    qtbot.keyClick(window.article_view, Qt.Key.Key_Return, CTRL)
    assert window.store.status_for(doc, window.annotator()) == "done"
    assert current_name(window) == order[1]
    assert window.progress_label.text() == "1 of 5 done"
    # mark the third done from elsewhere in the list, then go back to the first: the next
    # unfinished after the first skips the done ones
    window.set_status("done", window.documents_model.all_documents()[2].id)
    window.open_document(doc)
    window.skip()
    assert current_name(window) == order[1]
    window.mark_done()
    assert current_name(window) == order[3]
    window.open_document(doc)
    window.reopen()
    assert window.store.status_for(doc, window.annotator()) == "in_progress"
    assert window.progress_label.text() == "2 of 5 done"


def test_labelling_a_new_document_marks_it_in_progress(qtbot, window) -> None:
    doc = window.current_document_id()
    assert window.store.status_for(doc, window.annotator()) == "new"
    assert window.label_range(*token_of(window.article_view.text(), "روسيا"), "LOC")
    assert window.store.status_for(doc, window.annotator()) == "in_progress"


def test_ctrl_page_keys_step_through_documents(qtbot, window) -> None:
    order = names(window)
    qtbot.keyClick(window.article_view, Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(window.article_view, Qt.Key.Key_PageDown, CTRL)
    assert current_name(window) == order[2]
    assert window.article_view.text() == window.store.document(window.current_document_id()).text
    qtbot.keyClick(window.article_view, Qt.Key.Key_PageUp, CTRL)
    assert current_name(window) == order[1]


def test_status_filter_limits_the_list(qtbot, window) -> None:
    window.mark_done()
    combo = window.status_filter
    combo.setCurrentIndex(combo.findData("done"))
    assert window.documents_model.rowCount() == 1
    combo.setCurrentIndex(combo.findData("new"))
    assert window.documents_model.rowCount() == 4
    combo.setCurrentIndex(0)
    assert window.documents_model.rowCount() == 5


def test_theme_switching_is_applied_and_remembered(qtbot, window) -> None:
    def window_lightness() -> float:
        return QApplication.palette().window().color().lightnessF()

    window.actions_.themes["dark"].trigger()
    assert window_lightness() < 0.4
    assert cfg.theme_name() == "dark"
    window.actions_.themes["light"].trigger()
    assert window_lightness() > 0.6
    assert cfg.theme_name() == "light"
    window.actions_.themes["system"].trigger()
    assert cfg.theme_name() == "system"
    scheme = QApplication.styleHints().colorScheme()
    assert (window_lightness() < 0.5) == (scheme == Qt.ColorScheme.Dark)


def test_last_document_and_font_are_restored(qtbot, make_window) -> None:
    first = make_window()
    first.step_document(1)
    first.step_document(1)
    doc = first.current_document_id()
    first.article_view.zoom(2)
    size = first.article_view.view_font().pointSizeF()
    first.close()
    first.store.close()
    second = make_window()
    assert second.current_document_id() == doc
    assert second.article_view.view_font().pointSizeF() == size


def test_changes_from_another_process_are_picked_up(qtbot, window, db_path) -> None:
    doc = window.current_document_id()
    start, end = token_of(window.article_view.text(), "بوتين")
    with Store.open(db_path) as other:
        other.add_span(doc, window.annotator(), start, end, "PERS")
        other.add_document("added-elsewhere", "نص جديد")
    window.poll_revision()
    assert window.article_view.span_at(start) is not None
    assert window.entities_model.rowCount() == 1
    assert "added-elsewhere" in names(window)
    # our own writes do not count as outside changes
    window.label_range(*token_of(window.article_view.text(), "روسيا"), "LOC")
    revision = window.store.revision()
    window.poll_revision()
    assert window.revisions.revision == revision


def test_each_annotator_edits_their_own_layer(qtbot, make_window) -> None:
    first = make_window()
    start, end = token_of(first.article_view.text(), "روسيا")
    assert first.label_range(start, end, "LOC")
    first.close()
    first.store.close()
    # the next person answers the name question and starts the window
    assert ensure_annotator_name(ask=lambda _parent, _default: "second") == "second"
    window = make_window()
    assert "second" in window.annotator_label.text()
    assert "layer second" in window.windowTitle()
    assert stored(window) == []
    assert window.article_view.span_at(start) is None
    assert window.label_range(start, end, "ORG")
    assert stored(window) == [(start, end, "ORG")]
    assert [s.label for s in window.store.spans_for(window.current_document_id(), "second")] == [
        "ORG"
    ]


def test_entity_list_click_selects_the_span(qtbot, window) -> None:
    start, end = token_of(window.article_view.text(), "بوتين")
    assert window.label_range(start, end, "PERS")
    table = window.entities_table
    rect = table.visualRect(window.entities_model.index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.article_view.selected_span() == window.article_view.span_at(start).id


def test_a_dialog_s_own_change_is_not_called_one_made_elsewhere(qtbot, window, db_path) -> None:
    """The label set dialog writes through the window's store: the poll re-reads the
    labels but does not say someone else changed the database."""
    window.statusBar().clearMessage()
    window.store.add_label("EVENT")  # as Edit > Labels… does
    window.poll_revision()
    assert "EVENT" in [label.name for label in window.palette_widget.labels()]
    assert "elsewhere" not in window.statusBar().currentMessage()
    with Store.open(db_path) as other:
        other.add_label("DATE")
    window.store.add_label("TIME")  # ours and theirs in one poll: theirs is said
    window.poll_revision()
    assert "elsewhere" in window.statusBar().currentMessage()


def test_a_reload_without_a_current_label_leaves_the_status_message(qtbot, window) -> None:
    """A poll that re-reads the labels (after the assistant's training, say) must not
    replace what the status bar says with "No current label" when none was chosen."""
    window.palette_widget.set_current(None)
    window.show_message("Assistant trained on 3 entities in 0.1 s.", 6000)
    window.reload()
    assert window.statusBar().currentMessage() == "Assistant trained on 3 entities in 0.1 s."
