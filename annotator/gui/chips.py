"""Where label chips go: each over its own span, never over another one.

A chip sits in the tag room above the line where its span starts, at the span's reading
start, within the span's drawn extent on that line. A chip wider than its span is
shrunk (the label elided, down to a bare colour tab); chips of nested spans that would
meet slide along their own span, shorter spans first, then shrink into the room left;
only when none is left does a chip stack in a row above.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from annotator.gui import article_layout as al
from annotator.gui.edge_handles import is_rtl
from annotator.text.chars import BIDI_MARKS

if TYPE_CHECKING:
    from PySide6.QtGui import QTextLine

    from annotator.store import SpanInfo

PADDING = 6.0  # room around the label text inside a chip
MIN_WIDTH = 5.0  # narrowest chip: a colour tab without text
GAP = 1.0  # between neighbouring chips


@dataclass(frozen=True)
class Chip:
    span_id: int
    label: str
    rect: QRectF
    text: str  # the label, elided to fit, or "" for a bare tab


def _extent_on_line(
    para: al.Paragraph, span: SpanInfo, line: QTextLine, x: float
) -> tuple[float, float] | None:
    """The drawn extent of ``span`` on ``line``: its visual run holding x, from the
    line's cached cells (no new glyph queries while painting). A run ends only where a
    character outside the span is drawn: glyph cells of one word need not touch
    (harakat, tatweel)."""
    a = para.u16.to_utf16(max(span.start - para.start, 0))
    b = para.u16.to_utf16(min(span.end - para.start, len(para.text)))
    runs: list[list[float]] = []
    open_run = False
    for pos, _size, left, right in sorted(al.line_cells(para, line), key=lambda c: c[2]):
        if a <= pos < b:
            if open_run:
                runs[-1][1] = max(runs[-1][1], right)
            else:
                runs.append([left, right])
                open_run = True
        elif right - left > 0.5:
            open_run = False
    holding = [run for run in runs if run[0] - 0.5 <= x <= run[1] + 0.5] or runs
    return (holding[0][0], holding[0][1]) if holding else None


def reading_start(text: str, local: int, end: int) -> int:
    """The span's first drawn character: bidi marks and isolates before it are drawn
    apart from the word (an isolate's opening mark sits on the far side of the space)."""
    while local < end - 1 and text[local] in BIDI_MARKS:
        local += 1
    return local


def place(
    para: al.Paragraph,
    spans: Sequence[SpanInfo],
    tag_metrics: QFontMetricsF,
    metrics: al.Metrics,
) -> list[Chip]:
    """Chips (paragraph coordinates) of the spans that start in ``para``."""
    layout = para.layout
    if layout is None:
        return []
    height = tag_metrics.height() + 1
    taken: dict[int, list[QRectF]] = {}
    chips: list[Chip] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end - s.start, s.id)):
        local = span.start - para.start
        if not 0 <= local < len(para.text):
            continue  # the span started in an earlier paragraph
        local = reading_start(para.text, local, min(span.end - para.start, len(para.text)))
        pos = para.u16.to_utf16(local)
        line = layout.lineForTextPosition(pos)
        if not line.isValid():
            continue
        cell = next((c for c in al.line_cells(para, line) if c[0] <= pos < c[0] + c[1]), None)
        if cell is None:
            continue
        rtl = is_rtl(para.text[local])
        extent = _extent_on_line(para, span, line, cell[3] if rtl else cell[2])
        if extent is None:
            continue
        top = line.y() - metrics.tag_height
        rect = _fit(
            extent,
            rtl,
            tag_metrics.horizontalAdvance(span.label) + PADDING,
            taken.setdefault(line.lineNumber(), []),
            top,
            height,
        )
        taken[line.lineNumber()].append(rect)
        text = tag_metrics.elidedText(span.label, Qt.TextElideMode.ElideRight, rect.width() - 2)
        chips.append(Chip(span.id, span.label, rect, "" if text in ("", "…") else text))
    return chips


def _fit(
    extent: tuple[float, float],
    rtl: bool,
    natural: float,
    taken: list[QRectF],
    top: float,
    height: float,
) -> QRectF:
    """The chip's rectangle inside ``extent`` (left, right), from the reading start."""
    left, right = extent
    row_top = top
    for _row in range(4):
        edge = right if rtl else left
        while True:
            room = (edge - left) if rtl else (right - edge)
            width = min(natural, room)
            if width < MIN_WIDTH:
                break
            rect = QRectF(edge - width if rtl else edge, row_top, width, height)
            hit = [other for other in taken if other.intersects(rect)]
            if not hit:
                return rect
            edge = (
                (min(o.left() for o in hit) - GAP) if rtl else (max(o.right() for o in hit) + GAP)
            )
        row_top -= height + GAP  # no room left on this row: stack above
    width = min(natural, right - left)
    return QRectF(right - width if rtl else left, top, max(width, MIN_WIDTH), height)


def origin_rect(chip: Chip, origin: QPointF) -> QRectF:
    return chip.rect.translated(origin.x(), origin.y())
