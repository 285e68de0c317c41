"""Training in a process of its own, for the window: ``python -m annotator.suggest.worker``.

The worker reads the chosen layers (plain reads, no transaction), trains, and stores the
model in one short transaction; it never holds a write lock while it trains. It reports on
stdout, one JSON object a line, flushed at once:

    {"event": "started", "pid": 1234}
    {"event": "progress", "stage": "reading|evaluating|features|training|saving",
     "done": 12, "total": 120}
    {"event": "finished", "model_id": 3, "entities": 812, "documents": 40, "sentences": 900,
     "tokens": 18000, "f1": 0.71, "seconds": 9.8, "crf": true, "note": "", "writes": 1}
    {"event": "failed", "message": "one line"}            (exit status 1; with
        "reason": "nothing_to_learn" when no finished document or gold span exists, and
        "code" and "params" when the error has them: a store error's, see store/errors.py)

The database comes from ``--db`` or, better (keeps a password out of the process list),
the ``ANNOTATOR_DB`` environment variable; :func:`command` gives the argument list to start
(also from a frozen bundle, through the ``annotator suggest train --progress json``
command, which runs the same code).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

__all__ = ["command", "main", "run"]


def command(layers: Sequence[str] | None = None, *, held_out: bool = True) -> list[str]:
    """The argument list that starts a worker (``argv[0]`` is the program); pass the
    database in the child's ``ANNOTATOR_DB`` environment variable."""
    if getattr(sys, "frozen", False):  # a bundle: its executable is the annotator command
        argv = [sys.executable, "suggest", "train", "--progress", "json"]
    else:
        argv = [sys.executable, "-m", "annotator.suggest.worker"]
    if layers:
        argv += ["--from", ",".join(layers)]
    if not held_out:
        argv.append("--no-held-out")
    return argv


def emitter(out: TextIO) -> Callable[[dict[str, Any]], None]:
    def emit(event: dict[str, Any]) -> None:
        out.write(json.dumps(event, ensure_ascii=False, sort_keys=True) + "\n")
        out.flush()

    return emit


def run(
    store: Any,
    layers: Sequence[str] | None,
    emit: Callable[[dict[str, Any]], None],
    *,
    held_out: bool = True,
) -> dict[str, Any]:
    """Train and store; reports through ``emit``; returns the ``finished`` event."""
    from annotator.suggest import assistant, crf

    last: dict[str, tuple[int, int]] = {}

    def progress(stage: str, done: int, total: int) -> None:
        if last.get(stage) == (done, total):
            return
        last[stage] = (done, total)
        emit({"event": "progress", "stage": stage, "done": done, "total": total})

    reason = crf.unavailable_reason()
    if reason is not None:
        emit({"event": "note", "message": f"{reason}: the project memory alone is used"})
    trained = assistant.train(store, layers, held_out=held_out, progress=progress)
    info = trained.model.info
    done = {
        "event": "finished",
        "model_id": trained.model_id,
        "layers": info.layers,
        "entities": info.entities,
        "documents": info.documents,
        "sentences": info.sentences,
        "tokens": info.tokens,
        "f1": info.f1,
        "seconds": round(info.seconds, 3),
        "crf": info.crf,
        "note": info.note,
        "writes": store.own_writes(),  # what it moved the revision by: its window's own
    }
    emit(done)
    return done


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m annotator.suggest.worker", description="Train the assistant."
    )
    parser.add_argument("--db", metavar="URL", default=None, help="default: $ANNOTATOR_DB")
    parser.add_argument("--from", dest="layers", metavar="LAYERS", default=None)
    parser.add_argument("--no-held-out", action="store_true", help="skip the held-out F1")
    args = parser.parse_args(argv)
    emit = emitter(out or sys.stdout)
    url = args.db or os.environ.get("ANNOTATOR_DB")
    if not url:
        emit({"event": "failed", "message": "no database: give --db or set ANNOTATOR_DB"})
        return 1
    emit({"event": "started", "pid": os.getpid()})
    from annotator.store import Store
    from annotator.suggest.data import NothingToLearnError, parse_layers
    from annotator.urls import redact_url

    try:
        store = Store.open(url)
        try:
            run(store, parse_layers(args.layers), emit, held_out=not args.no_held_out)
        finally:
            store.close()
    except Exception as exc:  # reported as an event: the window shows it
        message = " ".join(str(exc).split()) or exc.__class__.__name__
        failed = {"event": "failed", "message": message.replace(url, redact_url(url))}
        if isinstance(exc, NothingToLearnError):
            failed["reason"] = "nothing_to_learn"
        failed.update(_coded(exc, url))
        emit(failed)
        return 1
    return 0


def _coded(exc: BaseException, url: str) -> dict[str, Any]:
    """The error's ``code`` and ``params`` (a store error's, see
    :mod:`annotator.store.errors`), so the window words it in its language; the URL's
    password left out."""
    from annotator.urls import redact_url

    code = getattr(exc, "code", "")
    if not code or not isinstance(code, str):
        return {}
    params = {
        key: value.replace(url, redact_url(url)) if isinstance(value, str) else value
        for key, value in (getattr(exc, "params", None) or {}).items()
    }
    try:
        json.dumps(params)
    except (TypeError, ValueError):
        return {}
    return {"code": code, "params": params}


if __name__ == "__main__":
    sys.exit(main())
