"""The command line: exit codes, one-line errors, stats, labels, import/export on both
database backends."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_help_lists_the_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for command in ("import", "export", "stats", "labels", "agreement"):
        assert command in out


def test_help_lists_every_top_level_option_the_docs_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """README names ``annotator --lang ar`` and ``annotator --self-test``; ``--help``
    listed neither."""
    docs = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    named = {m for path in docs for m in re.findall(r"`annotator (--[a-z-]+)", path.read_text())}
    assert {"--lang", "--self-test", "--db"} <= named
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert sorted(option for option in named if option not in out) == []


@pytest.mark.parametrize("typo", ["statz", "exprt", "agreemnt"])
def test_a_mistyped_command_is_a_usage_error_not_a_new_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typo: str
) -> None:
    """``annotator statz`` opened the window on a new SQLite database named ``statz``."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as info:
        main([typo])
    assert info.value.code == 2
    assert "did you mean" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--db", str(tmp_path / "x.db"), "export", "--format", "xml", "-o", "out"])
    assert info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_missing_file_is_one_line_exit_1(capsys, tmp_path: Path) -> None:
    status, out, err = run(
        capsys, "--db", str(tmp_path / "x.db"), "import", str(tmp_path / "nothere.txt")
    )
    assert status == 1 and out == ""
    assert err == f"annotator: error: {tmp_path / 'nothere.txt'}: no such file or folder\n"


@pytest.mark.parametrize("odd", ["\n", "\r", "\t", "\u2028", "\x85"])
def test_a_path_with_a_line_break_is_named_escaped(capsys, tmp_path: Path, odd: str) -> None:
    """The one-line rule turned the newline of ``missing\n.txt`` into a space, so the
    message named another file (``missing .txt``)."""
    missing = tmp_path / f"miss{odd}ing.txt"
    status, out, err = run(capsys, "--db", str(tmp_path / "x.db"), "import", str(missing))
    shown = f"miss<U+{ord(odd):04X}>ing.txt"
    assert (status, out) == (1, "")
    assert err == f"annotator: error: {tmp_path / shown}: no such file or folder\n"
    broken = tmp_path / f"d{odd}b" / "x.annotator"
    broken.parent.write_text("a file where the folder would be")
    status, out, err = run(capsys, "--db", str(broken), "stats")
    assert status == 1 and err.count("\n") == 1 and f"d<U+{ord(odd):04X}>b" in err


def test_console_script_error_has_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "label": [[0, 5, "LOC"]]}\n')
    proc = subprocess.run(
        [sys.executable, "-m", "annotator.cli", "--db", str(tmp_path / "x.db"), "import", str(bad)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1
    assert proc.stderr.startswith("annotator: error: ") and "line 1" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_database_from_environment(monkeypatch, capsys, tmp_path: Path) -> None:
    target = tmp_path / "env.db"
    monkeypatch.setenv("ANNOTATOR_DB", str(target))
    status, _out, _err = run(capsys, "labels", "--preset", "anercorp")
    assert status == 0 and target.exists()


def test_labels_add_edit_and_list(capsys, tmp_path: Path) -> None:
    db = str(tmp_path / "l.db")
    assert run(capsys, "--db", db, "labels", "--preset", "anercorp")[0] == 0
    assert run(capsys, "--db", db, "labels", "add", "EVENT", "--color", "#123456")[0] == 0
    status, out, _ = run(capsys, "--db", db, "labels", "edit", "EVENT", "--rename", "EVT")
    assert status == 0
    names = [line.split("\t")[0] for line in out.splitlines()]
    assert names == ["PERS", "LOC", "ORG", "MISC", "EVT"]
    assert "#123456" in out
    status, _out, err = run(capsys, "--db", db, "labels", "add", "EVT")
    assert status == 1 and err.startswith("annotator: error: ") and err.count("\n") == 1


def test_import_export_stats_on_both_backends(capsys, store_url: str, tmp_path: Path) -> None:
    assert run(capsys, "--db", store_url, "labels", "--preset", "anercorp")[0] == 0
    data = tmp_path / "in.jsonl"
    records = [
        {"name": "a", "text": "زار بوتين موسكو", "label": [[4, 9, "PERS"], [10, 15, "LOC"]]},
        {"name": "b", "text": "في واشنطن", "label": [[3, 9, "LOC"]]},
    ]
    data.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    status, out, err = run(capsys, "--db", store_url, "import", str(data), "--annotator", "bob")
    assert status == 0, err
    assert "2 documents created, 0 merged, 3 spans added" in out
    # the same documents from another annotator merge into them
    status, out, err = run(capsys, "--db", store_url, "import", str(data), "--annotator", "eve")
    assert status == 0, err
    assert "0 documents created, 2 merged, 3 spans added" in out
    status, out, _ = run(capsys, "--db", store_url, "stats", "--json")
    stats = json.loads(out)
    assert stats["documents"] == 2
    assert stats["documents_by_status"] == {"new": 2}
    assert stats["spans_by_label"] == {"LOC": 4, "PERS": 2}
    assert stats["spans_by_layer"] == {"bob": {"LOC": 2, "PERS": 1}, "eve": {"LOC": 2, "PERS": 1}}
    out_file = tmp_path / "out.conll"
    status, _, err = run(
        capsys,
        "--db",
        store_url,
        "export",
        "--format",
        "conll",
        "--layer",
        "eve",
        "-o",
        str(out_file),
    )
    assert status == 0, err
    assert out_file.read_text(encoding="utf-8") == (
        "زار\tO\nبوتين\tB-PERS\nموسكو\tB-LOC\n\nفي\tO\nواشنطن\tB-LOC\n\n"
    )
    status, _, err = run(
        capsys,
        "--db",
        store_url,
        "export",
        "--format",
        "conll",
        "--status",
        "done",
        "--layer",
        "eve",
        "-o",
        str(out_file),
    )
    assert status == 0 and out_file.read_text(encoding="utf-8") == ""


def test_seeds_import_report(capsys, tmp_path: Path) -> None:
    status, out, _ = run(capsys, "--db", str(tmp_path / "s.db"), "import", *[str(p) for p in SEEDS])
    assert status == 0
    assert out.startswith("imported 5 paths: 5 documents created, 0 merged, 0 spans added")
