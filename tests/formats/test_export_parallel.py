"""Exports whose batches are split with a forked child write exactly what one process
writes; a failing child is replaced by the parent; JSON arrays stay valid past the
writer's buffering and in every file of a split."""

from __future__ import annotations

import json
import os
import tempfile
import threading
import types
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import reference_export
from format_helpers import Cli, export_text

from annotator.formats import export as export_module
from annotator.formats import parallel
from annotator.formats.export import ExportOptions, export
from annotator.store import Store

WORDS = ["بوتين", "زار", "موسكو", "مع", "كيم", "جونغ", "أون", "لروسيا", "قال", "إن"]
DOCUMENTS = 150


@pytest.fixture(autouse=True)
def _ignore_threads_left_by_other_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt tests that ran earlier in the session may leave threads behind; count only the
    threads these tests start, so whether an export forks does not depend on test order."""
    earlier = set(threading.enumerate())

    def active_count() -> int:
        return 1 + sum(1 for thread in threading.enumerate() if thread not in earlier)

    fake = types.SimpleNamespace(active_count=active_count, Thread=threading.Thread)
    monkeypatch.setattr(parallel, "threading", fake)


def _corpus(path: Path) -> None:
    """150 short documents, each with a whole-word span, a span inside a clitic token
    (``روسيا`` in ``لروسيا``) and two sentences."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(DOCUMENTS):
            words = [WORDS[(i + k) % len(WORDS)] for k in range(12)]
            text = " ".join(words[:6]) + ". " + " ".join(words[6:]) + " لروسيا."
            first = text.index(words[1])
            inside = text.rindex("لروسيا") + 1
            spans = [
                {"start": first, "end": first + len(words[1]), "label": "PERS"},
                {"start": inside, "end": inside + len("روسيا"), "label": "LOC"},
            ]
            record = {"name": f"doc-{i:03d}", "text": text, "spans": spans}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


@pytest.fixture
def many_db(cli: Cli, db: str, tmp_path: Path) -> str:
    source = tmp_path / "many.jsonl"
    _corpus(source)
    cli.ok("import", str(source), "--add-labels")
    return db


FORMATS = [
    dict(format="conll"),
    dict(format="conll", scheme="BIOES", docstart=True),
    dict(format="jsonl"),
    dict(format="jsonl", whole_tokens=True),
    dict(format="json"),
    dict(format="hf"),
]


@pytest.mark.parametrize("options", FORMATS, ids=lambda o: "-".join(map(str, o.values())))
def test_forked_export_writes_the_same_bytes(
    many_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: dict[str, Any]
) -> None:
    monkeypatch.setattr(parallel, "MIN_DOCUMENTS", 10**9)
    alone = export_text(many_db, tmp_path / "alone.out", **options)
    started: list[int] = []
    real_start = parallel.start

    def counting_start(*args: Any) -> Any:
        child = real_start(*args)
        assert child is not None
        started.append(child.pid)
        return child

    monkeypatch.setattr(parallel, "MIN_DOCUMENTS", 1)
    monkeypatch.setattr(parallel, "start", counting_start)
    forked = export_text(many_db, tmp_path / "forked.out", **options)
    assert len(started) == 1
    assert forked == alone
    if options["format"] in ("conll", "jsonl") and "docstart" not in options:
        store = Store.open(many_db)
        try:
            if options["format"] == "jsonl":
                expected = reference_export.jsonl(
                    store, "imported", options.get("whole_tokens", False)
                )
            else:
                expected = reference_export.conll(store, "imported", "IOB2", False, "\t")
        finally:
            store.close()
        assert forked == expected


def test_forked_export_counts_documents_and_spans(
    many_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "MIN_DOCUMENTS", 1)
    reports: list[tuple[int, int]] = []
    store = Store.open(many_db)
    try:
        result = export(
            store,
            ExportOptions(format="jsonl"),
            tmp_path / "out.jsonl",
            progress=lambda done, total: reports.append((done, total)),
        )
    finally:
        store.close()
    assert result.documents == DOCUMENTS
    assert result.spans == 2 * DOCUMENTS
    assert reports[0] == (0, DOCUMENTS)
    assert reports[-1] == (DOCUMENTS, DOCUMENTS)
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)


def test_a_failing_child_is_replaced_by_the_parent(
    many_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = export_text(many_db, tmp_path / "alone.jsonl", format="jsonl")

    def broken(file: Any) -> tuple[int, int]:
        file.write(b"half a document")
        raise RuntimeError("the child fails")

    real_start = parallel.start
    monkeypatch.setattr(parallel, "MIN_DOCUMENTS", 1)
    monkeypatch.setattr(parallel, "start", lambda _work: real_start(broken))
    assert export_text(many_db, tmp_path / "again.jsonl", format="jsonl") == expected


def test_finish_reports_a_failed_child_and_returns_a_good_one() -> None:
    bad = parallel.start(lambda file: (1 // 0, 0))
    assert bad is not None
    assert parallel.finish(bad) is None

    def good_work(file: Any) -> tuple[int, int]:
        return parallel.write_rendered(file, ["ب", "ج"], lambda row, i: (f"{i}:{row};", 3), 5)

    good = parallel.start(good_work)
    assert good is not None
    expected = "5:ب;6:ج;".encode()
    assert parallel.finish(good) == (len(expected), 2, 6)
    with good.file:
        good.file.seek(0)
        assert good.file.read(len(expected)) == expected


def test_no_fork_while_another_thread_runs() -> None:
    assert parallel.can_fork(parallel.MIN_DOCUMENTS) is ((os.cpu_count() or 1) > 1)
    assert not parallel.can_fork(parallel.MIN_DOCUMENTS - 1)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not parallel.can_fork(parallel.MIN_DOCUMENTS)
    finally:
        stop.set()
        thread.join()


def test_json_array_is_valid_with_many_documents_and_in_each_split_file(
    many_db: str, tmp_path: Path
) -> None:
    whole = json.loads(export_text(many_db, tmp_path / "all.json", format="json"))
    assert [record["name"] for record in whole] == [f"doc-{i:03d}" for i in range(DOCUMENTS)]
    store = Store.open(many_db)
    try:
        result = export(store, ExportOptions(format="json", split=(50, 50)), tmp_path / "split")
    finally:
        store.close()
    parts = [json.loads(path.read_text(encoding="utf-8")) for path in result.files[:2]]
    assert sum(len(part) for part in parts) == DOCUMENTS
    assert sorted(r["name"] for part in parts for r in part) == [r["name"] for r in whole]
    assert export_module.SPLIT_NAMES[2] == ("train", "test")


def test_cancel_while_the_child_formats_stops_it_and_writes_nothing(
    many_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "MIN_DOCUMENTS", 1)
    stopped: list[int] = []
    real_stop = parallel.stop

    def counting_stop(child: parallel.Child) -> None:
        stopped.append(child.pid)
        real_stop(child)

    monkeypatch.setattr(parallel, "stop", counting_stop)
    polls = 0

    def cancelled() -> bool:
        nonlocal polls
        polls += 1
        return polls > 10  # past the start, while the parent formats its part

    out = tmp_path / "out.jsonl"
    store = Store.open(many_db)
    try:
        with pytest.raises(export_module.ExportCancelled):
            export(store, ExportOptions(format="jsonl"), out, cancelled=cancelled)
    finally:
        store.close()
    assert len(stopped) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(stopped[0], os.WNOHANG)  # reaped: no such child any more
    assert not out.exists()
    assert list(tmp_path.glob(".out.jsonl.*")) == []


class _Vanishing(Store):
    """Lists documents that are gone by the time they are read (deleted meanwhile)."""

    def documents(self, *args: Any, **kwargs: Any) -> list[Any]:
        gone = [SimpleNamespace(id=10**6 + k, order=-1) for k in range(2 * DOCUMENTS)]
        return gone + super().documents(*args, **kwargs)


def test_json_array_stays_valid_when_the_first_part_has_vanished(
    many_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "MIN_DOCUMENTS", 1)
    forks: list[int] = []
    real_start = parallel.start

    def counting_start(work: Any) -> Any:
        child = real_start(work)
        forks.append(1)
        return child

    monkeypatch.setattr(parallel, "start", counting_start)
    store = _Vanishing.open(many_db)
    try:
        result = export(store, ExportOptions(format="json"), tmp_path / "out.json")
    finally:
        store.close()
    assert forks == [1]
    assert result.documents == DOCUMENTS
    records = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in records] == [f"doc-{i:03d}" for i in range(DOCUMENTS)]


def test_no_child_inside_a_transaction_and_uncommitted_spans_are_exported(
    many_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "MIN_DOCUMENTS", 1)
    forks: list[int] = []
    real_start = parallel.start

    def counting_start(work: Any) -> Any:
        forks.append(1)
        return real_start(work)

    monkeypatch.setattr(parallel, "start", counting_start)
    store = Store.open(many_db)
    try:
        first = store.documents()[0]
        text = store.document(first.id).text
        at = text.index("موسكو")
        with store.atomic():
            store.add_span(first.id, "imported", at, at + len("موسكو"), "LOC")
            export(store, ExportOptions(format="jsonl"), tmp_path / "out.jsonl")
    finally:
        store.close()
    assert forks == []
    record = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert {"start": at, "end": at + 5, "label": "LOC", "text": "موسكو"} in record["spans"]


@pytest.mark.parametrize("kernel_copy", [True, False], ids=["copy_file_range", "memory"])
def test_copy_text_appends_after_what_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kernel_copy: bool
) -> None:
    if not kernel_copy:
        monkeypatch.delattr(os, "copy_file_range", raising=False)
    monkeypatch.setattr(parallel, "_COPY_BLOCK", 7)  # several blocks
    source_text = ",\n" + "بوتين زار موسكو\n" * 50
    out = tmp_path / "out.txt"
    with tempfile.TemporaryFile() as source:
        source.write(source_text.encode("utf-8") + b"trailer not copied")
        source.flush()
        size = len(source_text.encode("utf-8"))
        with out.open("w", encoding="utf-8", newline="\n") as handle:
            handle.write("[")
            parallel.copy_text(source, size, handle, skip=1)
            handle.write("]")
    assert out.read_text(encoding="utf-8") == "[" + source_text[1:] + "]"
