"""What an export notes beside its summary (spans a flat output leaves out, an empty
export, empty split parts, labels brat's configuration cannot hold) reads in Arabic in the
Arabic window, with its counts and names; the English window and the command line keep
the domain's English sentence as it is."""

from __future__ import annotations

import re
from typing import Any

import pytest
from test_arabic_interface import _untranslated

from annotator.formats.export_summary import export_notes
from annotator.gui.dialogs.export_dialog import _note_text as dialog_note_text
from annotator.gui.error_text import note_text

ARABIC = re.compile("[\u0600-\u06ff]")
#: Names of the consumers' own fields and files, which stay as the tools spell them.
TECHNICAL = {
    "datasets.load_dataset", "datasets", "doc.ents", "doc.spans['sc']", "ner_tags", "spaCy",
    "spans", "conll", "jsonl", "brat", "annotation.conf", "visual.conf", ".ann",
}  # fmt: skip

CASES: dict[str, dict[str, Any]] = {
    "empty": {"fmt": "jsonl", "documents": 0},
    "empty with status": {"fmt": "jsonl", "documents": 0, "status": "done"},
    "empty dataset": {"fmt": "hf-folder", "documents": 0, "parts": 1},
    "empty dataset with status": {"fmt": "hf-folder", "documents": 0, "status": "reviewed"},
    "spaCy leaves nested spans out": {"fmt": "spacy", "left_out": 3},
    "ner_tags of hf": {"fmt": "hf", "tags_left_out": 4},
    "ner_tags of jsonl": {"fmt": "jsonl", "tags_left_out": 5},
    "empty split part": {"fmt": "hf-folder", "empty_parts": ["test.jsonl"], "parts": 3},
    "brat configuration": {"fmt": "brat", "labels": ["شخص", "[X]"]},
}


def _notes(case: str) -> list[str]:
    args: dict[str, Any] = {"documents": 2, "left_out": 0, "tags_left_out": 0, "parts": 1}
    args.update({"empty_parts": [], "labels": ["PER"], "status": None})
    args.update(CASES[case])
    fmt = args.pop("fmt")
    notes = export_notes(fmt, **args)
    assert len(notes) == 1, notes
    return notes


@pytest.mark.parametrize("case", sorted(CASES))
def test_export_notes_read_in_arabic(arabic, case: str) -> None:
    (note,) = _notes(case)
    shown = dialog_note_text(note)  # as the export dialog shows it
    assert ARABIC.search(shown), shown
    counts = ("left_out", "tags_left_out")
    values = {str(v) for k, v in CASES[case].items() if k in counts}
    names = {v for value in CASES[case].values() if isinstance(value, list) for v in value}
    assert all(value in shown for value in values | names), shown
    status = CASES[case].get("status")
    assert not _untranslated(shown, TECHNICAL | names), shown
    if status:
        assert status not in shown, shown  # the window's own name of the status


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_english_window_keeps_the_command_lines_sentence(qapp, case: str) -> None:
    (note,) = _notes(case)
    assert note_text(note) == dialog_note_text(note) == str(note)
    assert not ARABIC.search(str(note)) or "شخص" in str(note)


IMPORT_NOTES: dict[str, dict[str, Any]] = {
    "I- began an entity": {"repairs": {"i_began_entity": 3}},
    "entity left open": {"repairs": {"unclosed_entity": 2}},
    "CoNLL tokens with whitespace": {"whitespace_tokens": 4},
    "Label Studio results": {"skipped_results": {"choices": 2, "relation": 1}},
    "discontinuous brat spans": {"split_fragments": 5},
    "brat span notes": {"span_notes": 6},
    "brat annotations": {"skipped_annotations": {"relation": 2, "comment": 1, "note": 1}},
    "links out": {"links_out": ["/srv/a/outside.txt"]},
    "special files": {"special": ["/srv/a/pipe.txt"]},
}


def _import_note(case: str) -> str:
    from annotator.formats.common import ImportNotes
    from annotator.formats.import_report import note_lines

    (note,) = note_lines(ImportNotes(**IMPORT_NOTES[case]))
    return note


@pytest.mark.parametrize("case", sorted(IMPORT_NOTES))
def test_import_notes_read_in_arabic(arabic, case: str) -> None:
    note = _import_note(case)
    shown = note_text(note)
    assert ARABIC.search(shown), shown
    (value,) = IMPORT_NOTES[case].values()
    numbers = (
        value.values()
        if isinstance(value, dict)
        else [len(value) if isinstance(value, list) else value]
    )
    assert all(str(n) in shown for n in numbers), shown
    names = {p.rsplit("/", 1)[1] for p in value} if isinstance(value, list) else set()
    kinds = set(value) if case == "Label Studio results" else set()
    allowed = TECHNICAL | names | kinds | {"CoNLL", "Label Studio", "I-", "B-", "E-", "(R)", "(#)"}
    assert not _untranslated(shown, allowed), shown


@pytest.mark.parametrize("case", sorted(IMPORT_NOTES))
def test_import_notes_keep_their_english_in_the_english_window(qapp, case: str) -> None:
    note = _import_note(case)
    assert note_text(note) == str(note)
