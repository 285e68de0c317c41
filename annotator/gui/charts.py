"""Charts painted with QPainter (QtCharts is not part of PySide6-Essentials): horizontal
bars (stacked segments, a value at the end) and lines over days.

Both read their colours from the widget's palette (text, grid), so they follow the
light and dark themes, and both mirror in a right-to-left layout: names on the right,
bars growing leftwards, time running from right to left. Names and values are drawn as
plain text (they are data); each keeps its own direction.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

Align = Qt.AlignmentFlag
NAME_WIDTH = 0.28  # share of the width for the row names of a bar chart
MARGIN = 8
MAX_STEPS = 4  # a line chart's scale: at most this many steps above 0


@dataclass(frozen=True)
class Bar:
    """One row: ``segments`` (value, colour) stacked, ``text`` shown after the bar."""

    name: str
    segments: tuple[tuple[float, QColor], ...]
    text: str = ""

    @property
    def total(self) -> float:
        return sum(value for value, _color in self.segments)


@dataclass(frozen=True)
class Line:
    name: str
    color: QColor
    values: list[float] = field(default_factory=list)  # one per category


@dataclass(frozen=True)
class Scale:
    """How a line chart's scale counts: the step sizes it may take (each also times a
    power of ten when ``decades``, never below 1 when ``whole``) and how a mark is
    written."""

    steps: tuple[float, ...]
    text: Callable[[float], str]
    decades: bool = True
    whole: bool = False

    def step(self, top: float) -> float:
        """The smallest allowed step that reaches ``top`` in at most MAX_STEPS steps."""
        goal = top / MAX_STEPS
        power = 1.0
        if self.decades:
            power = 10.0 ** math.floor(math.log10(goal / self.steps[0]))
            power = max(power, 1.0) if self.whole else power
        while True:
            for step in self.steps:
                if step * power >= goal * (1 - 1e-9):
                    return step * power
            power *= 10

    def marks(self, top: float) -> list[float]:
        """The scale's marks from 0: whole steps, the last at or above ``top``."""
        step = self.step(top if top > 0 else 1.0)
        count = max(1, math.ceil(top / step - 1e-9))
        return [round(i * step, 12) for i in range(count + 1)]


def _number(value: float) -> str:
    """A scale value: whole from 10 up, else two significant digits (0.042, not 0.0)."""
    return f"{value:.0f}" if value >= 10 or value == int(value) else f"{value:.2g}"


def _duration(hours: float) -> str:
    """Hours as h:mm (0:15, 1:30, 12:00)."""
    minutes = round(hours * 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


# any value: 1, 2, 5 times a power of ten (0.02, 0.05, 0.1 ... 20, 50)
NUMBERS = Scale((1.0, 2.0, 5.0), _number)
# things counted (documents): whole steps only
COUNTS = Scale((1.0, 2.0, 5.0), lambda v: f"{v:.0f}", whole=True)
# hours, marked as h:mm: steps of minutes up to an hour, then whole hours
HOURS = Scale(
    (*(m / 60 for m in (1, 2, 5, 10, 15, 30)), 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0),
    _duration,
    decades=False,
)


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.empty_text = ""
        self.legend: list[tuple[str, QColor]] = []
        self.setMinimumSize(260, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(480, 260)

    def rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def flip(self, rect: QRectF) -> QRectF:
        """``rect`` laid out left to right, mirrored in a right-to-left layout."""
        if not self.rtl():
            return rect
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def leading(self) -> Align:
        """Where text starts: left, or right in a right-to-left layout (absolute: Qt would
        otherwise mirror AlignLeft and AlignRight a second time)."""
        return (Align.AlignRight if self.rtl() else Align.AlignLeft) | Align.AlignAbsolute

    def trailing(self) -> Align:
        return (Align.AlignLeft if self.rtl() else Align.AlignRight) | Align.AlignAbsolute

    def colors(self) -> tuple[QColor, QColor]:
        text = self.palette().windowText().color()
        grid = QColor(text)
        grid.setAlphaF(0.25)
        return text, grid

    def line_height(self) -> int:
        return self.fontMetrics().height()

    def frame_area(self) -> QRectF:
        """The area between the title and the legend (left to right)."""
        line = self.line_height()
        bottom = self.height() - MARGIN - (line + 4 if self.legend else 0)
        return QRectF(MARGIN, line + 10, self.width() - 2 * MARGIN, bottom - line - 14)

    def draw_frame(self, painter: QPainter) -> QRectF:
        """Title on top, legend at the bottom; returns :meth:`frame_area`."""
        text, _grid = self.colors()
        line = self.line_height()
        painter.setPen(text)
        painter.drawText(QRectF(0, 0, self.width(), line + 4), Align.AlignCenter, self.title)
        if self.legend:
            bottom = self.height() - MARGIN - line - 4
            x = float(MARGIN)
            for name, color in self.legend:
                width = self.fontMetrics().horizontalAdvance(name) + line + 12
                swatch = self.flip(QRectF(x, bottom + 5, line - 6, line - 6))
                painter.fillRect(swatch, color)
                painter.drawText(
                    self.flip(QRectF(x + line, bottom, width, line + 2)),
                    self.leading() | Align.AlignVCenter,
                    name,
                )
                x += width + 8
        return self.frame_area()

    def draw_empty(self, painter: QPainter, area: QRectF) -> None:
        painter.drawText(area, Align.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)


class BarChart(_Chart):
    """Horizontal bars, one row per name; segments stack along the bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Bar] = []

    def set_data(
        self,
        title: str,
        rows: list[Bar],
        *,
        legend: list[tuple[str, QColor]] | None = None,
        empty_text: str = "",
    ) -> None:
        self.title, self.rows, self.legend = title, list(rows), list(legend or [])
        self.empty_text = empty_text
        self.update()

    def _layout(self) -> tuple[QRectF, float, float]:
        """(plot area of the bars, left to right), row height, value per pixel."""
        area = self.frame_area()
        names = area.width() * NAME_WIDTH
        values = max((self.fontMetrics().horizontalAdvance(r.text) for r in self.rows), default=0)
        plot = QRectF(
            area.left() + names + 6, area.top(), area.width() - names - values - 16, area.height()
        )
        row = min(plot.height() / max(1, len(self.rows)), self.line_height() * 2.2)
        top = max((r.total for r in self.rows), default=0.0)
        return plot, row, (top / plot.width() if top > 0 and plot.width() > 0 else 0.0)

    def bar_rects(self) -> list[list[QRectF]]:
        """The segments' rectangles, ``[row][segment]``, as painted (mirrored in RTL)."""
        plot, row, per_pixel = self._layout()
        rects: list[list[QRectF]] = []
        for index, bar in enumerate(self.rows):
            x, y = plot.left(), plot.top() + index * row + row * 0.15
            found = []
            for value, _color in bar.segments:
                width = value / per_pixel if per_pixel else 0.0
                found.append(self.flip(QRectF(x, y, width, row * 0.7)))
                x += width
            rects.append(found)
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text, grid = self.colors()
        area = self.draw_frame(painter)
        if not self.rows:
            self.draw_empty(painter, area)
            painter.end()
            return
        plot, row, _per_pixel = self._layout()
        painter.setPen(QPen(grid, 1))
        baseline = self.flip(QRectF(plot.left(), plot.top(), 0, plot.height()))
        painter.drawLine(baseline.topLeft(), baseline.bottomLeft())
        names = QRectF(area.left(), 0, plot.left() - area.left() - 6, 0)
        for index, (bar, rects) in enumerate(zip(self.rows, self.bar_rects(), strict=True)):
            top = plot.top() + index * row
            for rect, (_value, color) in zip(rects, bar.segments, strict=True):
                painter.fillRect(rect, color)
            painter.setPen(text)
            shown = self.fontMetrics().elidedText(
                bar.name, Qt.TextElideMode.ElideRight, int(names.width())
            )
            painter.drawText(
                self.flip(QRectF(names.left(), top, names.width(), row)),
                self.trailing() | Align.AlignVCenter,
                shown,
            )
            end = max(
                (r.right() if not self.rtl() else self.width() - r.left() for r in rects),
                default=plot.left(),
            )
            painter.drawText(
                self.flip(QRectF(end + 4, top, self.width() - end, row)),
                self.leading() | Align.AlignVCenter,
                bar.text,
            )
        painter.end()


class LineChart(_Chart):
    """Lines over categories (days), on a scale from 0 to the largest value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: list[str] = []
        self.lines: list[Line] = []
        self.scale = NUMBERS

    def set_data(
        self,
        title: str,
        categories: list[str],
        lines: list[Line],
        *,
        empty_text: str = "",
        scale: Scale = NUMBERS,
    ) -> None:
        for item in lines:
            if len(item.values) != len(categories):
                raise ValueError(f"line {item.name!r} needs one value per category")
        self.title, self.categories, self.lines = title, list(categories), list(lines)
        self.legend = [(item.name, item.color) for item in lines]
        self.empty_text, self.scale = empty_text, scale
        self.update()

    def marks(self) -> list[tuple[float, str]]:
        """The scale's marks (value, text), from 0 to the top of the plot."""
        largest = max((v for item in self.lines for v in item.values), default=0.0)
        return [(value, self.scale.text(value)) for value in self.scale.marks(largest)]

    def top(self) -> float:
        """The value at the top of the plot: the scale's last mark."""
        return self.marks()[-1][0]

    def _plot(self) -> QRectF:
        """The lines' area (left to right): room for the scale and the day names."""
        area, line = self.frame_area(), self.line_height()
        metrics = self.fontMetrics()
        scale = max(metrics.horizontalAdvance(text) for _value, text in self.marks()) + 8
        return QRectF(
            area.left() + scale, area.top() + 2, area.width() - scale - 8, area.height() - line - 6
        )

    def points(self) -> list[list[QPointF]]:
        """Each line's points, as painted (time runs right to left in RTL)."""
        plot, top = self._plot(), self.top()
        steps = max(1, len(self.categories) - 1)
        result = []
        for item in self.lines:
            row = []
            for index, value in enumerate(item.values):
                x = plot.left() + plot.width() * (
                    index / steps if len(self.categories) > 1 else 0.5
                )
                y = plot.bottom() - plot.height() * value / top
                row.append(QPointF(self.width() - x if self.rtl() else x, y))
            result.append(row)
        return result

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text, grid = self.colors()
        area = self.draw_frame(painter)
        if not self.categories:
            self.draw_empty(painter, area)
            painter.end()
            return
        plot, top, line = self._plot(), self.top(), self.line_height()
        for value, mark in self.marks():
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(grid, 1))
            span = self.flip(QRectF(plot.left(), y, plot.width(), 0))
            painter.drawLine(span.topLeft(), span.topRight())
            painter.setPen(text)
            scale = self.flip(QRectF(MARGIN, y - line / 2, plot.left() - MARGIN - 4, line))
            painter.drawText(scale, self.trailing() | Align.AlignVCenter, mark)
        for item, points in zip(self.lines, self.points(), strict=True):
            painter.setPen(QPen(item.color, 2))
            painter.drawPolyline(QPolygonF(points))
            for point in points:
                painter.drawEllipse(point, 2.5, 2.5)
        painter.setPen(text)
        width = self.fontMetrics().horizontalAdvance("0000-00-00") + 8
        every = max(1, int(len(self.categories) * width // max(1.0, plot.width())) + 1)
        xs = self.points()[0] if self.lines else []
        bounds = self.flip(plot)  # day names stay clear of the scale
        for index in range(0, len(self.categories), every):
            if index < len(xs):
                x = min(max(xs[index].x() - width / 2, bounds.left()), bounds.right() - width)
                box = QRectF(x, plot.bottom() + 2, width, line + 2)
                painter.drawText(box, Align.AlignCenter, self.categories[index])
        painter.end()
