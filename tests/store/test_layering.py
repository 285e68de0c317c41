"""The store's arrows run one way: api.py -> helpers -> context -> models. No helper
imports api.py (not even for type checking) or reaches into the Store's private parts;
no module of the store imports Qt, the GUI, the formats or the command line; the store's
modules import each other without a circle. Read from the source (ast), so a forbidden
import anywhere in a module, also inside a function, fails here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

STORE = Path(__file__).resolve().parents[2] / "annotator" / "store"
MODULES = sorted(p for p in STORE.rglob("*.py") if "migrations" not in p.parts)
HELPERS = [
    p
    for p in MODULES
    if p.stem not in ("api", "__init__")  # the facade, and the lazy names of the package
]
FORBIDDEN = ("PySide6", "annotator.gui", "annotator.formats", "annotator.cli")
PRIVATE = {"_write", "_annotator_id", "_require_document", "_document_text", "_next_order"}


def _name(path: Path) -> str:
    parts = path.relative_to(STORE.parents[1]).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports, at any depth of its code."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            # "from annotator.store import api" imports the module annotator.store.api
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _store_imports(path: Path) -> set[str]:
    known = {_name(p) for p in MODULES}
    return {name for name in _imports(path) if name in known and name != "annotator.store"}


@pytest.mark.parametrize("path", HELPERS, ids=lambda p: p.stem)
def test_helpers_do_not_import_the_facade(path: Path) -> None:
    assert "annotator.store.api" not in _imports(path)


@pytest.mark.parametrize("path", HELPERS, ids=lambda p: p.stem)
def test_helpers_do_not_use_private_parts_of_the_store(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    used = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    assert not used & PRIVATE
    assert "__dict__" not in used


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.stem)
def test_store_imports_no_qt_gui_formats_or_cli(path: Path) -> None:
    bad = {name for name in _imports(path) if name.startswith(FORBIDDEN)}
    assert bad == set()


def test_no_circle_among_the_store_modules() -> None:
    graph = {_name(p): _store_imports(p) for p in MODULES}
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> None:
        if name in path:
            cycle = [*path[path.index(name) :], name]
            pytest.fail("import circle: " + " -> ".join(cycle))
        if name in done:
            return
        for target in sorted(graph.get(name, ())):
            visit(target, [*path, name])
        done.add(name)

    for name in sorted(graph):
        visit(name, [])


def test_the_checks_see_imports() -> None:
    """The reader itself: it finds imports inside functions and TYPE_CHECKING blocks."""
    api = STORE / "api.py"
    assert "annotator.store.batch_insert" in _imports(api)  # imported inside a method
    assert "annotator.spans" in _imports(api)  # under TYPE_CHECKING
    assert "annotator.store.context" in _store_imports(STORE / "assignments.py")
