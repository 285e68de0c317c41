"""Review > Agreement: pairwise agreement table, Fleiss' kappa and a per-label bar chart.

The numbers come from :func:`annotator.agreement.compute_agreement` (the same as
``annotator agreement``). The chart is painted with QPainter: QtCharts is not part of
PySide6-Essentials.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.agreement import AgreementError, compute_agreement
from annotator.agreement_report import AgreementReport, PairAgreement
from annotator.gui.error_text import error_text
from annotator.gui.i18n import QT_TRANSLATE_NOOP, isolate, language_changed
from annotator.gui.plain_text import plain_label
from annotator.store.errors import StoreError

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow
    from annotator.store import Store

COLUMNS = (
    QT_TRANSLATE_NOOP("AgreementDialog", "A"),
    QT_TRANSLATE_NOOP("AgreementDialog", "B"),
    QT_TRANSLATE_NOOP("AgreementDialog", "Documents"),
    QT_TRANSLATE_NOOP("AgreementDialog", "F1 exact"),
    QT_TRANSLATE_NOOP("AgreementDialog", "F1 overlap"),
    QT_TRANSLATE_NOOP("AgreementDialog", "Kappa"),
)
SERIES_COLORS = ("#4e79a7", "#f28e2b")


def fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


@dataclass(frozen=True)
class Series:
    name: str
    color: QColor
    values: list[float]  # one value in [0, 1] per category


# The chart is drawn left to right in either layout, like a plot's axes; without this Qt
# would mirror the tick labels and the legend (alone) in a right-to-left window.
ABSOLUTE = Qt.AlignmentFlag.AlignAbsolute


class BarChart(QWidget):
    """Grouped vertical bars on a 0–1 scale: one group per category, one bar per series."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.title = ""
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(520, 260)

    def set_data(self, title: str, categories: list[str], series: list[Series]) -> None:
        for item in series:
            if len(item.values) != len(categories):
                raise ValueError(f"series {item.name!r} needs one value per category")
        self.title, self.categories, self.series = title, list(categories), list(series)
        self.update()

    def bar_rects(self) -> list[list[QRectF]]:
        """Rectangles of the bars, ``[series][category]`` (also used by the tests)."""
        plot = self._plot_rect()
        groups = max(1, len(self.categories))
        group_width = plot.width() / groups
        bar_width = group_width * 0.7 / max(1, len(self.series))
        rects: list[list[QRectF]] = []
        for s, item in enumerate(self.series):
            row = []
            for c, value in enumerate(item.values):
                height = plot.height() * max(0.0, min(1.0, value))
                x = plot.left() + c * group_width + group_width * 0.15 + s * bar_width
                row.append(QRectF(x, plot.bottom() - height, bar_width, height))
            rects.append(row)
        return rects

    def _plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        line = metrics.height()
        left = metrics.horizontalAdvance("1.00") + 10
        return QRectF(left, line * 2 + 6, self.width() - left - 10, self.height() - line * 4 - 12)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text_color = pal.windowText().color()
        grid = QColor(text_color)
        grid.setAlphaF(0.25)
        plot = self._plot_rect()
        line = self.fontMetrics().height()
        painter.setPen(text_color)
        painter.drawText(
            QRectF(0, 0, self.width(), line + 4), Qt.AlignmentFlag.AlignCenter, self.title
        )
        if not self.categories:
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No labels to compare."))
            return
        for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
            y = plot.bottom() - plot.height() * tick
            painter.setPen(QPen(grid, 1))
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(text_color)
            painter.drawText(
                QRectF(0, y - line / 2, plot.left() - 4, line),
                ABSOLUTE | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{tick:.2f}",
            )
        for item, rects in zip(self.series, self.bar_rects(), strict=True):
            for rect in rects:
                painter.fillRect(rect, item.color)
        group_width = plot.width() / len(self.categories)
        painter.setPen(text_color)
        for c, name in enumerate(self.categories):
            painter.drawText(
                QRectF(plot.left() + c * group_width, plot.bottom() + 2, group_width, line + 2),
                Qt.AlignmentFlag.AlignCenter,
                name,
            )
        x = plot.left()
        y = self.height() - line - 2
        for item in self.series:
            painter.fillRect(QRectF(x, y + 3, line - 6, line - 6), item.color)
            painter.drawText(
                QRectF(x + line, y, 200, line),
                ABSOLUTE | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                item.name,
            )
            x += line + self.fontMetrics().horizontalAdvance(item.name) + 24
        painter.end()


class AgreementDialog(QDialog):
    """Agreement over the store's layers (``layers`` as in ``annotator agreement``)."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, layers: list[str] | None = None
    ) -> None:
        super().__init__(parent)
        self.report: AgreementReport | None = None
        self._error: str | None = None
        self.summary = plain_label(parent=self)  # layer names are data, not markup
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_pair(row))
        self.fleiss = plain_label(parent=self)
        self.chart = BarChart(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        box.addWidget(self.fleiss)
        box.addWidget(self.chart, 1)
        box.addWidget(buttons)
        self.resize(760, 640)
        self.load(store, layers)

    def load(self, store: Store, layers: list[str] | None = None) -> None:
        try:
            self.report, self._error = compute_agreement(store, layers, None), None
        except (AgreementError, StoreError) as error:
            self.report, self._error = None, error_text(error)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if language_changed(event):
            self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The title, headers and figures in the interface language."""
        self.setWindowTitle(self.tr("Inter-annotator agreement"))
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        if self.report is None:
            self.summary.setText(self.tr("Cannot compute agreement: {}").format(self._error))
            self.table.setRowCount(0)
            self.fleiss.setText("")
            self.chart.set_data("", [], [])
            return
        self._show_report(self.report)

    def _show_report(self, report: AgreementReport) -> None:
        chosen = self.table.currentRow()  # kept when the texts are shown again
        documents = sum(1 for doc in report.documents if len(doc.annotated_by) >= 2)
        names = ", ".join(isolate(layer) for layer in report.layers) or self.tr("none")
        summary = self.tr(
            "Layers: {layers} — %n document(s) annotated by two or more of them.", "", documents
        )
        self.summary.setText(summary.format(layers=names))
        self.table.setRowCount(len(report.pairs))
        for row, pair in enumerate(report.pairs):
            cells = (
                pair.a,
                pair.b,
                str(len(pair.per_document)),
                fmt(pair.exact.f1),
                fmt(pair.overlap.f1),
                fmt(pair.kappa),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if report.fleiss_kappa is None:
            self.fleiss.setText(
                self.tr("Fleiss' kappa: needs three or more layers on common documents.")
            )
        else:
            fleiss = self.tr(
                "Fleiss' kappa over {layers} layers: {kappa} (documents: {documents}, "
                "tokens: {tokens})"
            )
            self.fleiss.setText(
                fleiss.format(
                    layers=len(report.layers),
                    kappa=fmt(report.fleiss_kappa),
                    documents=report.fleiss_documents,
                    tokens=report.fleiss_tokens,
                )
            )
        if not report.pairs:
            self.summary.setText(
                self.summary.text() + " " + self.tr("No pair of layers shares a document.")
            )
            self.chart.set_data("", [], [])
        else:
            chosen = chosen if 0 <= chosen < len(report.pairs) else 0
            self.table.selectRow(chosen)
            self.show_pair(chosen)

    def show_pair(self, row: int) -> None:
        if self.report is None or not 0 <= row < len(self.report.pairs):
            return
        pair: PairAgreement = self.report.pairs[row]
        labels = sorted(pair.per_label)
        self.chart.set_data(
            self.tr("F1 per label: {b} against {a}").format(b=isolate(pair.b), a=isolate(pair.a)),
            labels,
            [
                Series(
                    self.tr("exact"),
                    QColor(SERIES_COLORS[0]),
                    [pair.per_label[n].exact.f1 for n in labels],
                ),
                Series(
                    self.tr("overlap"),
                    QColor(SERIES_COLORS[1]),
                    [pair.per_label[n].overlap.f1 for n in labels],
                ),
            ],
        )


def open_agreement(window: MainWindow) -> AgreementDialog:
    """Review > Agreement… in the main window."""
    dialog = AgreementDialog(window.store, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
