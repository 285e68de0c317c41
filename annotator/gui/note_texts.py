"""The window's texts of the notes an export or an import makes
(:class:`annotator.formats.notes_text.Note`), by code: a part of the table of
:mod:`annotator.gui.error_text`, which owns how they are shown. Counts are worded to fit
any number."""

from __future__ import annotations

from collections.abc import Callable, Mapping

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
    # imports
    "note_repair_i_began_entity": QT_TRANSLATE_NOOP(
        "ErrorText", "I- tags repaired as B- (an I- tag began an entity): {count}"
    ),
    "note_repair_unclosed_entity": QT_TRANSLATE_NOOP(
        "ErrorText", "entities without E- closed at their last token: {count}"
    ),
    "note_whitespace_tokens": QT_TRANSLATE_NOOP(
        "ErrorText",
        "CoNLL tokens that held whitespace, kept whole in the text (exports split them "
        "there): {count}",
    ),
    "note_skipped_results": QT_TRANSLATE_NOOP(
        "ErrorText", "Label Studio results skipped that are not labels: {count} ({kinds})"
    ),
    "note_split_fragments": QT_TRANSLATE_NOOP(
        "ErrorText", "discontinuous brat spans split into one span per fragment: {count}"
    ),
    "note_span_notes": QT_TRANSLATE_NOOP(
        "ErrorText", "brat annotator notes kept as span notes: {count}"
    ),
    "note_brat_skipped": QT_TRANSLATE_NOOP(
        "ErrorText", "brat annotations skipped that are not text-bound: {count} ({kinds})"
    ),
    "note_links_out": QT_TRANSLATE_NOOP(
        "ErrorText", "links leaving the folder skipped: {count} ({names})"
    ),
    "note_special": QT_TRANSLATE_NOOP(
        "ErrorText", "special files (FIFOs, devices, sockets) skipped: {count} ({names})"
    ),
}

#: How the window names each kind of brat annotation an import skips (with its mark).
BRAT_KINDS: dict[str, str] = {
    "relation": QT_TRANSLATE_NOOP("ErrorText", "relations (R)"),
    "event": QT_TRANSLATE_NOOP("ErrorText", "events (E)"),
    "attribute": QT_TRANSLATE_NOOP("ErrorText", "attributes (A/M)"),
    "normalization": QT_TRANSLATE_NOOP("ErrorText", "normalizations (N)"),
    "equivalence": QT_TRANSLATE_NOOP("ErrorText", "equivalences (*)"),
    "note": QT_TRANSLATE_NOOP("ErrorText", "annotator notes not on a span (#)"),
    "empty note": QT_TRANSLATE_NOOP("ErrorText", "empty annotator notes (#)"),
    "comment": QT_TRANSLATE_NOOP("ErrorText", "comments that are no annotator notes (#)"),
}


def brat_kinds(kinds: Mapping[str, int], translate: Callable[[str], str]) -> list[str]:
    """``{kind: count}`` as the window lists them: "relations (R): 2"."""
    return [f"{translate(BRAT_KINDS[k]) if k in BRAT_KINDS else k}: {n}" for k, n in kinds.items()]
