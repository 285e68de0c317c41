"""Statistics: active time (union over documents, cut at midnight), entities per hour,
progress over days, and what ``annotator stats`` prints of them."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from annotator.cli import main
from annotator.statistics import (
    active_seconds,
    collect,
    finished_by_day,
    format_duration,
    union,
)
from annotator.store import Store
from annotator.store.types import ActivityInterval, StatusChange

EVENING = datetime(2024, 5, 1, 21, 0, tzinfo=UTC).timestamp()


def test_union_merges_overlapping_and_touching() -> None:
    assert union([(5, 8), (0, 2), (2, 3), (7, 10), (20, 21)]) == [(0, 3), (5, 10), (20, 21)]


def test_active_seconds_never_count_a_second_twice_and_cut_at_midnight() -> None:
    intervals = [
        ActivityInterval(1, "amal", EVENING, EVENING + 3600),
        ActivityInterval(2, "amal", EVENING + 1800, EVENING + 5400),  # other copy, overlaps
        ActivityInterval(1, "badr", EVENING, EVENING + 60),
    ]
    assert active_seconds(intervals, 0) == {
        ("amal", "2024-05-01"): 5400.0,
        ("badr", "2024-05-01"): 60.0,
    }
    # at UTC+2 amal's stretch (23:00 to 00:30 local) crosses midnight
    assert active_seconds(intervals, 7200) == {
        ("amal", "2024-05-01"): 3600.0,
        ("amal", "2024-05-02"): 1800.0,
        ("badr", "2024-05-01"): 60.0,
    }


def test_finished_documents_at_the_end_of_each_day() -> None:
    def change(day: int, doc: int, layer: str | None, status: str) -> StatusChange:
        return StatusChange(doc, layer, status, datetime(2024, 5, day, 12))

    changes = [
        change(1, 1, "amal", "done"),
        change(1, 2, "amal", "in_progress"),
        change(2, 2, "amal", "done"),
        change(2, 3, None, "done"),  # the document's own status is nobody's progress
        change(3, 1, "amal", "in_progress"),  # reopened
        change(3, 1, "badr", "reviewed"),
    ]
    assert finished_by_day(changes, 0) == {
        "2024-05-01": {"amal": 1},
        "2024-05-02": {"amal": 2},
        "2024-05-03": {"amal": 1, "badr": 1},
    }


def test_format_duration() -> None:
    assert format_duration(3725.4) == "1:02:05"
    assert format_duration(0) == "0:00:00"


def _project(url: str) -> None:
    with Store.open(url) as store:
        store.apply_preset("anercorp")
        a = store.add_document("a", "زار محمد القاهرة أمس").id
        b = store.add_document("b", "وقال الوزير إن العلاقات جيدة").id
        store.add_span(a, "amal", 4, 8, "PERS")
        store.add_span(a, "amal", 9, 16, "LOC")
        store.add_span(b, "amal", 0, 4, "ORG")
        store.add_span(b, "imported", 0, 4, "ORG", source="imported")
        store.set_status(a, "done", "amal")
        store.record_activity(
            "amal", [(a, EVENING, EVENING + 1200), (b, EVENING + 1200, EVENING + 1800)]
        )
        store.record_activity("badr", [(b, EVENING, EVENING + 30)])


def test_collect_time_and_entities_per_hour(store_url: str) -> None:
    _project(store_url)
    with Store.open(store_url) as store:
        stats = collect(store, utc_offset=0)
    amal, badr = stats.time["amal"], stats.time["badr"]
    assert (amal.active_seconds, amal.manual_spans) == (1800.0, 3)
    assert amal.entities_per_hour == pytest.approx(6.0)  # 3 entities in half an hour
    assert (badr.active_seconds, badr.manual_spans, badr.entities_per_hour) == (30.0, 0, None)
    assert "imported" not in stats.time  # imported spans are nobody's work
    evening = next(d for d in stats.days if d.day == "2024-05-01")
    assert evening.active_seconds == {"amal": 1800.0, "badr": 30.0}
    today = stats.days[-1]
    assert today.entities == {"amal": 3}
    assert today.finished == {"amal": 1}
    assert stats.spans_by_label == {"LOC": 1, "ORG": 2, "PERS": 1}


def test_stats_json_carries_time_and_progress(
    store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _project(store_url)
    capsys.readouterr()
    assert main(["--db", store_url, "stats", "--json"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert list(plain["time"]) == ["annotators"]  # the days only when asked for
    assert main(["--db", store_url, "stats", "--json", "--days"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["time"]["annotators"] == plain["time"]["annotators"]
    assert data["spans"] == 4  # the old keys stay
    people = data["time"]["annotators"]
    assert people["amal"] == {"active_seconds": 1800.0, "manual_spans": 3, "entities_per_hour": 6.0}
    assert people["badr"]["entities_per_hour"] is None
    days = data["time"]["days"]
    assert [d["day"] for d in days] == sorted(d["day"] for d in days)
    assert sum(d["active_seconds"].get("amal", 0) for d in days) == 1800.0
    assert days[-1]["finished"] == {"amal": 1}


def test_stats_text_shows_time_per_annotator(
    store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _project(store_url)
    capsys.readouterr()
    assert main(["--db", store_url, "stats"]) == 0
    lines = capsys.readouterr().out.splitlines()
    at = lines.index("active time (in the window, input in the last minute):")
    assert lines[at + 1 :] == [
        "  amal: 0:30:00, 3 entities by hand, 6.0 per hour",
        "  badr: 0:00:30, 0 entities by hand, - per hour",
    ]
