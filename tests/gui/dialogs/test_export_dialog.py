"""The export dialog's default layer is annotator.layers.default_layer's choice, with the
window's own layer where the rule leaves the choice open; never an empty layer while
another has labels."""

from __future__ import annotations

from typing import Any

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
