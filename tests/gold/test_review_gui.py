"""Agreement view, the first-run name prompt, and a lost server connection in the GUI."""

from __future__ import annotations

import pytest

from annotator.agreement import compute_agreement
from annotator.gui import settings as cfg
from annotator.gui.adjudication import AdjudicationWindow
from annotator.gui.agreement_view import AgreementDialog
from annotator.gui.annotator_prompt import ensure_annotator_name
from annotator.store import Store

from .conftest import build_corpus
from .helpers import start_server, stop_server


def cells(dialog: AgreementDialog) -> dict[tuple[str, str], list[str]]:
    t = dialog.table
    return {
        (t.item(r, 0).text(), t.item(r, 1).text()): [t.item(r, c).text() for c in (2, 3, 4)]
        for r in range(t.rowCount())
    }


def test_agreement_view_table_and_chart(qtbot, corpus_store) -> None:
    dialog = AgreementDialog(corpus_store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # by hand, one document: ali 5 spans, badr 5, chadi 6.
    # ali/badr: 3 exact (F1 6/10); + بوتين inside فلاديمير بوتين overlaps (8/10)
    # ali/chadi: 5 exact of 5 and 6 (10/11); badr/chadi: 3 exact, 4 overlap (6/11, 8/11)
    assert cells(dialog) == {
        ("ali", "badr"): ["1", "0.600", "0.800"],
        ("ali", "chadi"): ["1", "0.909", "0.909"],
        ("badr", "chadi"): ["1", "0.545", "0.727"],
    }
    report = compute_agreement(corpus_store)
    assert f"{report.fleiss_kappa:.3f}" in dialog.fleiss.text()
    assert "3 layers" in dialog.fleiss.text()
    # chart of ali/badr per label: LOC exact 2 of 3+2 -> 0.8, ORG 0, PER exact 0.5, overlap 1
    chart = dialog.chart
    assert chart.categories == ["LOC", "ORG", "PER"]
    exact, overlap = chart.bar_rects()
    full = overlap[2].height()
    assert full > 50
    assert exact[0].height() == pytest.approx(0.8 * full)
    assert exact[1].height() == 0 and overlap[1].height() == 0
    assert exact[2].height() == pytest.approx(0.5 * full)
    assert dialog.chart.grab().width() > 0  # paints without error
    dialog.table.selectRow(1)  # ali/chadi: LOC 3 of 3 and 4 (6/7), PER 2 of 2
    assert chart.categories == ["LOC", "PER"]
    assert [r.height() for r in chart.bar_rects()[0]] == pytest.approx([6 / 7 * full, full])


def test_agreement_view_with_one_layer_explains_why(qtbot, tmp_path) -> None:
    with Store.open(tmp_path / "one.annotator") as store:
        store.add_label("PER")
        doc = store.add_document("d", "سمير هنا").id
        store.add_span(doc, "ali", 0, 4, "PER")
        dialog = AgreementDialog(store, layers=["ali"])
        qtbot.addWidget(dialog)
        assert dialog.summary.text().startswith("Cannot compute agreement: ")
        assert dialog.table.rowCount() == 0


def test_first_run_prompt_stores_the_name_and_asks_once(tmp_path, qtbot) -> None:
    asked: list[str] = []

    def ask(_parent, default: str) -> str:
        asked.append(default)
        return "  Salma  "

    assert cfg.get_str("annotator/name") == ""
    assert ensure_annotator_name(ask=ask) == "Salma"
    assert cfg.get_str("annotator/name") == "Salma"
    assert ensure_annotator_name(ask=ask) == "Salma"
    assert (len(asked) == 1 and asked[0] == cfg.annotator_name()) or asked[0]

    # the window edits that layer and says so
    from annotator.gui.main_window import MainWindow

    with Store.open(tmp_path / "w.annotator") as store:
        store.add_label("PER")
        doc = store.add_document("d", "سمير هنا").id
        window = MainWindow(store, location=str(tmp_path / "w.annotator"))
        qtbot.addWidget(window)
        window.open_document(doc)
        assert "Salma" in window.annotator_label.text()
        assert window.label_range(0, 4, "PER")
        assert [(s.annotator, s.start, s.end) for s in store.spans_for(doc)] == [("Salma", 0, 4)]
        window.close()


def test_cancelled_prompt_keeps_the_default_name() -> None:
    default = cfg.annotator_name()
    assert default  # the operating-system user name
    assert ensure_annotator_name(ask=lambda _p, _d: None) == default
    assert cfg.get_str("annotator/name") == default


@pytest.mark.postgres
def test_lost_server_refuses_visibly_and_retry_saves(qtbot, pg_server) -> None:
    url = pg_server.create_database("gui")
    store = Store.open(url)
    try:
        ids, _text = build_corpus(store)
        doc = ids[0]
        answers: list[str] = []

        def ask_retry(_parent, message: str) -> bool:
            answers.append(message)
            if len(answers) == 1:
                return False  # first failure: the user gives up
            start_server(pg_server)  # second: the server is back, retry
            return True

        win = AdjudicationWindow(store, doc, ask_retry=ask_retry)
        qtbot.addWidget(win)
        stop_server(pg_server)
        try:
            win.accept_all_button.click()
            assert len(answers) == 1
            assert answers[0].startswith("lost connection to the database server")
            assert answers[0].endswith("the change was not saved")
            assert win.message.text().startswith("Not saved: lost connection")
            assert win.undo_stack.count() == 0  # nothing pushed for a failed write
            win.accept_all_button.click()  # fails, then retried once the server is up
        finally:
            start_server(pg_server)
        assert len(answers) == 2
        assert win.undo_stack.count() == 1
        assert len(store.spans_for(doc, "gold")) == 3
        win.undo_stack.undo()
        assert store.spans_for(doc, "gold") == []
        win.close()
    finally:
        store.close()


def test_review_menu_opens_agreement_and_adjudication(qtbot, corpus, corpus_store) -> None:
    from annotator.gui.main_window import MainWindow

    window = MainWindow(corpus_store, location=str(corpus.path), annotator="ali")
    qtbot.addWidget(window)
    window.open_document(corpus.doc_ids[0])
    menus = {a.text(): a.menu() for a in window.menuBar().actions() if a.menu()}
    review = {a.text(): a for a in menus["&Review"].actions()}
    assert review["A&djudicate"].shortcut().toString() == "Ctrl+Shift+A"
    review["&Agreement…"].trigger()
    (agreement,) = window.findChildren(AgreementDialog)
    assert agreement.table.rowCount() == 3
    review["A&djudicate"].trigger()
    (adjudication,) = window.findChildren(AdjudicationWindow)
    assert adjudication.doc_id == corpus.doc_ids[0]
    assert adjudication.layers == ["ali", "badr", "chadi"]
    for widget in (agreement, adjudication):
        widget.close()
    window.close()


def test_start_up_does_not_ask_where_nobody_can_answer() -> None:
    from annotator.gui.annotator_prompt import can_ask, first_run_name

    assert not can_ask()  # the tests run offscreen
    assert first_run_name() == cfg.annotator_name()
    assert cfg.get_str("annotator/name") == ""  # not saved: a real start will still ask


def test_a_status_change_that_fails_is_reported_not_dropped(qtbot, corpus, monkeypatch) -> None:
    from annotator.gui import retry
    from annotator.gui.main_window import MainWindow

    asked: list[str] = []
    monkeypatch.setattr(retry, "ask_retry_dialog", lambda _p, m: asked.append(m) or False)
    with Store.open(corpus.path, read_only=True) as store:
        window = MainWindow(store, location=str(corpus.path), annotator="ali")
        qtbot.addWidget(window)
        window.open_document(corpus.doc_ids[1])
        window.set_status("done")
        assert window.statusBar().currentMessage().startswith("Not saved: ")
        assert "read-only" in window.statusBar().currentMessage()
        assert asked == []  # not a lost connection: nothing to retry
        assert store.status_for(corpus.doc_ids[1], "ali") == "new"
        window.close()


def test_agreement_chart_is_laid_out_alike_right_to_left(qtbot) -> None:
    """The agreement chart keeps its axes left to right in an Arabic window: Qt must not
    mirror its tick labels and legend on their own."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from annotator.gui.agreement_view import BarChart, Series

    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(420, 240)
    chart.set_data(
        "t",
        ["LOC", "PER"],
        [Series("exact", QColor("red"), [0.5, 1.0]), Series("overlap", QColor("blue"), [1, 1])],
    )
    ltr = chart.grab().toImage()
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        rtl = chart.grab().toImage()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert rtl == ltr
