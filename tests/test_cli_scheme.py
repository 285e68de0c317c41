"""`annotator export` takes the project's tag scheme when --scheme is not given."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli import main
from annotator.store import Store

TEXT = "زار الرئيس فلاديمير بوتين موسكو."


def _tags(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[1] for line in lines if line]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "p.annotator"
    with Store.open(path) as store:
        store.apply_preset("anercorp")
        doc = store.add_document("news", TEXT).id
        start = TEXT.index("فلاديمير")
        store.add_span(doc, "gold", start, start + len("فلاديمير بوتين"), "PERS")
    return path


def test_export_without_scheme_uses_the_projects(capsys, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "default.conll"
    assert main(["--db", str(db), "export", "--format", "conll", "-o", str(out)]) == 0
    assert "B-PERS" in _tags(out) and "E-PERS" not in _tags(out)  # IOB2 until set
    with Store.open(db) as store:
        store.set_export_scheme("BIOES")
    assert main(["--db", str(db), "export", "--format", "conll", "-o", str(out)]) == 0
    assert [t for t in _tags(out) if t != "O"] == ["B-PERS", "E-PERS"]
    assert "spaCy reads BIOES" in capsys.readouterr().err
    # an explicit --scheme still wins
    args = ["--db", str(db), "export", "--format", "conll", "--scheme", "iob2", "-o", str(out)]
    assert main(args) == 0
    assert [t for t in _tags(out) if t != "O"] == ["B-PERS", "I-PERS"]
