"""Store figures on a generated database of 1,000,000 spans (2,000 documents of 2,000
tokens, two annotator layers of 500,000 spans each, half of the documents marked done in
the second layer).

- ``stats_s``: ``annotator stats`` on that database, as a fresh process through the
  console entry (``annotator.cli.main``), the fastest of 3: a shared machine's load only
  ever adds time.
- ``stats_peak_mb``: the peak resident memory of that process (the largest of the runs).
- ``stats_build_s``: building the database (two ``Store.import_batch`` calls), for scale.

Run standalone: ``python -m benchmarks.bench_store`` (prints one JSON line).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = 2000
TOKENS = 2000  # per document
SPANS = 250  # per document and layer
LAYERS = ("amal", "badr")
RUNS = 3
# The console entry, then the process's own peak RSS (kB) on stderr's last line: VmHWM of
# its memory map, not ru_maxrss, which counts the parent's pages at fork time as well.
STATS = """
import re, resource, sys
from annotator.cli import main
status = main()
try:
    with open("/proc/self/status") as handle:
        peak = int(re.search(r"VmHWM:\\s+(\\d+) kB", handle.read()).group(1))
except (OSError, AttributeError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(peak, file=sys.stderr)
sys.exit(status)
"""


def build(db: Path) -> int:
    """The benchmark database at ``db``; returns its number of spans."""
    from annotator.spans import Span
    from annotator.store import ImportItem, Store
    from benchmarks.generate import generate_document, vocabulary

    vocab = vocabulary()
    documents = [
        generate_document(random.Random(index), vocab, TOKENS, SPANS * len(LAYERS))
        for index in range(DOCUMENTS)
    ]
    total = 0
    with Store.open(db) as store:
        store.apply_preset("anercorp")
        for number, layer in enumerate(LAYERS):
            items = [
                ImportItem(
                    f"doc-{index:05d}",
                    text,
                    spans=[
                        Span(s["start"], s["end"], s["label"]) for s in spans[number :: len(LAYERS)]
                    ],
                    status="done" if number and index % 2 else None,
                )
                for index, (text, spans) in enumerate(documents)
            ]
            total += store.import_batch(items, layer).spans_added
    return total


def _stats(db: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of one ``annotator --db DB stats`` process."""
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", STATS, "--db", str(db), "stats"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"annotator stats exited with {proc.returncode}: {proc.stderr}")
    peak_kb = int(proc.stderr.strip().splitlines()[-1])
    return elapsed, peak_kb / 1024


def run() -> dict:
    with tempfile.TemporaryDirectory(prefix="annotator-bench-store-") as folder:
        db = Path(folder) / "million.annotator"
        started = time.perf_counter()
        spans = build(db)
        built = time.perf_counter() - started
        timings, peaks = [], []
        for _ in range(RUNS):
            seconds, peak = _stats(db)
            timings.append(seconds)
            peaks.append(peak)
    return {
        "stats_spans": spans,
        "stats_build_s": round(built, 1),
        "stats_s": round(min(timings), 3),
        "stats_peak_mb": round(max(peaks), 1),
    }


if __name__ == "__main__":
    print(json.dumps(run(), sort_keys=True))
