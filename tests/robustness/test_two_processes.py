"""Two processes on one SQLite file: both finish, a long lock gives a clear message and a
retry succeeds, nothing is lost, and changes from the other process bump the revision."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.store import Store, StoreError

REPO = Path(__file__).resolve().parents[2]
WORDS = 150

WRITER = """
import json, sys
from annotator.store import Store
db, doc_id, layer, words = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
store = Store.open(db, timeout=30)
ids = [store.add_span(doc_id, layer, 3 * i, 3 * i + 2, "LOC").id for i in range(words)]
store.close()
print(json.dumps(ids))
"""

LOCKER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN EXCLUSIVE")
con.execute("UPDATE revision SET value = value WHERE id = 1")
print("locked", flush=True)
sys.stdin.read()
con.execute("ROLLBACK")
con.close()
"""


def python(code: str, *args: str, stdin: int | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "shared.annotator"
    with Store.open(path) as store:
        store.add_label("LOC")
        doc = store.add_document("d", "ab " * WORDS)
    return path, doc.id


def test_two_writer_processes_both_finish(db: tuple[Path, int]) -> None:
    path, doc_id = db
    procs = {
        layer: python(WRITER, str(path), str(doc_id), layer, str(WORDS)) for layer in ("one", "two")
    }
    ids = {}
    for layer, proc in procs.items():
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        ids[layer] = json.loads(out)
    with Store.open(path) as store:
        for layer, acked in ids.items():
            assert len(acked) == WORDS
            assert sorted(s.id for s in store.spans_for(doc_id, layer)) == sorted(acked)
        assert store.revision() >= 2 * WORDS


def test_cli_import_while_another_process_writes(db: tuple[Path, int], tmp_path: Path) -> None:
    path, doc_id = db
    source = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"name": f"n{i}", "text": "في القاهرة", "label": [[3, 10, "LOC"]]})
        for i in range(300)
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    writer = python(WRITER, str(path), str(doc_id), "window", str(WORDS))
    cli = subprocess.run(
        [sys.executable, "-m", "annotator.cli", "--db", str(path), "import", str(source)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    _out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    assert cli.returncode == 0, cli.stderr
    with Store.open(path) as store:
        assert len(store.spans_for(doc_id, "window")) == WORDS
        imported = [d for d in store.documents() if d.name.startswith("n")]
        assert len(imported) == 300 and all(d.span_count == 1 for d in imported)


def test_lock_longer_than_busy_timeout_is_a_clear_error_then_retry(
    db: tuple[Path, int],
) -> None:
    path, doc_id = db
    store = Store.open(path, timeout=0.2)
    try:
        kept = store.add_span(doc_id, "gold", 0, 2, "LOC")
        locker = python(LOCKER, str(path), stdin=subprocess.PIPE)
        assert locker.stdout is not None and locker.stdin is not None
        assert locker.stdout.readline().strip() == "locked"
        with pytest.raises(StoreError) as caught:
            store.add_span(doc_id, "gold", 3, 5, "LOC")
        message = str(caught.value)
        assert "busy" in message and "try again" in message
        assert str(path) in message
        # reads still work while another program holds the write lock (WAL)
        assert [s.id for s in store.spans_for(doc_id, "gold")] == [kept.id]
        locker.stdin.close()
        assert locker.wait(timeout=30) == 0
        retried = store.add_span(doc_id, "gold", 3, 5, "LOC")
        assert [s.id for s in store.spans_for(doc_id, "gold")] == [kept.id, retried.id]
    finally:
        store.close()


def test_cli_reports_a_locked_database_in_one_line(
    db: tuple[Path, int], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from annotator import cli

    path, _doc_id = db
    monkeypatch.setattr(
        cli, "open_store", lambda url, create: Store.open(url, create=create, timeout=0.2)
    )
    locker = python(LOCKER, str(path), stdin=subprocess.PIPE)
    assert locker.stdout is not None and locker.stdin is not None
    try:
        assert locker.stdout.readline().strip() == "locked"
        status = cli.main(["--db", str(path), "labels", "add", "PER"])
    finally:
        locker.stdin.close()
        locker.wait(timeout=30)
    _out, err = capsys.readouterr()
    assert status == 1
    assert err.count("\n") == 1 and "busy" in err and "Traceback" not in err
    assert cli.main(["--db", str(path), "labels", "add", "PER"]) == 0


def test_change_from_another_process_bumps_revision(db: tuple[Path, int]) -> None:
    path, doc_id = db
    with Store.open(path) as watcher:
        seen = watcher.revision()
        child = python(
            "import sys\nfrom annotator.store import Store\n"
            "s = Store.open(sys.argv[1]); s.add_span(int(sys.argv[2]), 'other', 0, 2, 'LOC')\n",
            str(path),
            str(doc_id),
        )
        _out, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
        assert watcher.revision() == seen + 2  # the layer, then the span
        assert [s.annotator for s in watcher.spans_for(doc_id)] == ["other"]
