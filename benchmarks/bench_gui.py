"""Annotation window timings on a generated 100,000-token document with 10,000 spans.

- ``open_first_paint_ms``: open the document in the window until its first paint is done
  (median of 3; target <= 300).
- ``add_span_median_ms``: a simulated click on a visible word until the span is stored and
  the view repainted (median of 40; target <= 16); ``add_span_store_median_ms`` is the
  part spent inside ``Store.add_span``.
- ``startup_ratio``: start of the application, through its console entry
  (``annotator.cli.main``, with the ``ANNOTATOR_EXIT_AFTER_SHOW`` probe that quits once
  the window is shown), on a database holding the sample corpus, over the start of the
  floor program of the fixed stack (target <= 1.3). The floor has none of the
  application's code, only what the product is built on: PySide6 with the ``Qt``
  namespace, peewee imported the ordinary way reading the same SQLite database, the
  qdarktheme style sheet, a main window with a scroll area and three docked tables.
  ``startup_bare_ratio`` is the application over a bare PySide6 QMainWindow, and
  ``startup_floor_ratio`` the floor over that bare window (what the fixed stack itself
  costs). The three programs run as fresh subprocesses in this run, interleaved, the
  fastest of 7 each: a shared machine's load only ever adds time. All run with a
  byte-code cache that a warm-up run fills (``PYTHONPYCACHEPREFIX`` in the work folder),
  as an installed copy does: pip compiles the package at install, as it compiled PySide6
  and peewee for the others.
- ``startup_source_ratio`` (and ``startup_source_bare_ratio``, ...): the same in the
  environment as given. Where it forbids writing byte-code (``PYTHONDONTWRITEBYTECODE``)
  and the checkout was never compiled, the application compiles its modules from source
  on every start; the other programs do not.

Run standalone: ``python -m benchmarks.bench_gui`` (prints one JSON line).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
TOKENS = 100_000
SPANS = 10_000

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

APP = "import sys; from annotator.cli import main; sys.exit(main())"

FLOOR = """
import json, sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractScrollArea, QApplication, QDockWidget, QLabel, QMainWindow, QTableView,
)
import peewee
app = QApplication([])
cached = json.loads(open(sys.argv[2], encoding="utf-8").read())  # the app's theme cache
app.setStyleSheet(cached["qss"])
db = peewee.SqliteDatabase(sys.argv[1])
names = [row[0] for row in db.execute_sql('SELECT "name" FROM "document"').fetchall()]
window = QMainWindow()
window.setCentralWidget(QAbstractScrollArea(window))
for area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea,
             Qt.DockWidgetArea.RightDockWidgetArea):
    dock = QDockWidget(names[0], window)
    dock.setWidget(QTableView(dock))
    window.addDockWidget(area, dock)
window.statusBar().addPermanentWidget(QLabel(f"{len(names)} documents"))
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
db.close()
"""
RUNS = 7


def _seconds(code: str, *args: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env, check=True, capture_output=True
    )
    return time.perf_counter() - started


def _start_times(db: Path, env: dict[str, str], work: Path, prefix: str) -> dict[str, float]:
    """The fastest of ``RUNS`` starts of the bare window, the floor and the application."""
    # warm-up: byte-code and theme caches, settings, as on any later start
    _seconds(BARE, env=env)
    _seconds(APP, str(db), env=env)
    (theme,) = (work / "cache" / "annotator").glob("theme-*.json")  # left by the warm-up
    _seconds(FLOOR, str(db), str(theme), env=env)
    bare, floor, app = [], [], []
    for _ in range(RUNS):  # interleaved so machine load affects all alike
        bare.append(_seconds(BARE, env=env))
        floor.append(_seconds(FLOOR, str(db), str(theme), env=env))
        app.append(_seconds(APP, str(db), env=env))
    return {
        f"{prefix}_bare_ms": round(min(bare) * 1000, 1),
        f"{prefix}_floor_ms": round(min(floor) * 1000, 1),
        f"{prefix}_app_ms": round(min(app) * 1000, 1),
        f"{prefix}_ratio": round(min(app) / min(floor), 3),
        f"{prefix}_bare_ratio": round(min(app) / min(bare), 3),
        f"{prefix}_floor_ratio": round(min(floor) / min(bare), 3),
    }


def startup_ratio(work: Path) -> dict[str, float]:
    from annotator.samples import load_samples
    from annotator.store import Store

    db = work / "samples.annotator"
    with Store.open(db) as store:
        store.apply_preset("anercorp")
        load_samples(store)
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        XDG_CONFIG_HOME=str(work / "config"),
        XDG_DATA_HOME=str(work / "data"),
        XDG_CACHE_HOME=str(work / "cache"),
        ANNOTATOR_EXIT_AFTER_SHOW="1",
    )
    cached = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cached["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    results = _start_times(db, cached, work, "startup")
    results.update(_start_times(db, env, work, "startup_source"))
    return results


def _big_database(work: Path) -> tuple[Path, int]:
    from annotator.spans import Span
    from annotator.store import Store
    from benchmarks.generate import generate_document, vocabulary

    text, spans = generate_document(random.Random(7), vocabulary(), TOKENS, SPANS)
    db = work / "big.annotator"
    with Store.open(db) as store:
        store.apply_preset("anercorp")
        store.add_document("small", "نص قصير")
        doc = store.add_document("big", text)
        store.add_spans(
            doc.id, "bench", [Span(s["start"], s["end"], s["label"]) for s in spans], "imported"
        )
    return db, doc.id


def window_timings(work: Path) -> dict[str, float]:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from annotator.gui.main_window import MainWindow
    from annotator.store import Store

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    db, doc_id = _big_database(work)
    store = Store.open(db)
    window = MainWindow(store, location=str(db), annotator="bench")
    window.resize(1200, 800)
    window.show()
    QApplication.processEvents()
    view = window.article_view
    opens = []
    for _ in range(3):
        window.open_document(window.documents_model.all_documents()[0].id)
        window._sessions.clear()  # measure a cold open each time
        started = time.perf_counter()
        window.open_document(doc_id)
        view.viewport().repaint()
        opens.append(time.perf_counter() - started)
    assert view.painted > 0

    window.palette_widget.set_current("MISC")
    session = window.session()
    clicks: list[float] = []
    in_store: list[float] = []
    add_span = store.add_span

    def timed_add_span(*args, **kwargs):
        started = time.perf_counter()
        try:
            return add_span(*args, **kwargs)
        finally:
            in_store.append(time.perf_counter() - started)

    store.add_span = timed_add_span
    for paragraph in range(view.paragraph_count()):
        for token in view.paragraph(paragraph).tokens():
            if len(clicks) >= 40:
                break
            if not token.text.isalpha() or view.span_at(token.start) is not None:
                continue
            rect = view.token_rect(token.start, token.end)
            if rect.isEmpty() or rect.bottom() > view.viewport().height():
                continue
            before = len(session.spans)
            started = time.perf_counter()
            QTest.mouseClick(
                view.viewport(),
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
                rect.center().toPoint(),
            )
            painted = view.painted
            QApplication.processEvents()  # paints the dirty region: the changed paragraph
            clicks.append(time.perf_counter() - started)
            assert view.painted > painted
            assert len(session.spans) == before + 1
    window.close()
    store.close()
    return {
        "open_first_paint_ms": round(statistics.median(opens) * 1000, 1),
        "add_span_median_ms": round(statistics.median(clicks) * 1000, 2),
        # the part of each click spent inside Store.add_span (validation + transaction)
        "add_span_store_median_ms": round(statistics.median(in_store) * 1000, 2),
    }


def run() -> dict:
    from annotator.gui.app import ensure_app

    ensure_app()
    with tempfile.TemporaryDirectory(prefix="annotator-bench-gui-") as folder:
        work = Path(folder)
        results = window_timings(work)
        results.update(startup_ratio(work))
    return results


if __name__ == "__main__":
    print(json.dumps(run(), sort_keys=True))
