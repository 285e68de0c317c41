"""Output never turns a committed command into a failure: streams that cannot encode
Arabic escape it, and a reader that went away does not change the exit status."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

RECORD = {"text": "زار بوتين موسكو", "label": [[4, 9, "شخص"]]}


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "annotator.cli", *args],
        capture_output=True,
        env={**os.environ, **env},
        timeout=120,
    )


def _source(tmp_path: Path) -> Path:
    path = tmp_path / "مقال.jsonl"
    path.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _documents(db: Path) -> int:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT count(*) FROM document").fetchone()[0]


def test_ascii_stdout_escapes_arabic_and_succeeds(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    proc = _run(
        ["--db", str(db), "import", str(_source(tmp_path)), "--add-labels"],
        PYTHONIOENCODING="ascii",
    )
    assert proc.returncode == 0, proc.stderr
    assert b"labels added: \\u0634\\u062e\\u0635" in proc.stdout
    assert proc.stderr == b""
    assert _documents(db) == 1
    proc = _run(
        ["--db", str(db), "import", str(tmp_path / "missing-مقال.txt")], PYTHONIOENCODING="ascii"
    )
    assert proc.returncode == 1
    assert proc.stderr.decode("ascii").startswith("annotator: error: ")
    assert b"\\u0645" in proc.stderr


def test_undecodable_file_names_print_on_a_utf8_stream(tmp_path: Path) -> None:
    name = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"\xff.txt"))
    Path(name).write_text("نص", encoding="utf-8")
    proc = _run(["--db", str(tmp_path / "n.db"), "import", name], PYTHONIOENCODING="utf-8")
    assert proc.returncode == 1
    assert b"\\xff.txt: the file name is not valid UTF-8" in proc.stderr
    assert b"codec" not in proc.stderr and b"Traceback" not in proc.stderr


def test_a_closed_pipe_after_a_committed_import_is_not_a_failure(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "annotator.cli",
            "--db",
            str(db),
            "import",
            str(_source(tmp_path)),
            "--add-labels",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader goes away before anything is printed
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 0, err
    assert err == b""
    assert _documents(db) == 1


def test_the_export_line_is_one_line_for_an_output_named_with_a_line_break(
    tmp_path: Path,
) -> None:
    """``-o $'nl\nx.conll'`` printed ``exported ... to nl`` and ``x.conll`` on two lines."""
    db = tmp_path / "a.db"
    assert _run(["--db", str(db), "import", str(_source(tmp_path)), "--add-labels"]).returncode == 0
    out = tmp_path / "nl\nx.conll"
    proc = _run(["--db", str(db), "export", "--format", "conll", "-o", str(out)])
    assert proc.returncode == 0, proc.stderr
    assert out.is_file()
    assert proc.stdout.decode().splitlines() == [
        f"exported 1 document, 1 span from layer 'imported' to {tmp_path / 'nl<U+000A>x.conll'}"
    ]


def test_running_out_of_memory_is_one_plain_line(tmp_path: Path, monkeypatch, capsys) -> None:
    """A MemoryError (a huge file under a memory limit) read "unexpected MemoryError:
    MemoryError", as if the program were broken."""
    import annotator.formats.import_files as import_files
    from annotator.cli import main

    def exhausted(*_args: object, **_kwargs: object) -> None:
        raise MemoryError

    monkeypatch.setattr(import_files, "parse_path", exhausted)
    status = main(["--db", str(tmp_path / "p.db"), "import", str(_source(tmp_path))])
    err = capsys.readouterr().err
    assert status == 1
    assert err.splitlines() == [
        "annotator: error: out of memory (the command stopped; nothing half-written was kept)"
    ]
