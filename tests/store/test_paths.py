"""annotator.paths: default database location and data folders in each layout."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from annotator import paths


def test_default_database_is_in_the_user_data_folder() -> None:
    expected = Path(os.environ["XDG_DATA_HOME"]) / "annotator" / "annotations.annotator"
    assert paths.default_database_path() == expected


def test_log_dir_is_per_user_and_named_after_the_app() -> None:
    assert "annotator" in paths.log_dir().parts


def test_checkout_layout() -> None:
    root = Path(__file__).resolve().parents[2]
    if (root / "seeds").is_dir():
        assert paths.seeds_dir() == root / "seeds"
    if (root / "resources").is_dir():
        assert paths.resource_dir() == root / "resources"


def test_bundle_layout_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources").mkdir()
    (tmp_path / "seeds").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_dir() == tmp_path / "resources"
    assert paths.seeds_dir() == tmp_path / "seeds"


def test_installed_layout_and_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "CHECKOUT_ROOT", tmp_path / "no-checkout")
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "prefix"))
    with pytest.raises(FileNotFoundError, match="cannot find the annotator's seeds folder"):
        paths.seeds_dir()
    share = tmp_path / "prefix" / "share" / "annotator"
    (share / "seeds").mkdir(parents=True)
    (share / "resources").mkdir()
    assert paths.seeds_dir() == share / "seeds"
    assert paths.resource_dir() == share / "resources"
