"""Painting one laid-out paragraph: span fills, nesting underlines, label tags, search hits,
selection and visible markers for bidi control characters."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
    QTextCharFormat,
    QTextLayout,
)

from annotator.gui import article_layout as al
from annotator.gui.palette import fill_color
from annotator.text.chars import BIDI_MARKS

if TYPE_CHECKING:
    from annotator.store import SpanInfo

BIDI_SET = frozenset(BIDI_MARKS)
# How a marker points: by the control's bidi class (right for left-to-right controls,
# left for right-to-left ones, down for the pops PDF, PDI and for FSI).
_POINTS_RIGHT = ("L", "LRE", "LRO", "LRI")
_POINTS_LEFT = ("R", "AL", "RLE", "RLO", "RLI")
MARKER_COLOR = QColor("#d6336c")


def nesting_depths(spans: Sequence[SpanInfo]) -> dict[int, int]:
    """Depth of each span id: 0 outermost, +1 for every span that encloses it."""
    depths: dict[int, int] = {}
    stack: list[SpanInfo] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end, s.id)):
        while stack and stack[-1].end <= span.start:
            stack.pop()
        depths[span.id] = len(stack)
        stack.append(span)
    return depths


def _readable_on(color: QColor) -> QColor:
    luminance = 0.299 * color.redF() + 0.587 * color.greenF() + 0.114 * color.blueF()
    return QColor("#000000") if luminance > 0.6 else QColor("#ffffff")


class ParagraphPainter:
    def __init__(
        self,
        painter: QPainter,
        metrics: al.Metrics,
        tag_font: QFont,
        palette: QPalette,
        *,
        dark: bool,
        color_of: Callable[[str], QColor],
    ) -> None:
        self.p = painter
        self.m = metrics
        self.tag_font = tag_font
        self.tag_metrics = QFontMetricsF(tag_font)
        self.pal = palette
        self.dark = dark
        self.color_of = color_of

    def paint(
        self,
        para: al.Paragraph,
        origin: QPointF,
        *,
        spans: Sequence[SpanInfo],
        hits: list[tuple[int, int]],
        current_hit: tuple[int, int] | None,
        selection: tuple[int, int] | None,
        selected_span: int | None,
    ) -> None:
        layout = para.layout
        assert layout is not None
        formats = []
        for span in sorted(spans, key=lambda s: (s.start, -s.end)):
            formats.append(
                self._fill(
                    para, span.start, span.end, fill_color(self.color_of(span.label), self.dark)
                )
            )
        if selection is not None:
            highlight = QColor(self.pal.highlight().color())
            highlight.setAlphaF(0.45)
            formats.append(self._fill(para, selection[0], selection[1], highlight))
        self.p.setPen(self.pal.text().color())
        layout.draw(self.p, origin, [f for f in formats if f is not None])

        depths = nesting_depths(spans)
        for span in spans:
            self._underline(para, origin, span, depths.get(span.id, 0))
        for start, end in hits:
            self._outline(
                para,
                origin,
                start,
                end,
                QColor("#f59f00"),
                2.5 if (start, end) == current_hit else 1.5,
            )
        for span in spans:
            if span.id == selected_span:
                self._outline(para, origin, span.start, span.end, self.pal.text().color(), 2.0)
        self._tags(para, origin, spans, depths)
        self._bidi_markers(para, origin)

    # -- pieces ---------------------------------------------------------------------------
    def _local16(self, para: al.Paragraph, start: int, end: int) -> tuple[int, int] | None:
        a, b = max(start - para.start, 0), min(end - para.start, len(para.text))
        if a >= b:
            return None
        return para.u16.to_utf16(a), para.u16.to_utf16(b)

    def _fill(
        self, para: al.Paragraph, start: int, end: int, color: QColor
    ) -> QTextLayout.FormatRange | None:
        local = self._local16(para, start, end)
        if local is None:
            return None
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        rng = QTextLayout.FormatRange()
        rng.start, rng.length, rng.format = local[0], local[1] - local[0], fmt
        return rng

    def _underline(self, para: al.Paragraph, origin: QPointF, span: SpanInfo, depth: int) -> None:
        local = self._local16(para, span.start, span.end)
        if local is None or para.layout is None:
            return
        color = QColor(self.color_of(span.label))
        if depth:
            color = (
                color.darker(100 + 25 * depth) if not self.dark else color.lighter(100 + 25 * depth)
            )
        step = self.m.underline_step
        pen = QPen(color, max(1.5, step * 0.5))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.p.setPen(pen)
        for line, left, right in al.segments(para.layout, *local):
            y = origin.y() + line.y() + line.height() + step * (0.4 + depth)
            self.p.drawLine(QPointF(origin.x() + left, y), QPointF(origin.x() + right, y))

    def _outline(
        self, para: al.Paragraph, origin: QPointF, start: int, end: int, color: QColor, width: float
    ) -> None:
        local = self._local16(para, start, end)
        if local is None or para.layout is None:
            return
        self.p.setPen(QPen(color, width))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        for line, left, right in al.segments(para.layout, *local):
            self.p.drawRoundedRect(
                QRectF(
                    origin.x() + left - 1, origin.y() + line.y(), right - left + 2, line.height()
                ),
                3,
                3,
            )

    def _tags(
        self, para: al.Paragraph, origin: QPointF, spans: Sequence[SpanInfo], depths: dict[int, int]
    ) -> None:
        """Label name in a small box above the span's first character, at its reading start."""
        layout = para.layout
        if layout is None:
            return
        placed: dict[int, list[QRectF]] = {}
        self.p.setFont(self.tag_font)
        height = self.tag_metrics.height() + 1
        for span in sorted(spans, key=lambda s: (s.start, depths.get(s.id, 0))):
            local = span.start - para.start
            if not 0 <= local < len(para.text):
                continue  # the span started in an earlier paragraph
            pos = para.u16.to_utf16(local)
            line = layout.lineForTextPosition(pos)
            if not line.isValid():
                continue
            rtl = unicodedata.bidirectional(para.text[local]) not in ("L", "EN", "AN")
            cell = next((c for c in al.line_cells(para, line) if c[0] <= pos < c[0] + c[1]), None)
            if cell is None:
                continue
            edge = cell[3] if rtl else cell[2]
            width = self.tag_metrics.horizontalAdvance(span.label) + 6
            left = edge - width if rtl else edge
            top = origin.y() + line.y() - self.m.tag_height
            rect = QRectF(origin.x() + left, top, width, height)
            taken = placed.setdefault(line.lineNumber(), [])
            while any(rect.intersects(other) for other in taken):
                rect.translate(-(width + 2) if rtl else width + 2, 0)
            taken.append(rect)
            color = QColor(self.color_of(span.label))
            self.p.setPen(Qt.PenStyle.NoPen)
            self.p.setBrush(color)
            self.p.drawRoundedRect(rect, 3, 3)
            self.p.setPen(_readable_on(color))
            self.p.drawText(rect, Qt.AlignmentFlag.AlignCenter, span.label)

    def _bidi_markers(self, para: al.Paragraph, origin: QPointF) -> None:
        """Invisible direction controls get a small visible mark: a tick with an arrowhead."""
        layout = para.layout
        if layout is None or not BIDI_SET.intersection(para.text):
            return
        self.p.setBrush(MARKER_COLOR)
        for local, ch in enumerate(para.text):
            if ch not in BIDI_SET:
                continue
            pos = para.u16.to_utf16(local)
            line = layout.lineForTextPosition(pos)
            if not line.isValid():
                continue
            x = origin.x() + al.cursor_x(line, pos)
            top = origin.y() + line.y() + 2
            bottom = top + line.height() - 4
            self.p.setPen(QPen(MARKER_COLOR, 1.2, Qt.PenStyle.DashLine))
            self.p.drawLine(QPointF(x, top), QPointF(x, bottom))
            self.p.setPen(Qt.PenStyle.NoPen)
            size = 4.0
            direction = unicodedata.bidirectional(ch)
            if direction in _POINTS_RIGHT:
                tri = [QPointF(x, top), QPointF(x + size, top + size / 2), QPointF(x, top + size)]
            elif direction in _POINTS_LEFT:
                tri = [QPointF(x, top), QPointF(x - size, top + size / 2), QPointF(x, top + size)]
            else:  # pop controls (PDF, PDI)
                tri = [
                    QPointF(x - size / 2, top),
                    QPointF(x + size / 2, top),
                    QPointF(x, top + size),
                ]
            self.p.drawPolygon(QPolygonF(tri))
