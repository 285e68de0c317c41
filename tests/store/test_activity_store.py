"""Active time intervals and the status log in the store (both backends), and the
migration that adds them to an older database."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from annotator.store import Store, StoreError

SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schemas"
T0 = 1_700_000_000.0


def test_touching_and_overlapping_intervals_merge(store: Store) -> None:
    a = store.add_document("a", "نص أول").id
    b = store.add_document("b", "نص ثان").id
    store.record_activity("amal", [(a, T0, T0 + 60), (a, T0 + 60, T0 + 90)])
    store.record_activity("amal", [(a, T0 + 80, T0 + 120), (b, T0 + 80, T0 + 100)])
    store.record_activity("badr", [(a, T0, T0 + 30)])
    store.record_activity("amal", [(a, T0 + 200, T0 + 210)])
    amal = [(i.document_id, i.start, i.end) for i in store.activity("amal")]
    assert amal == [(a, T0, T0 + 120), (b, T0 + 80, T0 + 100), (a, T0 + 200, T0 + 210)]
    # an interval that bridges two stored ones merges all three
    store.record_activity("amal", [(a, T0 + 100, T0 + 205)])
    assert [(i.start, i.end) for i in store.activity("amal", doc_id=a)] == [(T0, T0 + 210)]
    assert [i.annotator for i in store.activity(doc_id=a)] == ["amal", "badr"]


def test_the_same_time_reported_twice_is_stored_once(store: Store) -> None:
    a = store.add_document("a", "نص").id
    for _ in range(2):  # two copies of the app reporting the same stretch
        store.record_activity("amal", [(a, T0, T0 + 45)])
    assert sum(i.seconds for i in store.activity()) == 45.0


@pytest.mark.parametrize(
    ("interval", "message"),
    [
        ((999, T0, T0 + 1), "no document with id 999"),
        ((1, T0 + 5, T0), "must not end before it starts"),
        ((1, T0, T0 + 2 * 86400), "nor last longer"),
        ((1, float("nan"), T0), "seconds since 1970"),
        ((1, "then", T0), "must be a number"),
    ],
)
def test_bad_intervals_are_refused_all_or_nothing(
    store: Store, interval: tuple[object, object, object], message: str
) -> None:
    a = store.add_document("a", "نص").id
    assert a == 1
    with pytest.raises(StoreError, match=message):
        store.record_activity("amal", [(a, T0, T0 + 10), interval])  # type: ignore[list-item]
    assert store.activity() == []


def test_status_changes_are_logged_with_their_time(store: Store) -> None:
    a = store.add_document("a", "نص").id
    before = datetime.now(UTC).replace(tzinfo=None)
    store.set_status(a, "in_progress", "amal")
    store.set_status(a, "done", "amal")
    store.set_status(a, "reviewed")
    history = store.status_history()
    assert [(c.document_id, c.annotator, c.status) for c in history] == [
        (a, "amal", "in_progress"),
        (a, "amal", "done"),
        (a, None, "reviewed"),
    ]
    assert all(c.at >= before.replace(microsecond=0) for c in history)


def test_manual_spans_per_day_in_a_time_zone(store: Store) -> None:
    a = store.add_document("a", "زار محمد القاهرة").id
    store.apply_preset("anercorp")
    store.add_span(a, "amal", 4, 8, "PERS")
    store.add_span(a, "amal", 9, 16, "LOC", source="imported")  # not by hand
    store.add_span(a, "sugg", 9, 16, "LOC", source="suggested")
    span = store.m.span
    span.update(created=datetime(2024, 5, 1, 22, 30)).execute()  # 22:30 UTC
    assert store.manual_span_days(0) == {("amal", "2024-05-01"): 1}
    assert store.manual_span_days(3 * 3600) == {("amal", "2024-05-02"): 1}  # 01:30 in UTC+3
    assert store.manual_span_days(-23 * 3600) == {("amal", "2024-04-30"): 1}


def test_an_old_database_gets_the_tables_and_its_statuses_logged(tmp_path: Path) -> None:
    path = tmp_path / "old.annotator"
    shutil.copyfile(SCHEMAS / "v5.annotator", path)
    with Store.open(path) as store:
        history = [(c.document_id, c.annotator, c.status) for c in store.status_history()]
        assert history == [(1, None, "in_progress"), (1, "amal", "done")]
        assert store.activity() == [] and store.guidelines() == ""
        assert all(label.descriptions == {} for label in store.labels())
        store.update_label("PERS", descriptions={"ar": "أشخاص"})
        store.record_activity("amal", [(1, T0, T0 + 5)])


def test_active_time_does_not_grow_the_revision(store: Store) -> None:
    """Windows re-read the database when the revision grows; time is nothing they show."""
    a = store.add_document("a", "نص").id
    store.annotator("amal")
    before = store.revision()
    store.record_activity("amal", [(a, T0, T0 + 10)])
    assert store.revision() == before
    store.set_guidelines("نص")  # guidelines are shown: they do
    assert store.revision() == before + 1
