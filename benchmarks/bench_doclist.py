"""The document list on a 20,000-document corpus (10 M tokens, 400,000 spans requested).

The corpus (``generate.generate_jsonl``, seed 5) is imported once into the layer
``bench`` and cached under ``benchmarks/out/`` as ``doclist-20000-s<schema>.annotator``
(a new schema version makes a new file instead of migrating the old one). The window
opens it as the annotator ``bench``, so every span counts in the list.

- ``doclist_open_ms``: ``MainWindow(store)`` built, shown and its event queue run until
  the list shows every document, and the rows in sight their titles and span counts
  (the fastest of 5, each on a new connection: on a shared machine load only ever adds
  time; target <= 150). ``doclist_open_median_ms`` is their median;
  ``doclist_open_all_ms`` the time until every document's title and span count is in
  (read by the list's worker while the window is already usable). No document is opened.
- ``doclist_index_s``: the text filter's index built in its worker after the window
  opened (the search keys read from the store), and ``doclist_index_mb`` its size.
- ``doclist_filter_ms``: a word typed into the filter key by key, each key's answer
  waited for as a typist would see it; the time from the last key to the list updated
  and repainted (median over five words; target <= 150; ``doclist_filter_max_ms`` the
  slowest word). ``doclist_filter_paste_ms``: the same words pasted whole, a full scan
  each (median).
- ``doclist_scroll_ms``: one page down in the list until repainted (median of 30).

Run standalone: ``python -m benchmarks.bench_doclist`` (prints one JSON line).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
DOCUMENTS, TOKENS, SPANS = 20_000, 10_000_000, 400_000
LAYER = "bench"
WORDS = ("روسيا", "بيونغ", "الرئيس", "كوريا الشمالية", "bench-01234")


def corpus() -> Path:
    """The cached benchmark database (made on first use, about a minute)."""
    from annotator.cli import main as cli_main
    from annotator.store.migrations import latest_version
    from benchmarks.generate import generate_jsonl

    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"doclist-{DOCUMENTS}-s{latest_version()}.annotator"
    if target.exists():
        return target
    source = OUT / f"doclist-{DOCUMENTS}.jsonl"
    if not source.exists():
        partial = source.with_suffix(".partial")
        generate_jsonl(partial, DOCUMENTS, TOKENS, SPANS, seed=5)
        partial.replace(source)
    building = target.with_suffix(".building")
    building.unlink(missing_ok=True)
    args = ["--db", str(building), "import", str(source), "--annotator", LAYER, "--add-labels"]
    with contextlib.redirect_stdout(io.StringIO()):
        if cli_main(args) != 0:
            raise RuntimeError(f"annotator import {source} failed")
    building.replace(target)
    return target


def _until(app, condition, timeout: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the list did not update")
        app.processEvents()
        time.sleep(0.0005)


def _type(widget, text: str) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, text))


def _open_window(db: Path):
    from PySide6.QtWidgets import QApplication

    from annotator.gui.main_window import MainWindow
    from annotator.store import Store

    store = Store.open(db)
    started = time.perf_counter()
    window = MainWindow(store, location=str(db), annotator=LAYER)
    window.resize(1400, 900)
    window.show()
    QApplication.processEvents()
    docs = window.documents
    _until(QApplication.instance(), docs.details_ready)  # titles and span counts shown
    seconds = time.perf_counter() - started
    _until(QApplication.instance(), docs.all_details_ready)
    every = time.perf_counter() - started
    first = docs.model.doc_id(0) or 0
    if docs.model.rowCount() != DOCUMENTS or not docs.model.title(first):
        raise RuntimeError("the list is not filled")
    if not docs.model.span_count(first):
        raise RuntimeError("the list has no span counts")
    return window, store, seconds, every


def _filter_times(app, window) -> dict[str, float]:
    docs = window.documents
    edit = docs.text_filter
    answered = []
    docs.filtered.connect(lambda: answered.append(time.perf_counter()))
    typed, pasted, counts = [], [], []
    for word in WORDS:
        edit.clear()
        _until(app, lambda: not docs.search.busy())
        app.processEvents()
        for char in word:
            before = len(answered)
            started = time.perf_counter()
            _type(edit, char)
            _until(app, lambda before=before: len(answered) > before)
            docs.table.viewport().repaint()
        typed.append(time.perf_counter() - started)
        counts.append(docs.model.rowCount())
        edit.clear()
        _until(app, lambda: not docs.search.busy())
        app.processEvents()
        before = len(answered)
        started = time.perf_counter()
        edit.setText(word)
        _until(app, lambda before=before: len(answered) > before)
        docs.table.viewport().repaint()
        pasted.append(time.perf_counter() - started)
    print(
        f"[bench_doclist] matches per word {dict(zip(WORDS, counts, strict=True))}", file=sys.stderr
    )
    edit.clear()
    return {
        "doclist_filter_ms": round(statistics.median(typed) * 1000, 1),
        "doclist_filter_max_ms": round(max(typed) * 1000, 1),
        "doclist_filter_paste_ms": round(statistics.median(pasted) * 1000, 1),
    }


def _scroll_ms(app, window) -> float:
    bar = window.documents.table.verticalScrollBar()
    times = []
    for _ in range(30):
        started = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        window.documents.table.viewport().repaint()
        app.processEvents()
        times.append(time.perf_counter() - started)
    return round(statistics.median(times) * 1000, 2)


def run() -> dict:
    from PySide6.QtCore import QSettings

    from annotator.gui.app import ensure_app

    app = ensure_app()
    db = corpus()
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="annotator-bench-doclist-") as folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        opens, alls = [], []
        for _ in range(5):
            window, store, seconds, every = _open_window(db)
            opens.append(seconds)
            alls.append(every)
            started = time.perf_counter()
            _until(app, lambda window=window: window.documents.search.ready(), timeout=300)
            index_s = time.perf_counter() - started
            window.close()
            store.close()
        window, store, _seconds, _every = _open_window(db)
        _until(app, lambda: window.documents.search.ready(), timeout=300)
        results["doclist_open_ms"] = round(min(opens) * 1000, 1)
        results["doclist_open_median_ms"] = round(statistics.median(opens) * 1000, 1)
        results["doclist_open_all_ms"] = round(min(alls) * 1000, 1)
        results["doclist_index_s"] = round(index_s, 2)
        results["doclist_index_mb"] = round(window.documents.search.index_size() / 1e6, 1)
        results.update(_filter_times(app, window))
        results["doclist_scroll_ms"] = _scroll_ms(app, window)
        window.close()
        store.close()
    return results


if __name__ == "__main__":
    print(json.dumps(run(), sort_keys=True))
