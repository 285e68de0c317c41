"""The assistant's operations on a store, for the command line, the worker and the window.

- :func:`train` reads the chosen layers, trains (outside any transaction), measures a
  held-out F1 and stores the model in one short transaction.
- :func:`predict_documents` predicts spans for documents without storing anything;
  suggestions overlapping the layer's spans are left out (:func:`without_conflicts`).
- :func:`apply` stores suggestions for documents (rejected ones never come back);
  :func:`refresh` does that for one opened document, writing only when they changed
  (:func:`shown_predictions` off the window's thread, then :func:`store_shown` on it).
- :func:`rank_uncertain` orders documents by the model's least confident sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from annotator.suggest import crf, stored
from annotator.suggest.data import TrainingData, prediction_units, read_training
from annotator.suggest.evaluate import folds_of, score
from annotator.suggest.model import Predicted, SuggestModel, TrainingInfo
from annotator.suggest.shown import ACCEPT_ALL_THRESHOLD, SHOWN_MIN_CONFIDENCE, without_conflicts
from annotator.suggest.training import Stage, train_model

__all__ = [
    "ACCEPT_ALL_THRESHOLD",
    "SHOWN_MIN_CONFIDENCE",
    "UNFINISHED",
    "ApplyReport",
    "Trained",
    "apply",
    "current_labels",
    "held_out_f1",
    "predict_documents",
    "rank_uncertain",
    "refresh",
    "shown_predictions",
    "store_shown",
    "train",
    "without_conflicts",
]

UNFINISHED = ("new", "in_progress")
HELD_OUT_MIN_UNITS = 10  # fewer sentences: no held-out figure


@dataclass
class Trained:
    model_id: int
    model: SuggestModel
    data: TrainingData


@dataclass
class ApplyReport:
    documents: int = 0
    suggestions: int = 0


def held_out_f1(
    data: TrainingData, params: crf.CrfParams | None = None, progress: Stage | None = None
) -> float | None:
    """Strict F1 of a model trained on 4/5 of the units, on the other fifth; None when the
    CRF is unavailable, there are too few sentences, or either part has no entity (then
    nothing is measured: 0.0 would read as a model that finds nothing)."""
    units = [u for u in data.units if u.starts]
    if crf.unavailable_reason() is not None or len(units) < HELD_OUT_MIN_UNITS:
        return None
    test = set(folds_of(units, 5, 0)[0])
    learn = [u for i, u in enumerate(units) if i not in test]
    gold = [(i, *g) for i in test for g in units[i].gold()]
    if not gold or not any(u.entities for u in learn):
        return None
    model = train_model(learn, params=params, progress=progress)
    found = [(i, p.start, p.end, p.label) for i in test for p in model.predict([units[i]])]
    return score(gold, found).f1


def train(
    store: Any,
    layers: Sequence[str] | None = None,
    *,
    held_out: bool = True,
    params: crf.CrfParams | None = None,
    progress: Stage | None = None,
) -> Trained:
    """Train on the chosen layers (:func:`annotator.suggest.data.choose_training`) and
    store the model. ``progress(stage, done, total)``: stages ``reading``, ``evaluating``
    (the held-out run's iterations), ``features``, ``training`` and ``saving``."""
    if progress is not None:
        progress("reading", 0, 1)
    data = read_training(store, layers)
    info = TrainingInfo(layers=data.layers, revision=data.revision, documents=data.documents)
    if held_out:

        def evaluating(stage: str, done: int, total: int) -> None:
            if progress is not None and stage == "training":
                progress("evaluating", done, total)

        info.f1 = held_out_f1(data, params, evaluating)
    model = train_model(data.units, params=params, progress=progress, info=info)
    if progress is not None:
        progress("saving", 0, 1)
    model_id = stored.save(store, model)
    return Trained(model_id, model, data)


def predict_documents(
    store: Any,
    model: SuggestModel,
    doc_ids: Iterable[int],
    layer: str | None,
    *,
    min_confidence: float = 0.0,
) -> dict[int, list[Predicted]]:
    """Predicted spans per document, without those below ``min_confidence`` or
    overlapping the spans of ``layer`` (None: no spans are left out), under the current
    names of their labels (:func:`current_labels`); nothing is stored."""
    units = prediction_units(store, doc_ids)
    existing = {} if layer is None else store.spans_by_document(list(units), layer)
    predicted = {
        doc_id: [p for p in model.predict(doc_units) if p.confidence >= min_confidence]
        for doc_id, doc_units in units.items()
    }
    names = current_labels(store, {p.label for found in predicted.values() for p in found})
    result: dict[int, list[Predicted]] = {}
    for doc_id, found in predicted.items():
        named = [replace(p, label=names[p.label]) for p in found if p.label in names]
        result[doc_id] = without_conflicts(named, existing.get(doc_id, []))
    return result


def current_labels(store: Any, learned: Iterable[str]) -> dict[str, str]:
    """The labels a model learned -> their names now (a label renamed since the model
    was trained is the same label); a label deleted since is left out: its predictions
    are not suggested."""
    known = {label.name for label in store.labels()}
    now = store.current_label_names(set(learned))
    return {name: current for name, current in now.items() if current in known}


def apply(
    store: Any,
    model: SuggestModel,
    model_id: int | None,
    doc_ids: Sequence[int],
    layer: str,
    *,
    min_confidence: float = 0.0,
    progress: Callable[[int, int], None] | None = None,
) -> ApplyReport:
    """Store suggestions for ``layer`` in each document (one short transaction each)."""
    report = ApplyReport()
    for k in range(0, len(doc_ids), 50):
        part = doc_ids[k : k + 50]
        predicted = predict_documents(store, model, part, layer, min_confidence=min_confidence)
        for doc_id, found in predicted.items():
            stored_now = store.replace_suggestions(doc_id, layer, found, model_id)
            report.documents += 1
            report.suggestions += len(stored_now)
        if progress is not None:
            progress(min(k + 50, len(doc_ids)), len(doc_ids))
    return report


def shown_predictions(
    store: Any,
    model: SuggestModel,
    doc_id: int,
    layer: str,
    *,
    min_confidence: float = SHOWN_MIN_CONFIDENCE,
) -> list[Predicted]:
    """What the window would show for an opened document: predicted, at or above
    ``min_confidence``, not overlapping the layer's spans. Reads only: the window runs it
    off its thread and stores the result with :func:`store_shown` on its own."""
    predicted = predict_documents(store, model, [doc_id], layer, min_confidence=min_confidence)
    return predicted.get(doc_id, [])


def store_shown(
    store: Any, model_id: int | None, doc_id: int, layer: str, found: Sequence[Predicted]
) -> list[Any]:
    """Store ``found`` as the document's suggestions for ``layer``, written only when they
    differ from those stored (rejected ones and those overlapping the layer's spans now,
    which may have been added since ``found`` was predicted, are left out)."""
    found = without_conflicts(found, store.spans_for(doc_id, layer))
    rejected = store.suggestion_rejections(doc_id, layer)
    wanted = {(p.start, p.end, p.label) for p in found} - rejected
    current = store.suggestions_for(doc_id, layer)
    have = {(s.start, s.end, s.label) for s in current}
    if wanted == have and all(s.model_id == model_id for s in current):
        return list(current)
    return list(store.replace_suggestions(doc_id, layer, found, model_id))


def refresh(
    store: Any,
    model: SuggestModel,
    model_id: int | None,
    doc_id: int,
    layer: str,
    *,
    min_confidence: float = SHOWN_MIN_CONFIDENCE,
) -> list[Any]:
    """The opened document's suggestions for ``layer`` from ``model``: predicted, and
    stored only when they differ from those already stored (rejected ones excluded)."""
    found = shown_predictions(store, model, doc_id, layer, min_confidence=min_confidence)
    return store_shown(store, model_id, doc_id, layer, found)


def rank_uncertain(
    store: Any, model: SuggestModel, layer: str, doc_ids: Sequence[int] | None = None
) -> list[tuple[int, float]]:
    """Unfinished documents of ``layer`` (or ``doc_ids``) with their least confident
    sentence's certainty, most uncertain first. Costs a CRF pass over every document:
    run it off the window's thread."""
    if doc_ids is None:
        doc_ids = [d.id for d in store.documents(annotator=layer) if d.status in UNFINISHED]
    ranked = [
        (doc_id, model.least_confident(units))
        for doc_id, units in prediction_units(store, doc_ids).items()
    ]
    return sorted(ranked, key=lambda item: (item[1], item[0]))
