"""The keyboard token cursor of the article view: a caret on one token, moved in visual
order, and an anchor for Shift-extended selections.

Visual order: lines top to bottom, each line right to left as drawn, so Left moves left
on screen in Arabic text (to the next word in reading order) and wraps from a line's
left end to the right end of the line below; Right does the opposite. Home and End go
to the first (rightmost) and last (leftmost) token of the line; Up and Down to the
token of the line above or below nearest to the caret's horizontal position.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

from annotator.gui import article_layout as al

if TYPE_CHECKING:
    from annotator.text import Token

Move = Literal["left", "right", "home", "end", "up", "down"]
LineRef = tuple[int, int]  # paragraph index, line number


class Geometry(Protocol):
    """What the cursor needs of the view: paragraphs laid out on demand."""

    def paragraph_count(self) -> int: ...

    def paragraph(self, index: int) -> al.Paragraph: ...

    def paragraph_index(self, offset: int) -> int | None: ...


def token_at(view: Geometry, offset: int) -> Token | None:
    """The token holding ``offset``, else the next one in its paragraph, else the last."""
    index = view.paragraph_index(offset)
    if index is None:
        return None
    tokens = view.paragraph(index).tokens()
    following = next((t for t in tokens if t.end > offset), None)
    return following or (tokens[-1] if tokens else None)


def snap(view: Geometry, lo: int, hi: int) -> tuple[int, int] | None:
    """Characters [lo, hi] widened to whole tokens; None if only whitespace is covered."""
    first, last = view.paragraph_index(lo), view.paragraph_index(hi)
    if first is None or last is None:
        return None
    tokens = [
        t for index in range(first, last + 1) for t in view.paragraph(index).tokens()
        if t.end > lo and t.start <= hi
    ]  # fmt: skip
    return (tokens[0].start, tokens[-1].end) if tokens else None


def line_of(view: Geometry, offset: int) -> LineRef | None:
    index = view.paragraph_index(offset)
    if index is None:
        return None
    para = view.paragraph(index)
    assert para.layout is not None  # paragraph() lays it out
    local = min(max(offset - para.start, 0), len(para.text))
    line = para.layout.lineForTextPosition(para.u16.to_utf16(local))
    return (index, line.lineNumber()) if line.isValid() else None


def boxes(view: Geometry, ref: LineRef) -> list[al.TokenBox]:
    para = view.paragraph(ref[0])
    assert para.layout is not None
    return al.token_boxes(para, para.layout.lineAt(ref[1]))


def _lines_from(view: Geometry, ref: LineRef, step: int) -> LineRef | None:
    """The nearest line after (step 1) or before (step -1) ``ref`` that holds a token."""
    index, number = ref
    number += step
    while 0 <= index < view.paragraph_count():
        para = view.paragraph(index)
        assert para.layout is not None
        count = para.layout.lineCount()
        if number < 0:
            index -= 1
            if index >= 0:
                last = view.paragraph(index).layout
                number = last.lineCount() - 1 if last is not None else 0
            continue
        if number >= count:
            index, number = index + 1, 0
            continue
        if boxes(view, (index, number)):
            return index, number
        number += step
    return None


def move(view: Geometry, offset: int, where: Move) -> int | None:
    """The start of the token the caret at ``offset`` moves to (None: it stays)."""
    token = token_at(view, offset)
    ref = line_of(view, token.start) if token is not None else None
    if token is None or ref is None:
        return None
    row = boxes(view, ref)
    index = next((i for i, box in enumerate(row) if box.start == token.start), None)
    if index is None:
        return row[0].start if row else None
    if where in ("home", "end"):
        return row[0 if where == "home" else -1].start
    if where in ("left", "right"):
        step = 1 if where == "left" else -1
        if 0 <= index + step < len(row):
            return row[index + step].start
        other = _lines_from(view, ref, step)
        if other is None:
            return None
        row = boxes(view, other)
        return row[0 if step == 1 else -1].start
    other = _lines_from(view, ref, 1 if where == "down" else -1)
    if other is None:
        return None
    x = row[index].center
    return min(boxes(view, other), key=lambda box: abs(box.center - x)).start


@dataclass
class TokenCursor:
    """The caret (start of the token it is on) and the anchor of a Shift selection."""

    caret: int | None = None
    anchor: int | None = None

    def place(self, offset: int | None, *, extend: bool = False) -> None:
        if extend and self.anchor is None:
            self.anchor = self.caret
        elif not extend:
            self.anchor = None
        self.caret = offset

    def selection(self, view: Geometry) -> tuple[int, int] | None:
        """Anchor token to caret token, in reading order (None without an anchor)."""
        if self.anchor is None or self.caret is None:
            return None
        first, last = token_at(view, self.anchor), token_at(view, self.caret)
        if first is None or last is None:
            return None
        return min(first.start, last.start), max(first.end, last.end)
