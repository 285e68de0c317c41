"""Active time and status history: the intervals the window reports and the log of status
changes, for statistics. Called by the store inside its transactions.

Intervals of one document and annotator that overlap or touch are merged when written,
so a second counted twice (two copies of the app reporting the same document) is stored
once, and the pieces of one long stretch that the window flushes every minute end up as
one row.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from annotator.store.context import StoreContext
from annotator.store.errors import StoreError
from annotator.store.types import ActivityInterval, StatusChange
from annotator.store.util import is_db_int, now, rows

MAX_INTERVAL = 24 * 3600.0  # seconds: a longer stretch is a clock error, not work


def check_interval(doc_id: object, start: object, end: object) -> tuple[int, float, float]:
    if not is_db_int(doc_id):
        raise StoreError(f"no document with id {doc_id}", "no_document", id=doc_id)
    values = []
    for value in (start, end):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise StoreError(f"invalid activity time {value!r}: it must be a number")
        if not math.isfinite(value) or value < 0:
            raise StoreError(f"invalid activity time {value!r}: it must be seconds since 1970")
        values.append(float(value))
    first, last = values
    if last < first or last - first > MAX_INTERVAL:
        raise StoreError(
            f"invalid activity interval {first}..{last}: it must not end before it starts "
            f"nor last longer than {MAX_INTERVAL:.0f} seconds"
        )
    return doc_id, first, last


def record(ctx: StoreContext, ann_id: int, intervals: Iterable[tuple[int, float, float]]) -> int:
    """Add intervals (document id, start, end) of one annotator, merging each with the
    stored intervals it overlaps or touches; returns the number of intervals given."""
    act = ctx.m.activity
    count = 0
    for item in intervals:
        doc_id, start, end = check_interval(*item)
        count += 1
        if end == start:
            continue
        ctx.document_text(doc_id)  # an unknown document is an error
        mine = (act.document == doc_id) & (act.annotator == ann_id)
        touching = mine & (act.start <= end) & (act.end >= start)
        found = list(rows(act.select(act.id, act.start, act.end).where(touching)))
        if not found:
            act.insert(document=doc_id, annotator=ann_id, start=start, end=end).execute()
            continue
        keep = found[0][0]
        start = min(start, *(row[1] for row in found))
        end = max(end, *(row[2] for row in found))
        act.update(start=start, end=end).where(act.id == keep).execute()
        others = [row[0] for row in found[1:]]
        if others:
            act.delete().where(act.id.in_(others)).execute()
    return count


def intervals(
    ctx: StoreContext, annotator: str | None = None, doc_id: int | None = None
) -> list[ActivityInterval]:
    act, ann = ctx.m.activity, ctx.m.annotator
    query = (
        act.select(act.document, ann.name, act.start, act.end)
        .join(ann, on=(act.annotator == ann.id))
        .order_by(act.start, act.id)
    )
    if annotator is not None:
        query = query.where(ann.name == annotator)
    if doc_id is not None:
        if not is_db_int(doc_id):
            return []
        query = query.where(act.document == doc_id)
    return [
        ActivityInterval(int(d), str(name), float(s), float(e)) for d, name, s, e in rows(query)
    ]


def log_status(ctx: StoreContext, doc_id: int, ann_id: int | None, status: str) -> None:
    """Note a status change in the caller's transaction."""
    ctx.m.status_log.insert(document=doc_id, annotator=ann_id, status=status, at=now()).execute()


def status_history(ctx: StoreContext) -> list[StatusChange]:
    """Every logged status change, oldest first."""
    log, ann = ctx.m.status_log, ctx.m.annotator
    layers = dict(rows(ann.select(ann.id, ann.name)))
    query = log.select(log.document, log.annotator, log.status, log.at).order_by(log.at, log.id)
    return [
        StatusChange(int(d), None if a is None else str(layers[a]), str(status), at)
        for d, a, status, at in rows(query)
    ]
