"""The rendered-theme cache key must not need qdarktheme's source files (absent when frozen)."""

from __future__ import annotations

import importlib.machinery
import sys

from annotator.gui import theme


def test_cache_key_without_source_files(monkeypatch, tmp_path) -> None:
    missing = importlib.machinery.ModuleSpec("qdarktheme", None, origin=str(tmp_path / "gone.py"))
    monkeypatch.setattr(theme.importlib.util, "find_spec", lambda name: missing)
    path = theme._cache_file("dark")
    assert path is not None
    assert path.name.startswith("theme-dark-")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "also-gone"))
    assert theme._cache_file("dark") is None
