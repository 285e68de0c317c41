"""Small helpers shared by the store modules."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, TypeGuard

import peewee as pw

from annotator.plurals import counted
from annotator.store.errors import StoreError
from annotator.store.models import Models
from annotator.store.types import SOURCES, STATUSES

IN_CHUNK = 500  # ids per IN (...) list
# INTEGER columns (ids, order, offsets): 32 bits on PostgreSQL, so on SQLite too, for the
# same behaviour on both.
DB_INT_MIN, DB_INT_MAX = -(2**31), 2**31 - 1


def now() -> datetime:
    """Naive UTC timestamp (both backends store timestamps without zone)."""
    return datetime.now(UTC).replace(tzinfo=None)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def rows(query: pw.BaseQuery) -> Iterator[tuple[Any, ...]]:
    """The rows of a peewee query as tuples (peewee's own types call them models)."""
    return iter(query.tuples())


def chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def is_db_int(value: object) -> TypeGuard[int]:
    """True for an int (not a bool) that fits the database's INTEGER columns."""
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and (DB_INT_MIN <= value <= DB_INT_MAX)
    )


def check_db_int(value: object, what: str) -> int:
    """``value`` if it fits an INTEGER column, else a :class:`StoreError` naming ``what``."""
    if is_db_int(value):
        return value
    raise StoreError(
        f"invalid {what} {value!r}: it must be a whole number from {DB_INT_MIN} to {DB_INT_MAX}"
    )


def check_status(status: str) -> None:
    if status not in STATUSES:
        raise StoreError(f"unknown status {status!r} (expected one of {', '.join(STATUSES)})")


def check_source(source: str) -> None:
    if source not in SOURCES:
        raise StoreError(f"unknown span source {source!r} (expected one of {', '.join(SOURCES)})")


def dump_meta(name: str, meta: dict[str, Any] | None) -> str:
    if meta is None:
        return "{}"
    if not isinstance(meta, dict):
        raise StoreError(f"document {name!r}: meta must be a mapping, not {type(meta).__name__}")
    try:
        return json.dumps(meta, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError) as exc:
        raise StoreError(f"document {name!r}: meta is not JSON-serialisable: {exc}") from exc


NAMES_SHOWN = 5  # document names a refusal lists before "and N more"


def check_flat_possible(m: Models) -> None:
    """Refuse switching to the flat policy while a layer has overlapping spans; the
    message says how many spans overlap an earlier one of their layer, and where."""
    span = m.span
    query = span.select(span.document, span.annotator, span.start, span.end).order_by(
        span.document, span.annotator, span.start, span.end.desc()
    )
    overlapping: dict[int, int] = {}  # document id -> spans overlapping an earlier one
    last: tuple[int, int, int] | None = None  # document, layer, furthest end so far
    for doc, ann, start, end in rows(query):
        if last and last[0] == doc and last[1] == ann and start < last[2]:
            overlapping[doc] = overlapping.get(doc, 0) + 1
        if not last or last[0] != doc or last[1] != ann or end > last[2]:
            last = (doc, ann, end)
    if overlapping:
        where, params = _where(m, overlapping)
        raise StoreError(f"cannot switch to the flat policy: {where}", "flat_impossible", **params)


def _where(m: Models, overlapping: dict[int, int]) -> tuple[str, dict[str, object]]:
    document = m.document
    ids = sorted(overlapping, key=lambda doc: (-overlapping[doc], doc))
    names = dict(rows(document.select(document.id, document.name).where(document.id.in_(ids[:50]))))
    shown = ", ".join(str(names.get(doc, doc)) for doc in ids[:NAMES_SHOWN])
    more = f" and {len(ids) - NAMES_SHOWN} more" if len(ids) > NAMES_SHOWN else ""
    count = sum(overlapping.values())
    spans = counted(count, "span overlaps", "spans overlap")
    text = (
        f"{spans} another span of its layer, in {counted(len(ids), 'document')}: {shown}{more}"
        " (remove or shorten them first)"
    )
    names_shown = [str(names.get(doc, doc)) for doc in ids[:NAMES_SHOWN]]
    return text, {"spans": count, "documents": len(ids), "names": names_shown}


def span_extent(spans: Iterable[Any]) -> tuple[int, int] | None:
    """The range covering all ``spans``; None (meaning everything) when an offset is not
    an int, so that validation reports the bad offset instead of a failed comparison."""
    items = list(spans)
    offsets = [value for s in items for value in (s.start, s.end)]
    if not items or not all(isinstance(v, int) and not isinstance(v, bool) for v in offsets):
        return None
    return min(s.start for s in items), max(s.end for s in items)
