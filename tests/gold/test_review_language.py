"""The review windows in the interface language: the adjudication table's own words are
translated, and Review > Agreement, Adjudicate and Statistics, left open, follow a switch
of View > Language (Arabic and back) as the main window does."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication

from annotator.gui import i18n
from annotator.gui.adjudication import AdjudicationWindow
from annotator.gui.agreement_view import AgreementDialog
from annotator.gui.statistics_view import StatisticsDialog

ARABIC_LETTER = re.compile("[\u0621-\u064a]")
LATIN = re.compile("[A-Za-z]")


@pytest.fixture
def back_to_english(qapp) -> Iterator[None]:
    yield
    i18n.apply("en")
    QLocale.setDefault(QLocale.system())
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def column(window: AdjudicationWindow, index: int) -> list[str]:
    table = window.table
    return [table.item(row, index).text() for row in range(table.rowCount())]


def test_the_adjudication_table_speaks_the_interface_language(
    qtbot, corpus, corpus_store, back_to_english
) -> None:
    i18n.apply("ar")
    window = AdjudicationWindow(corpus_store, corpus.doc_ids[0])
    qtbot.addWidget(window)
    window.accept_all_agreed()
    verdicts, in_gold = column(window, 4), column(window, 5)
    assert verdicts and any(in_gold)
    latin = [text for text in verdicts + in_gold if LATIN.search(text)]
    assert latin == []


def open_review_windows(qtbot, corpus, corpus_store) -> list:
    windows = [
        AgreementDialog(corpus_store),
        AdjudicationWindow(corpus_store, corpus.doc_ids[0]),
        StatisticsDialog(corpus_store),
    ]
    for window in windows:
        qtbot.addWidget(window)
        window.show()
    return windows


def texts(window) -> list[str]:
    """The window's title, its table headers and cells, and its chart titles."""
    shown = [window.windowTitle()]
    table = getattr(window, "table", None)
    if table is not None:
        model = table.model()
        for col in range(model.columnCount()):
            shown.append(str(model.headerData(col, Qt.Orientation.Horizontal)))
        shown += [table.item(0, col).text() for col in (4, 5)] if table.columnCount() > 6 else []
    charts = [getattr(window, name) for name in dir(window) if name.endswith("chart")]
    shown += [chart.title for chart in charts if getattr(chart, "title", "")]
    return shown


def test_open_review_windows_follow_a_language_switch(
    qtbot, corpus, corpus_store, back_to_english
) -> None:
    windows = open_review_windows(qtbot, corpus, corpus_store)
    english = {type(w).__name__: texts(w) for w in windows}
    assert all(ARABIC_LETTER.search(" ".join(t)) is None for t in english.values())
    i18n.apply("ar")
    qapp = QGuiApplication.instance()
    qapp.processEvents()
    for window in windows:
        shown = texts(window)
        # every text changed, none is English any more
        assert [
            t for t in shown if t in english[type(window).__name__] and LATIN.search(t)
        ] == [], type(window).__name__
    i18n.apply("en")
    qapp.processEvents()
    assert {type(w).__name__: texts(w) for w in windows} == english
