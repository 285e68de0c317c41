"""A note an export or import makes for its user: its English sentence (what the command
line prints) and a stable ``code`` with the values in it (``params``), so that the window
can word it in its own language (:mod:`annotator.gui.error_text`), as it does errors."""

from __future__ import annotations

from typing import Any

__all__ = ["Note"]


class Note(str):
    """The English sentence itself (a ``str``), carrying ``code`` and ``params``."""

    code: str
    params: dict[str, Any]

    def __new__(cls, text: str, code: str, **params: Any) -> Note:
        note = super().__new__(cls, text)
        note.code = code
        note.params = params
        return note
