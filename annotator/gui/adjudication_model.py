"""What the adjudication view lists: the annotators' spans merged, with agreement marks.

Qt-free so that the merging rules can be tested on their own. A candidate is one distinct
(start, end, label) found in at least one annotator layer; it is "agreed" when every
selected layer has exactly that span, otherwise "disagree".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from annotator.spans import Span

GOLD = "gold"


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
    layer_spans: Mapping[str, Iterable[object]],
    gold_spans: Iterable[object],
    selected: Sequence[str],
) -> list[Candidate]:
    """Candidates from ``layer_spans`` (layer -> spans with start, end, label).

    Only the ``selected`` layers contribute and count for agreement; candidates are in
    text order (start, longest first, label).
    """
    holders: dict[tuple[int, int, str], list[str]] = {}
    for layer in selected:
        for span in layer_spans.get(layer, ()):
            key = (span.start, span.end, span.label)  # type: ignore[attr-defined]
            if layer not in holders.setdefault(key, []):
                holders[key].append(layer)
    gold = {(s.start, s.end, s.label) for s in gold_spans}  # type: ignore[attr-defined]
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
