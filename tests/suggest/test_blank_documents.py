"""Documents with no token (only whitespace) or only punctuation, for the assistant:
nothing to predict there, and no failure for the other documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.store import Store
from annotator.suggest import assistant, crf
from annotator.suggest.corpus import base_units
from annotator.text.boundaries import boundaries

BLANK = " \n\u00a0\u2028\u3000 \t"


def test_a_blank_text_has_no_prediction_units() -> None:
    assert base_units(1, BLANK, boundaries(BLANK)) == []
    assert base_units(1, "", boundaries("")) == []
    assert base_units(1, BLANK, boundaries(BLANK, whitespace=True)) == []


@pytest.fixture
def project(tmp_path: Path) -> str:
    db = str(tmp_path / "p.annotator")
    with Store.open(db) as store:
        store.add_label("LOC")
        for i, text in enumerate(["زار الوفد موسكو أمس", "وصل الوزير إلى موسكو"]):
            doc = store.add_document(f"d{i}", text).id
            at = text.index("موسكو")
            store.add_span(doc, "amal", at, at + 5, "LOC")
            store.set_status(doc, "done", "amal")
        store.add_document("blank", BLANK)
        store.add_document("marks", "!!! ، ؟ ... «»")
        store.add_document("fresh", "غادر الوفد موسكو")
    return db


def test_predict_writes_blank_and_punctuation_documents(project: str, tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    args = ["suggest", "predict", "--db", project, "--format", "jsonl", "-o", str(out)]
    assert main(args) == 0
    rows = {row["name"]: row for row in map(json.loads, out.read_text("utf-8").splitlines())}
    assert sorted(rows) == ["blank", "fresh", "marks"]
    assert rows["blank"]["tokens"] == [] and rows["blank"]["spans"] == []
    assert rows["marks"]["spans"] == []
    assert [s["text"] for s in rows["fresh"]["spans"]] == ["موسكو"]


def test_apply_and_ranking_pass_over_a_blank_document(project: str) -> None:
    with Store.open(project) as store:
        ids = {d.name: d.id for d in store.documents()}
        model = assistant.train(store, None, held_out=False).model
        report = assistant.apply(store, model, None, [ids["blank"], ids["fresh"]], "badr")
        assert report.documents == 2 and report.suggestions == 1
        ranked = dict(assistant.rank_uncertain(store, model, "amal"))
        assert ranked[ids["blank"]] == 1.0 and set(ranked) == {
            ids["blank"],
            ids["marks"],
            ids["fresh"],
        }


def test_evaluate_without_entities_does_not_blame_crfsuite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "e.annotator")
    with Store.open(db) as store:
        store.add_label("LOC")
        for i, text in enumerate(["زار الوفد موسكو", "وصل الوزير", "!!! ، ؟"]):
            store.set_status(store.add_document(f"d{i}", text).id, "done", "amal")
    capsys.readouterr()
    assert main(["suggest", "evaluate", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "CRF: none trained: no entities to learn from" in out
    if crf.unavailable_reason() is None:
        assert "cannot be loaded" not in out
