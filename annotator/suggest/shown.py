"""What the window shows of the suggestions: the confidence thresholds and the conflict
rule. Standard library only, so that the window can use it without loading the model's
modules (:mod:`annotator.suggest.assistant` re-exports these names)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # the window imports this module at start-up: spans.py is not needed there
    from annotator.spans import HasExtent

__all__ = ["ACCEPT_ALL_THRESHOLD", "SHOWN_MIN_CONFIDENCE", "without_conflicts"]

#: Suggestions below this confidence are not stored for the window (more likely wrong
#: than right: reviewing them costs more than labelling the few right ones by hand).
SHOWN_MIN_CONFIDENCE = 0.5
#: Default of the window's "accept every suggestion above" setting.
ACCEPT_ALL_THRESHOLD = 0.8


_Found = TypeVar("_Found", bound="HasExtent")


def without_conflicts(found: Iterable[_Found], spans: Iterable[Any]) -> list[_Found]:
    """``found`` (objects with ``start``/``end``) without those overlapping ``spans``:
    what the window shows after the annotator labelled over a suggestion.

    O((n + m) log m): the spans sorted by start with the running maximum of their ends
    answer "does any span starting before my end reach past my start?" at once.
    """
    taken = sorted((s.start, s.end) for s in spans)
    if not taken:
        return list(found)
    starts = [a for a, _b in taken]
    reach = list(accumulate((b for _a, b in taken), max))
    kept = []
    for item in found:
        before = bisect_left(starts, item.end)  # spans starting before the item ends
        if before == 0 or reach[before - 1] <= item.start:
            kept.append(item)
    return kept
