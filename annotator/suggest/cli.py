"""``annotator suggest train|apply|predict|evaluate``: the assistant on the command line."""

from __future__ import annotations

import argparse
import getpass
import json
import math
import sys
import time
from collections.abc import Sequence
from typing import Any

from annotator.plurals import counted
from annotator.store.types import STATUSES

__all__ = ["add_parser", "confidence", "run"]

PREDICT_FORMATS = ("conll", "jsonl")


def confidence(value: str) -> float:
    """An argparse type: a probability, a number from 0 to 1."""
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not 0.0 <= number <= 1.0:  # also refuses nan
        raise argparse.ArgumentTypeError(f"{value!r} is not a number from 0 to 1")
    return number


def _from_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--from",
        dest="layers",
        metavar="LAYER[,LAYER...]",
        help="layers to learn from (default: gold if it has spans, else every layer's "
        "done documents)",
    )


def _documents_options(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--documents", nargs="+", metavar="NAME", help="document names or ids")
    group.add_argument("--status", choices=STATUSES, help="documents with this status")


def add_parser(sub: Any, db_option: Any) -> None:
    """Add ``suggest`` and its actions to the ``annotator`` subparsers; ``db_option(p)``
    adds the ``--db`` option to a parser."""
    p = sub.add_parser("suggest", help="the assistant: train, apply, predict, evaluate")
    db_option(p)
    actions = p.add_subparsers(dest="suggest_command", metavar="ACTION", required=True)

    t = actions.add_parser("train", help="train on labelled documents and store the model")
    db_option(t)
    _from_option(t)
    t.add_argument("--no-held-out", action="store_true", help="skip the held-out F1")
    t.add_argument("--progress", choices=("json",), help="JSON progress lines (the worker's)")

    a = actions.add_parser("apply", help="store suggestions for review in the window")
    db_option(a)
    _from_option(a)
    _documents_options(a)
    a.add_argument(
        "--min-confidence", type=confidence, default=None, metavar="X", help="default: 0.5"
    )
    a.add_argument("--annotator", metavar="NAME", help="layer to suggest for (default: you)")

    r = actions.add_parser("predict", help="write predicted spans as an export, store nothing")
    db_option(r)
    _from_option(r)
    _documents_options(r)
    r.add_argument("--format", choices=PREDICT_FORMATS, required=True)
    r.add_argument("--min-confidence", type=confidence, default=0.0, metavar="X")
    r.add_argument(
        "--scheme", choices=("iob2", "iob1", "bioes"), help="default: the project's, as export"
    )
    r.add_argument("--docstart", action="store_true", help="CoNLL: -DOCSTART- and 4 columns")
    r.add_argument("--whole-tokens", action="store_true", help="expand spans to whole tokens")
    r.add_argument("--sep", choices=("tab", "space"), default="tab", help="CoNLL separator")
    r.add_argument("-o", "--output", required=True, metavar="OUT")

    e = actions.add_parser(
        "evaluate", help="cross-validated scores: the assistant, the CRF, the memory"
    )
    db_option(e)
    _from_option(e)
    e.add_argument("--folds", type=int, default=5)
    e.add_argument("--seed", type=int, default=0)
    e.add_argument("--json", action="store_true")


def run(store: Any, args: argparse.Namespace) -> None:
    from annotator.suggest.data import parse_layers

    layers = parse_layers(args.layers)
    action = args.suggest_command
    if action == "train":
        _train(store, layers, args)
    elif action == "apply":
        _apply(store, layers, args)
    elif action == "predict":
        _predict(store, layers, args)
    else:
        _evaluate(store, layers, args)


def _note_fallback() -> None:
    from annotator.suggest.crf import unavailable_reason

    reason = unavailable_reason()
    if reason is not None:
        print(f"note: {reason}: suggestions come from the project memory alone", file=sys.stderr)


def _train(store: Any, layers: list[str] | None, args: argparse.Namespace) -> None:
    if args.progress == "json":
        from annotator.suggest import worker

        emit = worker.emitter(sys.stdout)
        try:
            worker.run(store, layers, emit, held_out=not args.no_held_out)
        except Exception as exc:  # the window reads the event; the error line follows
            emit({"event": "failed", "message": " ".join(str(exc).split())})
            raise
        return
    from annotator.suggest import assistant

    _note_fallback()
    from annotator.suggest.progress import TerminalProgress

    shown = TerminalProgress(sys.stderr) if sys.stderr.isatty() else None
    started = time.monotonic()  # the whole training, the held-out run's included
    try:
        trained = assistant.train(store, layers, held_out=not args.no_held_out, progress=shown)
    finally:
        if shown is not None:
            shown.close()
    seconds = time.monotonic() - started
    info = trained.model.info
    f1 = "" if info.f1 is None else f"; held-out F1 {info.f1:.3f}"
    print(
        f"trained on {counted(info.entities, 'entity')} in {counted(info.documents, 'document')} "
        f"({counted(info.sentences, 'sentence')}, {counted(info.tokens, 'token')}) from "
        f"{', '.join(info.layers)} "
        f"in {seconds:.1f} s{f1}; model {trained.model_id}"
        + ("" if info.crf else " (project memory only)")
    )


def _pick_documents(store: Any, args: argparse.Namespace, layer: str, default: Any) -> list[int]:
    docs = store.documents(annotator=layer, counts=False)
    if args.documents:
        by_name = {d.name: d.id for d in docs}
        known_ids = {d.id for d in docs}
        ids: list[int] = []
        unknown: list[str] = []
        for ref in args.documents:
            doc_id = by_name.get(ref)
            if doc_id is None and ref.isdigit() and int(ref) in known_ids:
                doc_id = int(ref)
            if doc_id is None:
                unknown.append(ref)
            else:
                ids.append(doc_id)
        if unknown:
            raise ValueError(f"unknown documents: {', '.join(unknown)}")
        return ids
    if args.status:
        return [d.id for d in store.documents(status=args.status, annotator=layer, counts=False)]
    return default(docs)


def _model(store: Any, layers: list[str] | None, *, keep: bool) -> tuple[int | None, Any]:
    """The stored model when it learned from ``layers`` (or any, when None) and its CRF
    is sound; else a new one, stored when ``keep``."""
    from annotator.suggest import assistant, stored
    from annotator.suggest.data import read_training
    from annotator.suggest.model import TrainingInfo
    from annotator.suggest.training import train_model

    latest = stored.load_latest(store)
    if latest is not None and latest[1].damaged is not None:
        print(
            f"note: stored model {latest[0]}: {latest[1].damaged}; training a new one",
            file=sys.stderr,
        )
        latest = None
    if latest is not None and (layers is None or latest[1].info.layers == layers):
        return latest
    if keep:
        trained = assistant.train(store, layers, held_out=False)
        return trained.model_id, trained.model
    data = read_training(store, layers)
    info = TrainingInfo(layers=data.layers, revision=data.revision, documents=data.documents)
    return None, train_model(data.units, info=info)


def _apply(store: Any, layers: list[str] | None, args: argparse.Namespace) -> None:
    from annotator.suggest import assistant

    _note_fallback()
    annotator = args.annotator or getpass.getuser()
    model_id, model = _model(store, layers, keep=True)

    def unfinished(docs: Sequence[Any]) -> list[int]:
        return [d.id for d in docs if d.status in assistant.UNFINISHED]

    doc_ids = _pick_documents(store, args, annotator, unfinished)
    least = assistant.SHOWN_MIN_CONFIDENCE if args.min_confidence is None else args.min_confidence
    report = assistant.apply(store, model, model_id, doc_ids, annotator, min_confidence=least)
    print(
        f"stored {counted(report.suggestions, 'suggestion')} in "
        f"{counted(report.documents, 'document')} for "
        f"{annotator} (model {model_id})"
    )


def _predict(store: Any, layers: list[str] | None, args: argparse.Namespace) -> None:
    from annotator.formats.errors import display_path
    from annotator.formats.export_outputs import check_file_output
    from annotator.suggest import assistant
    from annotator.suggest.output import PredictOptions, write_predictions

    check_file_output(args.output, store.location)  # before the model is trained
    _note_fallback()
    _model_id, model = _model(store, layers, keep=False)
    learned = model.info.layers or (layers or [])
    labelled = {d.id for name in learned for d in store.documents(annotator=name) if d.span_count}

    def unlabelled(docs: Sequence[Any]) -> list[int]:
        return [d.id for d in docs if d.id not in labelled]

    doc_ids = _pick_documents(store, args, learned[0] if learned else "gold", unlabelled)
    predicted = assistant.predict_documents(
        store, model, doc_ids, None, min_confidence=args.min_confidence
    )
    options = PredictOptions(
        format=args.format,
        scheme=args.scheme.upper() if args.scheme else store.export_scheme(),
        docstart=args.docstart,
        whole_tokens=args.whole_tokens,
        sep="\t" if args.sep == "tab" else " ",
    )
    written = write_predictions(
        store, doc_ids, predicted, options, args.output, database=store.location
    )
    where = display_path(args.output)
    spans, documents = (
        counted(written.spans, "predicted span"),
        counted(written.documents, "document"),
    )
    print(f"wrote {spans} in {documents} to {where}")


def _evaluate(store: Any, layers: list[str] | None, args: argparse.Namespace) -> None:
    from annotator.suggest.data import read_training
    from annotator.suggest.evaluate import cross_validate
    from annotator.suggest.report import evaluation_json, evaluation_text

    _note_fallback()
    data = read_training(store, layers)
    result = cross_validate(data.units, folds=args.folds, seed=args.seed)
    if args.json:
        print(json.dumps(evaluation_json(result, data), ensure_ascii=False, sort_keys=True))
    else:
        print(evaluation_text(result, data))
