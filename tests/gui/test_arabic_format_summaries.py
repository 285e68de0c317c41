"""The export dialog's format summaries in the Arabic interface.

Each format's one-line summary (the registry's, also the command line's help) was shown
in English under the format box of the Arabic export dialog; the walk over the window's
strings let it through as domain text."""

from __future__ import annotations

from typing import Any

from test_arabic_interface import _untranslated

from annotator.formats.registry import EXPORT_FORMAT_TABLE, EXPORT_FORMATS

# File names, keys and tools a summary names, which stay as they are.
KEPT = {
    "TOKEN<TAB>TAG", "Hugging Face", "README.md", "train/validation/test", ".jsonl",
    "DocBin", ".spacy", "spacy train", "NAME.txt", "NAME.ann", "annotation.conf",
}  # fmt: skip


def test_every_format_summary_is_arabic(arabic, qtbot, store: Any) -> None:
    from annotator.gui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(store, None)
    qtbot.addWidget(dialog)
    shown = {}
    for name in EXPORT_FORMATS:
        dialog.format_combo.setCurrentText(name)
        shown[name] = dialog.format_summary.text()
    english = {spec.name: spec.summary for spec in EXPORT_FORMAT_TABLE}
    data = {*EXPORT_FORMATS, *KEPT}
    assert [n for n, t in shown.items() if not t or _untranslated(t, data)] == []
    assert all(shown[n] != english[n] for n in EXPORT_FORMATS)


def test_the_marked_summaries_are_the_registry_s() -> None:
    from annotator.gui.dialogs.format_summaries import SUMMARIES

    assert tuple(spec.summary for spec in EXPORT_FORMAT_TABLE) == SUMMARIES
