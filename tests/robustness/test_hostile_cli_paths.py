"""Hostile --db and -o values: each gives one line on stderr, exit 1, no traceback, and
leaves the project and the folder as they were."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.store import Store


def _error(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    capsys.readouterr()
    assert main(argv) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "Traceback" not in err, err
    assert err.startswith("annotator: error: ")
    return err


def _project(tmp_path: Path) -> Path:
    db = tmp_path / "p.db"
    with Store.open(db) as store:
        doc = store.add_document("one", "زار محمد القاهرة")
        store.add_label("PER")
        store.add_span(doc.id, "amal", 4, 8, "PER")
    return db


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_db_path_ending_with_a_slash_names_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "a.txt"
    text.write_text("نص", encoding="utf-8")
    for command in (["import", str(text)], ["stats"]):
        err = _error(capsys, ["--db", f"{tmp_path / 'new'}/", *command])
        assert "new/ names a folder: give the database file's name" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # no file "new"


def test_a_db_that_is_a_folder_a_fifo_or_a_device(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "folder.db"
    folder.mkdir()
    assert f"{folder} is not an annotator database: it is a folder" in _error(
        capsys, ["--db", str(folder), "stats"]
    )
    fifo = tmp_path / "fifo.db"
    os.mkfifo(fifo)
    for target in (fifo, Path(os.devnull)):
        err = _error(capsys, ["--db", str(target), "labels", "add", "X"])
        assert f"{target} is not an annotator database: it is not a file" in err


@pytest.mark.parametrize(
    "url", ["mysql://u@h/db", "file:///x.db", "http://example.org/x", "sqlite://host/x"]
)
def test_an_odd_url_is_refused(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _error(capsys, ["--db", url, "import", str(tmp_path)])
    assert list(tmp_path.iterdir()) == []


def test_predict_never_writes_over_the_open_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``suggest predict -o`` checks its output like ``export -o``: the project file (it
    used to be replaced by the JSONL), a folder, a device, an empty name, ``dir/``."""
    db = _project(tmp_path)
    before = _digest(db)
    base = ["--db", str(db), "suggest", "predict", "--format", "jsonl", "-o"]
    assert "refusing to overwrite the open database" in _error(capsys, [*base, str(db)])
    assert "is a folder" in _error(capsys, [*base, str(tmp_path)])
    assert "not a regular file" in _error(capsys, [*base, os.devnull])
    assert "the output name is empty" in _error(capsys, [*base, ""])
    assert "ends with a slash, which names a folder" in _error(
        capsys, [*base, f"{tmp_path / 'out'}/"]
    )
    assert _digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.db"]


def test_export_to_a_name_ending_with_a_slash_or_to_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _project(tmp_path)
    base = ["--db", str(db), "export", "--format", "conll", "-o"]
    err = _error(capsys, [*base, f"{tmp_path / 'out'}/"])
    assert f"{tmp_path / 'out'}/: ends with a slash, which names a folder: give a file name" in err
    assert "the output name is empty" in _error(capsys, [*base, ""])
    assert not (tmp_path / "out").exists()
    capsys.readouterr()
    split = tmp_path / "splits"
    assert main([*base[:-1], "--split", "50/50/0", "-o", f"{split}/"]) == 0  # a folder: fine
    assert (split / "train.conll").is_file()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", [["stats"], ["labels", "--json"], ["assign"]])
def test_standard_output_on_a_full_device(command: list[str], tmp_path: Path) -> None:
    db = _project(tmp_path)
    with open("/dev/full", "w") as full:
        run = subprocess.run(
            [sys.executable, "-m", "annotator.cli", "--db", str(db), *command],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert run.returncode == 1
    assert run.stderr == "annotator: error: standard output: No space left on device\n"
