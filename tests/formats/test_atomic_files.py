"""The atomic writer: final files get the usual permissions, and nothing is left behind."""

from __future__ import annotations

import fcntl
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from annotator.formats.atomic import (
    atomic_files,
    atomic_write_text,
    current_umask,
    remove_stale_temporaries,
    temp_name_pattern,
)
from annotator.formats.export import ExportOptions, export
from annotator.store import Store


@pytest.fixture
def umask() -> Iterator[Callable[[int], None]]:
    """Set the process umask for one test and put the previous one back."""
    previous = os.umask(0o022)
    os.umask(previous)

    def set_to(mask: int) -> None:
        os.umask(mask)

    try:
        yield set_to
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_new_file_gets_0666_minus_the_umask(umask, tmp_path: Path, mask: int, expected: int):
    umask(mask)
    assert current_umask() == mask
    target = tmp_path / "out.txt"
    atomic_write_text(target, "نص\n")
    assert _mode(target) == expected
    assert target.read_text(encoding="utf-8") == "نص\n"


@pytest.mark.parametrize("existing", [0o600, 0o640, 0o664])
def test_replaced_file_keeps_its_permissions(umask, tmp_path: Path, existing: int) -> None:
    umask(0o022)
    target = tmp_path / "out.txt"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(existing)
    atomic_write_text(target, "new\n")
    assert _mode(target) == existing
    assert target.read_text(encoding="utf-8") == "new\n"


def test_every_exported_file_gets_the_usual_mode(umask, tmp_path: Path) -> None:
    umask(0o022)
    with Store.open(tmp_path / "db.annotator") as store:
        store.add_label("LOC")
        for i in range(4):
            doc = store.add_document(f"d{i}", "زار الوفد القاهرة أمس")
            store.add_span(doc.id, "gold", 10, 17, "LOC")
        result = export(store, ExportOptions(format="jsonl", split=(50, 50)), tmp_path / "out")
    assert sorted(p.name for p in result.files) == ["labels.json", "test.jsonl", "train.jsonl"]
    assert {_mode(p) for p in result.files} == {0o644}


def test_a_failed_write_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    with pytest.raises(RuntimeError), atomic_files() as files:
        with files.open(target) as handle:
            handle.write("part")
        raise RuntimeError("stop")
    assert list(tmp_path.iterdir()) == []


def test_temporaries_follow_the_pattern_the_clean_up_matches(tmp_path: Path) -> None:
    target = tmp_path / "all.conll"
    with atomic_files() as files, files.open(target) as handle:
        (tmp,) = [p.name for p in tmp_path.iterdir()]
        assert temp_name_pattern(target).fullmatch(tmp)
        assert tmp.startswith(".all.conll.") and tmp.endswith(".tmp")
        handle.write("x\n")
    assert [p.name for p in tmp_path.iterdir()] == ["all.conll"]


def _plant(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text("left over\n", encoding="utf-8")
    return path


def test_stale_temporaries_of_the_target_and_nothing_else_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "all.conll"
    stale = [
        _plant(tmp_path, ".all.conll.ab_12xyz.tmp"),
        _plant(tmp_path, ".all.conll.zzzzzzzz.tmp"),
    ]
    # a real mkstemp name, as a killed writer leaves it
    fd, real = tempfile.mkstemp(prefix=".all.conll.", suffix=".tmp", dir=tmp_path)
    os.close(fd)
    stale.append(Path(real))
    kept = [
        _plant(tmp_path, name)
        for name in (
            ".all.conll.abc.tmp",  # not 8 random characters
            ".all.conll.ABCDEFGH.tmp",  # mkstemp never uses capitals
            "all.conll.abcdefgh.tmp",  # not hidden
            ".other.conll.abcdefgh.tmp",  # another target
            ".all.conll.abcdefgh.tmp.keep",
            ".all.conll.abcdefgh.txt",
            ".xall.conll.abcdefgh.tmp",
            "notes.txt",
        )
    ]
    (tmp_path / ".all.conll.dirdirdi.tmp").mkdir()  # a folder with the name: not a file
    target.write_text("previous\n", encoding="utf-8")
    removed = remove_stale_temporaries(target)
    assert sorted(removed) == sorted(stale)
    assert all(not p.exists() for p in stale)
    assert all(p.read_text(encoding="utf-8") == "left over\n" for p in kept)
    assert (tmp_path / ".all.conll.dirdirdi.tmp").is_dir()
    assert target.read_text(encoding="utf-8") == "previous\n"


def test_a_live_writers_temporary_is_never_removed(tmp_path: Path) -> None:
    target = tmp_path / "all.jsonl"
    other = _plant(tmp_path, ".all.jsonl.qqqqqqqq.tmp")
    held = os.open(other, os.O_RDONLY)
    fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as another process's writer holds it
    try:
        with atomic_files() as files:
            with files.open(target) as handle:
                handle.write("first\n")
            # the first writer has closed its file but not renamed it yet
            assert remove_stale_temporaries(target) == []
            assert len(list(tmp_path.glob(".all.jsonl.*.tmp"))) == 2
        assert target.read_text(encoding="utf-8") == "first\n"
        assert other.exists()
    finally:
        os.close(held)
    assert remove_stale_temporaries(target) == [other]  # its writer is gone now
    assert [p.name for p in tmp_path.iterdir()] == ["all.jsonl"]


def test_export_removes_what_a_killed_export_left(tmp_path: Path) -> None:
    with Store.open(tmp_path / "db.annotator") as store:
        store.add_label("LOC")
        doc = store.add_document("d", "زار الوفد القاهرة أمس")
        store.add_span(doc.id, "gold", 10, 17, "LOC")
        out = tmp_path / "out"
        out.mkdir()
        _plant(out, ".all.jsonl.k1ll3d00.tmp")
        _plant(out, ".all.labels.json.k1ll3d00.tmp")
        _plant(out, ".all.conll.k1ll3d00.tmp")  # another export's target: not this one's
        export(store, ExportOptions(format="jsonl"), out / "all.jsonl")
    assert sorted(p.name for p in out.iterdir()) == [
        ".all.conll.k1ll3d00.tmp",
        "all.jsonl",
        "all.labels.json",
    ]


def _without_override() -> list[str]:
    """A command prefix under which root is refused writes like anyone else (no
    CAP_DAC_OVERRIDE); empty when not root."""
    if os.geteuid() != 0:
        return []
    import shutil

    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root without setpriv: a read-only folder cannot be tested")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--"]


def test_a_read_only_folder_is_named_with_the_target_not_a_temporary(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "c.db"
    store = Store.open(str(db))
    doc = store.add_document("d", "زار محمد القاهرة")
    store.add_label("PER")
    store.add_span(doc.id, "gold", 4, 8, "PER")
    store.close()
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        command = [sys.executable, "-m", "annotator.cli", "--db", str(db), "export"]
        done = subprocess.run(
            [*_without_override(), *command, "--format", "conll", "-o", str(folder / "x.conll")],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        folder.chmod(0o755)
    assert done.returncode == 1
    assert done.stderr.startswith(f"annotator: error: {folder / 'x.conll'}: "), done.stderr
    assert ".tmp" not in done.stderr and "Permission denied" in done.stderr
    assert os.listdir(folder) == []
