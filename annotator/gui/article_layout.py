"""Paragraph layouts for the article view: lazy QTextLayout per paragraph, glyph geometry.

Text is laid out with QTextLayout (plain text only, never markup) and every position
question is answered from the laid-out glyph runs, which are exact for Arabic shaping,
lam-alef ligatures and mixed-direction lines, unlike cursor positions alone.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QTextLayout,
    QTextLine,
    QTextOption,
)

from annotator.gui.offsets import Utf16Map

if TYPE_CHECKING:
    from annotator.text import Token

Cell = tuple[int, int, float, float]  # utf16_pos, utf16_size, x_left, x_right


def tag_font(view_font: QFont) -> QFont:
    """The font of label chips for the article's font: the application's, small and bold."""
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(max(6.0, view_font.pointSizeF() * 0.42))
    font.setBold(True)
    return font


@dataclass(frozen=True)
class Metrics:
    """Vertical spacing derived from the view font: room for tags above, underlines below."""

    tag_height: float
    underline_step: float
    below: float
    paragraph_gap: float
    avg_char_width: float
    line_height: float

    @classmethod
    def for_font(cls, font: QFont, tag_font: QFont) -> Metrics:
        fm = QFontMetricsF(font)
        tag = QFontMetricsF(tag_font)
        step = max(3.5, fm.height() / 9)
        # Naskh fonts reserve generous ascent for stacked marks: let tags use part of it.
        return cls(
            tag_height=max(tag.height() * 0.6, tag.height() + 1 - fm.height() * 0.18),
            underline_step=step,
            below=step * 3,
            paragraph_gap=fm.height() * 0.45,
            avg_char_width=max(1.0, fm.horizontalAdvance("كيم جونغ أون وصل إلى روسيا") / 26),
            line_height=fm.height(),
        )


@dataclass
class Paragraph:
    """One line of the stored text (split on LF), laid out on demand."""

    start: int
    text: str
    height: float
    layout: QTextLayout | None = None
    _u16: Utf16Map | None = field(default=None, repr=False)
    _tokens: list[Token] | None = field(default=None, repr=False)
    # line_cells() results for the current layout, by line number
    _cells: dict[int, list[Cell]] = field(default_factory=dict, repr=False)
    _cells_layout: QTextLayout | None = field(default=None, repr=False)

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def u16(self) -> Utf16Map:
        if self._u16 is None:
            self._u16 = Utf16Map(self.text)
        return self._u16

    def tokens(self) -> list[Token]:
        """Tokens of this paragraph with document offsets (tokens never cross an LF)."""
        if self._tokens is None:
            from annotator.text import Token, tokenize  # only when first hit-tested

            self._tokens = [
                Token(t.text, t.start + self.start, t.end + self.start) for t in tokenize(self.text)
            ]
        return self._tokens


def estimate_height(text: str, width: float, metrics: Metrics) -> float:
    per_line = max(1.0, width / metrics.avg_char_width)
    lines = max(1, int(len(text) / per_line) + 1)
    return lines * line_pitch(metrics) + metrics.paragraph_gap


def line_pitch(metrics: Metrics) -> float:
    return metrics.tag_height + metrics.line_height + metrics.below


def build_layout(
    text: str, font: QFont, width: float, metrics: Metrics
) -> tuple[QTextLayout, float]:
    """Lay out one paragraph right-to-left with word wrap; returns (layout, height)."""
    layout = QTextLayout(text, font)
    option = QTextOption(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.setCacheEnabled(True)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        y += metrics.tag_height
        line.setPosition(QPointF(0, y))
        y += line.height() + metrics.below
    layout.endLayout()
    return layout, y + metrics.paragraph_gap


def line_band(line: QTextLine, metrics: Metrics) -> tuple[float, float]:
    """The vertical band a line owns (its tag room above and underline room below)."""
    top = line.y() - metrics.tag_height
    return top, line.y() + line.height() + metrics.below


def line_for_y(
    layout: QTextLayout, y: float, metrics: Metrics, *, strict: bool = False
) -> QTextLine | None:
    """The line whose band contains y; for points below the text the last line, or None
    when ``strict`` (the paragraph gap below the last line belongs to no line)."""
    count = layout.lineCount()
    for i in range(count):
        line = layout.lineAt(i)
        if y < line_band(line, metrics)[1]:
            return line
    return layout.lineAt(count - 1) if count and not strict else None


def x_extents(layout: QTextLayout, pos: int, length: int) -> list[tuple[float, float]]:
    """Horizontal extents of the glyphs drawn for UTF-16 range [pos, pos+length).

    The layout's glyph runs carry advance-based bounding rectangles, one per visual run.
    """
    result: list[tuple[float, float]] = []
    for run in layout.glyphRuns(pos, length):
        rect = run.boundingRect()
        if rect.width() > 0:
            result.append((rect.left(), rect.right()))
    return result


def segments(layout: QTextLayout, pos: int, end: int) -> list[tuple[QTextLine, float, float]]:
    """Visual segments (line, x_left, x_right) of UTF-16 range [pos, end) in the layout."""
    result: list[tuple[QTextLine, float, float]] = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        ls, le = line.textStart(), line.textStart() + line.textLength()
        a, b = max(pos, ls), min(end, le)
        if a >= b:
            continue
        extents = x_extents(layout, a, b - a)
        if not extents:
            x1, x2 = cursor_x(line, a), cursor_x(line, b)
            extents = [(min(x1, x2), max(x1, x2))]
        # Merge touching extents of the same line into one segment per visual run.
        extents.sort()
        merged: list[list[float]] = []
        for left, right in extents:
            if merged and left <= merged[-1][1] + 0.5:
                merged[-1][1] = max(merged[-1][1], right)
            else:
                merged.append([left, right])
        result.extend((line, left, right) for left, right in merged)
    return result


def cursor_x(line: QTextLine, pos: int) -> float:
    """The x of the cursor before UTF-16 position ``pos`` (PySide returns a tuple)."""
    value = line.cursorToX(pos)
    return float(value[0] if isinstance(value, tuple) else value)  # type: ignore[arg-type]


def is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me")


def _glyphs(layout: QTextLayout, pos: int, size: int) -> tuple[object, list[tuple[float, float]]]:
    """What draws UTF-16 range [pos, pos+size): a key naming its glyphs (index and
    position, equal for the characters of one ligature) and their horizontal extents."""
    key: list[object] = []
    extents: list[tuple[float, float]] = []
    for run in layout.glyphRuns(pos, size):
        key.append((tuple(run.glyphIndexes()), tuple((p.x(), p.y()) for p in run.positions())))
        rect = run.boundingRect()
        if rect.width() > 0:
            extents.append((rect.left(), rect.right()))
    return tuple(key), extents


def line_cells(para: Paragraph, line: QTextLine) -> list[Cell]:
    """Character cells of one line: (utf16_pos, utf16_size, x_left, x_right).

    A cell is a base character with the combining marks (harakat) that follow it, measured
    from its glyph run. Characters drawn as one ligature (lam-alef in DejaVu Sans and many
    system fonts) share its width in reading order: the ligature is measured between the
    cursors before and after it, because Qt reports the glyph run of one character of a
    ligature shifted by half its width. A character without a glyph of its own (a
    ligature drawn on the previous one's glyph) shares the previous one's width.
    """
    layout = para.layout
    assert layout is not None, "line_cells needs a laid-out paragraph"
    if para._cells_layout is not layout:
        para._cells, para._cells_layout = {}, layout
    cached = para._cells.get(line.lineNumber())
    if cached is not None:
        return cached
    cells = _split_groups(para, line, *_glyph_groups(para, line))
    para._cells[line.lineNumber()] = cells
    return cells


Group = list[tuple[int, int]]  # the (utf16_pos, utf16_size) of the characters drawn together


def _glyph_groups(
    para: Paragraph, line: QTextLine
) -> tuple[list[Group], list[tuple[float, float]], list[bool]]:
    """The line's characters (with their marks) grouped by the glyph that draws them, the
    extents of each group, and whether the group is one ligature glyph."""
    layout, text, u16 = para.layout, para.text, para.u16
    assert layout is not None
    first = u16.from_utf16(line.textStart())
    last = u16.from_utf16(line.textStart() + line.textLength())
    groups: list[Group] = []
    extents: list[tuple[float, float]] = []
    shared: list[bool] = []
    previous: object = None
    index = first
    while index < last:
        nxt = index + 1
        while nxt < last and is_mark(text[nxt]):
            nxt += 1
        pos = u16.to_utf16(index)
        size = u16.to_utf16(nxt) - pos
        index = nxt
        key, found = _glyphs(layout, pos, size)
        if groups and found and key == previous:
            groups[-1].append((pos, size))
            shared[-1] = True
        elif found or not groups:
            groups.append([(pos, size)])
            shared.append(False)
            if found:
                extents.append((min(e[0] for e in found), max(e[1] for e in found)))
            else:
                x1, x2 = cursor_x(line, pos), cursor_x(line, pos + size)
                extents.append((min(x1, x2), max(x1, x2)))
        else:
            groups[-1].append((pos, size))
        previous = key
    return groups, extents, shared


def _split_groups(
    para: Paragraph,
    line: QTextLine,
    groups: list[Group],
    extents: list[tuple[float, float]],
    shared: list[bool],
) -> list[Cell]:
    """One cell per character: a group of several shares its width in reading order."""
    cells: list[Cell] = []
    for group, (left, right), ligature in zip(groups, extents, shared, strict=True):
        if len(group) == 1:
            cells.append((group[0][0], group[0][1], left, right))
            continue
        if ligature:
            end = group[-1][0] + group[-1][1]
            x1, x2 = cursor_x(line, group[0][0]), cursor_x(line, end)
            left, right = min(x1, x2), max(x1, x2)
        first = para.text[para.u16.from_utf16(group[0][0])]
        rtl = unicodedata.bidirectional(first) in ("R", "AL")
        width = (right - left) / len(group)
        for k, (pos, size) in enumerate(group):
            if rtl:
                cells.append((pos, size, right - (k + 1) * width, right - k * width))
            else:
                cells.append((pos, size, left + k * width, left + (k + 1) * width))
    return cells


def hit_char(para: Paragraph, x: float, y: float, metrics: Metrics, *, clamp: bool) -> int | None:
    """Code-point offset (local to the paragraph) of the character drawn at (x, y).

    With ``clamp`` a point beside the text maps to the nearest character of that line;
    without it only a point on a character's cell (in a line's band) has an answer.
    A combining mark is never the answer: its base character is.
    """
    layout = para.layout
    if layout is None or not para.text:
        return None
    line = line_for_y(layout, y, metrics, strict=not clamp)
    if line is None or line.textLength() == 0:
        return None
    best: int | None = None
    nearest: tuple[float, int] | None = None
    for pos, _size, left, right in line_cells(para, line):
        if left <= x < right:
            best = pos
            break
        distance = min(abs(x - left), abs(x - right))
        if nearest is None or distance < nearest[0]:
            nearest = (distance, pos)
    if best is None and clamp and nearest is not None:
        best = nearest[1]
    if best is None:
        return None
    return para.u16.from_utf16(best)


def char_rect(para: Paragraph, local: int, metrics: Metrics) -> QRectF | None:
    """Rectangle (paragraph coordinates) of the cell drawing the character at ``local``."""
    layout = para.layout
    if layout is None or not 0 <= local < len(para.text):
        return None
    pos = para.u16.to_utf16(local)
    line = layout.lineForTextPosition(pos)
    if not line.isValid():
        return None
    for cell_pos, size, left, right in line_cells(para, line):
        if cell_pos <= pos < cell_pos + size:
            return QRectF(left, line.y(), max(right - left, 1.0), line.height())
    return None


@dataclass(frozen=True)
class TokenBox:
    """A token as drawn on one line: document offsets and its horizontal extent."""

    start: int
    end: int
    left: float
    right: float

    @property
    def center(self) -> float:
        return (self.left + self.right) / 2


def token_boxes(para: Paragraph, line: QTextLine) -> list[TokenBox]:
    """The tokens that start on ``line``, right to left as drawn (the visual order of an
    Arabic line; a left-to-right run inside it keeps its own order on screen)."""
    u16 = para.u16
    first = u16.from_utf16(line.textStart()) + para.start
    last = u16.from_utf16(line.textStart() + line.textLength()) + para.start
    cells = {pos: (left, right) for pos, _size, left, right in line_cells(para, line)}
    boxes: list[TokenBox] = []
    for token in para.tokens():
        if not first <= token.start < last:
            continue
        xs = [
            cells[pos]
            for pos in (u16.to_utf16(i - para.start) for i in range(token.start, token.end))
            if pos in cells
        ]
        if xs:
            left, right = min(x[0] for x in xs), max(x[1] for x in xs)
            boxes.append(TokenBox(token.start, token.end, left, right))
    boxes.sort(key=lambda box: -box.center)
    return boxes
