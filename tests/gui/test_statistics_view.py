"""Review > Statistics… in the real window: the charts show the store's figures, follow
the theme and mirror in a right-to-left layout."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui.charts import COUNTS, Bar, BarChart, Line, LineChart
from annotator.gui.statistics_view import StatisticsDialog

DAY1 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC).timestamp()


def _history(window) -> None:
    store = window.store
    docs = [d.id for d in store.documents()]
    text = store.document(docs[0]).text
    start = text.index("روسيا")
    store.add_span(docs[0], "amal", start, start + 5, "LOC")
    store.add_span(docs[0], "badr", start, start + 5, "LOC")
    store.add_span(docs[1], "amal", 0, 3, "PERS")
    store.set_status(docs[0], "done", "amal")
    store.set_status(docs[1], "in_progress", "amal")
    store.set_status(docs[0], "reviewed", "badr")
    store.record_activity(
        "amal", [(docs[0], DAY1, DAY1 + 1800), (docs[1], DAY1 + 86400, DAY1 + 88200)]
    )
    store.record_activity("badr", [(docs[0], DAY1, DAY1 + 600)])


def _open(qtbot, window) -> StatisticsDialog:
    window.actions_.statistics.trigger()  # Review > Statistics…
    dialog = window.findChild(StatisticsDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def test_review_statistics_shows_the_figures(qtbot, window) -> None:
    _history(window)
    dialog = _open(qtbot, window)
    rows = {bar.name: bar for bar in dialog.status_chart.rows}
    assert [v for v, _c in rows["amal"].segments] == [3.0, 1.0, 1.0, 0.0]  # new .. reviewed
    assert rows["amal"].text == "1/5"
    assert rows["badr"].text == "1/5"
    labels = {bar.name: bar.total for bar in dialog.label_chart.rows}
    assert labels == {"LOC": 2.0, "PERS": 1.0}
    times = {bar.name: bar.text for bar in dialog.time_chart.rows}
    assert times == {"amal": "1:00:00", "badr": "0:10:00"}
    rates = {bar.name: bar.text for bar in dialog.rate_chart.rows}
    assert rates == {"amal": "2.0", "badr": "6.0"}  # 2 entities in 1 h, 1 in 10 min
    hours = {line.name: line.values for line in dialog.hours_chart.lines}
    assert dialog.hours_chart.categories[:2] == ["2024-05-01", "2024-05-02"]
    assert hours["amal"][:2] == [0.5, 0.5]
    assert dialog.finished_chart.lines[0].values[-1] == 1.0
    assert "1:10:00" in dialog.summary.text()
    dialog.close()


def test_longer_bars_for_larger_values_and_a_mirrored_layout(qtbot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    red, blue = Qt.GlobalColor.red, Qt.GlobalColor.blue
    chart.set_data("t", [Bar("amal", ((3.0, red), (1.0, blue)), "4"), Bar("badr", ((2.0, red),))])
    ltr = chart.bar_rects()
    assert ltr[0][0].width() == pytest.approx(3 * ltr[1][0].width() / 2)  # to scale
    assert ltr[0][1].left() == pytest.approx(ltr[0][0].right())  # stacked
    assert ltr[0][0].left() == ltr[1][0].left()  # one baseline, on the left
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    rtl = chart.bar_rects()
    assert rtl[0][0].right() == pytest.approx(chart.width() - ltr[0][0].left())  # on the right
    assert rtl[0][1].right() == pytest.approx(rtl[0][0].left())  # growing leftwards
    line = LineChart()
    qtbot.addWidget(line)
    line.resize(400, 200)
    line.set_data("t", ["d1", "d2", "d3"], [Line("amal", red, [1.0, 2.0, 4.0])])
    first, last = line.points()[0][0], line.points()[0][-1]
    assert first.x() < last.x() and last.y() < first.y()
    line.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert line.points()[0][0].x() > line.points()[0][-1].x()  # time runs right to left


def test_right_to_left_and_both_themes_screenshots(qtbot, window, tmp_path: Path) -> None:
    """The dialog mirrored and in both themes, grabbed (docs/statistics.png is made the
    same way under Xvfb by tests/gui/review_shots.py)."""
    from annotator.gui.theme import apply_theme

    _history(window)
    dialog = StatisticsDialog(window.store, window)
    qtbot.addWidget(dialog)
    dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    dialog.show()
    qtbot.waitExposed(dialog)
    grid = dialog.layout().itemAt(1).layout()
    first = grid.itemAtPosition(0, 0).widget().geometry()
    second = grid.itemAtPosition(0, 1).widget().geometry()
    assert first.left() > second.left()  # the first chart is on the right
    bars = dialog.status_chart.bar_rects()
    assert bars[0][0].right() > dialog.status_chart.width() / 2  # bars start on the right
    for theme in ("dark", "light"):
        apply_theme(theme)
        QApplication.processEvents()
        palette = dialog.status_chart.palette()
        text, base = palette.windowText().color(), palette.window().color()
        assert abs(text.lightness() - base.lightness()) > 100, theme  # readable
        image = dialog.grab().toImage()
        assert image.save(str(tmp_path / f"statistics-{theme}.png"))
        assert image.pixelColor(5, 5) == base  # the theme's background, not a fixed colour
    apply_theme("light")


def _ink(image, y: int) -> tuple[int, int]:
    """The first and last x painted in another colour than the corner, on the rows
    around ``y`` (text is drawn centred on them)."""
    background = image.pixelColor(1, 1)
    xs = [
        x
        for row in range(y - 4, y + 5)
        for x in range(image.width())
        if image.pixelColor(x, row) != background
    ]
    return (min(xs), max(xs)) if xs else (-1, -1)


def test_right_to_left_text_is_mirrored_with_the_bars(qtbot) -> None:
    """Names, values and the legend sit where the left-to-right chart has them, mirrored
    (Qt mirrors AlignLeft/AlignRight itself unless told they are absolute)."""
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    red, blue = Qt.GlobalColor.red, Qt.GlobalColor.blue
    rows = [Bar("LOC", ((11.0, blue),), "11"), Bar("amal", ((3.0, red), (2.0, blue)), "0/5")]
    chart.set_data("t", rows, legend=[("new", red), ("in progress", blue)])
    legend_y = chart.height() - 8 - chart.line_height() // 2 - 2
    lines = [int(rects[0].center().y()) for rects in chart.bar_rects()] + [legend_y]
    ltr = [_ink(chart.grab().toImage(), y) for y in lines]
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as in Arabic
    try:
        rtl = [_ink(chart.grab().toImage(), y) for y in lines]
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    last = chart.width() - 1
    for (left, right), (rtl_left, rtl_right) in zip(ltr, rtl, strict=True):
        assert left >= 0 and rtl_left > 0  # nothing cut at the edge
        assert rtl_left == pytest.approx(last - right, abs=3)
        assert rtl_right == pytest.approx(last - left, abs=3)


def test_small_scale_values_are_not_rounded_to_zero() -> None:
    from annotator.gui.charts import _number

    assert [_number(v) for v in (0.0, 0.0417, 0.083, 0.5, 2.25, 7.0, 12.4, 150.0)] == [
        "0", "0.042", "0.083", "0.5", "2.2", "7", "12", "150"
    ]  # fmt: skip


def test_every_scale_value_fits_beside_the_lines(qtbot) -> None:
    from annotator.gui.charts import MARGIN

    chart = LineChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.set_data("t", ["d1", "d2"], [Line("amal", Qt.GlobalColor.red, [0.0136, 0.0])])
    room = chart.points()[0][0].x() - MARGIN - 4  # the scale's column, left of the lines
    widths = [chart.fontMetrics().horizontalAdvance(text) for _v, text in chart.marks()]
    assert max(widths) <= room


def test_the_by_day_charts_mark_whole_documents_and_readable_hours(qtbot, window) -> None:
    """Documents finished are counted in whole steps (no 0.5 document), active hours in
    whole minutes or hours as h:mm (no 0.0068 h); the top mark is at the top of the plot."""
    _history(window)  # 1 document finished; amal 0.5 h a day, badr 10 min
    dialog = _open(qtbot, window)
    finished = dialog.finished_chart.marks()
    assert [text for _v, text in finished] == ["0", "1"]
    hours = dialog.hours_chart
    assert [text for _v, text in hours.marks()] == ["0:00", "0:10", "0:20", "0:30"]
    plot_top = min(p.y() for p in hours.points()[0])
    assert hours.points()[0][0].y() == pytest.approx(plot_top)  # 0.5 h is the top mark
    dialog.close()
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    for counts in ([0.0, 3.0, 1.0], [7.0, 2.0, 13.0], [2.0, 2.0, 5.0]):
        chart.set_data("t", ["a", "b", "c"], [Line("x", Qt.GlobalColor.red, counts)])
        assert chart.marks()[-1][0] >= max(counts)  # every point inside the plot
        chart.set_data("t", ["a", "b", "c"], [Line("x", Qt.GlobalColor.red, counts)],
                       scale=COUNTS)  # fmt: skip
        marks = chart.marks()
        assert all(value == int(value) and text == str(int(value)) for value, text in marks)
        assert marks[-1][0] >= max(counts) and len(marks) <= 5
