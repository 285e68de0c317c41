"""Undo and redo while the PostgreSQL server is unreachable: refused visibly, and the
step stays where it was so that the same undo (or redo) works once the server is back."""

from __future__ import annotations

import pytest

from annotator.store import Store

from .helpers import start_server, stop_server


@pytest.fixture
def team_window(qtbot, pg_server):
    from annotator.gui.main_window import MainWindow

    store = Store.open(pg_server.create_database("undo"))
    store.add_label("PER")
    doc = store.add_document("d", "سمير وعلي هنا").id
    window = MainWindow(store, location="team", annotator="ali")
    qtbot.addWidget(window)
    window.open_document(doc)
    assert window.label_range(0, 4, "PER")
    assert window.label_range(5, 9, "PER")
    yield window, store, doc
    window.close()
    store.close()


def layer(store: Store, doc: int) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in store.spans_for(doc, "ali")]


@pytest.mark.postgres
def test_an_undo_refused_by_a_lost_server_can_be_done_again(qtbot, pg_server, team_window):
    window, store, doc = team_window
    stack = window.undo_stack()
    stop_server(pg_server)
    try:
        stack.undo()  # would remove (5, 9): the server is down
        assert "not undone" in window.statusBar().currentMessage()
        assert "lost connection" in window.statusBar().currentMessage()
        qtbot.waitUntil(lambda: stack.index() == 2)
        assert stack.count() == 2
        assert stack.undoText() == "Label PER"
    finally:
        start_server(pg_server)
    assert layer(store, doc) == [(0, 4), (5, 9)]  # nothing was removed
    stack.undo()  # the same step again, now that the server is back
    assert layer(store, doc) == [(0, 4)]
    stack.redo()
    assert layer(store, doc) == [(0, 4), (5, 9)]
    assert sorted(s.start for s in window.session().spans.values()) == [0, 5]


@pytest.mark.postgres
def test_a_redo_refused_by_a_lost_server_can_be_done_again(qtbot, pg_server, team_window):
    window, store, doc = team_window
    stack = window.undo_stack()
    stack.undo()
    stack.undo()
    assert layer(store, doc) == []
    stop_server(pg_server)
    try:
        stack.redo()  # would put back (0, 4)
        assert "not undone/redone" in window.statusBar().currentMessage()
        qtbot.waitUntil(lambda: stack.index() == 0)
        assert stack.count() == 2
    finally:
        start_server(pg_server)
    assert layer(store, doc) == []
    stack.redo()
    stack.redo()
    assert layer(store, doc) == [(0, 4), (5, 9)]
