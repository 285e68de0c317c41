"""The one place where Python code-point offsets meet Qt's UTF-16 positions.

Stored offsets count code points; QString positions count UTF-16 units. They agree for
Arabic, Latin and digits, and differ after any character outside the Basic Multilingual
Plane (emoji, rare CJK), which takes two UTF-16 units.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class Utf16Map:
    """Convert offsets in one string between code points and UTF-16 units."""

    __slots__ = ("_astral", "_astral_u16", "length", "length_u16")

    def __init__(self, text: str) -> None:
        # Code-point indexes of astral characters, in order; empty for most texts.
        self._astral: list[int] = (
            [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not text.isascii() else []
        )
        # UTF-16 index where each astral character starts.
        self._astral_u16: list[int] = [cp + k for k, cp in enumerate(self._astral)]
        self.length = len(text)
        self.length_u16 = len(text) + len(self._astral)

    def to_utf16(self, offset: int) -> int:
        """Code-point offset -> UTF-16 position."""
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def from_utf16(self, pos: int) -> int:
        """UTF-16 position -> code-point offset (a position inside a pair maps to its start)."""
        if not self._astral:
            return pos
        # Astral characters starting before pos each took one extra unit; a position on a
        # low surrogate therefore snaps back to its pair's start.
        before = bisect_right(self._astral_u16, pos - 1)
        return pos - before
