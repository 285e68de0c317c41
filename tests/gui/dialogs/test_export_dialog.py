"""The export dialog's default layer is annotator.layers.default_layer's choice, with the
window's own layer where the rule leaves the choice open; never an empty layer while
another has labels. An output file that exists is replaced only after the same question,
whether its path was typed or chosen with Browse…."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from annotator.gui.dialogs.export_dialog import ExportDialog

TEXT = "زار محمد القاهرة"
WORDS = [(0, 3), (4, 8), (9, 16)]


def _layers(store: Any, spans: dict[str, int]) -> None:
    store.add_label("PER")
    doc = store.add_document("d", TEXT)
    store.annotator("imported")  # an empty layer, as a text import leaves it
    for layer, count in spans.items():
        for start, end in WORDS[:count]:
            store.add_span(doc.id, layer, start, end, "PER")


def _chosen(qtbot: Any, store: Any, annotator: str | None) -> str:
    dialog = ExportDialog(store, None, annotator=annotator)
    qtbot.addWidget(dialog)
    return dialog.layer_combo.currentText()


def test_the_only_labelled_layer_wins_over_an_empty_one(qtbot: Any, store: Any) -> None:
    _layers(store, {"amal": 1})
    assert _chosen(qtbot, store, None) == "amal"
    assert _chosen(qtbot, store, "amal") == "amal"
    assert _chosen(qtbot, store, "badr") == "amal"  # badr has no spans: amal's are the labels


def test_with_several_labelled_layers_the_window_offers_its_own(qtbot: Any, store: Any) -> None:
    _layers(store, {"amal": 1, "badr": 2})
    assert _chosen(qtbot, store, "badr") == "badr"
    assert _chosen(qtbot, store, "amal") == "amal"
    assert _chosen(qtbot, store, None) == ""  # no rule decides: the user chooses


def test_an_export_without_a_chosen_layer_is_refused(qtbot: Any, store: Any, tmp_path) -> None:
    import pytest

    _layers(store, {"amal": 1, "badr": 2})
    dialog = ExportDialog(store, None, tmp_path / "out.conll")
    qtbot.addWidget(dialog)
    with pytest.raises(ValueError, match="choose the layer"):
        dialog.request()
    dialog.layer_combo.setCurrentText("badr")
    assert dialog.request().layer == "badr"


def test_gold_with_spans_comes_first(qtbot: Any, store: Any) -> None:
    _layers(store, {"amal": 1, "gold": 1})
    assert _chosen(qtbot, store, "amal") == "gold"


# --- replacing an existing output file: one question, typed or browsed ---------------------


class Questions:
    """Every message box shown (title, text, default button), answered with ``answer``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton):
        self.asked: list[tuple[str, str, QMessageBox.StandardButton]] = []
        self.answer = answer

        def exec_(box: QMessageBox) -> int:
            default = box.defaultButton()
            self.asked.append(
                (box.windowTitle(), box.text(), box.standardButton(default) if default else 0)
            )
            return int(self.answer)

        monkeypatch.setattr(QMessageBox, "exec", exec_)


def _export_clicked(qtbot: Any, store: Any, output: Path | None, typed: str = "") -> ExportDialog:
    dialog = ExportDialog(store, None, output, annotator="amal")
    qtbot.addWidget(dialog)
    if typed:
        dialog.output_edit.setText(typed)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return dialog


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_a_typed_path_to_an_existing_file_asks_before_replacing(
    qtbot: Any, store: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    _layers(store, {"amal": 1})
    existing = tmp_path / "out.conll"
    existing.write_text("keep me\n", encoding="utf-8")
    questions = Questions(monkeypatch, getattr(QMessageBox.StandardButton, answer))
    dialog = _export_clicked(qtbot, store, None, typed=str(existing))
    ((_title, text, default),) = questions.asked
    assert str(existing) in text and "replace" in text
    assert default == QMessageBox.StandardButton.No  # Enter keeps the file
    accepted = dialog.result() == ExportDialog.DialogCode.Accepted
    assert accepted is (answer == "Yes")
    assert existing.read_text(encoding="utf-8") == "keep me\n"  # the dialog writes nothing


def test_a_new_file_or_a_folder_is_not_asked_about(
    qtbot: Any, store: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _layers(store, {"amal": 1})
    questions = Questions(monkeypatch, QMessageBox.StandardButton.No)
    dialog = _export_clicked(qtbot, store, tmp_path / "new.conll")
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    folder = tmp_path / "split"
    folder.mkdir()
    dialog = ExportDialog(store, None, folder, annotator="amal")
    qtbot.addWidget(dialog)
    dialog.split_box.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    assert questions.asked == []


def test_browse_and_a_typed_path_ask_the_same_question_once(
    qtbot: Any, store: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Browse… leaves the question to Export (Qt's own would ask it a second time, in
    other words), so a browsed and a typed path are asked exactly the same."""
    _layers(store, {"amal": 1})
    existing = tmp_path / "out.conll"
    existing.write_text("x\n", encoding="utf-8")
    questions = Questions(monkeypatch, QMessageBox.StandardButton.Yes)
    _export_clicked(qtbot, store, None, typed=str(existing))
    options: list[QFileDialog.Option] = []

    def save_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
        options.append(kwargs.get("options", args[4] if len(args) > 4 else None))
        return str(existing), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    dialog = ExportDialog(store, None, annotator="amal")
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentText("conll")
    dialog._browse()
    assert dialog.output_edit.text() == str(existing)
    (chosen,) = options
    assert chosen is not None and chosen & QFileDialog.Option.DontConfirmOverwrite
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    typed, browsed = questions.asked
    assert typed == browsed


def test_the_question_is_asked_in_arabic(
    arabic: None, qtbot: Any, store: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _layers(store, {"amal": 1})
    existing = tmp_path / "out.conll"
    existing.write_text("x\n", encoding="utf-8")
    questions = Questions(monkeypatch, QMessageBox.StandardButton.No)
    _export_clicked(qtbot, store, None, typed=str(existing))
    ((title, text, _default),) = questions.asked
    assert str(existing) in text
    for shown in (title, text.replace(str(existing), "")):
        assert re.search("[\u0600-\u06ff]", shown) and not re.search("[A-Za-z]", shown)


# --- the files an export writes beside its output are asked about too ------------------------


def _export_as(qtbot: Any, store: Any, fmt: str, output: Path) -> ExportDialog:
    dialog = ExportDialog(store, None, output, annotator="amal")
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentText(fmt)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return dialog


def test_an_existing_side_file_is_asked_about_and_no_keeps_it(
    qtbot: Any, store: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _layers(store, {"amal": 1})
    labels = tmp_path / "out.labels.json"  # what a jsonl export writes beside out.jsonl
    labels.write_bytes(b"my own labels\r\n")
    questions = Questions(monkeypatch, QMessageBox.StandardButton.No)
    dialog = _export_as(qtbot, store, "jsonl", tmp_path / "out.jsonl")
    ((_title, text, default),) = questions.asked
    assert str(labels) in text and default == QMessageBox.StandardButton.No
    assert dialog.result() != ExportDialog.DialogCode.Accepted
    assert labels.read_bytes() == b"my own labels\r\n"
    assert not (tmp_path / "out.jsonl").exists()


def test_every_file_to_be_replaced_is_listed_in_one_question(
    qtbot: Any, store: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _layers(store, {"amal": 1})
    folder = tmp_path / "brat"
    folder.mkdir()
    before = {name: f"{name} of my own\n".encode() for name in ("annotation.conf", "visual.conf")}
    for name, data in before.items():
        (folder / name).write_bytes(data)
    questions = Questions(monkeypatch, QMessageBox.StandardButton.No)
    dialog = _export_as(qtbot, store, "brat", folder)
    ((_title, text, _default),) = questions.asked
    assert all(str(folder / name) in text for name in before)
    assert dialog.result() != ExportDialog.DialogCode.Accepted
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    questions.answer = QMessageBox.StandardButton.Yes
    dialog = _export_as(qtbot, store, "brat", folder)
    assert len(questions.asked) == 2 and dialog.result() == ExportDialog.DialogCode.Accepted
