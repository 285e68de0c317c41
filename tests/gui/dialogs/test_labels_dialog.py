"""The label set dialog, driven through its action methods and checked against the store."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor

from annotator.gui.dialogs.labels_dialog import (
    COLOR_COLUMN,
    NAME_COLUMN,
    DeleteChoice,
    LabelSetDialog,
)

TEXT = "قال محمد إن وزير خارجية روسيا زار القاهرة"


def _word(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


class Recorder:
    """Stands in for the modal helpers and remembers what it was asked."""

    def __init__(self, answer: Any = None) -> None:
        self.answer = answer
        self.calls: list[tuple[Any, ...]] = []

    def __call__(self, *args: Any) -> Any:
        self.calls.append(args)
        return self.answer


@pytest.fixture
def errors() -> Recorder:
    return Recorder()


@pytest.fixture
def dialog(qtbot: Any, store: Any, errors: Recorder) -> LabelSetDialog:
    widget = LabelSetDialog(store, None, notify=errors)
    qtbot.addWidget(widget)
    return widget


def _labels(store: Any) -> dict[str, Any]:
    return {info.name: info for info in store.labels()}


def _with_spans(store: Any) -> tuple[int, list[str]]:
    for name in ("PER", "LOC", "ORG"):
        store.add_label(name)
    doc = store.add_document("news", TEXT)
    store.add_span(doc.id, "alice", *_word(TEXT, "محمد"), "PER")
    store.add_span(doc.id, "alice", *_word(TEXT, "روسيا"), "LOC")
    store.add_span(doc.id, "bob", *_word(TEXT, "القاهرة"), "LOC")
    return doc.id, ["alice", "bob"]


def _stored_spans(store: Any, doc_id: int, layers: list[str]) -> set[tuple[str, str, str]]:
    return {
        (layer, TEXT[span.start : span.end], span.label)
        for layer in layers
        for span in store.spans_for(doc_id, layer)
    }


def test_add_label_is_stored_and_shown(dialog: LabelSetDialog, store: Any) -> None:
    info = dialog.add_label("PER", color="#ff0000", hotkey=1)
    assert info is not None
    stored = _labels(store)
    assert set(stored) == {"PER"}
    assert stored["PER"].color.lower() == "#ff0000"
    assert int(stored["PER"].hotkey) == 1
    assert dialog.label_names() == ["PER"]
    assert dialog.table.item(0, COLOR_COLUMN).text().lower() == "#ff0000"


def test_duplicate_and_empty_names_are_refused(
    dialog: LabelSetDialog, store: Any, errors: Recorder
) -> None:
    dialog.add_label("PER")
    assert dialog.add_label("PER") is None
    assert dialog.add_label("   ") is None
    assert len(errors.calls) == 2
    assert dialog.last_error
    assert [info.name for info in store.labels()] == ["PER"]


def test_rename_by_editing_the_name_cell(dialog: LabelSetDialog, store: Any) -> None:
    doc_id, layers = _with_spans(store)
    dialog.refresh()
    row = dialog.label_names().index("PER")
    dialog.table.item(row, NAME_COLUMN).setText("PERS")
    assert "PERS" in _labels(store) and "PER" not in _labels(store)
    assert ("alice", "محمد", "PERS") in _stored_spans(store, doc_id, layers)
    assert "PERS" in dialog.label_names()


def test_colour_comes_from_the_picker(qtbot: Any, store: Any, errors: Recorder) -> None:
    store.add_label("LOC", color="#00ff00")
    picker = Recorder(QColor("#123456"))
    widget = LabelSetDialog(store, None, pick_color=picker, notify=errors)
    qtbot.addWidget(widget)
    assert widget.choose_color("LOC")
    assert picker.calls[0][0].name() == "#00ff00"
    assert _labels(store)["LOC"].color.lower() == "#123456"
    picker.answer = None  # cancelled picker changes nothing
    assert not widget.choose_color("LOC")
    assert _labels(store)["LOC"].color.lower() == "#123456"


def test_hotkeys_stay_unique(dialog: LabelSetDialog, store: Any, errors: Recorder) -> None:
    dialog.add_label("PER", hotkey=1)
    dialog.add_label("LOC", hotkey=2)
    assert dialog.set_hotkey("LOC", 1)
    stored = _labels(store)
    assert int(stored["LOC"].hotkey) == 1
    assert not stored["PER"].hotkey  # gave the hotkey up
    assert dialog.set_hotkey("LOC", None)
    assert not _labels(store)["LOC"].hotkey
    assert not dialog.set_hotkey("LOC", 12)
    assert errors.calls


def test_move_changes_the_stored_order(dialog: LabelSetDialog, store: Any) -> None:
    for name in ("PER", "LOC", "ORG"):
        dialog.add_label(name)
    assert dialog.move_label("ORG", -1)
    by_order = [info.name for info in sorted(store.labels(), key=lambda i: i.order)]
    assert by_order == ["PER", "ORG", "LOC"]
    assert dialog.move_label("ORG", -5)  # clamped to the top
    by_order = [info.name for info in sorted(store.labels(), key=lambda i: i.order)]
    assert by_order == ["ORG", "PER", "LOC"]
    assert dialog.label_names() == by_order
    assert not dialog.move_label("ORG", -1)  # already first


def test_delete_label_with_spans_deletes_them(dialog: LabelSetDialog, store: Any) -> None:
    doc_id, layers = _with_spans(store)
    dialog.refresh()
    decide = Recorder(DeleteChoice("delete"))
    assert dialog.delete_label("LOC", decide=decide)
    label, count, others = decide.calls[0]
    assert (label, count) == ("LOC", 2)
    assert sorted(others) == ["ORG", "PER"]
    assert "LOC" not in _labels(store)
    assert _stored_spans(store, doc_id, layers) == {("alice", "محمد", "PER")}
    assert "LOC" not in dialog.label_names()


def test_delete_label_with_spans_relabels_them(dialog: LabelSetDialog, store: Any) -> None:
    doc_id, layers = _with_spans(store)
    dialog.refresh()
    assert dialog.delete_label("LOC", decide=Recorder(DeleteChoice("relabel", "ORG")))
    assert set(_labels(store)) == {"PER", "ORG"}
    assert _stored_spans(store, doc_id, layers) == {
        ("alice", "محمد", "PER"),
        ("alice", "روسيا", "ORG"),
        ("bob", "القاهرة", "ORG"),
    }


def test_cancelled_delete_changes_nothing(dialog: LabelSetDialog, store: Any) -> None:
    doc_id, layers = _with_spans(store)
    before = _stored_spans(store, doc_id, layers)
    assert not dialog.delete_label("PER", decide=Recorder(None))
    assert "PER" in _labels(store)
    assert _stored_spans(store, doc_id, layers) == before


def test_unused_label_is_deleted_without_asking(dialog: LabelSetDialog, store: Any) -> None:
    _with_spans(store)
    dialog.refresh()
    decide = Recorder(None)
    assert dialog.delete_label("ORG", decide=decide)
    assert decide.calls == []
    assert "ORG" not in _labels(store)


def test_delete_button_uses_the_injected_question(qtbot: Any, store: Any) -> None:
    doc_id, layers = _with_spans(store)
    decide = Recorder(DeleteChoice("relabel", "PER"))
    widget = LabelSetDialog(store, None, decide=decide, notify=Recorder())
    qtbot.addWidget(widget)
    widget.select_label("LOC")
    with qtbot.waitSignal(widget.labels_changed, timeout=2000):
        widget.delete_button.click()
    assert decide.calls and decide.calls[0][0] == "LOC"
    assert {label for _, _, label in _stored_spans(store, doc_id, layers)} == {"PER"}


def test_presets(dialog: LabelSetDialog, store: Any) -> None:
    assert dialog.apply_preset("conll2003")
    # CoNLL-2003's four entity types
    assert {"PER", "LOC", "ORG", "MISC"} <= set(_labels(store))
    assert set(dialog.label_names()) == set(_labels(store))


def _spans_of(store: Any, doc_id: int, layers: list[str]) -> set[tuple[str, int, int, str]]:
    return {
        (layer, span.id, span.start, span.label)
        for layer in layers
        for span in store.spans_for(doc_id, layer)
    }


def test_every_label_change_is_undone_and_redone(dialog: LabelSetDialog, store: Any) -> None:
    dialog.add_label("PER", color="#ff0000", hotkey=1)
    dialog.add_label("LOC", hotkey=2)
    assert dialog.set_hotkey("LOC", 1)
    assert dialog.rename_label("PER", "PERS")
    assert dialog.set_color("LOC", "#00ff00")
    assert dialog.move_label("LOC", -1)
    assert dialog.undo_stack.count() == 6

    def state() -> list[tuple[str, str, str | None, int]]:
        return sorted((i.name, i.color.lower(), i.hotkey, i.order) for i in store.labels())

    states = [state()]
    for _ in range(6):
        dialog.undo()
        states.append(state())
    assert states[-1] == []  # back to no labels
    assert states[-2] == [("PER", "#ff0000", "1", 0)]  # after the first add
    assert [(name, key) for name, _color, key, _order in states[-3]] == [("LOC", "2"), ("PER", "1")]
    for expected in reversed(states[:-1]):
        dialog.redo()
        assert state() == expected
    assert dialog.label_names() == ["LOC", "PERS"]


def test_undoing_a_deletion_brings_back_the_label_and_its_spans(
    dialog: LabelSetDialog, store: Any
) -> None:
    doc_id, layers = _with_spans(store)
    store.update_label("LOC", hotkey="7", color="#123456")
    before_spans = _spans_of(store, doc_id, layers)
    before_label = {i.name: i for i in store.labels()}["LOC"]
    dialog.refresh()
    assert dialog.delete_label("LOC", decide=Recorder(DeleteChoice("delete")))
    assert "LOC" not in _labels(store)
    dialog.undo()
    assert _spans_of(store, doc_id, layers) == before_spans  # same ids, same layers
    restored = _labels(store)["LOC"]
    assert (restored.color, restored.hotkey, restored.order) == (
        before_label.color,
        before_label.hotkey,
        before_label.order,
    )
    dialog.redo()
    assert "LOC" not in _labels(store)
    assert _stored_spans(store, doc_id, layers) == {("alice", "محمد", "PER")}


def test_undoing_a_relabelling_deletion_gives_the_spans_their_label_back(
    dialog: LabelSetDialog, store: Any
) -> None:
    doc_id, layers = _with_spans(store)
    before = _stored_spans(store, doc_id, layers)
    dialog.refresh()
    assert dialog.delete_label("LOC", decide=Recorder(DeleteChoice("relabel", "ORG")))
    assert ("bob", "القاهرة", "ORG") in _stored_spans(store, doc_id, layers)
    dialog.undo()
    assert _stored_spans(store, doc_id, layers) == before
    assert dialog.undo_button.isEnabled() is False  # nothing left to undo


def test_undoing_a_preset_removes_only_its_labels(dialog: LabelSetDialog, store: Any) -> None:
    dialog.add_label("MINE")
    assert dialog.apply_preset("conll2003")
    assert {"PER", "LOC", "ORG", "MISC", "MINE"} <= set(_labels(store))
    dialog.undo()
    assert set(_labels(store)) == {"MINE"}


def test_colour_codes_keep_their_order_right_to_left(dialog: LabelSetDialog) -> None:
    """In an Arabic (right-to-left) window "#e57373" must not show as "e57373#"."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog.add_label("PER", color="#e57373")
        text = dialog.table.item(0, COLOR_COLUMN).text()
    finally:
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert text == "\u2068#e57373\u2069"  # isolated: its own direction, left to right
