"""The export dialog offers every format with only its own options enabled, remembers the
output path per format, clears the hint about the output once a path is picked, and
offers the only layer of a database without labels; no Qt warning meanwhile."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QtMsgType
from PySide6.QtWidgets import QDialogButtonBox

from annotator.formats.registry import EXPORT_FORMAT_TABLE, OPTIONS
from annotator.gui.dialogs.export_dialog import ExportDialog, execute_export

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


# --- every format with its own options; the output path remembered; the hint ---------------


@pytest.fixture
def no_qt_warnings(qtlog: Any) -> Any:
    yield
    warnings = [r.message for r in qtlog.records if r.type != QtMsgType.QtDebugMsg]
    assert warnings == []


def _dialog(qtbot: Any, store: Any, **kwargs: Any) -> ExportDialog:
    dialog = ExportDialog(store, None, annotator="amal", **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def _export_button(dialog: ExportDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_each_format_enables_only_its_own_options(
    qtbot: Any, store: Any, no_qt_warnings: Any
) -> None:
    _layers(store, {"amal": 1})
    dialog = _dialog(qtbot, store)
    widgets = dialog._option_widgets()
    assert set(widgets) == set(OPTIONS)
    offered = [dialog.format_combo.itemText(i) for i in range(dialog.format_combo.count())]
    assert offered == [spec.name for spec in EXPORT_FORMAT_TABLE]
    for spec in EXPORT_FORMAT_TABLE:
        dialog.format_combo.setCurrentText(spec.name)
        enabled = {name for name, ws in widgets.items() if all(w.isEnabled() for w in ws)}
        assert enabled == set(spec.options), spec.name
        assert dialog.format_summary.text() == spec.summary
    dialog.format_combo.setCurrentText("spacy")
    dialog.output_edit.setText("/tmp/x.spacy")
    dialog.spacy_spans_combo.setCurrentIndex(dialog.spacy_spans_combo.findData("spans"))
    assert dialog.request().spacy_spans == "spans"
    dialog.format_combo.setCurrentText("brat")
    assert dialog.request().spacy_spans == "ents"  # an option brat does not take


def test_the_hint_goes_away_once_a_path_is_picked(
    qtbot: Any, store: Any, no_qt_warnings: Any
) -> None:
    _layers(store, {"amal": 1})
    dialog = _dialog(qtbot, store)
    _export_button(dialog).click()
    assert dialog.message.text() == "choose where to write the export"
    assert dialog.result() != ExportDialog.DialogCode.Accepted
    dialog.output_edit.setText("/tmp/out.conll")
    assert dialog.message.text() == ""


def _accept(qtbot: Any, store: Any, fmt: str, output: str) -> None:
    dialog = _dialog(qtbot, store)
    dialog.format_combo.setCurrentText(fmt)
    dialog.output_edit.setText(output)
    _export_button(dialog).click()
    assert dialog.result() == ExportDialog.DialogCode.Accepted


def test_the_output_path_is_remembered_per_format(
    qtbot: Any, store: Any, tmp_path: Path, no_qt_warnings: Any
) -> None:
    _layers(store, {"amal": 1})
    conll, spacy = str(tmp_path / "a.conll"), str(tmp_path / "b.spacy")
    _accept(qtbot, store, "conll", conll)
    _accept(qtbot, store, "spacy", spacy)
    dialog = _dialog(qtbot, store)
    assert (dialog.format_combo.currentText(), dialog.output_edit.text()) == ("spacy", spacy)
    dialog.format_combo.setCurrentText("conll")
    assert dialog.output_edit.text() == conll
    dialog.format_combo.setCurrentText("spacy")
    assert dialog.output_edit.text() == spacy
    typed = str(tmp_path / "typed.spacy")
    dialog.output_edit.setText(typed)
    dialog.format_combo.setCurrentText("conll")
    assert dialog.output_edit.text() == typed  # what the user typed stays
    given = _dialog(qtbot, store, output=tmp_path / "given.jsonl")
    assert given.output_edit.text() == str(tmp_path / "given.jsonl")


def test_an_empty_database_offers_its_only_layer(qtbot: Any, store: Any) -> None:
    store.add_label("PER")
    store.add_document("d", TEXT)
    store.annotator("imported")
    assert _chosen(qtbot, store, "amal") == "imported"  # amal has no layer yet
    store.annotator("badr")
    assert _chosen(qtbot, store, "amal") == ""  # two empty layers: the user chooses
    assert _chosen(qtbot, store, "badr") == "badr"


@pytest.mark.parametrize("fmt", ["spacy", "brat", "labelstudio", "hf-folder"])
def test_the_dialog_exports_the_new_formats(
    qtbot: Any, store: Any, tmp_path: Path, fmt: str, no_qt_warnings: Any
) -> None:
    _layers(store, {"amal": 2})
    out = tmp_path / "out"
    dialog = _dialog(qtbot, store, output=out)
    dialog.format_combo.setCurrentText(fmt)
    reports: list[tuple[str, str]] = []
    assert execute_export(
        None,
        store,
        dialog.request(),
        report=lambda _p, title, text, _e: reports.append((title, text)),
    )
    assert reports[0][0] == "Export finished"
    assert "2 spans from the layer amal" in reports[0][1]
    written = {
        "spacy": [out],
        "brat": [out / "d.txt", out / "d.ann", out / "annotation.conf"],
        "labelstudio": [out, tmp_path / "out.labelstudio-config.xml"],
        "hf-folder": [out / "train.jsonl", out / "README.md"],
    }[fmt]
    assert all(path.is_file() for path in written)
