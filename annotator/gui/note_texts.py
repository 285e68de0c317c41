"""The window's texts of the notes an export makes (:class:`annotator.formats.notes_text.
Note`), by code: a part of the table of :mod:`annotator.gui.error_text`, which owns how
they are shown. Counts are worded to fit any number."""

from __future__ import annotations

from annotator.gui.i18n import QT_TRANSLATE_NOOP

NOTE_TEXTS: dict[str, str] = {
    "note_export_empty": QT_TRANSLATE_NOOP(
        "ErrorText", "no documents in the layer: the export is empty"
    ),
    "note_export_empty_status": QT_TRANSLATE_NOOP(
        "ErrorText", "no documents with status {status} in the layer: the export is empty"
    ),
    "note_export_empty_dataset": QT_TRANSLATE_NOOP(
        "ErrorText",
        "no documents in the layer: the export is empty (datasets.load_dataset cannot load "
        "a dataset without rows)",
    ),
    "note_export_empty_status_dataset": QT_TRANSLATE_NOOP(
        "ErrorText",
        "no documents with status {status} in the layer: the export is empty "
        "(datasets.load_dataset cannot load a dataset without rows)",
    ),
    "note_spacy_nested": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the layer has nested spans: doc.ents holds the outermost ones only; spans inside "
        "others left out: {spans} (the spaCy option spans puts every span in doc.spans['sc'])",
    ),
    "note_tags_nested": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the layer has nested spans: ner_tags hold the outermost ones only; spans inside "
        "others left out: {spans} (the conll export keeps them as extra columns, jsonl in "
        "its spans)",
    ),
    "note_tags_nested_kept": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the layer has nested spans: ner_tags hold the outermost ones only; spans inside "
        "others left out: {spans} (every span is still in spans)",
    ),
    "note_empty_split": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{files}: no documents in this part of the split; the file is empty and the dataset "
        "card leaves it out (datasets cannot load an empty split)",
    ),
    "note_brat_config": QT_TRANSLATE_NOOP(
        "ErrorText",
        "brat's configuration takes type names of ASCII letters, digits, _ and - only; labels "
        "left out of annotation.conf and visual.conf: {labels}; their spans are in the .ann "
        "files and brat shows them as types it does not define",
    ),
}
