"""What an export says beside its summary line: spans a flat output leaves out, split
parts without documents, labels brat's configuration cannot hold, an export of no
documents. Plain values in, sentences out (the export owns the counting)."""

from __future__ import annotations

from collections.abc import Sequence

from annotator.formats.brat_export import config_note
from annotator.formats.hf_card import empty_split_note
from annotator.formats.notes_text import Note
from annotator.formats.spacy_docbin import nested_note
from annotator.plurals import counted

__all__ = ["TAGGED", "export_notes"]

#: Formats whose records carry ``ner_tags`` (flat IOB2: the outermost spans of a layer).
TAGGED = ("hf", "hf-folder", "jsonl", "json")
_KEPT_IN = {f: "(every span is still in spans)" for f in ("jsonl", "json")}
_KEPT_ELSEWHERE = "(the conll export keeps them as extra columns, jsonl in its spans)"


def export_notes(
    fmt: str,
    *,
    documents: int,
    left_out: int,
    tags_left_out: int,
    empty_parts: Sequence[str],
    parts: int,
    labels: Sequence[str],
    status: str | None,
) -> list[Note]:
    """The notes of an export of ``documents`` documents in format ``fmt``."""
    notes: list[Note] = []
    if documents == 0:
        notes.append(_nothing_note(fmt, status))
    if left_out:
        notes.append(nested_note(left_out))
    if tags_left_out:
        text = (
            f"the layer has nested spans: ner_tags hold the outermost ones only, "
            f"{counted(tags_left_out, 'span')} inside others left out "
            + _KEPT_IN.get(fmt, _KEPT_ELSEWHERE)
        )
        code = "note_tags_nested_kept" if fmt in _KEPT_IN else "note_tags_nested"
        notes.append(Note(text, code, spans=tags_left_out))
    if fmt == "hf-folder" and 0 < len(empty_parts) < parts:
        notes.append(empty_split_note(empty_parts))
    if fmt == "brat" and (note := config_note(labels)):
        notes.append(note)
    return notes


def _nothing_note(fmt: str, status: str | None) -> Note:
    """An export without documents: its files are empty, which is rarely what was meant
    (a --status no document has), and a dataset folder of none cannot be loaded."""
    which = f" with status {status}" if status else ""
    note = f"no documents{which} in the layer: the export is empty"
    code = "note_export_empty" + ("_status" if status else "")
    if fmt == "hf-folder":
        note += " (datasets.load_dataset cannot load a dataset without rows)"
        code += "_dataset"
    return Note(note, code, status=status or "")
