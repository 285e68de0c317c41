"""Painting one laid-out paragraph: span fills, nesting underlines, label tags, search hits,
selection and visible markers for bidi control characters."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
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
from annotator.gui import chips
from annotator.gui.edge_handles import spots
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


@dataclass(frozen=True)
class Marks:
    """What is drawn over a paragraph's spans: search hits, the selection (or a drag's
    preview), the selected span with its edge handles, the keyboard caret's token."""

    hits: list[tuple[int, int]] = field(default_factory=list)
    current_hit: tuple[int, int] | None = None
    selection: tuple[int, int] | None = None
    selected_span: int | None = None
    caret: tuple[int, int] | None = None


# An overlay paints over a paragraph after its spans and underlines, before the search
# hits, selection, chips and caret: overlay(painter, paragraph, origin).
Overlay = Callable[[QPainter, al.Paragraph, QPointF], None]


def selection_color(dark: bool) -> QColor:
    """The selection's ink: white on the dark theme, black on the light one, so that it
    never looks like a label (label colours are mid tones, their fills translucent)."""
    return QColor("#ffffff" if dark else "#000000")


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
        overlays: Sequence[Overlay] = (),
    ) -> None:
        self.p = painter
        self.m = metrics
        self.tag_font = tag_font
        self.tag_metrics = QFontMetricsF(tag_font)
        self.pal = palette
        self.dark = dark
        self.color_of = color_of
        self.overlays = overlays

    def paint(
        self, para: al.Paragraph, origin: QPointF, spans: Sequence[SpanInfo], marks: Marks
    ) -> None:
        """Paint order: span fills and text, nesting underlines, overlays, search hits,
        the selection, the selected span's outline, the caret, chips, the selected span's
        edge handles, bidi marks."""
        layout = para.layout
        assert layout is not None
        formats = []
        for span in sorted(spans, key=lambda s: (s.start, -s.end)):
            formats.append(
                self._fill(
                    para, span.start, span.end, fill_color(self.color_of(span.label), self.dark)
                )
            )
        self.p.setPen(self.pal.text().color())
        layout.draw(self.p, origin, [f for f in formats if f is not None])

        depths = nesting_depths(spans)
        for span in spans:
            self._underline(para, origin, span, depths.get(span.id, 0))
        for overlay in self.overlays:
            self.p.save()
            overlay(self.p, para, origin)
            self.p.restore()
        for start, end in marks.hits:
            width = 2.5 if (start, end) == marks.current_hit else 1.5
            self._outline(para, origin, start, end, QColor("#f59f00"), width)
        if marks.selection is not None:
            self._selection(para, origin, *marks.selection)
        selected = [span for span in spans if span.id == marks.selected_span]
        for span in selected:
            self._outline(para, origin, span.start, span.end, self.pal.text().color(), 2.0)
        if marks.caret is not None:
            self._caret(para, origin, *marks.caret)
        self._tags(para, origin, spans, depths)
        for span in selected:
            self._handles(para, origin, span.start, span.end)
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

    def _selection(self, para: al.Paragraph, origin: QPointF, start: int, end: int) -> None:
        """A hatch and a dashed outline in black or white: no label looks like that."""
        local = self._local16(para, start, end)
        if local is None or para.layout is None:
            return
        ink = selection_color(self.dark)
        self.p.save()
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.p.setPen(QPen(ink, 1.0, Qt.PenStyle.DashLine))
        self.p.setBrush(QBrush(ink, Qt.BrushStyle.BDiagPattern))
        for line, left, right in al.segments(para.layout, *local):
            self.p.drawRect(
                QRectF(
                    origin.x() + left - 1, origin.y() + line.y(), right - left + 2, line.height()
                )
            )
        self.p.restore()

    def _handles(self, para: al.Paragraph, origin: QPointF, start: int, end: int) -> None:
        """A bar with a knob below it at each edge of the selected span (drag to adjust)."""
        ink = self.pal.text().color()
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(ink)
        for spot in spots(para, start, end):
            x = origin.x() + spot.x
            top = origin.y() + spot.line.y()
            self.p.drawRect(QRectF(x - 1.5, top, 3, spot.line.height()))
            self.p.drawEllipse(QPointF(x, top + spot.line.height() + 2), 4.5, 4.5)

    def _caret(self, para: al.Paragraph, origin: QPointF, start: int, end: int) -> None:
        """The keyboard cursor: a square box around its token, wider than any outline."""
        local = self._local16(para, start, end)
        if local is None or para.layout is None:
            return
        self.p.save()
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.p.setPen(QPen(self.pal.text().color(), 2.0))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        for line, left, right in al.segments(para.layout, *local):
            self.p.drawRect(
                QRectF(
                    origin.x() + left - 4,
                    origin.y() + line.y() - 2,
                    right - left + 8,
                    line.height() + 4,
                )
            )
        self.p.restore()

    def _tags(
        self, para: al.Paragraph, origin: QPointF, spans: Sequence[SpanInfo], depths: dict[int, int]
    ) -> None:
        """Label chips above the spans, each over its own span (:mod:`chips`)."""
        self.p.setFont(self.tag_font)
        for chip in chips.place(para, spans, self.tag_metrics, self.m):
            rect = chips.origin_rect(chip, origin)
            color = QColor(self.color_of(chip.label))
            self.p.setPen(Qt.PenStyle.NoPen)
            self.p.setBrush(color)
            self.p.drawRoundedRect(rect, 3, 3)
            if chip.text:
                self.p.setPen(_readable_on(color))
                self.p.drawText(rect, Qt.AlignmentFlag.AlignCenter, chip.text)

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
