"""The marker of a span flagged "uncertain": a small corner inside the span's box where
the span ends (its top left corner in right-to-left text), red with a white rim, a colour
no label chip has.

One painting step of :class:`annotator.gui.article_paint.ParagraphPainter`, kept apart so
that the painter only calls it.
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
SIZE = 10.0


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
        top = origin.y() + line.y()
        step = SIZE if rtl else -SIZE  # into the span's own box, never onto a neighbour
        painter.drawPolygon(
            QPolygonF([QPointF(x, top), QPointF(x + step, top), QPointF(x, top + SIZE)])
        )
    painter.setBrush(Qt.BrushStyle.NoBrush)
