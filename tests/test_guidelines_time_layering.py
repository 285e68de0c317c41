"""The Qt-free parts of guidelines and time stay Qt-free: the tracker, the statistics
and the labels file never import Qt or the GUI, at any depth of their code."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "annotator"
QT_FREE = ["activity.py", "statistics.py", "formats/labels_file.py"]


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("name", QT_FREE)
def test_no_qt_and_no_gui(name: str) -> None:
    found = imports(PACKAGE / name)
    assert found, "the reader found no import at all"
    assert {m for m in found if m.startswith(("PySide6", "shiboken6", "annotator.gui"))} == set()
