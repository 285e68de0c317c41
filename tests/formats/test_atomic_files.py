"""The atomic writer: final files get the usual permissions, and nothing is left behind."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from annotator.formats.common import atomic_files, atomic_write_text, current_umask
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
