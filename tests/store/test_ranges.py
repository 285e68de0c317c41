"""Numbers that reach the database are checked against its INTEGER range (32 bits, as on
PostgreSQL) with a clear message, never an OverflowError; ids outside it name nothing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.cli import main
from annotator.store import SpanInfo, Store, StoreError

LOW, HIGH = -(2**31), 2**31 - 1
HUGE = [2**31, 2**63, 99999999999999999999, -(2**31) - 1, -(10**30)]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(order=st.integers(min_value=-(2**70), max_value=2**70) | st.sampled_from([LOW, HIGH]))
def test_label_order_is_checked_against_the_column_range(store: Store, order: int) -> None:
    if not store.labels():
        store.add_label("PERS")
    if LOW <= order <= HIGH:
        assert store.update_label("PERS", order=order).order == order
        assert store.labels()[0].order == order
    else:
        with pytest.raises(StoreError, match=r"invalid order .*: it must be a whole number from"):
            store.update_label("PERS", order=order)


def test_bools_and_text_are_not_orders(store: Store) -> None:
    store.add_label("PERS")
    for value in (True, "3", 2.5):
        with pytest.raises(StoreError, match="invalid order"):
            store.update_label("PERS", order=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("huge", HUGE)
def test_ids_out_of_range_name_nothing(store: Store, huge: int) -> None:
    store.add_label("LOC")
    doc = store.add_document("d", "زار محمد القاهرة")
    span = store.add_span(doc.id, "amal", 4, 8, "LOC")
    for call in (
        lambda: store.document(huge),
        lambda: store.set_status(huge, "done"),
        lambda: store.set_status(huge, "done", "amal"),
        lambda: store.status_for(huge, "amal"),
        lambda: store.assign(huge, "amal"),
        lambda: store.add_span(huge, "amal", 0, 3, "LOC"),
    ):
        with pytest.raises(StoreError, match=f"no document with id {huge}"):
            call()
    for call in (lambda: store.remove_span(huge), lambda: store.relabel_span(huge, "LOC")):
        with pytest.raises(StoreError, match=f"no span with id {huge}"):
            call()
    with pytest.raises(StoreError, match="invalid span id"):
        store.restore_span(SpanInfo(huge, doc.id, "amal", 9, 16, "LOC", "manual"))
    assert store.spans_for(huge) == []
    assert store.spans_by_document([huge, doc.id], "amal") == {huge: [], doc.id: [span]}
    assert [row.id for row in store.export_rows([huge, doc.id], "amal")] == [doc.id]
    assert store.assignments(huge) == {}
    assert store.unassign(huge, "amal") is False
    assert store.spans_for(doc.id) == [span]  # nothing was changed


def test_cli_order_overflow_is_one_clear_line(
    store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", store_url, "labels", "add", "PERS"]) == 0
    capsys.readouterr()
    for value in ("99999999999999999999", "-99999999999999999999", str(2**31)):
        assert main(["--db", store_url, "labels", "edit", "PERS", "--order", value]) == 1
        err = capsys.readouterr().err
        assert err.startswith("annotator: error: invalid order ") and err.count("\n") == 1
        assert "unexpected" not in err and "Overflow" not in err
    assert main(["--db", store_url, "labels", "edit", "PERS", "--order", str(2**31 - 1)]) == 0


def test_cli_long_hotkey_is_refused_on_every_backend(
    store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", store_url, "labels", "add", "PERS", "--hotkey", "k" * 40]) == 1
    err = capsys.readouterr().err
    assert "invalid hotkey" in err and "database error" not in err
