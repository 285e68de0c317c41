"""The training worker: a process of its own that reports JSON lines, stores the model in
one short transaction and never keeps others from writing while it trains."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from annotator.store import Store
from annotator.suggest import stored, worker

from .conftest import load_wojood


def test_worker_trains_while_others_write(tmp_path: Path, wojood_small: Path) -> None:
    db = str(tmp_path / "w.annotator")
    with Store.open(db) as store:
        load_wojood(store, wojood_small)
        doc = store.add_document("other", "زار الرئيس موسكو").id
    argv = worker.command(["imported"], held_out=False)
    assert argv[1:3] == ["-m", "annotator.suggest.worker"]
    env = {**os.environ, "ANNOTATOR_DB": db}
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=env)
    events = []
    wrote_while_training = False
    assert child.stdout is not None
    with Store.open(db, timeout=1.0) as store:
        for line in child.stdout:
            event = json.loads(line)
            events.append(event)
            if event.get("stage") == "training" and not wrote_while_training:
                # a click in the window while the worker trains: stored at once
                store.add_span(doc, "amal", 4, 10, "OCC")
                wrote_while_training = True
    assert child.wait(timeout=120) == 0
    assert wrote_while_training
    kinds = [e["event"] for e in events]
    assert kinds[0] == "started" and kinds[-1] == "finished"
    stages = {e["stage"] for e in events if e["event"] == "progress"}
    assert {"reading", "features", "training", "saving"} <= stages
    done = events[-1]
    with Store.open(db) as store:
        loaded = stored.load_latest(store)
        assert loaded is not None and loaded[0] == done["model_id"]
        assert done["entities"] == loaded[1].info.entities > 0
        assert [s.label for s in store.spans_for(doc, "amal")] == ["OCC"]


def test_worker_failure_is_one_event(tmp_path: Path) -> None:
    db = str(tmp_path / "empty.annotator")
    with Store.open(db) as store:
        store.add_document("a", "نص")
    result = subprocess.run(
        [sys.executable, "-m", "annotator.suggest.worker", "--db", db],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    last = json.loads(result.stdout.splitlines()[-1])
    assert last["event"] == "failed" and last["message"].startswith("nothing to learn from")
    assert last["reason"] == "nothing_to_learn"  # the window words it itself


def test_cli_train_speaks_the_workers_protocol(
    tmp_path: Path, wojood_small: Path, capsys: object
) -> None:
    from annotator.cli import main

    db = str(tmp_path / "w.annotator")
    with Store.open(db) as store:
        load_wojood(store, wojood_small)
    args = ["suggest", "train", "--db", db, "--progress", "json"]
    code = main([*args, "--from", "imported", "--no-held-out"])
    assert code == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    events = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert events[-1]["event"] == "finished" and events[-1]["model_id"] == 1
