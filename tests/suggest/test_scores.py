"""The span-level strict scores equal seqeval's strict IOB2 scores on the same tokens."""

from __future__ import annotations

import random

import pytest
from seqeval.metrics import f1_score, precision_score, recall_score
from seqeval.scheme import IOB2

from annotator.spans import Span
from annotator.suggest.evaluate import score
from annotator.tag_schemes import encode

LABELS = ("PERS", "LOC", "ORG")


def _random_spans(rng: random.Random, n_tokens: int) -> list[tuple[int, int, str]]:
    spans, i = [], 0
    while i < n_tokens:
        if rng.random() < 0.3:
            length = rng.randint(1, 3)
            end = min(i + length, n_tokens)
            spans.append((i, end, rng.choice(LABELS)))
            i = end + rng.randint(0, 1)  # adjacent entities too
        else:
            i += 1
    return spans


def _tags(n: int, spans: list[tuple[int, int, str]]) -> list[str]:
    tokens = [(2 * i, 2 * i + 1) for i in range(n)]
    found = [Span(2 * a, 2 * b - 1, label) for a, b, label in spans]
    return [row[0] for row in encode(tokens, found, "IOB2")]


@pytest.mark.parametrize("seed", range(8))
def test_scores_match_seqeval(seed: int) -> None:
    rng = random.Random(seed)
    gold_tags, pred_tags, gold, pred = [], [], [], []
    for k in range(30):
        n = rng.randint(1, 15)
        g = _random_spans(rng, n)
        # predictions: most gold spans, some with another label or edge, some invented
        p = [
            (a, b, label if rng.random() < 0.8 else rng.choice(LABELS))
            for a, b, label in g
            if rng.random() < 0.8
        ]
        if rng.random() < 0.4:
            kept: list[tuple[int, int, str]] = []
            for s in sorted(set(p) | set(_random_spans(rng, n))):
                if not kept or s[0] >= kept[-1][1]:  # no overlaps: one tag column
                    kept.append(s)
            p = kept
        gold_tags.append(_tags(n, g))
        pred_tags.append(_tags(n, p))
        gold += [(k, *s) for s in g]
        pred += [(k, *s) for s in p]
    ours = score(gold, pred)
    kw = {"mode": "strict", "scheme": IOB2}
    assert ours.precision == pytest.approx(precision_score(gold_tags, pred_tags, **kw))
    assert ours.recall == pytest.approx(recall_score(gold_tags, pred_tags, **kw))
    assert ours.f1 == pytest.approx(f1_score(gold_tags, pred_tags, **kw))
    per_label = f1_score(gold_tags, pred_tags, average=None, **kw)
    names = sorted({s[3] for s in gold})
    assert [ours.per_label[name][2] for name in names] == pytest.approx(list(per_label))


def test_no_predictions() -> None:
    result = score([(0, 0, 2, "LOC")], [])
    assert (result.precision, result.recall, result.f1, result.support) == (0.0, 0.0, 0.0, 1)
