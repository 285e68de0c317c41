"""Team mode in the store: assignments, layers kept apart, revisions seen by others, and
a lost connection to the PostgreSQL server."""

from __future__ import annotations

import pytest

from annotator.store import Store, StoreError
from annotator.store.connection import LostConnection

from .helpers import restart_server


def names(docs) -> list[str]:
    return [d.name for d in docs]


def test_assigned_documents_are_listed_for_their_annotators_only(store: Store) -> None:
    one, two, _three = (store.add_document(n, f"نص {n}").id for n in ("one", "two", "three"))
    assert store.assign(one, "ali") is True
    assert store.assign(one, "ali") is False  # already assigned
    store.assign(two, "badr")
    store.assign(two, "ali")
    assert store.assignments() == {one: ["ali"], two: ["ali", "badr"]}
    assert store.assignments(two) == {two: ["ali", "badr"]}
    # unassigned "three" is open to everyone
    assert names(store.documents(annotator="ali")) == ["one", "two", "three"]
    assert names(store.documents(annotator="badr")) == ["two", "three"]
    assert names(store.documents(annotator="newcomer")) == ["three"]
    # the reviewer and the plain listing see everything
    assert names(store.documents(annotator="gold")) == ["one", "two", "three"]
    assert names(store.documents()) == ["one", "two", "three"]
    assert store.unassign(one, "ali") is True
    assert store.unassign(one, "ali") is False
    assert names(store.documents(annotator="badr")) == ["one", "two", "three"]


def test_work_done_before_a_reassignment_stays_visible(store: Store) -> None:
    store.add_label("PER")
    doc = store.add_document("d", "سمير هنا").id
    other = store.add_document("e", "لا شيء").id
    store.add_span(doc, "ali", 0, 4, "PER")
    store.set_status(other, "done", "ali")
    store.assign(doc, "badr")
    store.assign(other, "badr")
    assert names(store.documents(annotator="ali")) == ["d", "e"]
    assert [d.status for d in store.documents(annotator="ali")] == ["new", "done"]


def test_each_annotator_has_their_own_status(store: Store) -> None:
    doc = store.add_document("d", "نص").id
    store.set_status(doc, "done", "ali")
    store.set_status(doc, "in_progress", "badr")
    assert store.status_for(doc, "ali") == "done"
    assert store.status_for(doc, "badr") == "in_progress"
    assert store.status_for(doc) == "new"
    assert [d.status for d in store.documents(annotator="ali")] == ["done"]


def test_assigning_an_unknown_document_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="no document with id 99"):
        store.assign(99, "ali")
    assert store.assignments() == {}


def test_layers_never_touch_each_other(store: Store) -> None:
    """Adding, relabelling and removing in one layer leaves an identical span of another
    layer untouched, even under the flat policy."""
    store.add_label("PER")
    store.add_label("LOC")
    doc = store.add_document("d", "سمير في دمشق").id
    kept = store.add_span(doc, "badr", 0, 4, "PER")
    mine = store.add_span(doc, "ali", 0, 4, "PER")
    store.relabel_span(mine.id, "LOC")
    store.remove_span(mine.id)
    assert store.spans_for(doc, "badr") == [kept]
    assert store.spans_for(doc, "ali") == []


def test_status_change_seen_by_a_second_store(store: Store, store_url: str) -> None:
    doc = store.add_document("d", "نص").id
    other = Store.open(store_url)
    try:
        seen = other.revision()
        store.set_status(doc, "done", "ali")
        assert other.revision() > seen
        assert other.status_for(doc, "ali") == "done"
        assert [d.status for d in other.documents(annotator="ali")] == ["done"]
    finally:
        other.close()


# -- PostgreSQL: a lost connection --------------------------------------------------------


@pytest.fixture
def pg_url(pg_server) -> str:
    return pg_server.create_database("lost")


def backend_pid(store: Store) -> int:
    return int(store.db.execute_sql("SELECT pg_backend_pid()").fetchone()[0])


def terminate(killer: Store, victim: Store) -> None:
    pid = backend_pid(victim)
    killer.db.execute_sql("SELECT pg_terminate_backend(%s)", (pid,))


@pytest.mark.postgres
def test_reads_reconnect_once_after_the_backend_is_killed(pg_url: str) -> None:
    with Store.open(pg_url) as store, Store.open(pg_url) as admin:
        store.add_label("PER")
        before = backend_pid(store)
        terminate(admin, store)
        assert [label.name for label in store.labels()] == ["PER"]
        assert backend_pid(store) != before


@pytest.mark.postgres
def test_a_write_cut_off_mid_transaction_is_refused_and_not_half_done(pg_url: str) -> None:
    with Store.open(pg_url) as store, Store.open(pg_url) as admin:
        store.add_label("PER")
        doc = store.add_document("d", "ab cd ef").id
        acknowledged = store.add_span(doc, "ali", 0, 2, "PER")
        with pytest.raises(LostConnection) as caught, store.atomic():
            store.add_span(doc, "ali", 3, 5, "PER")
            terminate(admin, store)
            store.add_span(doc, "ali", 6, 8, "PER")
        message = caught.value.message
        assert message.startswith("lost connection to the database server: ")
        assert message.endswith("; the change was not saved")
        assert isinstance(caught.value, StoreError)
        # nothing of the failed transaction, everything acknowledged before it
        assert store.spans_for(doc, "ali") == [acknowledged]
        assert admin.spans_for(doc, "ali") == [acknowledged]
        # and the store keeps working on a new connection
        assert store.add_span(doc, "ali", 6, 8, "PER").start == 6


@pytest.mark.postgres
def test_server_down_gives_a_clear_error_then_recovers(pg_server, pg_url: str) -> None:
    store = Store.open(pg_url)
    try:
        store.add_label("PER")
        doc = store.add_document("d", "ab cd").id
        kept = store.add_span(doc, "ali", 0, 2, "PER")
        restart_server(pg_server, lambda: _expect_lost(store, doc))
        assert [s.start for s in store.spans_for(doc, "ali")] == [kept.start]
        assert store.add_span(doc, "ali", 3, 5, "PER").start == 3
    finally:
        store.close()


def _expect_lost(store: Store, doc: int) -> None:
    """While the server is down: reads and writes fail with LostConnection."""
    with pytest.raises(LostConnection, match=r"^lost connection to the database server: "):
        store.revision()
    with pytest.raises(LostConnection, match=r"the change was not saved$"):
        store.add_span(doc, "ali", 3, 5, "PER")


@pytest.mark.postgres
def test_two_windows_on_one_server_see_each_others_changes(qtbot, pg_url: str) -> None:
    """Two instances (one per annotator, plus a second seat of one of them) on the server:
    changes appear after a poll, and labelling never touches the other layer."""
    from annotator.gui.main_window import MainWindow

    setup = Store.open(pg_url)
    setup.add_label("PER")
    doc = setup.add_document("d", "سمير وعلي هنا").id
    setup.close()
    stores = [Store.open(pg_url) for _ in range(3)]
    try:
        ali, ali_again, badr = (
            MainWindow(store, location=pg_url, annotator=name)
            for store, name in zip(stores, ("ali", "ali", "badr"), strict=True)
        )
        for window in (ali, ali_again, badr):
            qtbot.addWidget(window)
            window.open_document(doc)
        assert ali.label_range(0, 4, "PER")
        assert badr.label_range(0, 4, "PER")  # same text, own layer: no conflict
        ali.set_status("done")
        ali_again.poll_revision()
        assert [d.status for d in ali_again.documents_model.all_documents()] == ["done"]
        assert [(s.start, s.end) for s in ali_again.session().spans.values()] == [(0, 4)]
        badr.poll_revision()
        # badr's own status (labelling started it), not ali's "done"
        assert [d.status for d in badr.documents_model.all_documents()] == ["in_progress"]
        badr.remove_span(next(iter(badr.session().spans)))
        ali.poll_revision()
        assert [(s.annotator, s.start) for s in stores[0].spans_for(doc)] == [("ali", 0)]
        for window in (ali, ali_again, badr):
            window.close()
    finally:
        for store in stores:
            store.close()


def test_a_layer_name_reads_back_as_it_was_written(store: Store) -> None:
    """Names are trimmed when written (assign, set_status): reading, listing and removing
    with the same name must find the same layer (``unassign(" ali ")`` removed nothing)."""
    doc = store.add_document("d", "نص").id
    other = store.add_document("e", "نص آخر").id
    assert store.assign(doc, " ali ") is True
    assert store.assignments() == {doc: ["ali"]}
    store.set_status(other, "done", " ali ")
    assert store.status_for(other, " ali ") == "done"
    assert names(store.documents(annotator=" ali ")) == ["d", "e"]
    assert [d.status for d in store.documents(annotator=" ali ")] == ["new", "done"]
    assert store.unassign(doc, " ali ") is True
    assert store.assignments() == {}
    assert store.unassign(doc, "al\u200bi") is False  # an invalid name names no layer
