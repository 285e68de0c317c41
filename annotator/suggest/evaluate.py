"""Strict span-level precision, recall and F1, and cross-validation.

Scores are seqeval's strict IOB2 scores computed on spans: a predicted entity counts only
when its start, end and label all equal a gold entity's (the test suite checks the
figures against seqeval itself on the same tokens). Cross-validation holds out documents
(or, with fewer documents than folds, contiguous chunks of sentences), trains on the rest
and scores, on the same held-out part, the assistant (what it suggests: the CRF's spans with
the memory's matches they leave free, :meth:`SuggestModel.predict`), the CRF alone and the
memory alone.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.suggest.corpus import Unit
from annotator.suggest.model import Predicted, SuggestModel
from annotator.suggest.training import Stage, chunks_of, train_model

__all__ = ["Evaluation", "Scores", "cross_validate", "folds_of", "score"]

Entity = tuple[Any, int, int, str]  # (unit or document id, start, end, label)


@dataclass
class Scores:
    """Micro-averaged figures and per-label ``(precision, recall, f1, support)``."""

    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    support: int = 0
    per_label: dict[str, tuple[float, float, float, int]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "support": self.support,
            "per_label": {
                label: {"precision": p, "recall": r, "f1": f, "support": n}
                for label, (p, r, f, n) in sorted(self.per_label.items())
            },
        }


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: Iterable[Entity], predicted: Iterable[Entity]) -> Scores:
    """Strict scores of ``predicted`` against ``gold`` (sets of entities)."""
    gold_set, pred_set = set(gold), set(predicted)
    hits = gold_set & pred_set
    by_gold = Counter(e[3] for e in gold_set)
    by_pred = Counter(e[3] for e in pred_set)
    by_hit = Counter(e[3] for e in hits)
    p, r, f = _prf(len(hits), len(pred_set), len(gold_set))
    per_label = {
        label: (*_prf(by_hit[label], by_pred[label], by_gold[label]), by_gold[label])
        for label in sorted(set(by_gold) | set(by_pred))
    }
    return Scores(p, r, f, len(gold_set), per_label)


def folds_of(units: Sequence[Unit], folds: int, seed: int) -> list[list[int]]:
    """Indexes of the held-out units of each fold: whole documents when there are at least
    ``folds`` documents (shuffled with ``seed``, dealt round-robin), else contiguous chunks
    of sentences (whose order ``seed`` rotates)."""
    docs = list(dict.fromkeys(u.doc_id for u in units))
    if len(docs) >= folds:
        random.Random(seed).shuffle(docs)
        fold_of = {doc: k % folds for k, doc in enumerate(docs)}
        return [[i for i, u in enumerate(units) if fold_of[u.doc_id] == k] for k in range(folds)]
    parts = [list(r) for r in chunks_of(len(units), folds)]
    shift = seed % len(parts) if parts else 0
    return parts[shift:] + parts[:shift]


@dataclass
class Evaluation:
    """Scores of the CRF alone and of the assistant (None when no CRF was trained: the
    assistant is then the memory alone) and of the memory alone."""

    crf: Scores | None
    memory: Scores
    folds: int
    seconds: list[float] = field(default_factory=list)  # training time per fold
    cpu_seconds: list[float] = field(default_factory=list)
    assistant: Scores | None = None


Predict = Callable[[Sequence[Unit]], Sequence[Predicted]]


def _entities(predict: Predict, units: Sequence[Unit], ids: Sequence[int]) -> list[Entity]:
    found: list[Entity] = []
    for index, unit in zip(ids, units, strict=True):
        found += [(index, p.start, p.end, p.label) for p in predict([unit])]
    return found


def cross_validate(
    units: Sequence[Unit],
    *,
    folds: int = 5,
    seed: int = 0,
    train: Callable[..., SuggestModel] = train_model,
    progress: Callable[[int, int], None] | None = None,
    stage: Stage | None = None,
) -> Evaluation:
    """Scores of the assistant and the CRF (None without python-crfsuite) and of the
    memory alone."""
    if folds < 2:
        raise ValueError("cross-validation needs at least 2 folds")
    held = folds_of(units, folds, seed)
    if len(held) < 2:  # one sentence: its fold would train on nothing
        raise ValueError(
            "cross-validation needs at least 2 sentences to hold out in turn; "
            f"the documents learned from have {len(units)}"
        )
    gold: list[Entity] = []
    crf_found: list[Entity] = []
    assistant_found: list[Entity] = []
    memory_found: list[Entity] = []
    seconds: list[float] = []
    cpu: list[float] = []
    any_crf = False
    for k, indexes in enumerate(held):
        chosen = set(indexes)
        model = train([u for i, u in enumerate(units) if i not in chosen], progress=stage)
        seconds.append(model.info.seconds)
        cpu.append(model.info.cpu_seconds)
        test = [units[i] for i in indexes]
        for i, unit in zip(indexes, test, strict=True):
            gold += [(i, s, e, label) for s, e, label in unit.gold()]
        if model.uses_crf:
            any_crf = True
            crf_found += _entities(model.predict_crf, test, indexes)
            assistant_found += _entities(model.predict, test, indexes)
        memory_found += _entities(model.predict_memory, test, indexes)
        if progress is not None:
            progress(k + 1, len(held))
    crf_scores = score(gold, crf_found) if any_crf else None
    assistant = score(gold, assistant_found) if any_crf else None
    memory = score(gold, memory_found)
    return Evaluation(crf_scores, memory, len(held), seconds, cpu, assistant)
