"""``annotator import`` of the same file twice, on both database backends: the second
import adds nothing, changes no span and says how many spans were already there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.store import Store


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def spans(url: str, layer: str) -> list[tuple[str, int, int, str]]:
    with Store.open(url) as store:
        names = {d.id: d.name for d in store.documents()}
        by_doc = store.spans_by_document(list(names), layer)
        return sorted((names[i], s.start, s.end, s.label) for i, v in by_doc.items() for s in v)


def test_importing_the_same_file_twice(capsys, store_url: str, tmp_path: Path) -> None:
    assert run(capsys, "--db", store_url, "labels", "--preset", "anercorp")[0] == 0
    data = tmp_path / "in.jsonl"
    records = [
        {"name": "a", "text": "زار بوتين موسكو", "label": [[4, 9, "PERS"], [10, 15, "LOC"]]},
        {"name": "b", "text": "في واشنطن", "label": [[3, 9, "LOC"]]},
    ]
    data.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    status, out, err = run(capsys, "--db", store_url, "import", str(data), "--annotator", "bob")
    assert status == 0, err
    assert out == (
        "imported 1 path: 2 documents created, 0 merged, 3 spans added, labels added: none\n"
    )
    stored = spans(store_url, "bob")
    assert len(stored) == 3
    status, out, err = run(capsys, "--db", store_url, "import", str(data), "--annotator", "bob")
    assert status == 0, err
    assert out == (
        "imported 1 path: 0 documents created, 2 merged, 0 spans added, "
        "3 spans already there, labels added: none\n"
    )
    assert spans(store_url, "bob") == stored
    # one more span in the file: only that one is added
    records[1]["label"].append([0, 2, "MISC"])
    data.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    status, out, err = run(capsys, "--db", store_url, "import", str(data), "--annotator", "bob")
    assert status == 0, err
    assert "0 documents created, 2 merged, 1 span added, 3 spans already there," in out
    assert spans(store_url, "bob") == sorted([*stored, ("b", 0, 2, "MISC")])
