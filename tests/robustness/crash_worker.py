"""Crash-safety harness: a child process that changes a database and acknowledges each
change on stdout, and the parent side that SIGKILLs it at random moments and checks the
database against what was acknowledged.

Child usage (run by the parent, one JSON object per line on stdout, flushed):

    python -m tests.robustness.crash_worker spans DB DOC_ID LAYER SEED
    python -m tests.robustness.crash_worker import DB FILE
    python -m tests.robustness.crash_worker export DB OUT

``spans`` prints ``{"begin": op}`` before each store call and ``{"ok": op}`` after it
returned, so the parent knows the one change that may have been committed without being
acknowledged. The checks read the file with the standard ``sqlite3`` module, not the store.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
LABELS = ("LOC", "PER", "ORG", "MISC")
WORD = "كلمة"  # 4 code points; word i starts at 5 * i
WORDS = 300
MAX_SPANS = 120

State = dict[int, tuple[int, int, str]]  # span id -> (start, end, label)


# --- child side ------------------------------------------------------------------------------


def _say(**message: Any) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def child_spans(db: str, doc_id: int, layer: str, seed: int) -> None:
    """Add, relabel and remove spans forever; the parent kills this process."""
    from annotator.spans import Span
    from annotator.store import Store

    rng = random.Random(seed)
    store = Store.open(db)
    spans = {s.id: (s.start, s.end, s.label) for s in store.spans_for(doc_id, layer)}
    _say(ready=True)
    while True:
        used = {start // 5 for start, _end, _label in spans.values()}
        free = [i for i in range(WORDS) if i not in used]
        roll = rng.random()
        if spans and (roll > 0.45 or len(spans) >= MAX_SPANS):
            span_id = rng.choice(sorted(spans))
            start, end, label = spans[span_id]
            if roll < 0.7:
                new = rng.choice([x for x in LABELS if x != label])
                op = {"op": "relabel", "id": span_id, "label": new}
                _say(begin=op)
                store.relabel_span(span_id, new)
                spans[span_id] = (start, end, new)
            else:
                op = {"op": "remove", "id": span_id}
                _say(begin=op)
                store.remove_span(span_id)
                del spans[span_id]
            _say(ok=op)
            continue
        words = rng.sample(free, min(len(free), rng.choice((1, 1, 1, 2, 3))))
        new_spans = [Span(5 * w, 5 * w + 4, rng.choice(LABELS)) for w in words]
        op = {"op": "add", "spans": [[s.start, s.end, s.label] for s in new_spans]}
        _say(begin=op)
        added = store.add_spans(doc_id, layer, new_spans)
        for info in added:
            spans[info.id] = (info.start, info.end, info.label)
        _say(ok={**op, "ids": [info.id for info in added]})


def child_import(db: str, source: str) -> None:
    """Import ``source``, saying when the write transaction starts and when it is done."""
    from annotator.formats.import_files import import_paths
    from annotator.store import Store

    store = Store.open(db)
    original = store.import_batch

    def announced(*args: Any, **kwargs: Any) -> Any:
        _say(writing=True)
        return original(*args, **kwargs)

    store.import_batch = announced  # type: ignore[method-assign]
    _say(ready=True)
    report = import_paths(store, [source], add_labels=True)
    _say(done=True, documents=report.documents_created, spans=report.spans_added)


def child_export(db: str, out: str) -> None:
    from annotator.formats.export import ExportOptions, export
    from annotator.store import Store

    store = Store.open(db)
    _say(ready=True)
    result = export(store, ExportOptions(format="conll"), out, database=db)
    _say(done=True, documents=result.documents)


# --- parent side: databases and reading them back ---------------------------------------------


def make_span_db(path: Path, layer: str = "crash") -> int:
    """A database with the labels and one document of ``WORDS`` words; returns its id."""
    from annotator.store import Store

    with Store.open(path) as store:
        for name in LABELS:
            store.add_label(name)
        doc = store.add_document("crash", " ".join([WORD] * WORDS))
        store.annotator(layer)
    return doc.id


def integrity_ok(path: Path) -> bool:
    with sqlite3.connect(path) as con:
        return con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def read_spans(path: Path, doc_id: int, layer: str) -> State:
    query = (
        'SELECT s.id, s.start, s."end", l.name FROM span s JOIN label_type l ON l.id = s.label_id '
        "JOIN annotator a ON a.id = s.annotator_id WHERE s.document_id = ? AND a.name = ?"
    )
    with sqlite3.connect(path) as con:
        return {row[0]: (row[1], row[2], row[3]) for row in con.execute(query, (doc_id, layer))}


def table_counts(path: Path) -> dict[str, int]:
    """Row counts of every annotator table and the revision counter."""
    tables = ("document", "span", "label_type", "annotator", "doc_status", "meta")
    with sqlite3.connect(path) as con:
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}  # noqa: S608
        counts["revision"] = con.execute("SELECT value FROM revision WHERE id = 1").fetchone()[0]
    return counts


def apply_op(state: State, op: dict[str, Any], ids: list[int] | None) -> State:
    """``state`` after ``op``; ``ids`` are the ids an acknowledged add returned."""
    new = dict(state)
    if op["op"] == "relabel":
        start, end, _label = new[op["id"]]
        new[op["id"]] = (start, end, op["label"])
    elif op["op"] == "remove":
        del new[op["id"]]
    else:
        assert ids is not None
        for span_id, (start, end, label) in zip(ids, op["spans"], strict=True):
            new[span_id] = (start, end, label)
    return new


def explains(actual: State, expected: State, inflight: dict[str, Any] | None) -> bool:
    """True when ``actual`` is the acknowledged state, or it plus the in-flight change."""
    if actual == expected:
        return True
    if inflight is None:
        return False
    if inflight["op"] != "add":
        return actual == apply_op(expected, inflight, None)
    extra = sorted(set(actual) - set(expected))
    if len(extra) != len(inflight["spans"]) or any(k not in actual for k in expected):
        return False
    return actual == apply_op(expected, inflight, extra)


def lost_count(actual: State, expected: State) -> int:
    """Acknowledged spans missing or different in the database (an upper-bound tally)."""
    return sum(1 for k, v in expected.items() if actual.get(k) != v) + len(
        set(actual) - set(expected)
    )


# --- parent side: kill loops ----------------------------------------------------------------


@dataclass
class KillStats:
    kills: int = 0
    acknowledged: int = 0
    inflight: int = 0  # kills that landed between "begin" and "ok"
    lost_acknowledged: int = 0
    integrity_failures: int = 0
    failures: list[str] = field(default_factory=list)


def _child(*args: str) -> subprocess.Popen[str]:
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])
    )
    return subprocess.Popen(
        [sys.executable, "-m", "tests.robustness.crash_worker", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )


def _kill(proc: subprocess.Popen[str]) -> tuple[list[dict[str, Any]], str]:
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    # read through the same buffered file objects as _wait_ready (communicate() would
    # bypass lines that readline() already buffered)
    assert proc.stdout is not None and proc.stderr is not None
    out, err = proc.stdout.read(), proc.stderr.read()
    proc.wait(timeout=60)
    messages = []
    for line in out.splitlines():
        try:
            messages.append(json.loads(line))
        except json.JSONDecodeError:
            break  # a line cut by the kill: never acknowledged
    return messages, err


def _wait_ready(proc: subprocess.Popen[str], what: str = "ready") -> dict[str, Any]:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        _out, err = proc.communicate(timeout=60)
        raise RuntimeError(f"crash worker died before {what}: {err.strip()[-500:]}")
    return json.loads(line)


def span_kills(
    path: Path, kills: int, seed: int = 0, max_delay: float = 0.25, layer: str = "crash"
) -> KillStats:
    """Kill a span-editing child ``kills`` times; check the database after every kill."""
    rng = random.Random(seed)
    path = path.resolve()
    doc_id = make_span_db(path, layer)
    stats = KillStats()
    expected = read_spans(path, doc_id, layer)
    for round_no in range(kills):
        proc = _child("spans", str(path), str(doc_id), layer, str(rng.randrange(1 << 30)))
        _wait_ready(proc)
        time.sleep(rng.uniform(0.002, max_delay))
        messages, _err = _kill(proc)
        stats.kills += 1
        inflight = None
        for message in messages:
            if "begin" in message:
                inflight = message["begin"]
            elif "ok" in message:
                expected = apply_op(expected, message["ok"], message["ok"].get("ids"))
                stats.acknowledged += 1
                inflight = None
        stats.inflight += inflight is not None
        if not integrity_ok(path):
            stats.integrity_failures += 1
            stats.failures.append(f"kill {round_no}: integrity_check failed")
            break
        actual = read_spans(path, doc_id, layer)
        if not explains(actual, expected, inflight):
            stats.lost_acknowledged += lost_count(actual, expected)
            stats.failures.append(f"kill {round_no}: database differs from acknowledged state")
        expected = actual  # the next child starts from what is really there
    return stats


def write_import_file(path: Path, documents: int, seed: int = 0) -> int:
    """A doccano-style JSONL file; returns the number of spans in it."""
    rng = random.Random(seed)
    words = ["القاهرة", "بغداد", "الرئيس", "زار", "في", "اليوم", "وزير", "الخارجية", "مصر"]
    spans = 0
    with path.open("w", encoding="utf-8") as handle:
        for i in range(documents):
            tokens = [rng.choice(words) for _ in range(40)]
            text = " ".join(tokens)
            labels = []
            offset = 0
            for j, token in enumerate(tokens):
                if j % 7 == 3:
                    labels.append([offset, offset + len(token), rng.choice(LABELS)])
                offset += len(token) + 1
            spans += len(labels)
            record = {"name": f"gen-{i}", "text": text, "label": labels}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return spans


@dataclass
class ImportKillStats:
    kills: int = 0
    interrupted_writes: int = 0  # kills inside the write transaction: nothing may remain
    completed: int = 0  # imports that committed before the kill landed
    integrity_failures: int = 0
    partial_imports: int = 0
    failures: list[str] = field(default_factory=list)


def import_kills(
    path: Path, source: Path, documents: int, spans: int, kills: int, seed: int = 0
) -> ImportKillStats:
    """Kill an import at random moments of its write transaction (every third round via
    the CLI, at a random moment overall); the database must be as before, or hold the
    whole import."""
    from annotator.store import Store

    rng = random.Random(seed)
    path, source = path.resolve(), source.resolve()
    with Store.open(path) as store:
        store.add_label("LOC")
    before = table_counts(path)
    stats = ImportKillStats()
    parse_time, write_time = _calibrate_import(path, source)
    for round_no in range(kills):
        via_cli = round_no % 3 == 2
        in_write = False
        if via_cli:
            argv = ["--db", str(path), "import", str(source), "--add-labels"]
            proc = subprocess.Popen(
                [sys.executable, "-m", "annotator.cli", *argv],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=REPO,
            )
            time.sleep(rng.uniform(0.05, parse_time + write_time))
        else:
            proc = _child("import", str(path), str(source))
            _wait_ready(proc)
            in_write = bool(_wait_ready(proc, "writing").get("writing"))
            time.sleep(rng.uniform(0.0, write_time * 0.9))
        messages, _err = _kill(proc)
        stats.kills += 1
        done = any(m.get("done") for m in messages)
        if not integrity_ok(path):
            stats.integrity_failures += 1
            stats.failures.append(f"import kill {round_no}: integrity_check failed")
            break
        counts = table_counts(path)
        if counts == before:
            stats.interrupted_writes += in_write and not done
            continue
        whole = counts["document"] == before["document"] + documents and (
            counts["span"] == before["span"] + spans
        )
        if not whole:
            stats.partial_imports += 1
            stats.failures.append(f"import kill {round_no}: partial import {counts}")
            break
        stats.completed += 1
        _reset(path, before)
    return stats


def _calibrate_import(path: Path, source: Path) -> tuple[float, float]:
    """Seconds to parse and to write the import, measured on a copy of the database."""
    copy = path.with_name(path.name + ".calibrate")
    with sqlite3.connect(path) as src, sqlite3.connect(copy) as dest:
        src.backup(dest)
    proc = _child("import", str(copy), str(source))
    _wait_ready(proc)
    started = time.monotonic()
    _wait_ready(proc, "writing")
    parsed = time.monotonic()
    _wait_ready(proc, "done")
    written = time.monotonic()
    proc.wait(timeout=60)
    for leftover in copy.parent.glob(copy.name + "*"):
        leftover.unlink()
    return parsed - started, max(written - parsed, 0.05)


def _reset(path: Path, before: dict[str, int]) -> None:
    """Remove a completed import so the next round starts from the same state."""
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("DELETE FROM span")
        con.execute("DELETE FROM doc_status")
        con.execute("DELETE FROM document")
        con.execute("DELETE FROM label_type WHERE name != 'LOC'")
        con.execute("DELETE FROM annotator")
        con.execute("UPDATE revision SET value = ? WHERE id = 1", (before["revision"],))
    if table_counts(path) != before:
        raise RuntimeError("could not reset the database after a completed import")


def main(argv: list[str]) -> None:
    mode, *rest = argv
    if mode == "spans":
        child_spans(rest[0], int(rest[1]), rest[2], int(rest[3]))
    elif mode == "import":
        child_import(rest[0], rest[1])
    elif mode == "export":
        child_export(rest[0], rest[1])
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
