"""The assistant on the Wojood sample (tests/data), flattened to its outermost entities.

- ``suggest_f1``, ``suggest_memory_f1``: seqeval-strict micro F1 of the assistant (the
  CRF's spans with the project memory's matches they leave free: what it suggests) and of
  the project memory alone, 5-fold cross-validation by contiguous sentence chunks (the
  sample is one document), read through the store as ``annotator suggest evaluate`` reads
  it; ``suggest_crf_f1`` the CRF's spans alone.
- ``suggest_train_s``: mean time to train on 4/5 of the sample (``_max`` the slowest fold;
  ``suggest_train_cpu_s`` the CPU time, which load from other processes does not inflate).
- ``suggest_apply_ms_per_1k_tokens``: prediction time per 1,000 tokens (a fold's model on
  its held-out fifth); ``suggest_open_ms``: what the window pays when a document of about
  1,000 tokens opens with a stored model (load the newest model from the database, predict,
  store the suggestions); ``suggest_open_cached_ms`` the same with the model already loaded.
- ``suggest_shown_ms``: in the window (offscreen), from the end of the first paint of that
  newly opened ~1,000-token document to the end of the paint that shows its suggestions
  (predicted on the window's worker thread, stored, drawn; median of 5 cold opens; target
  <= 300). ``suggest_first_paint_ms`` is the open until that first paint;
  ``suggest_shown_ahead_ms`` the same for a document the window predicted ahead (the next
  unfinished one, as after "done"): 0 when its suggestions are in its first paint;
  ``suggest_shown_predict_cpu_ms`` the CPU time of the prediction on the window's worker
  thread (which load from other processes does not inflate).
- A simulated annotation session over the sample cut into ``SESSION_DOCS`` documents, in
  order, doing only what the window offers: it shows the suggestions of confidence 0.5 or
  more; the annotator accepts every suggestion at or above the window's threshold (0.8) in
  one action, then fixes the wrong ones among them one action each (the right-click menu's
  "Relabel as" for one whose span is right, "Remove" for the others), takes each lower
  one with one action (a click accepts a correct one, the suggestion's right-click menu
  "Accept as" another label for one whose span is right, X rejects the others), and
  labels what is still missing by hand (one action each). ``actions_per_entity`` is
  actions / entities over the last half of the session (1.0 = fully manual);
  ``suggest_learning_curve`` that figure per document. The model is retrained after each
  document (``RETRAIN_EVERY``) on everything labelled so far.
"""

from __future__ import annotations

import contextlib
import io
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from annotator.cli import main as cli_main
from annotator.store import Store
from annotator.suggest import assistant, stored
from annotator.suggest.corpus import Unit
from annotator.suggest.data import read_training
from annotator.suggest.evaluate import cross_validate, folds_of
from annotator.suggest.model import SuggestModel
from annotator.suggest.training import chunks_of, train_model

ROOT = Path(__file__).resolve().parents[1]
WOJOOD = ROOT / "tests" / "data" / "wojood_sample_train.txt"
SESSION_DOCS = 30
RETRAIN_EVERY = 1
THRESHOLD = assistant.ACCEPT_ALL_THRESHOLD
SHOWN = assistant.SHOWN_MIN_CONFIDENCE


def flatten(source: Path, target: Path) -> Path:
    """``TOKEN<TAB>OUTERMOST_TAG`` (the first tag column is the outermost entity)."""
    lines = []
    for line in source.read_text(encoding="utf-8").split("\n"):
        fields = line.split()
        lines.append(f"{fields[0]}\t{fields[1]}" if fields else "")
    target.write_text("\n".join(lines), encoding="utf-8")
    return target


def _cli(*args: str) -> None:
    with contextlib.redirect_stdout(io.StringIO()):
        if cli_main(list(args)) != 0:
            raise RuntimeError(f"annotator {' '.join(args)} failed")


def _log(message: str) -> None:
    print(f"[bench_suggest] {message}", file=sys.stderr, flush=True)


def _document_actions(model: SuggestModel | None, units: list[Unit]) -> tuple[int, int]:
    """(actions, entities) for one document of the simulated session."""
    gold = {g for u in units for g in u.gold()}
    if model is None:
        return len(gold), len(gold)
    predicted = model.predict(units)
    found = {(p.start, p.end, p.label): p.confidence for p in predicted if p.confidence >= SHOWN}
    high = {span for span, c in found.items() if c >= THRESHOLD}
    low = set(found) - high
    gold_spans = {(start, end) for start, end, _label in gold}
    # a suggestion over a gold span, with the wrong label: relabelled (high) or accepted
    # as the right label (low) in one action, so that entity needs no labelling by hand
    relabelled = {(s, e) for s, e, _label in set(found) - gold if (s, e) in gold_spans}
    actions = 1 if high else 0  # accept everything at or above the threshold at once
    actions += len(high - gold)  # relabel or remove the wrong ones accepted with them
    actions += len(low)  # accept, accept as another label, or reject the others one by one
    actions += sum(1 for g in gold - set(found) if g[:2] not in relabelled)  # label the rest
    return actions, len(gold)


def session(units: list[Unit]) -> tuple[float, list[float], int]:
    """``(actions_per_entity over the last half, per-document curve, trainings)``."""
    docs = [units[r.start : r.stop] for r in chunks_of(len(units), SESSION_DOCS)]
    model: SuggestModel | None = None
    curve: list[float] = []
    totals: list[tuple[int, int]] = []
    trainings = 0
    for index, doc in enumerate(docs):
        if index and index % RETRAIN_EVERY == 0:
            model = train_model([u for d in docs[:index] for u in d])
            trainings += 1
        actions, entities = _document_actions(model, doc)
        totals.append((actions, entities))
        curve.append(round(actions / entities, 3) if entities else 0.0)
    half = totals[len(totals) // 2 :]
    return sum(a for a, _ in half) / max(sum(e for _, e in half), 1), curve, trainings


def _apply_speed(units: list[Unit]) -> float:
    test = set(folds_of(units, 5, 0)[0])
    model = train_model([u for i, u in enumerate(units) if i not in test])
    held = [units[i] for i in sorted(test)]
    tokens = sum(len(u.starts) for u in held)
    started = time.perf_counter()
    model.predict(held)
    return (time.perf_counter() - started) * 1000 / (tokens / 1000)


def _open_document(db: str, text: str) -> tuple[float, float]:
    """Milliseconds to show suggestions for a newly opened ~1,000-token document: with
    the model loaded from the database, and with it already in memory."""
    with Store.open(db) as store:
        words = text.split()[:1000]
        doc = store.add_document("opened", " ".join(words)).id
        assistant.train(store, ["imported"], held_out=False)
    with Store.open(db) as store:
        started = time.perf_counter()
        loaded = stored.load_latest(store)
        assert loaded is not None
        model_id, model = loaded
        assistant.refresh(store, model, model_id, doc, "amal")
        cold = (time.perf_counter() - started) * 1000
        store.replace_suggestions(doc, "amal", [])
        started = time.perf_counter()
        assistant.refresh(store, model, model_id, doc, "amal")
        warm = (time.perf_counter() - started) * 1000
    return cold, warm


def _until(condition: Callable[[], object], app: Any, limit: float = 30.0) -> float:
    """Process the window's events until ``condition()``; the time it became true."""
    deadline = time.perf_counter() + limit
    while not condition():
        if time.perf_counter() > deadline:
            raise RuntimeError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.0005)
    return time.perf_counter()


def _shown_in_window(db: str, work: Path) -> tuple[float, float, float, float]:
    """(first paint, suggestions shown after it, the prediction's CPU time) in
    milliseconds, medians of cold opens; and the second for a document predicted ahead
    (0: in its first paint)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from annotator.gui import assistant_control
    from annotator.gui.app import ensure_app
    from annotator.gui.main_window import MainWindow

    app = ensure_app()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    predict, cpu = assistant.shown_predictions, []

    def timed(*args: Any, **kwargs: Any) -> Any:  # on the window's worker thread
        started = time.thread_time()
        try:
            return predict(*args, **kwargs)
        finally:
            cpu.append((time.thread_time() - started) * 1000)

    assistant.shown_predictions = timed  # type: ignore[assignment]
    store = Store.open(db)
    window = MainWindow(store, location=db, annotator="window")
    window.resize(1200, 800)
    window.show()
    _until(lambda: window.assistant.model is not None, app)
    opened = next(d.id for d in store.documents() if d.name == "opened")
    other = next(d.id for d in store.documents() if d.id != opened)
    view, paints, shown, cpu_shown = window.article_view, [], [], []
    for _ in range(5):
        window.open_document(other)
        store.replace_suggestions(opened, "window", [])  # nothing stored: predict afresh
        window._sessions.clear()
        _until(lambda: not window.assistant.background.busy(), app)
        window.assistant._found.clear()
        window.assistant._ready.clear()  # nothing predicted ahead either
        started, painted = time.perf_counter(), view.painted
        window.open_document(opened)
        first = _until(lambda: view.painted > painted, app)  # noqa: B023
        painted = view.painted
        _until(lambda: window.assistant.overlay.items() and view.painted > painted, app)  # noqa: B023
        paints.append((first - started) * 1000)
        shown.append((time.perf_counter() - first) * 1000)
        cpu_shown.append(cpu[-1])
    # "done" on the document before it: then it was predicted ahead (first let the
    # window's own predictions ahead, due a second after each open, run and settle)
    settle = time.perf_counter() + assistant_control.AHEAD_DELAY_MS / 1000 + 0.3
    _until(lambda: time.perf_counter() > settle and not window.assistant.background.busy(), app)
    window.open_document(other)
    store.replace_suggestions(opened, "window", [])
    window._sessions.clear()
    window.assistant._found.clear()
    window.assistant._ready.clear()
    window.assistant._predict_next(other)
    _until(lambda: not window.assistant.background.busy(), app)
    assert opened in window.assistant._ready, "the benchmark's documents are not in order"
    painted = view.painted
    window.open_document(opened)
    _until(lambda: view.painted > painted, app)
    ahead = 0.0 if window.assistant.overlay.items() else float("nan")  # in the first paint or not
    window.close()
    store.close()
    assistant.shown_predictions = predict  # type: ignore[assignment]
    medians = (statistics.median(paints), statistics.median(shown), statistics.median(cpu_shown))
    return (*medians, ahead)


def run() -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="bench-suggest-") as tmp:
        flat = flatten(WOJOOD, Path(tmp) / "wojood_flat.conll")
        db = str(Path(tmp) / "bench.annotator")
        _cli("labels", "--db", db, "--preset", "wojood")
        _cli("import", "--db", db, str(flat), "--format", "conll")
        with Store.open(db) as store:
            data = read_training(store, ["imported"])
            text = store.document(store.documents()[0].id).text
        units = data.units
        _log(f"{len(units)} sentences, {sum(len(u.entities) for u in units)} entities")
        evaluation = cross_validate(units, folds=5, seed=0)
        scores, crf_alone = evaluation.assistant, evaluation.crf
        assert scores is not None and crf_alone is not None, "python-crfsuite is not available"
        _log(
            f"cross-validation: assistant {scores.f1:.3f}, CRF {crf_alone.f1:.3f}, "
            f"memory {evaluation.memory.f1:.3f}"
        )
        apply_ms = _apply_speed(units)
        open_ms, open_cached_ms = _open_document(db, text)
        first_paint_ms, shown_ms, shown_cpu_ms, ahead_ms = _shown_in_window(db, Path(tmp))
        _log(f"window: first paint {first_paint_ms:.0f} ms, suggestions {shown_ms:.0f} ms later")
        started = time.perf_counter()
        per_entity, curve, trainings = session(units)
        _log(f"session: {per_entity:.3f} actions per entity, {trainings} trainings")
        return {
            "suggest_f1": round(scores.f1, 4),
            "suggest_precision": round(scores.precision, 4),
            "suggest_recall": round(scores.recall, 4),
            "suggest_crf_f1": round(crf_alone.f1, 4),
            "suggest_memory_f1": round(evaluation.memory.f1, 4),
            "suggest_f1_ratio": round(scores.f1 / max(evaluation.memory.f1, 1e-9), 3),
            "suggest_train_s": round(statistics.mean(evaluation.seconds), 2),
            "suggest_train_s_max": round(max(evaluation.seconds), 2),
            "suggest_train_cpu_s": round(statistics.mean(evaluation.cpu_seconds), 2),
            "suggest_apply_ms_per_1k_tokens": round(apply_ms, 2),
            "suggest_open_ms": round(open_ms, 1),
            "suggest_open_cached_ms": round(open_cached_ms, 1),
            "suggest_first_paint_ms": round(first_paint_ms, 1),
            "suggest_shown_ms": round(shown_ms, 1),
            "suggest_shown_ahead_ms": ahead_ms,
            "suggest_shown_predict_cpu_ms": round(shown_cpu_ms, 1),
            "actions_per_entity": round(per_entity, 3),
            "suggest_learning_curve": curve,
            "suggest_session_s": round(time.perf_counter() - started, 1),
        }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), sort_keys=True))
