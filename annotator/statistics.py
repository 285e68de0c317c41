"""Project statistics for ``annotator stats`` and Review > Statistics…: documents by
status per annotator, entities per label, active time and entities per hour per
annotator, and progress over days. Qt-free; reads the store through its API, from
grouped counts and the (small) activity and status tables: no span is read one by one.

Definitions (one place):
- active time of an annotator: the union of their stored activity intervals (over all
  documents), so no second counts twice;
- entities per hour: spans labelled by hand in the annotator's layer (source ``manual``,
  accepted suggestions included; imported spans are not) over their active hours, when
  at least a minute of active time is recorded (else none);
- a day is a calendar day in the time zone ``utc_offset`` seconds east of UTC (the
  local zone unless given); progress of a day: active time, entities labelled by hand
  that day, and documents finished (the layer's status done or reviewed) at its end.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from annotator.store.types import ActivityInterval, StatusChange

DAY = 86400
MIN_RATE_SECONDS = 60.0  # below a minute of active time, entities per hour mean nothing
FINISHED = ("done", "reviewed")


@dataclass(frozen=True)
class AnnotatorTime:
    annotator: str
    active_seconds: float
    manual_spans: int

    @property
    def entities_per_hour(self) -> float | None:
        if self.active_seconds < MIN_RATE_SECONDS:
            return None
        return self.manual_spans / (self.active_seconds / 3600)


@dataclass(frozen=True)
class DayProgress:
    day: str  # YYYY-MM-DD
    active_seconds: dict[str, float] = field(default_factory=dict)  # annotator -> seconds
    entities: dict[str, int] = field(default_factory=dict)  # layer -> spans made by hand
    finished: dict[str, int] = field(default_factory=dict)  # layer -> finished at day's end


@dataclass(frozen=True)
class Statistics:
    documents_by_status: dict[str, int]
    documents_by_layer_status: dict[str, dict[str, int]]
    spans_by_layer: dict[str, dict[str, int]]  # layer -> label -> spans
    time: dict[str, AnnotatorTime]
    days: list[DayProgress]
    with_days: bool = True  # False: the days were not asked for (no "days" in the JSON)

    @property
    def spans_by_label(self) -> dict[str, int]:
        total: Counter[str] = Counter()
        for counts in self.spans_by_layer.values():
            total.update(counts)
        return dict(sorted(total.items()))

    def to_json(self) -> dict[str, Any]:
        """The ``--json`` shape; ``time`` appears once there is time or hand-made spans,
        its ``days`` when they were collected."""
        by_label = self.spans_by_label
        data: dict[str, Any] = {
            "documents": sum(self.documents_by_status.values()),
            "documents_by_status": dict(sorted(self.documents_by_status.items())),
            "documents_by_layer_status": self.documents_by_layer_status,
            "spans": sum(by_label.values()),
            "spans_by_label": by_label,
            "spans_by_layer": self.spans_by_layer,
        }
        if self.time or self.days:
            data["time"] = {"annotators": self._annotators_json()}
            if self.with_days:
                data["time"]["days"] = self._days_json()
        return data

    def _annotators_json(self) -> dict[str, Any]:
        return {
            name: {
                "active_seconds": round(t.active_seconds, 1),
                "manual_spans": t.manual_spans,
                "entities_per_hour": _round(t.entities_per_hour),
            }
            for name, t in self.time.items()
        }

    def _days_json(self) -> list[dict[str, Any]]:
        return [
            {
                "day": d.day,
                "active_seconds": {k: round(v, 1) for k, v in d.active_seconds.items()},
                "entities": d.entities,
                "finished": d.finished,
            }
            for d in self.days
        ]


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def local_utc_offset() -> int:
    """Seconds east of UTC of the local time zone, now."""
    offset = datetime.now().astimezone().utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def collect(store: Any, utc_offset: int | None = None, *, days: bool = True) -> Statistics:
    """Everything the statistics show, from ``store``; ``days=False`` leaves out the
    progress over days (its grouped query costs as much as the span counts)."""
    offset = local_utc_offset() if utc_offset is None else utc_offset
    layers: dict[str, dict[str, int]] = {}
    for (layer, label), n in store.span_counts().items():
        layers.setdefault(layer, {})[label] = n
    active = active_seconds(store.activity(), offset)
    manual = store.manual_span_counts()
    total: dict[str, float] = {}
    for (name, _day), seconds in active.items():
        total[name] = total.get(name, 0.0) + seconds
    names = sorted({*manual, *total})
    time = {name: AnnotatorTime(name, total.get(name, 0.0), manual.get(name, 0)) for name in names}
    progress = (
        progress_days(active, store.manual_span_days(offset), store.status_history(), offset)
        if days
        else []
    )
    return Statistics(
        documents_by_status=store.status_counts(),
        documents_by_layer_status=store.layer_status_counts(),
        spans_by_layer={name: dict(sorted(c.items())) for name, c in sorted(layers.items())},
        time=time,
        days=progress,
        with_days=days,
    )


def union(intervals: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    """Overlapping or touching intervals merged; sorted."""
    merged: list[tuple[float, float]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def day_of(moment: float, utc_offset: int) -> str:
    return (date(1970, 1, 1) + timedelta(days=int((moment + utc_offset) // DAY))).isoformat()


def active_seconds(
    intervals: Iterable[ActivityInterval], utc_offset: int
) -> dict[tuple[str, str], float]:
    """``(annotator, day) -> seconds``: each annotator's intervals merged over all
    documents, then cut at midnight of the given zone."""
    by_annotator: dict[str, list[tuple[float, float]]] = {}
    for item in intervals:
        by_annotator.setdefault(item.annotator, []).append((item.start, item.end))
    result: dict[tuple[str, str], float] = {}
    for name, items in by_annotator.items():
        for start, end in union(items):
            while start < end:
                midnight = ((start + utc_offset) // DAY + 1) * DAY - utc_offset
                piece_end = min(end, midnight)
                key = (name, day_of(start, utc_offset))
                result[key] = result.get(key, 0.0) + piece_end - start
                start = piece_end
    return result


def finished_by_day(changes: Iterable[StatusChange], utc_offset: int) -> dict[str, dict[str, int]]:
    """day -> layer -> documents whose layer status is done or reviewed at the end of that
    day, for the days on which some layer status changed."""
    status: dict[tuple[str, int], str] = {}
    result: dict[str, dict[str, int]] = {}
    current_day: str | None = None

    def close_day() -> None:
        if current_day is not None:
            counts: Counter[str] = Counter(
                layer for (layer, _), s in status.items() if s in FINISHED
            )
            result[current_day] = dict(sorted(counts.items()))

    for change in changes:
        if change.annotator is None:
            continue  # the document's own status: no annotator's progress
        moment = change.at.replace(tzinfo=UTC).timestamp()
        day = day_of(moment, utc_offset)
        if day != current_day:
            close_day()
            current_day = day
        status[(change.annotator, change.document_id)] = change.status
    close_day()
    return result


def progress_days(
    active: dict[tuple[str, str], float],
    span_days: dict[tuple[str, str], int],
    changes: Iterable[StatusChange],
    utc_offset: int,
) -> list[DayProgress]:
    """One entry per day that has active time, hand-made spans or a status change; the
    finished counts carry over from the last day with a change."""
    finished = finished_by_day(changes, utc_offset)
    seconds: dict[str, dict[str, float]] = {}
    for (name, day), value in sorted(active.items()):
        seconds.setdefault(day, {})[name] = value
    entities: dict[str, dict[str, int]] = {}
    for (layer, day), count in sorted(span_days.items()):
        entities.setdefault(day, {})[layer] = count
    result: list[DayProgress] = []
    carried: dict[str, int] = {}
    for day in sorted({*seconds, *entities, *finished}):
        carried = finished.get(day, carried)
        result.append(DayProgress(day, seconds.get(day, {}), entities.get(day, {}), dict(carried)))
    return result


def format_duration(seconds: float) -> str:
    """``H:MM:SS``."""
    whole = round(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"
