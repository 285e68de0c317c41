"""Fixtures for the format tests: a fresh SQLite database per test and a CLI runner."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from format_helpers import Cli

from annotator.store import Store


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "annotations.db")


@pytest.fixture
def opened(db: str) -> Iterator[Store]:
    store = Store.open(db)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def cli(db: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(db, capsys)
