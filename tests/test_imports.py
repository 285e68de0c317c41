"""The import layering of the package, read from the source with ``ast``.

Every ``import`` statement of every module under ``annotator/`` counts, at module level
and inside functions alike; imports under ``if TYPE_CHECKING:`` do not (they never run).
An import names the module it reaches: ``from annotator.store import Store`` is an arrow
to ``annotator.store``, ``from annotator.gui import settings`` one to
``annotator.gui.settings``.

Rules:
- domain code (text, spans, store, formats, agreement, adjudication, layers, urls,
  suggest, samples, paths, database_choice, and the command line outside its window
  start) never reaches Qt or ``annotator.gui``, directly or through other modules;
- the store never imports formats or the command line; formats never import the command
  line;
- no import circle inside ``annotator/``.
"""

from __future__ import annotations

import ast
import warnings
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "annotator"
QT = ("PySide6", "shiboken6", "qdarktheme")
GUI = "annotator.gui"
DOMAIN = (
    "annotator.text",
    "annotator.spans",
    "annotator.tag_schemes",
    "annotator.store",
    "annotator.formats",
    "annotator.agreement",
    "annotator.agreement_report",
    "annotator.adjudication",
    "annotator.layers",
    "annotator.urls",
    "annotator.suggest",
    "annotator.samples",
    "annotator.paths",
    "annotator.database_choice",
    "annotator.cli",
)
# Where the command line starts the window (annotator [DB]) or the self-test (which opens
# it offscreen): (module, function, imported module).
WINDOW_START = {
    ("annotator.cli", "run_gui", "annotator.gui.app"),
    ("annotator.cli", "_main", "annotator.selftest"),
}

# Known exceptions, being removed on other branches: delete a line when the test warns
# that it no longer matches anything.
# (importer, imported) arrows left out of the circle check. The store's helpers refer
# back to api.Store only under TYPE_CHECKING, which is no import circle; their calls of
# its private methods are the next list.
KNOWN_CIRCLE_ARROWS: set[tuple[str, str]] = set()
# Modules that call the store's private methods (``store._write``) or reach into its
# ``__dict__``: a circle through the object instead of an import.
KNOWN_PRIVATE_STORE_USE: set[str] = set()


@dataclass(frozen=True)
class Arrow:
    source: str  # importing module
    target: str  # imported module (as named), may be outside the package
    function: str | None  # the enclosing top-level function, None at module level
    line: int

    def where(self) -> str:
        return f"{self.source}:{self.line}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


class _Collector(ast.NodeVisitor):
    def __init__(self, module: str, is_package: bool, modules: set[str]) -> None:
        self.module, self.is_package, self.modules = module, is_package, modules
        self.function: str | None = None
        self.arrows: list[Arrow] = []

    def _add(self, target: str, line: int) -> None:
        self.arrows.append(Arrow(self.module, target, self.function, line))

    def visit_If(self, node: ast.If) -> None:
        if _is_type_checking(node.test):
            for child in node.orelse:
                self.visit(child)
            return
        self.generic_visit(node)

    def _visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        outer = self.function
        self.function = outer or node.name
        self.generic_visit(node)
        self.function = outer

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._visit_function(node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self._visit_function(node)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(alias.name, node.lineno)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = _resolve(self.module, self.is_package, node)
        for alias in node.names:
            submodule = f"{base}.{alias.name}"
            self._add(submodule if submodule in self.modules else base, node.lineno)


def _sources() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def collect_arrows() -> list[Arrow]:
    sources = _sources()
    modules = set(sources)
    arrows: list[Arrow] = []
    for module, path in sources.items():
        collector = _Collector(module, path.name == "__init__.py", modules)
        collector.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        arrows.extend(collector.arrows)
    return arrows


def lazy_handler_arrows() -> list[Arrow]:
    """The action table's ``"module:function"`` handlers: imports made on first use."""
    from annotator.gui.window_actions import HOTKEYS, MENUS, Act

    acts = [e for _title, entries in MENUS for e in entries if isinstance(e, Act)]
    return [
        Arrow("annotator.gui.window_actions", act.run.partition(":")[0], "_handler", 0)
        for act in [*acts, *HOTKEYS]
        if ":" in act.run
    ]


ARROWS = collect_arrows() + lazy_handler_arrows()
INTERNAL = [a for a in ARROWS if a.target in _sources() and a.target != a.source]


def _within(name: str, prefixes: tuple[str, ...] | str) -> bool:
    prefixes = (prefixes,) if isinstance(prefixes, str) else prefixes
    return any(name == p or name.startswith(f"{p}.") for p in prefixes)


def _graph(arrows: list[Arrow]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for arrow in arrows:
        graph.setdefault(arrow.source, set()).add(arrow.target)
    return graph


def _reached(start: str, graph: dict[str, set[str]]) -> dict[str, list[str]]:
    """Every module reachable from ``start``, with one import path to it."""
    paths = {start: [start]}
    todo = [start]
    while todo:
        current = todo.pop()
        for nxt in sorted(graph.get(current, ())):
            if nxt not in paths:
                paths[nxt] = [*paths[current], nxt]
                todo.append(nxt)
    return paths


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One circle per strongly connected component of more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_collector_sees_every_kind_of_import() -> None:
    """The rules below can only fail if imports are seen: check the reader on known ones."""
    by_source = {(a.source, a.target, a.function) for a in ARROWS}
    assert ("annotator.cli", "annotator.gui.app", "run_gui") in by_source  # in a function
    assert ("annotator.gui.app", "PySide6.QtWidgets", None) in by_source  # module level
    assert ("annotator.gui.app", "annotator.gui.settings", None) in by_source  # from x import m
    # under TYPE_CHECKING only, so not an arrow
    assert ("annotator.gui.window_actions", "annotator.gui.main_window", None) not in by_source
    assert len(_sources()) > 50


def test_every_lazy_action_handler_exists() -> None:
    """A handler named in the action table is imported only when first triggered: check
    now that each one resolves to a function."""
    import importlib

    from annotator.gui.window_actions import MENUS, Act

    specs = [e.run for _t, entries in MENUS for e in entries if isinstance(e, Act) and ":" in e.run]
    assert len(specs) >= 8
    for spec in specs:
        module, _, name = spec.partition(":")
        assert callable(getattr(importlib.import_module(module), name)), spec
    assert {a.target for a in lazy_handler_arrows()} <= set(_sources())


def test_domain_code_never_reaches_qt_or_the_gui() -> None:
    arrows = [a for a in ARROWS if (a.source, a.function, a.target) not in WINDOW_START]
    graph = _graph(arrows)
    bad = []
    for module in _sources():
        if not _within(module, DOMAIN):
            continue
        for reached, path in _reached(module, graph).items():
            if _within(reached, QT) or _within(reached, GUI):
                bad.append(" -> ".join(path))
    assert bad == [], "domain code reaches Qt or the GUI:\n" + "\n".join(sorted(set(bad)))


@pytest.mark.parametrize(
    ("importer", "forbidden"),
    [
        ("annotator.store", ("annotator.formats", "annotator.cli")),
        ("annotator.formats", ("annotator.cli",)),
    ],
)
def test_forbidden_arrows(importer: str, forbidden: tuple[str, ...]) -> None:
    bad = [
        f"{a.where()} imports {a.target}"
        for a in ARROWS
        if _within(a.source, importer) and _within(a.target, forbidden)
    ]
    assert bad == []


def test_no_import_circle() -> None:
    kept = [a for a in INTERNAL if (a.source, a.target) not in KNOWN_CIRCLE_ARROWS]
    circles = _cycles(_graph(kept))
    assert circles == [], "import circles:\n" + "\n".join(" <-> ".join(c) for c in circles)
    present = {(a.source, a.target) for a in INTERNAL}
    stale = sorted(KNOWN_CIRCLE_ARROWS - present)
    if stale:
        warnings.warn(
            f"KNOWN_CIRCLE_ARROWS lists arrows that no longer exist: {stale}", stacklevel=1
        )


def _private_store_use(tree: ast.AST) -> list[int]:
    """Lines that use a private attribute of something called ``store``."""
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or not node.attr.startswith("_"):
            continue
        if node.attr.startswith("__") and node.attr != "__dict__":
            continue
        owner = node.value
        name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", None)
        if name == "store":
            lines.append(node.lineno)
    return lines


def test_helpers_never_use_the_stores_private_parts() -> None:
    found = {}
    for module, path in _sources().items():
        if module == "annotator.store.api":
            continue
        lines = _private_store_use(ast.parse(path.read_text(encoding="utf-8")))
        if lines:
            found[module] = lines
    unexpected = {m: lines for m, lines in found.items() if m not in KNOWN_PRIVATE_STORE_USE}
    assert unexpected == {}, f"private Store attributes used outside api.py: {unexpected}"
    stale = sorted(KNOWN_PRIVATE_STORE_USE - set(found))
    if stale:
        warnings.warn(f"KNOWN_PRIVATE_STORE_USE lists clean modules: {stale}", stacklevel=1)
    planted = ast.parse("def f(store):\n    store._write()\n    self.store.__dict__\n")
    assert sorted(_private_store_use(planted)) == [2, 3]


def test_the_rules_catch_a_planted_violation() -> None:
    """A domain module importing the GUI, and a two-module circle, are found."""
    planted = [
        *INTERNAL,
        Arrow("annotator.layers", "annotator.gui.settings", None, 1),
        Arrow("annotator.gui.settings", "annotator.layers", "f", 1),
    ]
    graph = _graph(planted)
    assert "annotator.gui.settings" in _reached("annotator.layers", graph)
    assert ["annotator.gui.settings", "annotator.layers"] in _cycles(graph)
