"""Export progress reports and cancellation: a cancel leaves no file and replaces none."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.formats.export import ExportCancelled, ExportOptions, export
from annotator.store import Store

DOCUMENTS = 450  # more than one progress step (the exporter reports about 200 times)


@pytest.fixture
def many(opened: Store) -> Store:
    opened.add_label("LOC")
    for i in range(DOCUMENTS):
        doc = opened.add_document(f"d{i:03}", f"زار الوفد القاهرة يوم {i}")
        opened.add_span(doc.id, "gold", 10, 17, "LOC")
    return opened


def test_progress_runs_from_zero_to_all_documents(many: Store, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    result = export(
        many,
        ExportOptions(format="jsonl"),
        tmp_path / "out.jsonl",
        progress=lambda d, t: seen.append((d, t)),
    )
    assert result.documents == DOCUMENTS
    assert seen[0] == (0, DOCUMENTS) and seen[-1] == (DOCUMENTS, DOCUMENTS)
    assert {total for _done, total in seen} == {DOCUMENTS}
    done = [d for d, _t in seen]
    assert done == sorted(done)
    assert 3 < len(seen) <= DOCUMENTS + 1  # reported along the way, not per document forever


def test_progress_counts_documents_across_split_files(many: Store, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    options = ExportOptions(format="conll", split=(80, 10, 10))
    export(many, options, tmp_path / "split", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (DOCUMENTS, DOCUMENTS)
    assert len(list((tmp_path / "split").iterdir())) == 3


@pytest.mark.parametrize("fmt", ["conll", "jsonl", "hf"])
def test_cancel_midway_leaves_no_file(many: Store, tmp_path: Path, fmt: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    seen: list[int] = []

    def cancelled() -> bool:
        return bool(seen) and seen[-1] >= 100

    with pytest.raises(ExportCancelled):
        export(
            many,
            ExportOptions(format=fmt),
            folder / "all.out",
            progress=lambda d, t: seen.append(d),
            cancelled=cancelled,
        )
    assert 100 <= seen[-1] < DOCUMENTS  # it really stopped part way
    assert list(folder.iterdir()) == []  # no output, no labels.json, no temporary file


def test_cancel_never_replaces_an_existing_file(many: Store, tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    out.write_text("previous export\n", encoding="utf-8")
    labels = tmp_path / "labels.json"
    labels.write_text("{}\n", encoding="utf-8")
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 5

    with pytest.raises(ExportCancelled):
        export(many, ExportOptions(format="jsonl"), out, cancelled=cancelled)
    assert out.read_text(encoding="utf-8") == "previous export\n"
    assert labels.read_text(encoding="utf-8") == "{}\n"
    left = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("annotations.db"))
    assert left == ["all.jsonl", "labels.json"]  # and no temporary file


def test_cancel_after_the_last_document_still_writes_nothing(many: Store, tmp_path: Path) -> None:
    """The last check comes after every file is written, before any is renamed."""
    folder = tmp_path / "split"
    finished: list[bool] = []

    def progress(done: int, total: int) -> None:
        finished.append(done == total and total > 0)

    with pytest.raises(ExportCancelled):
        export(
            many,
            ExportOptions(format="jsonl", split=(50, 50)),
            folder,
            progress=progress,
            cancelled=lambda: any(finished),
        )
    assert finished[-1]  # every document had been written when it was cancelled
    assert not folder.exists()  # not even the split folder it had created


def test_without_callbacks_nothing_changes(many: Store, tmp_path: Path) -> None:
    plain = export(many, ExportOptions(format="conll"), tmp_path / "a.conll")
    watched = export(
        many,
        ExportOptions(format="conll"),
        tmp_path / "b.conll",
        progress=lambda d, t: None,
        cancelled=lambda: False,
    )
    assert (plain.documents, plain.spans) == (watched.documents, watched.spans) == (DOCUMENTS,) * 2
    a = (tmp_path / "a.conll").read_bytes()
    assert a == (tmp_path / "b.conll").read_bytes()
    assert a.count("القاهرة\tB-LOC\n".encode()) == DOCUMENTS
