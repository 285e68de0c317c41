"""The marker of a span flagged "uncertain": a small corner inside the span's box where
the span ends (its bottom left corner in right-to-left text; label chips sit over the
top), red with a white rim, a colour no label chip has.

An overlay of the article view (``view.overlays``, see
:data:`annotator.gui.article_paint.Overlay`): :class:`FlagOverlay` holds the flagged
spans of the document shown, which :mod:`annotator.gui.session_views` keeps up to date.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from annotator.gui import article_layout as al

if TYPE_CHECKING:
    from annotator.store import SpanInfo

FLAG_COLOR = QColor("#f03e3e")  # red pennant with a white rim: readable on every fill
SIZE = 12.0


class FlagOverlay:
    """Paints the flagged spans' markers; ``set_spans`` replaces them (the caller then
    repaints the view)."""

    def __init__(self) -> None:
        self._spans: list[SpanInfo] = []

    def set_spans(self, spans: Sequence[SpanInfo]) -> None:
        self._spans = sorted(spans, key=lambda s: (s.end, s.id))

    def ids(self) -> set[int]:
        return {span.id for span in self._spans}

    def __call__(self, painter: QPainter, para: al.Paragraph, origin: QPointF) -> None:
        end = para.start + len(para.text)
        ending = [s for s in self._spans if para.start < s.end <= end]
        if ending:
            draw_flags(painter, para, origin, ending)


def draw_flags(
    painter: QPainter, para: al.Paragraph, origin: QPointF, spans: Sequence[SpanInfo]
) -> None:
    """A pennant on each of ``spans`` that ends in this paragraph."""
    layout = para.layout
    if layout is None:
        return
    painter.setBrush(FLAG_COLOR)
    painter.setPen(QPen(QColor("#ffffff"), 1.0))
    for span in spans:
        last = span.end - 1 - para.start
        if not 0 <= last < len(para.text):
            continue  # the span ends in another paragraph
        first = max(span.start - para.start, 0)
        found = al.segments(layout, para.u16.to_utf16(first), para.u16.to_utf16(last + 1))
        if not found:
            continue
        line = found[-1][0]
        on_line = [(a, b) for seg_line, a, b in found if seg_line.lineNumber() == line.lineNumber()]
        rtl = unicodedata.bidirectional(para.text[last]) not in ("L", "EN", "AN")
        x = origin.x() + (min(a for a, _b in on_line) if rtl else max(b for _a, b in on_line))
        bottom = origin.y() + line.y() + line.height()  # chips cover the top of a span
        step = SIZE if rtl else -SIZE  # into the span's own box, never onto a neighbour
        painter.drawPolygon(
            QPolygonF([QPointF(x, bottom), QPointF(x + step, bottom), QPointF(x, bottom - SIZE)])
        )
    painter.setBrush(Qt.BrushStyle.NoBrush)
