"""Importing spans that are already there, in every format that carries spans: a second
import of an unchanged file adds nothing and says so; a span the store refuses is named
by its own file and line (or record), not by the first record of its document."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from format_helpers import Cli, snapshot

TEXT = "زار بوتين موسكو"  # بوتين 4-9, موسكو 10-15


def _write(path: Path, content: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


def _jsonl(*records: dict) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def _array(*records: dict) -> str:
    """A JSON array with one record a line: record N is on line N + 1."""
    body = ",\n".join(json.dumps(r, ensure_ascii=False) for r in records)
    return "[\n" + body + "\n]\n"


def _task(*spans: tuple[int, int, str]) -> dict:
    result = [
        {
            "from_name": "label",
            "to_name": "text",
            "type": "labels",
            "value": {"start": s, "end": e, "text": TEXT[s:e], "labels": [label]},
        }
        for s, e, label in spans
    ]
    return {"data": {"text": TEXT, "name": "n"}, "annotations": [{"result": result}]}


def _conll(tags: tuple[str, str, str]) -> str:
    return "".join(f"{word}\t{tag}\n" for word, tag in zip(TEXT.split(), tags, strict=True))


def _brat(folder: Path, *spans: tuple[int, int, str]) -> Path:
    _write(folder / "doc.txt", TEXT)
    lines = [f"T{i}\t{label} {s} {e}\t{TEXT[s:e]}\n" for i, (s, e, label) in enumerate(spans, 1)]
    _write(folder / "doc.ann", "".join(lines))
    return folder


PERSON, CITY = (4, 9, "PERS"), (10, 15, "LOC")

RECORD = {"name": "n", "text": TEXT, "label": [PERSON, CITY]}
# format -> the file (or folder) holding one document with PERS and LOC, under a folder
UNCHANGED = {
    "jsonl": lambda d: _write(d / "a.jsonl", _jsonl(RECORD)),
    "json": lambda d: _write(d / "a.json", _array(RECORD)),
    "doccano": lambda d: _write(d / "a.jsonl", _jsonl({"text": TEXT, "label": [PERSON, CITY]})),
    "labelstudio": lambda d: _write(d / "a.json", _array(_task(PERSON, CITY))),
    "conll": lambda d: _write(d / "a.conll", _conll(("O", "B-PERS", "B-LOC"))),
    "brat": lambda d: _brat(d / "brat", PERSON, CITY),
}


@pytest.mark.parametrize("fmt", sorted(UNCHANGED))
def test_importing_an_unchanged_file_again_adds_nothing_and_says_so(
    cli: Cli, db: str, tmp_path: Path, fmt: str
) -> None:
    cli.ok("labels", "--preset", "anercorp")
    path = str(UNCHANGED[fmt](tmp_path))
    first = cli.ok("import", "--format", fmt, path)
    assert "2 spans added, labels added: none" in first and "already there" not in first
    before = snapshot(db)
    again = cli.ok("import", "--format", fmt, path)
    assert again.startswith(
        "imported 1 path: 0 documents created, 1 merged, 0 spans added, 2 spans already there, "
        "labels added: none"
    )
    assert snapshot(db)[1:] == before[1:]  # all but the revision counter


def test_a_record_given_twice_is_imported_once(cli: Cli, db: str, tmp_path: Path) -> None:
    cli.ok("labels", "--preset", "anercorp")
    record = {"name": "n", "text": TEXT, "label": [PERSON]}
    path = _write(tmp_path / "twice.jsonl", _jsonl(record, record))
    out = cli.ok("import", str(path))
    assert "1 document created, 1 merged, 1 span added, 1 span already there," in out
    assert snapshot(db)[4] == {"imported": [(1, *PERSON)]}


@pytest.mark.parametrize("policy", ["flat", "nested"])
def test_a_span_repeated_in_one_record_is_imported_once(
    cli: Cli, db: str, tmp_path: Path, policy: str
) -> None:
    cli.ok("labels", "--preset", "anercorp")
    record = {"text": TEXT, "label": [CITY, PERSON, CITY]}  # doccano, out of order
    path = _write(tmp_path / "repeat.jsonl", _jsonl(record))
    out = cli.ok("import", "--format", "doccano", "--policy", policy, str(path))
    assert "1 document created, 0 merged, 2 spans added, 1 span already there," in out
    assert snapshot(db)[4] == {"imported": [(1, *PERSON), (1, *CITY)]}


# A first record that stores PERS, then the same document again with a span the store
# refuses; (format, files, the file and line the refusal must name).
ON_SPACE = (3, 9, "PERS")  # starts on the space before بوتين
OVER = (6, 9, "MISC")  # inside PERS: refused under the flat policy
SAME_EXTENT = (4, 9, "MISC")  # PERS's extent, another label: refused under flat
CROSSING = (0, 7, "MISC")  # crosses PERS: refused under nested too


def _jsonl_case(d: Path, span: tuple[int, int, str]) -> list[Path]:
    first = {"name": "n", "text": TEXT, "label": [PERSON]}
    second = {"name": "n", "text": TEXT, "label": [CITY, span]}
    return [_write(d / "f.jsonl", _jsonl(first, {"name": "x", "text": "نص آخر"}, second))]


def _json_case(d: Path, span: tuple[int, int, str]) -> list[Path]:
    first = {"name": "n", "text": TEXT, "label": [PERSON]}
    return [_write(d / "f.json", _array(first, {"name": "n", "text": TEXT, "label": [span]}))]


def _doccano_case(d: Path, span: tuple[int, int, str]) -> list[Path]:
    s, e, label = span
    second = {"text": TEXT, "entities": [{"start_offset": s, "end_offset": e, "label": label}]}
    return [_write(d / "f.jsonl", _jsonl({"text": TEXT, "label": [PERSON]}, second))]


def _labelstudio_case(d: Path, span: tuple[int, int, str]) -> list[Path]:
    return [_write(d / "f.json", _array(_task(PERSON), _task(CITY, span)))]


def _conll_case(d: Path, span: tuple[int, int, str]) -> list[Path]:
    assert span == SAME_EXTENT  # CoNLL tags whole tokens
    first = _write(d / "a" / "f.conll", _conll(("O", "B-PERS", "O")))
    return [first, _write(d / "b" / "f.conll", _conll(("O", "B-MISC", "B-LOC")))]


def _brat_case(d: Path, span: tuple[int, int, str]) -> list[Path]:
    return [_brat(d / "a", PERSON), _brat(d / "b", CITY, span)]


CASES = {
    "jsonl_whitespace": ("jsonl", _jsonl_case, ON_SPACE, "flat", "f.jsonl, line 3", "whitespace"),
    "jsonl_overlap": ("jsonl", _jsonl_case, OVER, "flat", "f.jsonl, line 3", "overlaps"),
    "jsonl_crossing": ("jsonl", _jsonl_case, CROSSING, "nested", "f.jsonl, line 3", "crosses"),
    "json_overlap": ("json", _json_case, OVER, "flat", "f.json, line 3", "overlaps"),
    "doccano_label": ("doccano", _doccano_case, SAME_EXTENT, "flat", "f.jsonl, line 2", "overlaps"),
    "labelstudio": ("labelstudio", _labelstudio_case, OVER, "flat", "f.json, line 3", "overlaps"),
    "conll_label": ("conll", _conll_case, SAME_EXTENT, "flat", "f.conll, line 2", "overlaps"),
    "brat_overlap": ("brat", _brat_case, OVER, "flat", "doc.ann, line 2", "overlaps"),
    "brat_crossing": ("brat", _brat_case, CROSSING, "nested", "doc.ann, line 2", "crosses"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_refused_span_is_named_by_its_own_file_and_line(
    cli: Cli, db: str, tmp_path: Path, case: str
) -> None:
    fmt, make, span, policy, where, reason = CASES[case]
    cli.ok("labels", "--preset", "anercorp")
    if policy == "nested":
        cli.ok("import", str(_write(tmp_path / "seed.txt", "نص")), "--policy", "nested")
    paths = make(tmp_path, span)
    before = snapshot(db)
    status, out, err = cli("import", "--format", fmt, *[str(p) for p in paths])
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert where in err and reason in err, err
    if len(paths) > 1:  # two files holding the same document: the second one is named
        assert f"{tmp_path / 'b'}{os.sep}" in err and f"{tmp_path / 'a'}{os.sep}" not in err
    assert snapshot(db) == before
