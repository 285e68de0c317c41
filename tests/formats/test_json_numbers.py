"""NaN and infinities are not JSON: every JSON importer refuses them with file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from format_helpers import Cli, snapshot

from annotator.formats.common import FormatError
from annotator.formats.import_files import parse_path

GOOD = json.dumps({"text": "زار بوتين موسكو", "label": [[4, 9, "PER"]]}, ensure_ascii=False)


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity", "1e400", "-2.5E+999"])
@pytest.mark.parametrize("fmt", ["jsonl", "doccano"])
def test_jsonl_meta(tmp_path: Path, token: str, fmt: str) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(GOOD + "\n" + '{"text": "في القاهرة", "meta": {"score": ' + token + "}}\n")
    with pytest.raises(FormatError) as info:
        parse_path(path, fmt)
    assert info.value.line == 2
    assert "cannot be imported" in info.value.reason
    assert token in info.value.reason or "too large for a float" in info.value.reason


@pytest.mark.parametrize("token", ["NaN", "-Infinity"])
def test_json_array_names_the_line_inside_the_record(tmp_path: Path, token: str) -> None:
    path = tmp_path / "in.json"
    path.write_text(
        '[\n {"text": "a NaN b",\n  "meta": {"note": "NaN",\n           "x": ' + token + "}}\n]\n"
    )
    with pytest.raises(FormatError) as info:
        parse_path(path, "json")
    assert info.value.line == 4 and token in info.value.reason


def test_label_studio_task(tmp_path: Path) -> None:
    task = '[{"id": 1, "data": {"text": "abc", "score": NaN}, "annotations": []}]'
    path = tmp_path / "ls.json"
    path.write_text(task)
    with pytest.raises(FormatError) as info:
        parse_path(path, "labelstudio")
    assert info.value.line == 1 and "NaN" in info.value.reason


def test_cli_refuses_and_changes_nothing(cli: Cli, db: str, tmp_path: Path) -> None:
    path = tmp_path / "nan.jsonl"
    path.write_text(GOOD + "\n" + '{"text": "x", "meta": {"a": [1, -Infinity]}}\n')
    before = snapshot(db)
    status, _out, err = cli("import", str(path), "--add-labels")
    assert status == 1 and "nan.jsonl, line 2: -Infinity" in err
    assert snapshot(db) == before


def test_ordinary_numbers_still_import(tmp_path: Path) -> None:
    path = tmp_path / "ok.jsonl"
    path.write_text('{"text": "abc", "meta": {"p": 0.25, "e": 1e10, "n": -3, "s": "NaN"}}\n')
    (doc,) = parse_path(path, "jsonl").documents
    assert doc.meta == {"p": 0.25, "e": 1e10, "n": -3, "s": "NaN"}
