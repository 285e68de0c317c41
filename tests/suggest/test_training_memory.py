"""Training streams each sentence's features into crfsuite: they are never all held as
Python strings at once. A 5 MB document (half a million tokens) took 3.4 GB when every
sentence's feature lists were built first and handed over afterwards."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from annotator.store import Store
from annotator.suggest import crf
from annotator.suggest.corpus import sentence
from annotator.suggest.data import read_training
from annotator.suggest.features import sentence_features
from annotator.suggest.training import build_memory, train_model

from .conftest import load_wojood

pytestmark = pytest.mark.skipif(crf.unavailable_reason() is not None, reason="no crfsuite")


def _peak(run) -> int:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_training_never_holds_every_sentences_features(tmp_path: Path, wojood_small) -> None:
    with Store.open(str(tmp_path / "p.annotator")) as store:
        load_wojood(store, wojood_small)
        units = read_training(store, ["imported"]).units
    memory = build_memory(units)
    kept: list[list[list[str]]] = []

    def all_features() -> None:  # what holding them all costs
        kept.extend(sentence_features(sentence(u, memory, tags=True).words, memory) for u in units)

    held = _peak(all_features)
    kept.clear()
    params = crf.CrfParams(max_iterations=5)
    training = _peak(lambda: train_model(units, params=params))
    assert training < held / 3, (training, held)
