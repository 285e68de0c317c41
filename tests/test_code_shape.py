"""The size rules of the house: no module of the package over 500 lines, no function over
60 lines unless it is a declarative table that says so (a docstring or a comment on its
first lines naming it "declarative")."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "annotator"
MODULES = sorted(PACKAGE.rglob("*.py"))
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60


def _says_declarative(node: ast.FunctionDef | ast.AsyncFunctionDef, lines: list[str]) -> bool:
    head = "\n".join(lines[node.lineno - 1 : node.lineno + 3]).lower()
    return "declarative" in (ast.get_docstring(node) or "").lower() or "declarative" in head


def long_functions(path: Path, root: Path = PACKAGE.parent) -> list[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > MAX_FUNCTION_LINES and not _says_declarative(node, lines):
                found.append(f"{path.relative_to(root)}:{node.lineno} {node.name}")
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_is_small(path: Path) -> None:
    count = len(path.read_text(encoding="utf-8").splitlines())
    assert count <= MAX_MODULE_LINES, f"{path.name}: {count} lines"


def test_no_long_functions() -> None:
    found = [name for path in MODULES for name in long_functions(path)]
    assert found == [], "functions over 60 lines: " + ", ".join(found)


def test_the_check_finds_a_long_function(tmp_path: Path) -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(70))
    sample = tmp_path / "annotator" / "sample.py"
    sample.parent.mkdir()
    sample.write_text(f"def f():\n{body}\n", encoding="utf-8")
    assert long_functions(sample, tmp_path) == ["annotator/sample.py:1 f"]
