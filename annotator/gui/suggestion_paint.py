"""Painting suggestions so that nobody takes them for labels: a dashed outline in the
label's colour, no fill, and a faded chip with a dashed border; the selected one has a
thicker outline in the text colour."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen, QTextLine

from annotator.gui import article_layout as al

if TYPE_CHECKING:
    from annotator.gui.article_paint import ParagraphPainter
    from annotator.store.suggestions import SuggestionInfo

CHIP_ALPHA = 0.28
TEXT_ALPHA = 0.8


def paint_suggestions(
    pp: ParagraphPainter,
    para: al.Paragraph,
    origin: QPointF,
    items: Sequence[SuggestionInfo],
    selected: int | None,
) -> None:
    """Draw ``items`` (suggestions touching this laid-out paragraph) with the painter,
    metrics and colours of ``pp``."""
    if para.layout is None or not items:
        return
    chips: dict[int, list[QRectF]] = {}
    for info in items:
        local = _local16(para, info.start, info.end)
        if local is None:
            continue
        color = QColor(pp.color_of(info.label))
        if info.id == selected:
            pen = QPen(pp.pal.text().color(), 2.4, Qt.PenStyle.DashLine)
        else:
            pen = QPen(color, 1.6, Qt.PenStyle.DashLine)
        pp.p.setPen(pen)
        pp.p.setBrush(Qt.BrushStyle.NoBrush)
        segments = al.segments(para.layout, *local)
        for line, left, right in segments:
            top = origin.y() + line.y()
            pp.p.drawRoundedRect(
                QRectF(origin.x() + left - 1, top, right - left + 2, line.height()), 3, 3
            )
        if segments and info.start >= para.start:  # else it started in an earlier paragraph
            _chip(pp, para, origin, info, color, segments, chips)


def _local16(para: al.Paragraph, start: int, end: int) -> tuple[int, int] | None:
    a, b = max(start - para.start, 0), min(end - para.start, len(para.text))
    if a >= b:
        return None
    return para.u16.to_utf16(a), para.u16.to_utf16(b)


def _chip(
    pp: ParagraphPainter,
    para: al.Paragraph,
    origin: QPointF,
    info: SuggestionInfo,
    color: QColor,
    segments: list[tuple[QTextLine, float, float]],
    placed: dict[int, list[QRectF]],
) -> None:
    """The label in a faded box above the suggestion's first line, at its reading start
    (like a label's tag, but see-through and dashed). Placed from the outline's segments:
    no glyph is measured again."""
    line = segments[0][0]
    on_line = [(left, right) for seg_line, left, right in segments if seg_line is line]
    rtl = unicodedata.bidirectional(para.text[info.start - para.start]) not in ("L", "EN", "AN")
    width = pp.tag_metrics.horizontalAdvance(info.label) + 6
    edge = max(r for _l, r in on_line) if rtl else min(left for left, _r in on_line)
    rect = QRectF(
        origin.x() + (edge - width if rtl else edge),
        origin.y() + line.y() - pp.m.tag_height,
        width,
        pp.tag_metrics.height() + 1,
    )
    taken = placed.setdefault(line.lineNumber(), [])
    while any(rect.intersects(other) for other in taken):
        rect.translate(-(width + 2) if rtl else width + 2, 0)
    taken.append(rect)
    fill = QColor(color)
    fill.setAlphaF(CHIP_ALPHA)
    pp.p.setBrush(fill)
    pp.p.setPen(QPen(color, 1.0, Qt.PenStyle.DashLine))
    pp.p.drawRoundedRect(rect, 3, 3)
    text = QColor(pp.pal.text().color())
    text.setAlphaF(TEXT_ALPHA)
    pp.p.setPen(text)
    pp.p.setFont(pp.tag_font)
    pp.p.drawText(rect, Qt.AlignmentFlag.AlignCenter, info.label)


def tooltip_text(info: SuggestionInfo, words: str) -> str:
    """What hovering over a suggestion says (plain text: show it with
    :func:`annotator.gui.plain_text.tooltip`)."""
    tr = QCoreApplication.translate
    return "\n".join(
        [
            tr("suggestions", "Suggested {label}: {words}").format(label=info.label, words=words),
            tr("suggestions", "Confidence {confidence:.2f}").format(confidence=info.confidence),
            tr("suggestions", "Click or Enter: accept"),
            tr("suggestions", "Backspace or X: reject · Tab: next"),
        ]
    )
