"""Hostile input: every importer and the CLI either import cleanly or give the format's
error naming the file (and line), leaving the database unchanged; nothing else escapes."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.formats.common import FormatError
from annotator.formats.import_files import parse_path
from benchmarks import stress
from tests.robustness import crash_worker as cw

REPO = Path(__file__).resolve().parents[2]
CASES = stress.fixed_cases(big_line_bytes=20_000_000)
FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_importer_and_the_cli_on(case: str, tmp_path: Path) -> None:
    stats = stress.FuzzStats()
    stress.fuzz_files(tmp_path, {case: CASES[case]}, stats, cli=True)
    assert stats.problems == []
    assert stats.uncaught == 0
    assert stats.cases == 2 * (len(stress.FORMATS) + 1)


@pytest.mark.parametrize(
    ("case", "fmt", "line", "reason"),
    [
        ("utf16", "jsonl", 1, "not valid UTF-8"),
        ("latin1", "text", 1, "not valid UTF-8"),
        ("deep_array", "json", 1, "nested too deeply"),
        ("deep_balanced", "jsonl", 1, "nested too deeply"),
        ("deep_in_record", "json", 1, "nested too deeply"),
        ("surrogate", "jsonl", 1, "surrogate"),
        ("shape_object", "json", 1, '"text"'),
        ("shape_scalars", "json", 1, "JSON object"),
        ("shape_float_offsets", "jsonl", 1, "integer"),
        ("ls_annotations_int", "labelstudio", 1, "annotations"),
        ("conll_ragged", "conll", 2, "'X' is not a tag"),
        ("conll_token_only", "conll", 1, "missing tag"),
    ],
)
def test_error_names_file_line_and_reason(
    case: str, fmt: str, line: int, reason: str, tmp_path: Path
) -> None:
    path = tmp_path / f"{case}.in"
    path.write_bytes(CASES[case])
    with pytest.raises(FormatError) as caught:
        parse_path(path, fmt)
    assert caught.value.file == str(path)
    assert caught.value.line == line
    assert reason in caught.value.reason


def test_twenty_megabyte_line_imports_whole(tmp_path: Path) -> None:
    path = tmp_path / "one_line.txt"
    path.write_bytes(CASES["big_line"])
    (doc,) = parse_path(path, "text").documents
    assert len(CASES["big_line"]) >= 19_000_000
    same = doc.text.encode() == CASES["big_line"]  # stored exactly, nothing stripped
    assert same


@FUZZ
@given(data=st.binary(max_size=400), fmt=st.sampled_from((*stress.FORMATS, None)))
def test_random_bytes(data: bytes, fmt: str | None, tmp_path: Path) -> None:
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        stats = stress.FuzzStats()
        db = stress.fresh_db(Path(folder), "db")
        path = Path(folder) / "random.in"
        path.write_bytes(data)
        stress.check_import(db, path, fmt, stats)
        assert stats.problems == []


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 40)
    | st.floats(allow_nan=False)
    | st.text(alphabet="ab زار\u200f\x00-", max_size=8)
    | st.sampled_from(["LOC", "PER", "text", "label", "spans", "data", "annotations"]),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["text", "label", "spans", "name", "meta", "data", "annotations"]),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@FUZZ
@given(
    records=st.lists(JSON_VALUES, min_size=1, max_size=3),
    fmt=st.sampled_from(("jsonl", "json", "doccano", "labelstudio", None)),
    as_array=st.booleans(),
)
def test_json_of_any_shape(records: list, fmt: str | None, as_array: bool, tmp_path: Path) -> None:
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        stats = stress.FuzzStats()
        db = stress.fresh_db(Path(folder), "db")
        path = Path(folder) / "shapes.json"
        if as_array:
            path.write_text(json.dumps(records), encoding="utf-8")
        else:
            path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
        stress.check_import(db, path, fmt, stats)
        assert stats.problems == []


@FUZZ
@given(
    rows=st.lists(
        st.lists(st.sampled_from(["زار", "O", "B-LOC", "I-LOC", "E-PER", "S-X", "_", "-"])).map(
            " ".join
        ),
        max_size=12,
    )
)
def test_conll_with_ragged_columns(rows: list[str], tmp_path: Path) -> None:
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        stats = stress.FuzzStats()
        db = stress.fresh_db(Path(folder), "db")
        path = Path(folder) / "ragged.conll"
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        stress.check_import(db, path, "conll", stats)
        assert stats.problems == []


def test_failed_import_leaves_counts_and_revision(tmp_path: Path) -> None:
    """A good file followed by a bad one on one command line: nothing at all is written."""
    db = stress.fresh_db(tmp_path, "db")
    good = tmp_path / "good.jsonl"
    good.write_text('{"text": "في القاهرة", "label": [[3, 10, "LOC"]]}\n', encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_bytes(CASES["deep_array"])
    before = cw.table_counts(db)
    from annotator.cli import main as cli_main

    assert cli_main(["--db", str(db), "import", str(good), str(bad)]) == 1
    assert cw.table_counts(db) == before


@pytest.mark.parametrize("case", ["deep_array", "utf16", "raw_nul_bytes", "surrogate"])
def test_cli_process_prints_one_line_and_no_traceback(case: str, tmp_path: Path) -> None:
    db = stress.fresh_db(tmp_path, "db")
    path = tmp_path / f"{case}.json"
    path.write_bytes(CASES[case])
    done = subprocess.run(
        [sys.executable, "-m", "annotator.cli", "--db", str(db), "import", str(path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"annotator: error: {path}")
