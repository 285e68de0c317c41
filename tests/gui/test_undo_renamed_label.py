"""Undo and redo after a label was renamed (Edit > Labels… in this window, or another
member's Store on the same project): the step works and the window shows the new name;
a label deleted since stays refused with the span rule's message."""

from __future__ import annotations

from conftest import activate, drive_modals, stored, type_text
from PySide6.QtCore import Qt
from test_labelling import token_of
from test_search import TEXT as SEARCH_TEXT
from test_search import open_doc

from annotator.store import Store

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def rename_in_dialog(window, *renames: tuple[str, str]) -> None:
    """Rename labels in Edit > Labels… as a user does; the window re-reads them after."""

    def rename(dialog) -> None:
        for old, new in renames:
            assert dialog.rename_label(old, new)
        dialog.accept()

    drive_modals(window.actions_.labels.trigger, rename)


def undo(qtbot, window) -> None:
    activate(qtbot, window)  # after a dialog, the window's shortcuts need it active again
    qtbot.keyClick(window.article_view, Qt.Key.Key_Z, CTRL)


def redo(qtbot, window) -> None:
    activate(qtbot, window)
    qtbot.keyClick(window.article_view, Qt.Key.Key_Z, CTRL | SHIFT)


def shown(window, start: int) -> str | None:
    """The label the article view and the entity list show for the span at ``start``."""
    span = window.article_view.span_at(start)
    labels = {
        window.entities_model.span_in_row(row).label
        for row in range(window.entities_model.rowCount())
        if window.entities_model.span_in_row(row).start == start
    }
    assert labels == ({span.label} if span is not None else set())
    return None if span is None else span.label


def not_refused(window) -> bool:
    return "not undone/redone" not in window.statusBar().currentMessage()


def test_redo_of_a_label_after_renaming_it_in_this_window(qtbot, window) -> None:
    word = token_of(window.article_view.text(), "بوتين")
    assert window.label_range(*word, "PERS")
    rename_in_dialog(window, ("PERS", "PER"))
    assert shown(window, word[0]) == "PER"
    undo(qtbot, window)
    assert stored(window) == []
    redo(qtbot, window)
    assert not_refused(window), window.statusBar().currentMessage()
    assert stored(window) == [(*word, "PER")]
    assert shown(window, word[0]) == "PER"
    undo(qtbot, window)  # and again: the step keeps working
    redo(qtbot, window)
    assert stored(window) == [(*word, "PER")]


def test_undoing_a_removal_after_the_label_was_renamed(qtbot, window) -> None:
    word = token_of(window.article_view.text(), "بوتين")
    assert window.label_range(*word, "PERS")
    assert window.remove_span(window.article_view.span_at(word[0]).id)
    rename_in_dialog(window, ("PERS", "PER"))
    undo(qtbot, window)
    assert not_refused(window), window.statusBar().currentMessage()
    assert stored(window) == [(*word, "PER")]
    assert shown(window, word[0]) == "PER"
    redo(qtbot, window)
    assert stored(window) == []


def test_undoing_a_relabel_after_both_labels_were_renamed(qtbot, window) -> None:
    word = token_of(window.article_view.text(), "بوتين")
    assert window.label_range(*word, "PERS")
    assert window.relabel_span(window.article_view.span_at(word[0]).id, "LOC")
    rename_in_dialog(window, ("PERS", "PER"), ("LOC", "PLACE"))
    assert shown(window, word[0]) == "PLACE"
    undo(qtbot, window)
    assert not_refused(window), window.statusBar().currentMessage()
    assert stored(window) == [(*word, "PER")]
    assert shown(window, word[0]) == "PER"
    redo(qtbot, window)
    assert stored(window) == [(*word, "PLACE")]
    assert shown(window, word[0]) == "PLACE"


def test_redo_of_label_all_after_the_label_was_renamed(qtbot, window) -> None:
    open_doc(window, SEARCH_TEXT)
    window.show_search()
    type_text(window.search_bar.edit, "أحمد")
    window.palette_widget.set_current("PERS")
    qtbot.mouseClick(window.search_bar.label_all, Qt.MouseButton.LeftButton)
    labelled = stored(window)
    assert len(labelled) == 4 and {label for *_, label in labelled} == {"PERS"}
    rename_in_dialog(window, ("PERS", "PER"))
    window.undo_stack().undo()
    assert stored(window) == []
    window.undo_stack().redo()
    assert not_refused(window), window.statusBar().currentMessage()
    assert stored(window) == [(start, end, "PER") for start, end, _ in labelled]
    assert {shown(window, start) for start, _end, _ in labelled} == {"PER"}


def test_a_rename_written_by_another_store_on_the_same_file(qtbot, window, db_path) -> None:
    text = window.article_view.text()
    person, place = token_of(text, "بوتين"), token_of(text, "روسيا")
    assert window.label_range(*person, "PERS")
    assert window.label_range(*place, "LOC")
    assert window.relabel_span(window.article_view.span_at(place[0]).id, "ORG")
    with Store.open(db_path) as other:  # another member, another program
        other.update_label("PERS", new_name="PER")
        other.update_label("LOC", new_name="PLACE")
    window.poll_revision()
    assert shown(window, person[0]) == "PER"
    undo(qtbot, window)  # the relabel: back to LOC, now PLACE
    assert not_refused(window), window.statusBar().currentMessage()
    assert shown(window, place[0]) == "PLACE"
    undo(qtbot, window)  # the second label
    undo(qtbot, window)  # the first label
    assert stored(window) == []
    redo(qtbot, window)
    redo(qtbot, window)
    assert not_refused(window), window.statusBar().currentMessage()
    assert stored(window) == sorted([(*person, "PER"), (*place, "PLACE")])
    assert (shown(window, person[0]), shown(window, place[0])) == ("PER", "PLACE")


def test_a_rename_elsewhere_before_this_window_noticed_it(qtbot, window, db_path) -> None:
    word = token_of(window.article_view.text(), "بوتين")
    assert window.label_range(*word, "PERS")
    with Store.open(db_path) as other:
        other.update_label("PERS", new_name="PER")
    undo(qtbot, window)  # the window has not polled yet: its cache still says PERS
    redo(qtbot, window)
    assert not_refused(window), window.statusBar().currentMessage()
    assert stored(window) == [(*word, "PER")]
    assert shown(window, word[0]) == "PER"


def test_a_step_keeps_the_name_it_last_wrote(qtbot, window, db_path) -> None:
    """A step that ran after the rename holds the new name: a label created later under
    the old name does not take its span."""
    text = window.article_view.text()
    person, place = token_of(text, "بوتين"), token_of(text, "روسيا")
    assert window.label_range(*person, "PERS")
    assert window.label_range(*place, "PERS")
    assert window.relabel_span(window.article_view.span_at(place[0]).id, "LOC")
    with Store.open(db_path) as other:
        other.update_label("PERS", new_name="PER")
    window.poll_revision()
    undo(qtbot, window)  # the relabel, back to PER
    undo(qtbot, window)  # the second label
    undo(qtbot, window)  # the first label
    with Store.open(db_path) as other:
        other.add_label("PERS")  # a new label under the old name
    window.poll_revision()
    redo(qtbot, window)
    redo(qtbot, window)
    redo(qtbot, window)
    undo(qtbot, window)  # the relabel again
    assert not_refused(window), window.statusBar().currentMessage()
    assert stored(window) == sorted([(*person, "PER"), (*place, "PER")])


def test_a_label_deleted_since_stays_refused(qtbot, window, db_path) -> None:
    word = token_of(window.article_view.text(), "بوتين")
    assert window.label_range(*word, "MISC")
    undo(qtbot, window)
    with Store.open(db_path) as other:
        other.update_label("MISC", new_name="OTHER")
        other.delete_label("OTHER")
        other.add_label("EVENT")  # may get the deleted label's id back
    window.poll_revision()
    redo(qtbot, window)
    message = window.statusBar().currentMessage()
    assert "not undone/redone" in message and "Unknown label 'MISC'" in message
    assert stored(window) == []
