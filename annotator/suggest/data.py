"""What the assistant reads from a store: training units of chosen layers, prediction
units of one document. Only the store's public API is used.

Which documents train (one rule, for the command line, the worker and the window):
named layers train on their documents that have spans in them or are done/reviewed in
them; without names, ``gold`` when it has spans, else every layer's done and reviewed
documents. A document chosen in several layers is read from the first of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.formats.prepare import SpanRow, prepare
from annotator.layers import GOLD, describe_layers
from annotator.suggest.corpus import Unit, base_units, units_of
from annotator.text.boundaries import Boundaries, boundaries, cached_boundaries, is_pretokenized

__all__ = [
    "FINISHED",
    "NothingToLearnError",
    "TrainingData",
    "choose_training",
    "prediction_units",
    "read_training",
]

FINISHED = ("done", "reviewed")
NO_LAYER = ""  # no layer has this name: export_rows then reads texts without spans


class NothingToLearnError(ValueError):
    """No labelled document to train on; the message says what exists."""


@dataclass
class TrainingData:
    layers: list[str]
    revision: int  # the store's revision before reading
    units: list[Unit] = field(default_factory=list)
    documents: int = 0


def parse_layers(value: str | None) -> list[str] | None:
    """``"gold,amal"`` -> ``["gold", "amal"]``; None or empty -> None (the default rule)."""
    if not value:
        return None
    names = [name.strip() for name in value.split(",") if name.strip()]
    return names or None


def choose_training(store: Any, layers: Sequence[str] | None) -> list[tuple[str, list[int]]]:
    """``(layer, document ids)`` to train on, by the rule in the module docstring."""
    counts = store.layer_span_counts()
    if layers:
        unknown = [name for name in layers if name not in counts]
        if unknown:
            raise ValueError(
                f"no layer named {', '.join(map(repr, unknown))} ({describe_layers(counts)})"
            )
        chosen = [(name, _documents(store, name, spans_count=True)) for name in layers]
    elif counts.get(GOLD, 0) > 0:
        chosen = [(GOLD, _documents(store, GOLD, spans_count=True))]
    else:
        chosen = [(name, _documents(store, name, spans_count=False)) for name in sorted(counts)]
    seen: set[int] = set()
    result = []
    for name, ids in chosen:
        fresh = [i for i in ids if i not in seen]
        seen.update(fresh)
        if fresh:
            result.append((name, fresh))
    if not result:
        what = "the layers named" if layers else "no gold spans and no layer has done documents"
        raise NothingToLearnError(
            f"nothing to learn from: {what}; label and finish documents, or name layers "
            f"with --from ({describe_layers(counts)})"
        )
    return result


def _documents(store: Any, layer: str, *, spans_count: bool) -> list[int]:
    docs = store.documents(annotator=layer)
    return [d.id for d in docs if d.status in FINISHED or (spans_count and d.span_count > 0)]


def _found(text: str, meta: dict[str, Any], packed: bytes | None) -> Boundaries:
    cached = cached_boundaries(packed, text)
    return cached or boundaries(text, whitespace=is_pretokenized(meta))


def read_training(store: Any, layers: Sequence[str] | None) -> TrainingData:
    """The units of the chosen documents, tokens cut at span edges as the CoNLL export
    cuts them (:func:`annotator.formats.prepare.prepare`)."""
    revision = store.revision()
    chosen = choose_training(store, layers)
    data = TrainingData([name for name, _ids in chosen], revision)
    for layer, ids in chosen:
        for row in store.export_rows(ids, layer):
            spans = [SpanRow(*span) for span in row.spans]
            found = _found(row.text, row.meta, row.boundaries)
            doc = prepare(row.id, row.name, row.text, row.meta, spans, found=found, ordered=True)
            fixed = is_pretokenized(row.meta)
            units = units_of(doc.id, doc.text, doc.starts, doc.ends, doc.sentences, doc.spans)
            for unit in units:
                unit.fixed = fixed
                data.units.append(unit)
            data.documents += 1
    return data


def prediction_units(store: Any, doc_ids: Iterable[int]) -> dict[int, list[Unit]]:
    """Each document's base tokens by sentence (documents that no longer exist are left
    out)."""
    result: dict[int, list[Unit]] = {}
    for row in store.export_rows(list(doc_ids), NO_LAYER):
        units = base_units(row.id, row.text, _found(row.text, row.meta, row.boundaries))
        fixed = is_pretokenized(row.meta)
        for unit in units:
            unit.fixed = fixed
        result[row.id] = units
    return result
