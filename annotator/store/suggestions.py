"""The assistant's storage behind :class:`Store`'s suggestion methods.

Suggestions live in their own table (document, the layer they are suggested for, start,
end, label, confidence, model), never among the spans: exports, agreement, adjudication,
label counts and the overlap rule do not see them. Accepting one adds a manual span to its
layer and removes the suggestion; rejecting one records a rejection (document, layer,
start, end, label) and removes the suggestion; a rejected suggestion is never stored again
for that document and layer. Every function here runs inside the caller's write
transaction and receives the tables and callables it needs.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from dataclasses import replace as replace_fields
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol, cast

import peewee as pw

from annotator.store import label_renames, schema
from annotator.store.errors import SpanRefused, StoreError
from annotator.store.models import Models, SuggestionModels
from annotator.store.types import SpanInfo
from annotator.store.util import now, rows

if TYPE_CHECKING:
    from annotator.spans import Span

__all__ = [
    "Accepted",
    "Rejected",
    "StoredModel",
    "SuggestionInfo",
    "SuggestionLike",
]

SOURCE = "suggested"


class SuggestionLike(Protocol):
    """What :func:`replace` stores: a span (``annotator.spans.SpanLike``, not imported
    here: opening a store needs no span rules) with a confidence."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...
    @property
    def confidence(self) -> float: ...


@dataclass(frozen=True)
class SuggestionInfo:
    """A stored suggestion; ``annotator`` is the layer it is suggested for."""

    id: int
    document_id: int
    annotator: str
    start: int
    end: int
    label: str
    confidence: float
    model_id: int | None
    source: str = SOURCE

    def to_span(self) -> Span:
        from annotator.spans import Span

        return Span(self.start, self.end, self.label)


@dataclass(frozen=True)
class Accepted:
    """An accepted suggestion and the manual span that replaced it (for undo)."""

    suggestion: SuggestionInfo
    span: SpanInfo


@dataclass(frozen=True)
class Rejected:
    """A rejected suggestion and its rejection row (for undo)."""

    suggestion: SuggestionInfo
    rejection_id: int


@dataclass(frozen=True)
class StoredModel:
    """A trained model as stored; ``crf`` and ``memory`` are empty in summaries."""

    id: int
    format: int
    revision: int
    layers: list[str]
    created: datetime
    seconds: float
    f1: float | None
    entities: int
    info: dict[str, Any] = field(default_factory=dict)
    crf: bytes | None = None
    memory: bytes = b""
    problem: str = ""  # why the row's layers or info could not be read (then empty)


def _columns(m: Models) -> tuple[Any, Any]:
    """The annotator and label tables (peewee classes built at run time)."""
    return cast(Any, m.annotator), cast(Any, m.label_type)


def _query(t: SuggestionModels, m: Models) -> Any:
    s = t.suggestion
    ann, label = _columns(m)
    return (
        s.select(s.id, s.document, ann.name, s.start, s.end, label.name, s.confidence, s.model)
        .join(ann, on=(s.annotator == ann.id))
        .switch(s)
        .join(label, on=(s.label == label.id))
        .order_by(s.start, s.end.desc(), s.id)
    )


def list_for(t: SuggestionModels, m: Models, doc_id: int, annotator: str) -> list[SuggestionInfo]:
    ann, _label = _columns(m)
    query = _query(t, m).where((t.suggestion.document == doc_id) & (ann.name == annotator))
    return [SuggestionInfo(*row) for row in query.tuples()]


def get(t: SuggestionModels, m: Models, suggestion_id: int) -> SuggestionInfo:
    row = _query(t, m).where(t.suggestion.id == suggestion_id).tuples().first()
    if row is None:
        message = (
            f"no suggestion with id {suggestion_id} "
            "(accepted, rejected or its label deleted meanwhile?)"
        )
        raise StoreError(message, "no_suggestion", id=suggestion_id)
    return SuggestionInfo(*row)


def rejected(t: SuggestionModels, m: Models, doc_id: int, ann_id: int) -> set[tuple[int, int, str]]:
    """The ``(start, end, label)`` rejected in this document and layer."""
    r, (_ann, label) = t.rejection, _columns(m)
    query = (
        r.select(r.start, r.end, label.name)
        .join(label, on=(r.label == label.id))
        .where((r.document == doc_id) & (r.annotator == ann_id))
    )
    return {(int(a), int(b), str(c)) for a, b, c in rows(query)}


def replace(
    t: SuggestionModels,
    m: Models,
    doc_id: int,
    ann_id: int,
    items: Iterable[SuggestionLike],
    model_id: int | None,
    label_ids: dict[str, int],
) -> int:
    """Replace the document's suggestions for the layer; rejected ones and unknown labels
    are left out. Returns the number stored."""
    s = t.suggestion
    s.delete().where((s.document == doc_id) & (s.annotator == ann_id)).execute()
    refused = rejected(t, m, doc_id, ann_id)
    stamp = now()
    rows = [
        dict(
            document=doc_id,
            annotator=ann_id,
            start=item.start,
            end=item.end,
            label=label_ids[item.label],
            confidence=float(item.confidence),
            model=model_id,
            created=stamp,
        )
        for item in dict.fromkeys(items)
        if item.label in label_ids and (item.start, item.end, item.label) not in refused
    ]
    for at in range(0, len(rows), 200):
        s.insert_many(rows[at : at + 200]).execute()
    return len(rows)


def delete(t: SuggestionModels, suggestion_id: int) -> None:
    t.suggestion.delete().where(t.suggestion.id == suggestion_id).execute()


def put_back(
    t: SuggestionModels,
    m: Models,
    db: pw.Database,
    info: SuggestionInfo,
    ann_id: int,
    label_ids: dict[str, int],
) -> SuggestionInfo:
    """Re-insert a removed suggestion (an undo step's), under its old id when that id is
    free, and under its label's current name when the label was renamed since
    (:mod:`annotator.store.label_renames`)."""
    label = label_renames.current_name(m, info.label, label_ids)
    if label not in label_ids:
        raise StoreError(f"label {info.label!r} no longer exists", "no_label", label=info.label)
    info = replace_fields(info, label=label)
    s = t.suggestion
    row = dict(
        document=info.document_id,
        annotator=ann_id,
        start=info.start,
        end=info.end,
        label=label_ids[info.label],
        confidence=info.confidence,
        model=info.model_id,
        created=now(),
    )
    if s.select().where(s.id == info.id).exists():
        new_id = int(s.insert(**row).execute())
        return SuggestionInfo(new_id, *_fields(info)[1:])
    s.insert(id=info.id, **row).execute()
    if not isinstance(db, pw.SqliteDatabase):
        schema.advance_sequence(db, "suggestion", info.id)
    return info


def _fields(info: SuggestionInfo) -> tuple[Any, ...]:
    return (
        info.id,
        info.document_id,
        info.annotator,
        info.start,
        info.end,
        info.label,
        info.confidence,
        info.model_id,
    )


def reject(t: SuggestionModels, info: SuggestionInfo, ann_id: int, label_id: int) -> int:
    """Record the rejection (once) and remove the suggestion; the rejection's id."""
    r = t.rejection
    key = (
        (r.document == info.document_id)
        & (r.annotator == ann_id)
        & (r.start == info.start)
        & (r.end == info.end)
        & (r.label == label_id)
    )
    found = r.select(r.id).where(key).scalar()
    if found is None:
        found = r.insert(
            document=info.document_id,
            annotator=ann_id,
            start=info.start,
            end=info.end,
            label=label_id,
            created=now(),
        ).execute()
    delete(t, info.id)
    return int(found)


def unreject(t: SuggestionModels, rejection_id: int) -> None:
    t.rejection.delete().where(t.rejection.id == rejection_id).execute()


def accept_many(
    t: SuggestionModels,
    m: Models,
    ids: Sequence[int],
    add_span: Callable[[SuggestionInfo], SpanInfo],
    savepoint: Callable[[], Any],
) -> list[Accepted]:
    """Accept each suggestion whose span the layer's rules allow; refused ones stay."""
    done: list[Accepted] = []
    for suggestion_id in ids:
        info = get(t, m, suggestion_id)
        try:
            with savepoint():
                span = add_span(info)
                delete(t, info.id)
        except SpanRefused:
            continue
        done.append(Accepted(info, span))
    return done


# -- trained models ---------------------------------------------------------------------------


def save_model(t: SuggestionModels, model: StoredModel) -> int:
    """Insert a trained model; its id."""
    return int(
        t.suggest_model.insert(
            format=model.format,
            revision=model.revision,
            layers=json.dumps(model.layers, ensure_ascii=False),
            created=model.created,
            seconds=model.seconds,
            f1=model.f1,
            entities=model.entities,
            info=json.dumps(model.info, ensure_ascii=False, sort_keys=True),
            crf=model.crf,
            memory=model.memory,
        ).execute()
    )


def latest_model(t: SuggestionModels, fmt: int, *, data: bool) -> StoredModel | None:
    """The newest model of format ``fmt``; without ``data`` its bytes are not read."""
    sm = t.suggest_model
    columns = [
        sm.id,
        sm.format,
        sm.revision,
        sm.layers,
        sm.created,
        sm.seconds,
        sm.f1,
        sm.entities,
        sm.info,
    ]
    if data:
        columns += [sm.crf, sm.memory]
    row = sm.select(*columns).where(sm.format == fmt).order_by(sm.id.desc()).tuples().first()
    if row is None:
        return None
    crf = memory = None
    if data:
        crf, memory = row[9], row[10]
    layers, info, problem = _described(row[3], row[8])
    return StoredModel(
        int(row[0]),
        int(row[1]),
        int(row[2]),
        layers,
        row[4],
        float(row[5]),
        None if row[6] is None else float(row[6]),
        int(row[7]),
        info,
        None if crf is None else bytes(crf),
        b"" if memory is None else bytes(memory),
        problem,
    )


def _described(layers: str, info: str | None) -> tuple[list[str], dict[str, Any], str]:
    """A model row's layers and info from their JSON, or empty ones and what is wrong."""
    try:
        names, described = json.loads(layers), json.loads(info or "{}")
    except ValueError as exc:
        return [], {}, f"its layers or training info are not JSON ({exc})"
    if not isinstance(names, list) or not isinstance(described, dict):
        return [], {}, "its layers or training info are not a list and an object"
    return [str(name) for name in names], described, ""


def prune_models(t: SuggestionModels, keep: int) -> int:
    """Delete all but the ``keep`` newest models; the number deleted."""
    sm = t.suggest_model
    ids = [row[0] for row in rows(sm.select(sm.id).order_by(sm.id.desc()).offset(keep))]
    if not ids:
        return 0
    return int(sm.delete().where(sm.id.in_(ids)).execute())


def label_ids(m: Models) -> dict[str, int]:
    _ann, label = _columns(m)
    return {str(name): int(i) for name, i in label.select(label.name, label.id).tuples()}
