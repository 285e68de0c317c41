"""A paragraph's direction by Unicode's rule, and text that Qt lays out in it.

Unicode (rule P2) takes a paragraph's direction from its first letter with a strong
direction, skipping whatever stands between an isolate (LRI, RLI, FSI) and its PDI. The
window wraps a path, URL or Latin name inside an Arabic sentence in FSI ... PDI
(``i18n.isolate``), so such a sentence may begin with one. Qt's text document (message
boxes, selectable labels) looks inside the isolate, and laid such an Arabic sentence out
left to right, its Arabic words in the reverse order. A line with no strong letter
outside its isolates (``PERS: روسيا``, both parts isolated) takes the layout's direction
by Unicode's rule; Qt drew it left to right in the Arabic window too.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

LRM, RLM = "\u200e", "\u200f"
_OPENS = ("LRI", "RLI", "FSI")


def _first_strong(line: str, *, skip_isolates: bool) -> str | None:
    depth = 0
    for ch in line:
        kind = unicodedata.bidirectional(ch)
        if kind in _OPENS:
            depth += 1
        elif kind == "PDI":
            depth = max(depth - 1, 0)
        elif depth and skip_isolates:
            continue
        elif kind in ("R", "AL"):
            return "R"
        elif kind == "L":
            return "L"
    return None


def right_to_left(line: str) -> bool:
    """True when ``line`` is a right-to-left paragraph by Unicode's rule."""
    return _first_strong(line, skip_isolates=True) == "R"


def directed(text: str) -> str:
    """``text`` with a mark (RLM or LRM) before each line whose direction Qt would guess
    otherwise than Unicode's rule (a line without a strong letter of its own in the
    interface's direction); lines Qt already reads right are left as they are."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    lines = text.split("\n")
    for index, line in enumerate(lines):
        meant = _first_strong(line, skip_isolates=True)
        if meant is None and line:
            meant = "R" if rtl else None
        if meant is not None and meant != _first_strong(line, skip_isolates=False):
            lines[index] = (RLM if meant == "R" else LRM) + line
    return "\n".join(lines)
