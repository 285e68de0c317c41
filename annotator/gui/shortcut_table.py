"""The README's shortcut table, written from the action table the window is built from.

``python -m annotator.gui.shortcut_table`` prints it; a test checks that the README holds
exactly this table, so the two cannot drift apart.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtGui import QGuiApplication

from annotator.gui.dialogs.shortcuts import key_text, plain_action_text
from annotator.gui.window_actions import (
    HOTKEYS,
    MENUS,
    REDO_KEYS,
    UNDO_KEYS,
    Act,
    Key,
    key_sequences,
)


def _keys(keys: Sequence[Key]) -> str:
    return key_text(key_sequences(keys))


def _row(keys: str, text: str, tip: str) -> str:
    command = plain_action_text(text) + (f": {tip}" if tip else "")
    escaped = command.replace("|", r"\|")
    return f"| {keys} | {escaped} |"


def markdown_table() -> str:
    """Every action of the window's table with a shortcut, in menu order (the label
    hotkeys as one row, undo and redo first)."""
    first, last = HOTKEYS[0], HOTKEYS[-1]
    rows = [
        "| shortcut | command |",
        "| --- | --- |",
        _row(f"{_keys(first.keys)} … {_keys(last.keys)}", "Label 1 … 9", first.tip),
        _row(_keys(UNDO_KEYS), "Undo", "the last change of the open document"),
        _row(_keys(REDO_KEYS), "Redo", ""),
    ]
    acts = [e for _title, entries in MENUS for e in entries if isinstance(e, Act)]
    rows.extend(_row(_keys(act.keys), act.text, act.tip) for act in acts if act.keys)
    return "\n".join(rows) + "\n"


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication([*sys.argv[:1], "-platform", "offscreen"])
    sys.stdout.write(markdown_table())
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
