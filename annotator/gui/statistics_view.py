"""Review > Statistics…: documents by status per annotator, entities per label, active
time and entities per hour per annotator, and progress over days, as charts.

The figures are :func:`annotator.statistics.collect` (the same as ``annotator stats``);
the charts are :mod:`annotator.gui.charts`. The window's active time is stored first, so
that the time up to now counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QVBoxLayout, QWidget

from annotator.gui.charts import COUNTS, HOURS, Bar, BarChart, Line, LineChart
from annotator.gui.i18n import language_changed
from annotator.gui.palette import DEFAULT_COLORS
from annotator.gui.plain_text import plain_label
from annotator.statistics import Statistics, collect, format_duration
from annotator.store.types import STATUSES

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow
    from annotator.store import Store

# Mid tones, readable on the light and the dark theme.
STATUS_COLORS = {
    "new": "#9e9e9e",
    "in_progress": "#f2a03d",
    "done": "#59a14f",
    "reviewed": "#4e79a7",
}


def status_name(status: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "new": translate("Statistics", "New"),
        "in_progress": translate("Statistics", "In progress"),
        "done": translate("Statistics", "Done"),
        "reviewed": translate("Statistics", "Reviewed"),
    }
    return names.get(status, status)


def series_color(index: int) -> QColor:
    return QColor(DEFAULT_COLORS[index % len(DEFAULT_COLORS)])


class StatisticsDialog(QDialog):
    def __init__(
        self, store: Store, parent: QWidget | None = None, *, utc_offset: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("StatisticsDialog")
        self.store = store
        self.summary = plain_label(parent=self)
        self.status_chart = BarChart(self)
        self.label_chart = BarChart(self)
        self.time_chart = BarChart(self)
        self.rate_chart = BarChart(self)
        self.finished_chart = LineChart(self)
        self.hours_chart = LineChart(self)
        grid = QGridLayout()
        charts = (
            self.status_chart,
            self.label_chart,
            self.time_chart,
            self.rate_chart,
            self.finished_chart,
            self.hours_chart,
        )
        for index, chart in enumerate(charts):
            grid.addWidget(chart, index // 2, index % 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.resize(1100, 820)
        self.stats = collect(store, utc_offset)
        self.show_stats(self.stats)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if language_changed(event):
            self.show_stats(self.stats)  # the title, summary and charts' words again

    def show_stats(self, stats: Statistics) -> None:
        self.setWindowTitle(self.tr("Statistics"))
        by_label = stats.spans_by_label
        total = sum(t.active_seconds for t in stats.time.values())
        self.summary.setText(
            self.tr("%n document(s)", "", sum(stats.documents_by_status.values()))
            + " · "
            + self.tr("%n entities", "", sum(by_label.values()))
            + " · "
            + self.tr("active time %1").replace("%1", format_duration(total))
        )
        self._status(stats)
        self._labels(by_label)
        self._time(stats)
        self._progress(stats)

    def _status(self, stats: Statistics) -> None:
        rows = []
        for layer, counts in stats.documents_by_layer_status.items():
            segments = tuple((float(counts.get(s, 0)), QColor(STATUS_COLORS[s])) for s in STATUSES)
            finished = counts.get("done", 0) + counts.get("reviewed", 0)
            rows.append(Bar(layer, segments, f"{finished}/{sum(counts.values())}"))
        legend = [(status_name(s), QColor(STATUS_COLORS[s])) for s in STATUSES]
        self.status_chart.set_data(
            self.tr("Documents by status, per annotator"),
            rows,
            legend=legend,
            empty_text=self.tr("No annotators yet."),
        )

    def _labels(self, by_label: dict[str, int]) -> None:
        colors = {info.name: QColor(info.color) for info in self.store.labels()}
        rows = [
            Bar(name, ((float(n), colors.get(name, series_color(i))),), str(n))
            for i, (name, n) in enumerate(sorted(by_label.items(), key=lambda kv: -kv[1]))
        ]
        self.label_chart.set_data(
            self.tr("Entities per label"), rows, empty_text=self.tr("No entities yet.")
        )

    def _time(self, stats: Statistics) -> None:
        times, rates = [], []
        for index, (name, t) in enumerate(stats.time.items()):
            color = series_color(index)
            times.append(Bar(name, ((t.active_seconds, color),), format_duration(t.active_seconds)))
            rate = t.entities_per_hour
            if rate is not None:
                rates.append(Bar(name, ((rate, color),), f"{rate:.1f}"))
        none = self.tr("No active time recorded yet.")
        self.time_chart.set_data(self.tr("Active time per annotator"), times, empty_text=none)
        self.rate_chart.set_data(self.tr("Entities per hour"), rates, empty_text=none)

    def _progress(self, stats: Statistics) -> None:
        days = [d.day for d in stats.days]
        layers = sorted({name for d in stats.days for name in d.finished})
        people = sorted({name for d in stats.days for name in d.active_seconds})
        finished = [
            Line(name, series_color(i), [float(d.finished.get(name, 0)) for d in stats.days])
            for i, name in enumerate(layers)
        ]
        hours = [
            Line(
                name, series_color(i), [d.active_seconds.get(name, 0.0) / 3600 for d in stats.days]
            )
            for i, name in enumerate(people)
        ]
        self.finished_chart.set_data(
            self.tr("Documents finished, by day"),
            days if finished else [],
            finished,
            empty_text=self.tr("No document finished yet."),
            scale=COUNTS,
        )
        self.hours_chart.set_data(
            self.tr("Active hours, by day"),
            days if hours else [],
            hours,
            empty_text=self.tr("No active time recorded yet."),
            scale=HOURS,
        )


def open_statistics(window: MainWindow) -> StatisticsDialog:
    """Review > Statistics… in the main window."""
    window.activity.flush()  # the time up to now counts
    dialog = StatisticsDialog(window.store, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
