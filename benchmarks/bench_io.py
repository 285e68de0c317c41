"""Import/export throughput on a generated corpus (2,000 documents, 1M tokens, 100k spans).

``export_floor_s`` reads the same rows (document texts and spans) from SQLite and writes
as many bytes as the larger export with no formatting logic; ``export_ratio`` is the
slower export divided by that floor. Each export and each floor is timed 3 times and the
fastest run counts: on a shared machine, load only ever adds time.
"""

from __future__ import annotations

import contextlib
import io
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from annotator.cli import main as cli_main
from benchmarks.generate import generate_jsonl

RUNS = 3


def _cli(*args: str) -> float:
    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        status = cli_main(list(args))
    elapsed = time.perf_counter() - started
    if status != 0:
        raise RuntimeError(f"annotator {' '.join(args)} exited with {status}")
    return elapsed


def _export(db: Path, root: Path, fmt: str) -> tuple[float, Path]:
    """The fastest of ``RUNS`` exports, each to a new folder (as the first export made)."""
    timings = []
    for run in range(RUNS):
        out = root / f"{fmt}-{run}" / f"out.{fmt}"
        timings.append(_cli("--db", str(db), "export", "--format", fmt, "-o", str(out)))
    return min(timings), out


def floor(db: Path, out: Path, size: int) -> float:
    """Read texts and spans with plain SQL, write ``size`` bytes of the texts unformatted."""
    started = time.perf_counter()
    conn = sqlite3.connect(db)
    texts = [row[0] for row in conn.execute('SELECT text FROM document ORDER BY "order", id')]
    spans = conn.execute('SELECT document_id, start, "end", label_id FROM span').fetchall()
    conn.close()
    written = 0
    with open(out, "wb") as handle:
        while written < size:
            for text in texts:
                data = text.encode("utf-8")
                if written + len(data) > size:
                    data = data[: size - written]
                handle.write(data)
                written += len(data)
                if written >= size:
                    break
    elapsed = time.perf_counter() - started
    if not spans:
        raise RuntimeError("the floor read no spans")
    return elapsed


def run(documents: int = 2000, tokens: int = 1_000_000, spans: int = 100_000) -> dict:
    with tempfile.TemporaryDirectory(prefix="annotator-bench-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus.jsonl"
        counts = generate_jsonl(corpus, documents, tokens, spans)
        print(f"[bench_io] generated {counts}", file=sys.stderr)
        db = root / "bench.db"
        import_s = _cli("--db", str(db), "import", str(corpus), "--add-labels")
        print(f"[bench_io] import {import_s:.2f} s", file=sys.stderr)
        conll_s, conll = _export(db, root, "conll")
        print(f"[bench_io] export conll {conll_s:.2f} s", file=sys.stderr)
        jsonl_s, jsonl = _export(db, root, "jsonl")
        print(f"[bench_io] export jsonl {jsonl_s:.2f} s", file=sys.stderr)
        size = max(conll.stat().st_size, jsonl.stat().st_size)
        floor_s = min(floor(db, root / f"floor-{run}.bin", size) for run in range(RUNS))
        conll_size = conll.stat().st_size
        floor_conll_s = min(
            floor(db, root / f"floor-conll-{run}.bin", conll_size) for run in range(RUNS)
        )
        print(f"[bench_io] floor {floor_s:.2f} s", file=sys.stderr)
    return {
        "io_documents": counts["documents"],
        "io_tokens": counts["tokens"],
        "io_spans": counts["spans"],
        "import_s": round(import_s, 3),
        "export_conll_s": round(conll_s, 3),
        "export_jsonl_s": round(jsonl_s, 3),
        "export_floor_s": round(floor_s, 3),
        "export_floor_conll_s": round(floor_conll_s, 3),
        "export_ratio": round(max(conll_s, jsonl_s) / floor_s, 2),
        "export_conll_ratio": round(conll_s / floor_conll_s, 2),
    }
