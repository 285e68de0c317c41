"""Sets of many files (a brat export writes two per document): a bounded number of open
descriptors, one syncfs per file system, and the same result when syncfs fails."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from annotator.formats import atomic
from annotator.formats.atomic import HELD_LIMIT, atomic_files

COUNT = HELD_LIMIT * 3


def _open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


def _write_many(folder: Path) -> int:
    before = _open_descriptors()
    most = 0
    with atomic_files() as files:
        for k in range(COUNT):
            files.write_text(folder / f"f{k}.txt", f"text {k}\n")
            most = max(most, _open_descriptors() - before)
    return most


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts /proc/self/fd")
def test_many_files_keep_a_bounded_number_of_descriptors(tmp_path: Path) -> None:
    most = _write_many(tmp_path)
    assert most <= HELD_LIMIT + 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"f{k}.txt" for k in range(COUNT))
    assert (tmp_path / "f7.txt").read_text(encoding="utf-8") == "text 7\n"


def test_many_files_are_flushed_with_one_syncfs_per_file_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    flushed: list[str] = []
    monkeypatch.setattr(atomic, "_SYNCFS", lambda fd: calls.append(fd) or 0)
    monkeypatch.setattr(atomic, "_flush", lambda tmp, keep: flushed.append(tmp))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with atomic_files() as files:
        for k in range(COUNT):
            files.write_text(tmp_path / "ab"[k % 2] / f"f{k}.txt", "x")
    assert len(calls) == 1  # both folders are on one file system
    assert flushed == []


def test_a_failing_syncfs_falls_back_to_one_fsync_per_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flushed: list[str] = []
    real_flush = atomic._flush
    monkeypatch.setattr(atomic, "_SYNCFS", lambda fd: -1)
    monkeypatch.setattr(
        atomic, "_flush", lambda tmp, keep: (flushed.append(tmp), real_flush(tmp, keep))
    )
    _write_many(tmp_path)
    assert len(flushed) == COUNT
    assert len(list(tmp_path.iterdir())) == COUNT
