"""Painting suggestions so that nobody takes them for labels: a dashed outline in the
label's colour, no fill, and a faded chip with a dashed border (placed by the label
chips' own rule, :func:`annotator.gui.chips.place`); the suggestion at the keyboard
caret has a thicker outline in the text colour."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen

from annotator.gui import article_layout as al
from annotator.gui import chips
from annotator.store.types import SpanInfo

if TYPE_CHECKING:
    from annotator.store.suggestions import SuggestionInfo

CHIP_ALPHA = 0.28
TEXT_ALPHA = 0.8


@dataclass(frozen=True)
class Style:
    """What the view paints with: its metrics, chip font, palette and label colours."""

    metrics: al.Metrics
    tag_font: QFont
    tag_metrics: QFontMetricsF
    palette: QPalette
    color_of: Callable[[str], QColor]


def paint_suggestions(
    p: QPainter,
    para: al.Paragraph,
    origin: QPointF,
    items: Sequence[SuggestionInfo],
    style: Style,
    current: int | None,
) -> None:
    """Draw ``items`` (suggestions touching this laid-out paragraph)."""
    layout = para.layout
    if layout is None or not items:
        return
    p.save()
    p.setBrush(Qt.BrushStyle.NoBrush)
    for info in items:
        a, b = max(info.start - para.start, 0), min(info.end - para.start, len(para.text))
        if a >= b:
            continue
        if info.id == current:
            p.setPen(QPen(style.palette.text().color(), 2.4, Qt.PenStyle.DashLine))
        else:
            p.setPen(QPen(QColor(style.color_of(info.label)), 1.6, Qt.PenStyle.DashLine))
        for line, left, right in al.segments(layout, para.u16.to_utf16(a), para.u16.to_utf16(b)):
            x, y = origin.x() + left - 1, origin.y() + line.y()
            p.drawRoundedRect(QRectF(x, y, right - left + 2, line.height()), 3, 3)
    _chips(p, para, origin, items, style)
    p.restore()


def _chips(
    p: QPainter,
    para: al.Paragraph,
    origin: QPointF,
    items: Sequence[SuggestionInfo],
    style: Style,
) -> None:
    """The labels in see-through, dashed chips where a label's chip would go."""
    as_spans = [
        SpanInfo(s.id, s.document_id, s.annotator, s.start, s.end, s.label, s.source) for s in items
    ]
    p.setFont(style.tag_font)
    faded_text = QColor(style.palette.text().color())
    faded_text.setAlphaF(TEXT_ALPHA)
    for chip in chips.place(para, as_spans, style.tag_metrics, style.metrics):
        rect = chips.origin_rect(chip, origin)
        color = QColor(style.color_of(chip.label))
        fill = QColor(color)
        fill.setAlphaF(CHIP_ALPHA)
        p.setBrush(fill)
        p.setPen(QPen(color, 1.0, Qt.PenStyle.DashLine))
        p.drawRoundedRect(rect, 3, 3)
        if chip.text:
            p.setPen(faded_text)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, chip.text)


def tooltip_text(info: SuggestionInfo, words: str) -> str:
    """What hovering over a suggestion says (plain text: show it with
    :func:`annotator.gui.plain_text.tooltip`)."""
    translate = QCoreApplication.translate
    return "\n".join(
        [
            translate("suggestions", "Suggested {label}: {words}").format(
                label=info.label, words=words
            ),
            translate("suggestions", "Confidence {confidence:.2f}").format(
                confidence=info.confidence
            ),
            translate("suggestions", "Click, or Enter at the cursor: accept"),
            translate("suggestions", "Backspace or X: reject · Tab: next"),
        ]
    )
