"""Training a :class:`~annotator.suggest.model.SuggestModel` from labelled units.

The memory is built from every unit. The CRF's memory features are jackknifed: the units
are cut into :data:`JACKKNIFE_FOLDS` contiguous parts and each part's features (and its
memory cuts) come from a memory built from the other parts only, so the CRF learns how
much the memory is worth on names it has not seen, as at prediction time.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator, Sequence

from annotator.suggest import crf
from annotator.suggest.corpus import Unit, sentence
from annotator.suggest.features import sentence_features
from annotator.suggest.memory import ProjectMemory
from annotator.suggest.model import SuggestModel, TrainingInfo

__all__ = ["JACKKNIFE_FOLDS", "Stage", "build_memory", "chunks_of", "train_model"]

JACKKNIFE_FOLDS = 10

#: progress(stage, done, total): stages "features" (units) and "training" (iterations).
Stage = Callable[[str, int, int], None]


def build_memory(units: Sequence[Unit]) -> ProjectMemory:
    """The memory of the units' entities, with the unlabelled occurrences counted."""
    memory = ProjectMemory()
    for unit in units:
        for a, b, label in unit.entities:
            memory.add(unit.keys[a:b], label)
    for unit in units:
        memory.count_tokens(unit.keys)
        memory.note_unlabelled(unit.keys, [(a, b, 0) for a, b, _label in unit.entities])
    return memory


def chunks_of(n: int, parts: int) -> list[range]:
    """``parts`` contiguous index ranges covering ``range(n)`` (empty ones dropped: never
    more than ``n``, however many parts are asked for)."""
    parts = max(min(parts, n), 1)
    bounds = [round(n * k / parts) for k in range(parts + 1)]
    return [range(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def _jackknifed(units: Sequence[Unit], progress: Stage | None) -> Iterator[crf.Sentence]:
    """Each unit's features and tags, made as crfsuite takes them (never all at once)."""
    parts = chunks_of(len(units), JACKKNIFE_FOLDS)
    done = 0
    for part in parts:
        others = [u for i, u in enumerate(units) if i not in part]
        memory = build_memory(others) if len(parts) > 1 else build_memory(units)
        for i in part:
            sent = sentence(units[i], memory, tags=True)
            assert sent.tags is not None
            yield sentence_features(sent.words, memory), sent.tags
        done += len(part)
        if progress is not None:
            progress("features", done, len(units))


def train_model(
    units: Sequence[Unit],
    *,
    params: crf.CrfParams | None = None,
    progress: Stage | None = None,
    info: TrainingInfo | None = None,
) -> SuggestModel:
    """Train on ``units`` (sentences with entities); without python-crfsuite the model is
    the memory alone and ``info.note`` says why."""
    started, cpu = time.monotonic(), time.process_time()
    units = [u for u in units if u.starts]
    info = info or TrainingInfo()
    info.sentences = len(units)
    info.tokens = sum(len(u.starts) for u in units)
    info.entities = sum(len(u.entities) for u in units)
    memory = build_memory(units)
    model_bytes = None
    reason = crf.unavailable_reason()
    if reason is None and info.entities:
        chosen = params or crf.CrfParams()

        def iteration(done: int, total: int) -> None:
            if progress is not None:
                progress("training", done, total)

        model_bytes = crf.train_crf(_jackknifed(units, progress), chosen, iteration)
    info.crf = model_bytes is not None
    info.note = reason or ("" if info.entities else "no entities to learn from")
    info.seconds = time.monotonic() - started
    info.cpu_seconds = time.process_time() - cpu
    return SuggestModel(memory, model_bytes, info)
