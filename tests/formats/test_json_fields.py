"""JSON records are read strictly: a ``name`` that is not a string, a ``meta`` that is not
an object and a key given twice in one object are refused with the file, the record's line
and the field, before anything is written (they were read as a generated name, a
``{"meta": value}`` wrapper and the last of the two values)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from format_helpers import Cli, snapshot

from annotator.formats.common import FormatError
from annotator.formats.import_files import parse_path

GOOD = '{"text": "زار الرئيس القاهرة", "label": [[11, 18, "LOC"]]}'
LS_GOOD = '{"id": 1, "data": {"text": "زار القاهرة"}, "annotations": []}'


def _write(path: Path, fmt: str, bad: str) -> int:
    """Two good records and ``bad`` as the third: returns the line ``bad`` starts on."""
    good = LS_GOOD if fmt == "labelstudio" else GOOD
    if fmt in ("json", "labelstudio"):
        path.write_text(f"[\n{good},\n{good},\n{bad}\n]\n", encoding="utf-8")
        return 4
    path.write_text(f"{good}\n{good}\n{bad}\n", encoding="utf-8")
    return 3


def _refusal(tmp_path: Path, fmt: str, bad: str) -> tuple[FormatError, int]:
    path = tmp_path / "corpus.jsonl"
    line = _write(path, fmt, bad)
    with pytest.raises(FormatError) as info:
        parse_path(path, fmt)
    return info.value, line


RECORDS = {
    "name a number": ('{"text": "نص", "name": 5}', '"name" must be a string, not 5'),
    "name true": ('{"text": "نص", "name": true}', '"name" must be a string, not true'),
    "name a list": ('{"text": "نص", "name": ["a"]}', '"name" must be a string, not ["a"]'),
    "meta a number": ('{"text": "نص", "meta": 5}', '"meta" must be a JSON object, not 5'),
    "meta a string": ('{"text": "نص", "meta": "x"}', '"meta" must be a JSON object, not "x"'),
    "meta a list": ('{"text": "نص", "meta": [1]}', '"meta" must be a JSON object, not [1]'),
    "text twice": ('{"text": "أول", "text": "ثان"}', 'the key "text" is given twice'),
    "key twice in a span": (
        '{"text": "نص طويل", "spans": [{"start": 0, "start": 3, "end": 5, "label": "X"}]}',
        'the key "start" is given twice',
    ),
    "key twice in meta": ('{"text": "نص", "meta": {"a": 1, "a": 2}}', 'the key "a" is given twice'),
}


@pytest.mark.parametrize("fmt", ["jsonl", "json", "doccano"])
@pytest.mark.parametrize("case", sorted(RECORDS))
def test_a_lenient_record_is_refused_with_its_line_and_field(
    tmp_path: Path, fmt: str, case: str
) -> None:
    bad, reason = RECORDS[case]
    error, line = _refusal(tmp_path, fmt, bad)
    assert error.line == line
    assert reason in error.reason, error.reason
    assert str(error).startswith(f"{tmp_path / 'corpus.jsonl'}, line {line}: ")
    assert error.code


TASKS = {
    "data.name a number": (
        '{"data": {"text": "نص", "name": 5}, "annotations": []}',
        '"data.name" must be a string, not 5',
    ),
    "key twice in data": (
        '{"data": {"text": "أول", "text": "ثان"}, "annotations": []}',
        'the key "text" is given twice',
    ),
    "key twice in a result": (
        '{"data": {"text": "زار القاهرة"}, "annotations": [{"result": [{"type": "labels", '
        '"value": {"start": 4, "end": 11, "start": 0, "labels": ["LOC"]}}]}]}',
        'the key "start" is given twice',
    ),
    "id an object": (
        '{"id": {"a": 1}, "data": {"text": "نص"}}',
        'the task\'s "id" must be a number or a string, not {"a": 1}',
    ),
    "id true": ('{"id": true, "data": {"text": "نص"}}', 'the task\'s "id" must be'),
    "id a fraction": ('{"id": 1.5, "data": {"text": "نص"}}', 'the task\'s "id" must be'),
}


@pytest.mark.parametrize("case", sorted(TASKS))
def test_a_lenient_label_studio_task_is_refused(tmp_path: Path, case: str) -> None:
    bad, reason = TASKS[case]
    error, line = _refusal(tmp_path, "labelstudio", bad)
    assert error.line == line
    assert reason in error.reason, error.reason


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_null_name_and_meta_still_mean_none(tmp_path: Path, fmt: str) -> None:
    record = {"text": "زار القاهرة", "name": None, "meta": None, "label": [[4, 11, "LOC"]]}
    path = tmp_path / "in.jsonl"
    _write(path, fmt, json.dumps(record, ensure_ascii=False))
    docs = parse_path(path, fmt).documents
    assert docs[2].name.startswith("doc-") and docs[2].meta is None


@pytest.mark.parametrize("case", ["name a number", "meta a number", "text twice"])
def test_the_cli_refuses_in_one_line_and_writes_nothing(
    cli: Cli, db: str, tmp_path: Path, case: str
) -> None:
    cli.ok("import", "--add-labels", str(_good_file(tmp_path)))
    before = snapshot(db)
    path = tmp_path / "corpus.jsonl"
    line = _write(path, "jsonl", RECORDS[case][0])
    status, out, err = cli("import", "--add-labels", str(path))
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"annotator: error: {path}, line {line}: ")
    assert snapshot(db) == before


def _good_file(tmp_path: Path) -> Path:
    path = tmp_path / "first.jsonl"
    path.write_text('{"text": "سافر إلى القاهرة", "label": [[9, 16, "LOC"]]}\n', encoding="utf-8")
    return path


def test_a_task_id_names_the_document(tmp_path: Path) -> None:
    path = tmp_path / "tasks.json"
    path.write_text(
        '[{"id": 7, "data": {"text": "أ"}}, {"id": "x7", "data": {"text": "ب"}}]', encoding="utf-8"
    )
    assert [d.name for d in parse_path(path, "labelstudio").documents] == ["task-7", "task-x7"]
