"""What an export may replace and leave behind (issues 11.7, 11.19, 11.20): outputs that
exist and are not regular files are refused, the labels file is named after the output,
temporaries are flushed to disk before the rename, stale ones are removed and reported."""

from __future__ import annotations

import json
import os
import socket
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from format_helpers import Cli

from annotator.formats import atomic
from annotator.formats.export import ExportOptions, export
from annotator.store import Store


@pytest.fixture
def labelled(cli: Cli, db: str, tmp_path: Path) -> str:
    source = tmp_path / "doc.jsonl"
    record = {"name": "d", "text": "زار بوتين موسكو", "label": [[4, 9, "PERS"]]}
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    cli.ok("import", str(source), "--add-labels")
    return db


def _refused(cli: Cli, args: list[str], target: Path, kind: str) -> None:
    status, out, err = cli("export", *args)
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"{target}: exists and is {kind}, not a regular file" in err


def _temporaries(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def _symlink_to_file(path: Path) -> Callable[[], object]:
    victim = path.parent / "victim.txt"
    victim.write_text("keep me\n", encoding="utf-8")
    path.symlink_to(victim)
    return lambda: (path.is_symlink(), victim.read_text(encoding="utf-8"))


def _dangling_symlink(path: Path) -> Callable[[], object]:
    path.symlink_to(path.parent / "nowhere")
    return lambda: (path.is_symlink(), (path.parent / "nowhere").exists())


def _fifo(path: Path) -> Callable[[], object]:
    os.mkfifo(path)
    return lambda: stat.S_ISFIFO(path.lstat().st_mode)


def _socket(path: Path) -> Callable[[], object]:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()
    return lambda: stat.S_ISSOCK(path.lstat().st_mode)


def _null_device(path: Path) -> Callable[[], object]:
    if os.geteuid() != 0:
        pytest.skip("os.mknod of a character device needs root")
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a node like /dev/null
    return lambda: (stat.S_ISCHR(path.lstat().st_mode), path.lstat().st_rdev)


SPECIAL = {
    "symlink": (_symlink_to_file, "a symbolic link"),
    "dangling symlink": (_dangling_symlink, "a symbolic link"),
    "fifo": (_fifo, "a FIFO (named pipe)"),
    "socket": (_socket, "a socket"),
    "character device": (_null_device, "a character device"),
}


@pytest.mark.parametrize("make", SPECIAL, ids=list(SPECIAL))
@pytest.mark.parametrize("where", ["output", "split file", "labels file"])
def test_an_output_that_is_not_a_regular_file_is_refused(
    cli: Cli, labelled: str, tmp_path: Path, make: str, where: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    if where == "output":
        args, special = ["--format", "conll", "-o", str(folder / "all.conll")], "all.conll"
    elif where == "split file":
        args = ["--format", "jsonl", "--split", "50/50", "-o", str(folder)]
        special = "test.jsonl"
    else:
        args, special = ["--format", "jsonl", "-o", str(folder / "all.jsonl")], "all.labels.json"
    create, kind = SPECIAL[make]
    state = create(folder / special)
    expected = state()
    before = sorted(p.name for p in folder.iterdir())
    _refused(cli, args, folder / special, kind)
    assert state() == expected  # the node (and what a link points to) is untouched
    assert sorted(p.name for p in folder.iterdir()) == before  # nothing written, no temporary


def test_a_target_turned_special_during_the_export_is_not_replaced(
    labelled: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The targets are checked again just before the renames."""
    out = tmp_path / "all.conll"
    real_fsync = os.fsync

    def fsync_then_plant(fd: int) -> None:
        real_fsync(fd)
        if not out.exists():
            os.mkfifo(out)

    monkeypatch.setattr(atomic.os, "fsync", fsync_then_plant)
    with Store.open(labelled) as store, pytest.raises(atomic.NotRegularFileError):
        export(store, ExportOptions(format="conll"), out)
    assert stat.S_ISFIFO(out.lstat().st_mode)
    assert _temporaries(tmp_path) == []


def test_the_labels_file_is_named_after_the_output(cli: Cli, labelled: str, tmp_path: Path):
    first = tmp_path / "first.jsonl"
    second = tmp_path / "second.json"
    cli.ok("export", "--format", "jsonl", "-o", str(first))
    (tmp_path / "first.labels.json").write_text("mine\n", encoding="utf-8")
    out = cli.ok("export", "--format", "json", "-o", str(second))
    assert str(tmp_path / "second.labels.json") in out
    # the second export left the first one's labels file alone
    assert (tmp_path / "first.labels.json").read_text(encoding="utf-8") == "mine\n"
    labels = json.loads((tmp_path / "second.labels.json").read_text(encoding="utf-8"))
    assert (labels["labels"], labels["ner_tags"]) == (["PERS"], ["O", "B-PERS", "I-PERS"])
    assert not (tmp_path / "labels.json").exists()
    cli.ok("export", "--format", "hf", "--split", "50/50", "-o", str(tmp_path / "split"))
    assert sorted(p.name for p in (tmp_path / "split").iterdir()) == [
        "labels.json",
        "test.jsonl",
        "train.jsonl",
    ]


def test_temporaries_are_flushed_before_the_rename_and_folders_after(
    labelled: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        mode = os.fstat(fd).st_mode
        events.append(("fsync-folder" if stat.S_ISDIR(mode) else "fsync-file", str(fd)))
        real_fsync(fd)

    def replace(source: str, target: str) -> None:
        events.append(("replace", Path(target).name))
        real_replace(source, target)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    monkeypatch.setattr(atomic.os, "replace", replace)
    with Store.open(labelled) as store:
        export(store, ExportOptions(format="jsonl"), tmp_path / "all.jsonl")
    kinds = [kind for kind, _what in events]
    assert kinds == ["fsync-file", "fsync-file", "replace", "replace", "fsync-folder"]
    assert {what for kind, what in events if kind == "replace"} == {
        "all.jsonl",
        "all.labels.json",
    }


def _plant(path: Path) -> None:
    path.write_bytes(b"half an export")


def test_stale_temporaries_are_removed_and_reported(cli: Cli, labelled: str, tmp_path: Path):
    out = tmp_path / "all.jsonl"
    _plant(tmp_path / ".all.jsonl.k1ll3d00.tmp")
    _plant(tmp_path / ".all.jsonl.k1ll3d01.tmp")
    _plant(tmp_path / ".all.labels.json.k1ll3d00.tmp")
    _plant(tmp_path / ".other.jsonl.k1ll3d00.tmp")  # another output's: left alone
    status, out_text, err = cli("export", "--format", "jsonl", "-o", str(out))
    assert status == 0, err
    assert out_text.startswith("exported 1 document, ")
    assert err.splitlines() == [
        f"removed 2 stale temporary files of {out}",
        f"removed 1 stale temporary file of {tmp_path / 'all.labels.json'}",
    ]
    assert _temporaries(tmp_path) == [".other.jsonl.k1ll3d00.tmp"]
    status, _out, err = cli("export", "--format", "jsonl", "-o", str(out))
    assert status == 0 and err == ""  # nothing stale the second time


@pytest.mark.parametrize("fmt", ["conll", "jsonl", "spacy"])
def test_a_dash_output_is_refused_not_written_as_a_file_named_dash(
    cli: Cli, labelled: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """``-o -`` means standard output to most commands; an export writes files (and a
    labels file beside them), so it says so instead of creating a file named ``-``."""
    monkeypatch.chdir(tmp_path)
    status, _out, err = cli("export", "--format", fmt, "-o", "-")
    assert status == 1
    assert err.count("\n") == 1 and "standard output" in err and "./-" in err
    assert not (tmp_path / "-").exists() and not (tmp_path / "-.labels.json").exists()
    assert cli("export", "--format", fmt, "-o", "./-")[0] == 0  # a file named - on purpose
    assert (tmp_path / "-").is_file()
