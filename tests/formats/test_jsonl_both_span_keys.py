"""A record with both ``spans`` and doccano's ``label`` (as every jsonl export writes):
when they give different spans, one of them was edited (a tool that edits ``label`` and keeps
the other fields), so the import is refused instead of silently reading only one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from format_helpers import Cli, snapshot

from annotator.formats.common import FormatError
from annotator.formats.import_files import parse_path


def _write(tmp_path: Path, *records: dict) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return path


def test_spans_and_label_that_disagree_are_refused_with_the_line(
    cli: Cli, db: str, tmp_path: Path
) -> None:
    same = {"text": "زار بوتين", "spans": [{"start": 4, "end": 9, "label": "PER"}]}
    same["label"] = [[4, 9, "PER"]]
    edited = {"text": "زار موسكو", "spans": [], "label": [[4, 9, "LOC"]]}
    path = _write(tmp_path, same, edited)
    before = snapshot(db)
    status, _out, err = cli("import", str(path), "--add-labels")
    assert status == 1
    assert err.count("\n") == 1 and "in.jsonl, line 2:" in err
    assert '"spans" and "label"' in err and "4-9 LOC" in err
    assert snapshot(db) == before


def test_the_same_spans_in_both_keys_in_any_order_import_once(tmp_path: Path) -> None:
    spans = [
        {"start": 4, "end": 9, "label": "PER", "text": "بوتين"},
        {"start": 0, "end": 3, "label": "X"},
    ]
    record = {"text": "زار بوتين", "spans": spans, "label": [[0, 3, "X"], [4, 9, "PER"]]}
    docs = parse_path(_write(tmp_path, record), "jsonl").documents
    assert [(s.start, s.end, s.label) for s in docs[0].spans] == [(4, 9, "PER"), (0, 3, "X")]


@pytest.mark.parametrize("label", ["sports", 3, ["news", "sports"], [[0, 1]]])
def test_a_label_field_that_holds_no_spans_is_left_alone(tmp_path: Path, label: object) -> None:
    record = {
        "text": "زار بوتين",
        "spans": [{"start": 4, "end": 9, "label": "PER"}],
        "label": label,
    }
    docs = parse_path(_write(tmp_path, record), "jsonl").documents
    assert [(s.start, s.end, s.label) for s in docs[0].spans] == [(4, 9, "PER")]


def test_doccano_entities_beside_spans_are_compared_too(tmp_path: Path) -> None:
    record = {
        "text": "زار بوتين",
        "spans": [{"start": 4, "end": 9, "label": "PER"}],
        "entities": [{"start_offset": 4, "end_offset": 9, "label": "ORG"}],
    }
    with pytest.raises(FormatError) as info:
        parse_path(_write(tmp_path, record), "jsonl")
    assert info.value.line == 1 and '"spans" and "entities"' in info.value.reason
