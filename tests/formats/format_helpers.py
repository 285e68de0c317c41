"""Shared helpers for the format tests (imported by conftest.py and the tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from annotator.cli import main as cli_main
from annotator.formats.export import ExportOptions, export
from annotator.store import Store

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
WOJOOD = ROOT / "tests" / "data" / "wojood_sample_train.txt"


class Cli:
    def __init__(self, db: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        status = cli_main(["--db", self.db, *args])
        out, err = self.capsys.readouterr()
        return status, out, err

    def ok(self, *args: str) -> str:
        status, out, err = self(*args)
        assert status == 0, err
        return out


def snapshot(db: str) -> tuple:
    """Everything an import could change, for before/after comparisons."""
    store = Store.open(db)
    try:
        docs = store.documents()
        ids = [d.id for d in docs]
        spans = {
            a.name: sorted(
                (s.document_id, s.start, s.end, s.label)
                for v in store.spans_by_document(ids, a.name).values()
                for s in v
            )
            for a in store.annotators()
        }
        return (
            store.revision(),
            store.policy,
            [(d.id, d.name, d.sha256) for d in docs],
            [label.name for label in store.labels()],
            spans,
        )
    finally:
        store.close()


def export_text(db: str, out: Path, **options: Any) -> str:
    """Export through the library call (no CLI) and return the written text."""
    store = Store.open(db)
    try:
        export(store, ExportOptions(**options), out)
    finally:
        store.close()
    return out.read_text(encoding="utf-8")
