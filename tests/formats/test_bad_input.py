"""Bad input: one clear line naming the file (and line), exit 1, database unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from format_helpers import Cli, snapshot


@pytest.fixture
def populated(cli: Cli, tmp_path: Path) -> None:
    cli.ok("labels", "--preset", "anercorp")
    good = tmp_path / "good.jsonl"
    good.write_text(
        json.dumps(
            {"name": "g", "text": "زار بوتين موسكو", "label": [[4, 9, "PERS"]]}, ensure_ascii=False
        )
        + "\n",
        encoding="utf-8",
    )
    cli.ok("import", str(good))


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


CASES = {
    "truncated_jsonl": (
        "cut.jsonl",
        b'{"text": "\xd9\x86\xd8\xb5", "label": []}\n{"text": "\xd9\x86\xd8\xb5", "lab',
        ["cut.jsonl, line 2", "invalid JSON"],
    ),
    "invalid_utf8": ("bad.txt", b"\xd9\x86\xd8\xb5\n\xff\xfe oops\n", ["bad.txt, line 2", "UTF-8"]),
    "conll_missing_tag": (
        "bad.conll",
        "زار O\nبوتين B-PERS\n\nموسكو\n".encode(),
        ["bad.conll, line 4", "missing tag"],
    ),
    "unknown_label": (
        "unknown.jsonl",
        json.dumps({"text": "في موسكو", "label": [[3, 8, "CITY"]]}).encode() + b"\n",
        ["unknown.jsonl, line 1", "CITY", "--add-labels"],
    ),
    "overlap_flat": (
        "overlap.jsonl",
        json.dumps({"text": "في موسكو اليوم", "label": [[3, 8, "LOC"], [3, 14, "MISC"]]}).encode()
        + b"\n",
        ["overlap.jsonl, line 1", "overlaps", "--policy nested"],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_changes_nothing(cli: Cli, db: str, populated, tmp_path: Path, case: str) -> None:
    name, data, needles = CASES[case]
    # a good file first on the same command line: it must not be written either
    ok = _write(tmp_path, "first.txt", "نص سليم".encode())
    path = _write(tmp_path, name, data)
    before = snapshot(db)
    status, out, err = cli("import", str(ok), str(path))
    assert status == 1
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("annotator: error: ")
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err
    assert snapshot(db) == before


def test_nested_file_in_flat_database_is_refused(cli: Cli, db: str, populated, tmp_path: Path):
    path = _write(
        tmp_path,
        "nested.conll",
        "سكرتير B-MISC\nاللجنة I-MISC B-ORG\nالقومية I-MISC I-ORG\n".encode(),
    )
    before = snapshot(db)
    status, _out, err = cli("import", str(path))
    assert status == 1 and "--policy nested" in err
    assert snapshot(db) == before
    cli.ok("import", str(path), "--policy", "nested")
    assert snapshot(db)[1] == "nested"


def test_the_flat_overlap_error_is_one_sentence(cli: Cli, populated, tmp_path: Path) -> None:
    """The reason ended in ".;" (the span's sentence, then the hint joined after it)."""
    name, data, _needles = CASES["overlap_flat"]
    status, _out, err = cli("import", str(_write(tmp_path, name, data)))
    assert status == 1
    assert ".;" not in err
    assert err.endswith(
        "overlaps span 3-14 (MISC); the database allows no overlapping spans "
        "(import with --policy nested to allow nested ones)\n"
    )


def test_export_refuses_to_overwrite_the_database(cli: Cli, db: str, populated) -> None:
    before = Path(db).read_bytes()
    status, _out, err = cli("export", "--format", "conll", "-o", db)
    assert status == 1 and "database" in err
    assert Path(db).read_bytes() == before


def test_failed_export_leaves_no_partial_file(cli: Cli, populated, tmp_path: Path) -> None:
    out = tmp_path / "out.conll"
    out.write_text("previous\n")
    status, _out, err = cli("export", "--format", "conll", "--layer", "nobody", "-o", str(out))
    assert status == 1 and "nobody" in err
    assert out.read_text() == "previous\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def _records(*records: dict) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)


OVERLAP = {"text": "في موسكو اليوم", "label": [[3, 8, "LOC"], [3, 14, "MISC"]]}
OTHER_REASONS = {
    # the store refuses line 1 (a span starting on whitespace)
    "whitespace_edge": {"text": "في موسكو", "label": [[2, 8, "LOC"]]},
    "unknown_label": {"text": "في موسكو", "label": [[3, 8, "CITY"]]},
    # the store refuses line 1: it clashes with the document already in the layer
    "clash_with_layer": {"name": "g", "text": "زار بوتين موسكو", "label": [[4, 15, "LOC"]]},
}


@pytest.mark.parametrize("reason", sorted(OTHER_REASONS))
def test_an_overlap_in_the_file_is_named_before_other_reasons(
    cli: Cli, db: str, populated, tmp_path: Path, reason: str
) -> None:
    path = _write(tmp_path, "two.jsonl", _records(OTHER_REASONS[reason], OVERLAP))
    before = snapshot(db)
    status, _out, err = cli("import", str(path))
    assert status == 1
    assert "two.jsonl, line 2" in err and "overlaps" in err and "--policy nested" in err
    assert snapshot(db) == before


@pytest.mark.parametrize("reason", sorted(OTHER_REASONS))
def test_other_reasons_are_named_without_an_overlap(
    cli: Cli, db: str, populated, tmp_path: Path, reason: str
) -> None:
    path = _write(tmp_path, "one.jsonl", _records(OTHER_REASONS[reason]))
    status, _out, err = cli("import", str(path))
    assert status == 1
    assert "one.jsonl, line 1" in err and "--policy nested" not in err
