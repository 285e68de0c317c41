"""Adjudication without Qt: the annotators' spans merged into candidates for the gold layer.

A candidate is one distinct (start, end, label) found in at least one annotator layer; it
is "agreed" when every selected layer has exactly that span, otherwise "disagree". The
adjudication window (:mod:`annotator.gui.adjudication`) shows these and writes the
``gold`` layer (:data:`annotator.layers.GOLD`) through the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotator.layers import GOLD
from annotator.spans import Span, SpanLike

if TYPE_CHECKING:
    from annotator.store import Store

__all__ = ["Candidate", "SpanLike", "agreed_missing", "annotator_layers", "merge_layers"]


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    label: str
    layers: tuple[str, ...]  # the layers holding exactly this span, in layer order
    agreed: bool  # every selected layer holds it
    in_gold: bool  # the gold layer already holds it

    def span(self) -> Span:
        return Span(self.start, self.end, self.label)

    @property
    def verdict(self) -> str:
        return "agree" if self.agreed else "disagree"


def merge_layers(
    layer_spans: Mapping[str, Iterable[SpanLike]],
    gold_spans: Iterable[SpanLike],
    selected: Sequence[str],
) -> list[Candidate]:
    """Candidates from ``layer_spans`` (layer -> spans with start, end, label).

    Only the ``selected`` layers contribute and count for agreement; candidates are in
    text order (start, longest first, label).
    """
    holders: dict[tuple[int, int, str], list[str]] = {}
    for layer in selected:
        for span in layer_spans.get(layer, ()):
            key = (span.start, span.end, span.label)
            if layer not in holders.setdefault(key, []):
                holders[key].append(layer)
    gold = {(s.start, s.end, s.label) for s in gold_spans}
    wanted = set(selected)
    result = [
        Candidate(
            start, end, label, tuple(layers), set(layers) >= wanted, (start, end, label) in gold
        )
        for (start, end, label), layers in holders.items()
    ]
    result.sort(key=lambda c: (c.start, -c.end, c.label))
    return result


def agreed_missing(candidates: Iterable[Candidate]) -> list[Span]:
    """Spans every selected layer agrees on that gold does not hold yet."""
    return [c.span() for c in candidates if c.agreed and not c.in_gold]


def annotator_layers(store: Store, doc_id: int) -> list[str]:
    """Layers other than gold that hold spans in the document, in layer order."""
    present = {info.annotator for info in store.spans_for(doc_id)}
    return [a.name for a in store.annotators() if a.name != GOLD and a.name in present]
