"""JSON objects read strictly: a key given twice in one object is refused (Python's
``json`` keeps the last value, other readers the first, so the record would mean different
things to different tools), and JSON values as messages show them."""

from __future__ import annotations

import json
import os
from typing import Any

from annotator.formats.errors import FormatError


class DuplicateKeyError(ValueError):
    """Raised by :func:`strict_object` while decoding; the reader adds file and line."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def strict_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """The ``object_pairs_hook`` that refuses a key given twice."""
    value = dict(pairs)
    if len(value) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKeyError(key)
            seen.add(key)
    return value


def duplicate_key(path: str | os.PathLike[str], line: int | None, key: str) -> FormatError:
    reason = (
        f"the key {shown_value(key)} is given twice in one object (JSON readers differ on "
        "which one they keep): remove one"
    )
    return FormatError(path, line, reason, "duplicate_key", key=key)


def shown_value(value: Any, limit: int = 60) -> str:
    """``value`` as JSON in a message (cut after ``limit`` characters)."""
    text = json.dumps(value, ensure_ascii=False, default=repr)
    return text if len(text) <= limit else text[: limit - 1] + "…"
