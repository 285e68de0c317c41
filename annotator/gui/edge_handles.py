"""Edge handles of the selected span: where they are drawn, and the extents an edge
drag (by tokens, by characters with Alt) or an edge key (one token) asks for.

A span's *start* is its first character in reading order, its *end* the last; in
right-to-left text the start edge is drawn on the span's right, the end edge on its
left. Handles are placed from the glyph cells, like every hit-test of the view.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QPoint, QPointF

from annotator.gui import article_layout as al
from annotator.gui.picking import is_edge_trimmed, trim_end
from annotator.gui.token_cursor import Geometry

if TYPE_CHECKING:
    from PySide6.QtGui import QTextLine

    from annotator.gui.article_view import ArticleView
    from annotator.text import Token

Edge = Literal["start", "end"]
HANDLE_GRAB = 6.0  # pixels either side of an edge that grab it


def is_rtl(ch: str) -> bool:
    """Drawn right to left in an Arabic paragraph (Latin letters and digits are not)."""
    return unicodedata.bidirectional(ch) not in ("L", "EN", "AN")


@dataclass(frozen=True)
class HandleSpot:
    """Where an edge is drawn, in paragraph coordinates."""

    edge: Edge
    line: QTextLine
    x: float


def spots(para: al.Paragraph, start: int, end: int) -> list[HandleSpot]:
    """The handles of span [start, end) (document offsets) that fall in ``para``."""
    found: list[HandleSpot] = []
    last = end - 1
    while last > start and al.is_mark(para_char(para, last)):
        last -= 1
    for edge, offset in (("start", start), ("end", last)):
        local = offset - para.start
        if not 0 <= local < len(para.text) or para.layout is None:
            continue
        pos = para.u16.to_utf16(local)
        line = para.layout.lineForTextPosition(pos)
        if not line.isValid():
            continue
        cell = next((c for c in al.line_cells(para, line) if c[0] <= pos < c[0] + c[1]), None)
        if cell is None:
            continue
        rtl = is_rtl(para.text[local])
        on_right = rtl if edge == "start" else not rtl
        found.append(HandleSpot(edge, line, cell[3] if on_right else cell[2]))  # type: ignore[arg-type]
    return found


def _spots_on_screen(view: ArticleView) -> list[tuple[HandleSpot, QPointF]]:
    """The selected span's handles with their paragraph's viewport origin."""
    span = view.span(view.selected_span())
    if span is None:
        return []
    found: list[tuple[HandleSpot, QPointF]] = []
    for index in view.paragraph_range(span.start, span.end):
        origin = view.paragraph_origin(index)
        found.extend((spot, origin) for spot in spots(view.paragraph(index), span.start, span.end))
    return found


def handle_at(view: ArticleView, point: QPointF | QPoint) -> Edge | None:
    """The edge handle of the selected span under a viewport point, if any."""
    for spot, origin in _spots_on_screen(view):
        x, top = origin.x() + spot.x, origin.y() + spot.line.y()
        bottom = top + spot.line.height() + HANDLE_GRAB + 2  # the knob below the bar
        if abs(point.x() - x) <= HANDLE_GRAB and top <= point.y() <= bottom:
            return spot.edge
    return None


def handle_point(view: ArticleView, edge: Edge) -> QPointF | None:
    """Viewport point in the middle of the selected span's ``edge`` handle."""
    for spot, origin in _spots_on_screen(view):
        if spot.edge == edge:
            return QPointF(origin.x() + spot.x, origin.y() + spot.line.y() + spot.line.height() / 2)
    return None


def para_char(para: al.Paragraph, offset: int) -> str:
    local = offset - para.start
    return para.text[local] if 0 <= local < len(para.text) else " "


def _tokens(view: Geometry, offset: int) -> list[Token]:
    index = view.paragraph_index(offset)
    return [] if index is None else view.paragraph(index).tokens()


def _word(token: Token) -> bool:
    return not all(is_edge_trimmed(ch) for ch in token.text)


def dragged(
    view: Geometry, text: str, span: tuple[int, int], edge: Edge, offset: int, exact: bool
) -> tuple[int, int]:
    """The extent of ``span`` with ``edge`` dragged to the character at ``offset``: to
    whole tokens, or to that very character with ``exact``. The span keeps at least one
    token (or character) and its other edge; punctuation at the moved edge is shed."""
    start, end = span
    tokens = _tokens(view, offset)
    if edge == "start":
        new = offset if exact else next((t.start for t in tokens if t.end > offset), offset)
        new = min(new, _last_start(view, span, exact))
        extent = trim_end(text, new, end, moving_start=True)
    else:
        if exact:
            new = offset + 1
            while new < len(text) and al.is_mark(text[new]):
                new += 1
        else:
            new = next((t.end for t in reversed(tokens) if t.start <= offset), offset + 1)
        new = max(new, _first_end(view, span, exact))
        extent = trim_end(text, start, new, moving_start=False)
    return extent or span


def _last_start(view: Geometry, span: tuple[int, int], exact: bool) -> int:
    """The latest start that leaves the span one token (character) long."""
    if exact:
        return span[1] - 1
    token = next((t for t in reversed(_tokens(view, span[1] - 1)) if t.start < span[1]), None)
    return max(span[0], token.start) if token else span[1] - 1


def _first_end(view: Geometry, span: tuple[int, int], exact: bool) -> int:
    if exact:
        return span[0] + 1
    token = next((t for t in _tokens(view, span[0]) if t.end > span[0]), None)
    return min(span[1], token.end) if token else span[0] + 1


def stepped(
    view: Geometry, span: tuple[int, int], edge: Edge, forward: bool
) -> tuple[int, int] | None:
    """``span`` with ``edge`` moved one word token forward or back in reading order
    (punctuation tokens are stepped over); None when it cannot move there."""
    start, end = span
    tokens = [t for t in _tokens(view, start if edge == "start" else end - 1) if _word(t)]
    if edge == "end" and forward:
        new = next((t.end for t in tokens if t.end > end), None)
    elif edge == "end":
        new = next((t.end for t in reversed(tokens) if start < t.end < end), None)
    elif forward:
        new = next((t.start for t in tokens if start < t.start < end), None)
    else:
        new = next((t.start for t in reversed(tokens) if t.start < start), None)
    if new is None:
        return None
    return (new, end) if edge == "start" else (start, new)


def visual_edge(text: str, span: tuple[int, int], arrow: str, far: bool) -> tuple[Edge, bool]:
    """Which edge an arrow key moves and whether that is forward in reading order.

    The arrow gives the direction of the motion; the edge on that side moves (the span
    grows), or with ``far`` the edge on the other side (it shrinks)."""
    rtl = is_rtl(text[span[0]])
    side = arrow if not far else ("right" if arrow == "left" else "left")
    edge: Edge = (
        ("end" if side == "left" else "start") if rtl else ("start" if side == "left" else "end")
    )
    forward = (arrow == "left") == rtl
    return edge, forward
