"""An export that finds no documents (a --status none has) says so: its files are empty,
and a dataset folder without rows is one datasets.load_dataset refuses."""

from __future__ import annotations

from pathlib import Path

import pytest
from format_helpers import Cli

from annotator.store import Store


@pytest.mark.parametrize("fmt", ["conll", "jsonl", "hf-folder", "spacy", "brat"])
def test_an_export_without_documents_says_it_is_empty(
    cli: Cli, db: str, tmp_path: Path, fmt: str
) -> None:
    with Store.open(db) as store:
        store.add_label("LOC")
        doc = store.add_document("d", "زار موسكو")
        store.add_span(doc.id, "amal", 4, 9, "LOC")
    out = tmp_path / "out"
    status, stdout, err = cli("export", "--format", fmt, "--status", "reviewed", "-o", str(out))
    assert status == 0, err
    assert "exported 0 documents" in stdout
    notes = [line for line in err.splitlines() if "no documents" in line]
    assert notes == [
        "note: no documents with status reviewed in the layer: the export is empty"
        + (
            " (datasets.load_dataset cannot load a dataset without rows)"
            if fmt == "hf-folder"
            else ""
        )
    ], err
    status, _stdout, err = cli("export", "--format", fmt, "-o", str(tmp_path / "all"))
    assert status == 0 and "no documents" not in err, err
