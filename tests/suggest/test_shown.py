"""What the window shows: the conflict rule (against a brute-force check) and storing a
prediction made off the window's thread after spans were added meanwhile."""

from __future__ import annotations

import random
from pathlib import Path

from annotator.store import Store
from annotator.store.types import SpanInfo
from annotator.suggest import assistant
from annotator.suggest.model import Predicted
from annotator.suggest.shown import without_conflicts

from .conftest import load_wojood


def _brute(found: list[Predicted], spans: list[SpanInfo]) -> list[Predicted]:
    return [p for p in found if not any(s.start < p.end and p.start < s.end for s in spans)]


def test_without_conflicts_matches_the_pairwise_rule() -> None:
    rnd = random.Random(5)
    for _ in range(300):
        found = []
        for _k in range(rnd.randint(0, 12)):
            a = rnd.randint(0, 60)
            found.append(Predicted(a, a + rnd.randint(1, 8), "LOC", 0.9))
        spans = []
        for k in range(rnd.randint(0, 12)):
            a = rnd.randint(0, 60)
            spans.append(SpanInfo(k, 1, "amal", a, a + rnd.randint(1, 15), "PERS", "manual"))
        assert without_conflicts(found, spans) == _brute(found, spans)


def test_without_conflicts_edges() -> None:
    found = [Predicted(0, 5, "LOC", 0.9), Predicted(5, 9, "LOC", 0.9), Predicted(20, 25, "X", 1)]
    # a long span that starts early and covers a later suggestion; one that only touches
    spans = [SpanInfo(1, 1, "a", 9, 30, "ORG", "manual"), SpanInfo(2, 1, "a", 0, 1, "ORG", "m")]
    assert without_conflicts(found, spans) == [found[1]]
    assert without_conflicts(found, []) == found
    assert assistant.without_conflicts is without_conflicts  # one rule, re-exported


def test_store_shown_leaves_out_spans_added_after_the_prediction(
    tmp_path: Path, wojood_small: Path
) -> None:
    with Store.open(str(tmp_path / "s.annotator")) as store:
        load_wojood(store, wojood_small)
        text = store.document(store.documents()[0].id).text
        doc = store.add_document("new", text[:1500].replace("\n", " ")).id
        trained = assistant.train(store, ["imported"], held_out=False)
        found = assistant.shown_predictions(store, trained.model, doc, "amal")
        assert len(found) >= 2
        assert store.suggestions_for(doc, "amal") == []  # predicting stores nothing
        first = found[0]
        store.add_span(doc, "amal", first.start, first.end, "OCC")  # a click meanwhile
        shown = assistant.store_shown(store, trained.model_id, doc, "amal", found)
        assert [(s.start, s.end, s.label) for s in shown] == [
            (p.start, p.end, p.label) for p in found[1:]
        ]
        revision = store.revision()
        assert assistant.store_shown(store, trained.model_id, doc, "amal", found) == shown
        assert store.revision() == revision  # the same set again: nothing written
