"""Import/export throughput on a generated corpus (2,000 documents, 1M tokens, 100k spans).

``export_floor_s`` reads the same rows (document texts and spans) from SQLite and writes
as many bytes as the larger export with no formatting logic; ``export_ratio`` is the
slower export divided by that floor. Each export and each floor is timed 3 times and the
fastest run counts: on a shared machine, load only ever adds time.

``export_spacy_s`` (a spaCy DocBin, one ``Doc`` per document) and ``export_brat_s`` (a
folder of 2,000 ``.txt`` + ``.ann`` pairs, each file written atomically and flushed to
disk) are the fastest of 3 exports of the same corpus, like the CoNLL and JSONL figures.

``export_peak_mb``: the peak resident memory of a fresh process running ``annotator
export`` (CoNLL and JSONL, the larger counts) less that of a fresh process that only
opened the store, from ``getrusage(RUSAGE_CHILDREN).ru_maxrss`` in a small process that
started it. Measured on the
corpus and on one generated document of 50 MB of UTF-8 text (``export_peak_big_mb``, with
``export_big_input_mb`` and the slower of its two exports, ``export_big_s``); that
document has a span every 1,000 tokens, like a text file labelled only here and there.
"""

from __future__ import annotations

import contextlib
import io
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from annotator.cli import main as cli_main
from benchmarks.generate import generate_document, generate_jsonl, vocabulary

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


# The measured process: "--open DB" only opens the store (the baseline), anything else is
# an `annotator` command line.
_MEASURED = """
import sys
if sys.argv[1] == "--open":
    import annotator.formats.export
    from annotator.store import Store
    Store.open(sys.argv[2]).close()
else:
    from annotator.cli import main
    sys.exit(main(sys.argv[1:]))
"""
# Started fresh, it runs the measured process and prints its time and peak RSS (KiB). A
# child's ru_maxrss starts from its parent's size at the fork (Linux keeps it across exec),
# so the parent must be this small process, not the benchmark with its corpus in memory.
_MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run([sys.executable, "-c", sys.argv[1], *sys.argv[2:]], capture_output=True)
if done.returncode:
    sys.exit(done.stderr.decode(errors="replace")[-500:])
print(time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def _child(*args: str) -> tuple[float, int]:
    """``(seconds, peak KiB)`` of a fresh process running ``args``."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, _MEASURED, *args],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)}: {done.stderr.strip()[-500:]}")
    seconds, peak = done.stdout.split()[-2:]
    return float(seconds), int(peak)


def export_peak(db: Path, out: Path) -> tuple[float, float]:
    """Peak MiB of the larger of a CoNLL and a JSONL export above an opened store, and
    the slower export's seconds."""
    _child("--open", str(db))  # the first opening after an import may checkpoint its log
    _seconds, baseline = _child("--open", str(db))
    runs = [
        _child("--db", str(db), "export", "--format", fmt, "-o", str(out / f"peak.{fmt}"))
        for fmt in ("conll", "jsonl")
    ]
    peak = max(kib for _s, kib in runs)
    return round((peak - baseline) / 1024, 1), max(s for s, _kib in runs)


def big_document(db: Path, megabytes: float = 50) -> float:
    """One generated document of about ``megabytes`` of UTF-8 text in a new database
    (through the store's import); returns its size in MB."""
    from annotator.spans import Span
    from annotator.store import Store
    from annotator.store.types import ImportItem

    rng = random.Random(7)
    vocab = vocabulary()
    sample, _spans = generate_document(rng, vocab, 10_000, 10)
    tokens = int(megabytes * 1e6 * 10_000 / len(sample.encode("utf-8")))
    text, spans = generate_document(rng, vocab, tokens, tokens // 1000)
    item = ImportItem("big", text, None, [Span(s["start"], s["end"], s["label"]) for s in spans])
    with Store.open(db) as store:
        store.import_batch([item], "imported", add_labels=True)
    return round(len(text.encode("utf-8")) / 1e6, 1)


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
        spacy_s, _spacy = _export(db, root, "spacy")
        brat_s, _brat = _export(db, root, "brat")
        print(f"[bench_io] export spacy {spacy_s:.2f} s, brat {brat_s:.2f} s", file=sys.stderr)
        size = max(conll.stat().st_size, jsonl.stat().st_size)
        floor_s = min(floor(db, root / f"floor-{run}.bin", size) for run in range(RUNS))
        conll_size = conll.stat().st_size
        floor_conll_s = min(
            floor(db, root / f"floor-conll-{run}.bin", conll_size) for run in range(RUNS)
        )
        print(f"[bench_io] floor {floor_s:.2f} s", file=sys.stderr)
        peak_mb, _peak_s = export_peak(db, root)
        big = root / "big.db"
        big_mb = big_document(big)
        peak_big_mb, big_s = export_peak(big, root)
        print(f"[bench_io] export peaks {peak_mb} MB, {peak_big_mb} MB", file=sys.stderr)
    return {
        "io_documents": counts["documents"],
        "io_tokens": counts["tokens"],
        "io_spans": counts["spans"],
        "import_s": round(import_s, 3),
        "export_conll_s": round(conll_s, 3),
        "export_jsonl_s": round(jsonl_s, 3),
        "export_spacy_s": round(spacy_s, 3),
        "export_brat_s": round(brat_s, 3),
        "export_floor_s": round(floor_s, 3),
        "export_floor_conll_s": round(floor_conll_s, 3),
        "export_ratio": round(max(conll_s, jsonl_s) / floor_s, 2),
        "export_conll_ratio": round(conll_s / floor_conll_s, 2),
        "export_peak_mb": peak_mb,
        "export_big_input_mb": big_mb,
        "export_peak_big_mb": peak_big_mb,
        "export_big_s": round(big_s, 2),
    }
