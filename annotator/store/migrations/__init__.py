"""Numbered schema migrations.

Each module ``NNNN_name.py`` defines ``VERSION`` (its number) and ``apply(db)``, which
changes a database at version ``VERSION - 1`` into version ``VERSION``. Migrations carry
their own frozen table definitions: they must keep producing the schema of their time
even after :mod:`annotator.store.models` moves on. The list is explicit (not discovered)
so that frozen application bundles, which cannot list package folders, find them too.
"""

from __future__ import annotations

import importlib
from types import ModuleType

MODULES: tuple[str, ...] = (
    "0001_initial",
    "0002_revision",
    "0003_assignments",
    "0004_boundaries",
    "0005_span_range_index",
    "0006_suggestions",
    "0007_notes_flags",
    "0008_guidelines_time",
    "0009_span_index_prefixes",
    "0010_search_whitespace",
    "0011_label_renames",
)


def load() -> list[ModuleType]:
    """The migration modules in order; checks that their numbers run 1, 2, 3, ..."""
    modules = [importlib.import_module(f"{__name__}.{name}") for name in MODULES]
    for expected, module in enumerate(modules, start=1):
        if expected != module.VERSION:
            raise RuntimeError(f"migration {module.__name__} has VERSION {module.VERSION}")
    return modules


def latest_version() -> int:
    return len(MODULES)
