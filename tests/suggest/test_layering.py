"""The assistant is domain code: no Qt, no GUI; the store never imports it back."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "annotator"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_suggest_imports_no_qt_and_no_gui() -> None:
    files = sorted((PACKAGE / "suggest").glob("*.py"))
    assert len(files) > 5
    for path in files:
        for name in _imports(path):
            assert not name.startswith(("PySide6", "shiboken6", "annotator.gui")), (path, name)


def test_store_does_not_import_the_assistant() -> None:
    for path in sorted((PACKAGE / "store").rglob("*.py")):
        assert not any(n.startswith("annotator.suggest") for n in _imports(path)), path
