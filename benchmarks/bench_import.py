"""Import speed and memory on the generated corpus (2,000 documents, 1M tokens, 100k spans).

``import_fastest_s`` is ``annotator import`` of the corpus into a new SQLite database, in
this process (``bench_io``'s ``import_s`` is one such run). ``import_floor_s`` does the
least any import must: parse the same JSONL with
``json``, insert the same documents and spans with ``sqlite3.executemany`` in one
transaction and tokenize every text with one ``re.finditer`` pass. ``import_ratio`` is
``import_fastest_s / import_floor_s``; each is the fastest of 3 runs, each into a new database (on
a shared machine load only ever adds time).

``import_peak_mb`` is the peak resident memory an import adds, on the corpus and
(``import_peak_50mb_doc_mb``) on one 50 MB text document: each import runs in a fresh
process started by a fresh driver process, which reports ``resource.getrusage(
RUSAGE_CHILDREN).ru_maxrss``; the same measured for a process that only imports the
modules (``import_baseline_mb``) is subtracted.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from annotator.cli import main as cli_main
from benchmarks.generate import generate_jsonl, vocabulary

RUNS = 3
ROOT = Path(__file__).resolve().parent.parent
TOKEN = re.compile(r"\w+|[^\w\s]")

_DRIVER = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""
_BASELINE = "import annotator.cli, annotator.formats.import_files, annotator.store.api"


def _import(db: Path, source: Path) -> float:
    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        status = cli_main(["--db", str(db), "import", str(source), "--add-labels"])
    elapsed = time.perf_counter() - started
    if status != 0:
        raise RuntimeError(f"annotator import {source} exited with {status}")
    return elapsed


def floor(db: Path, source: Path) -> float:
    """Parse, insert and tokenize the corpus with the standard library only."""
    started = time.perf_counter()
    with open(source, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE document (id INTEGER PRIMARY KEY, name TEXT, text TEXT)")
    conn.execute(
        'CREATE TABLE span (id INTEGER PRIMARY KEY, document_id INTEGER, start INTEGER, "end" '
        "INTEGER, label TEXT)"
    )
    tokens = 0
    with conn:
        conn.executemany(
            "INSERT INTO document (id, name, text) VALUES (?, ?, ?)",
            [(i, r["name"], r["text"]) for i, r in enumerate(records, 1)],
        )
        conn.executemany(
            'INSERT INTO span (document_id, start, "end", label) VALUES (?, ?, ?, ?)',
            [
                (i, s["start"], s["end"], s["label"])
                for i, r in enumerate(records, 1)
                for s in r["spans"]
            ],
        )
    for record in records:
        tokens += sum(1 for _ in TOKEN.finditer(record["text"]))
    conn.close()
    elapsed = time.perf_counter() - started
    if not tokens:
        raise RuntimeError("the floor found no tokens")
    return elapsed


def _peak_kb(args: list[str]) -> int:
    out = subprocess.run(
        [sys.executable, "-c", _DRIVER, *args], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return int(out.stdout.strip().splitlines()[-1])


def import_peak_mb(db: Path, source: Path, baseline_kb: int) -> float:
    cli = [sys.executable, "-m", "annotator.cli", "--db", str(db), "import", str(source)]
    return round((_peak_kb([*cli, "--add-labels"]) - baseline_kb) / 1024, 1)


def write_big_document(path: Path, size: int = 50_000_000, seed: int = 3) -> None:
    """One text document of ``size`` bytes of Arabic words, 20 to a line."""
    rng = random.Random(seed)
    vocab = vocabulary()
    written = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        while written < size:
            line = " ".join(rng.choice(vocab) for _ in range(20)) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))


def run(documents: int = 2000, tokens: int = 1_000_000, spans: int = 100_000) -> dict:
    with tempfile.TemporaryDirectory(prefix="annotator-bench-import-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus.jsonl"
        generate_jsonl(corpus, documents, tokens, spans)
        corpus_bytes = corpus.stat().st_size
        import_s = min(_import(root / f"import-{run}.db", corpus) for run in range(RUNS))
        floor_s = min(floor(root / f"floor-{run}.db", corpus) for run in range(RUNS))
        print(f"[bench_import] import {import_s:.2f} s, floor {floor_s:.2f} s", file=sys.stderr)
        baseline = _peak_kb([sys.executable, "-c", _BASELINE])
        corpus_mb = import_peak_mb(root / "peak.db", corpus, baseline)
        big = root / "big.txt"
        write_big_document(big)
        big_mb = import_peak_mb(root / "peak-big.db", big, baseline)
        print(f"[bench_import] peak {corpus_mb} MB, 50 MB document {big_mb} MB", file=sys.stderr)
    return {
        "import_fastest_s": round(import_s, 3),
        "import_floor_s": round(floor_s, 3),
        "import_ratio": round(import_s / floor_s, 2),
        "import_baseline_mb": round(baseline / 1024, 1),
        "import_peak_mb": corpus_mb,
        "import_peak_50mb_doc_mb": big_mb,
        "import_corpus_mb": round(corpus_bytes / 1_000_000, 1),
    }
