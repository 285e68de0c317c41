"""``annotator suggest`` refuses confidences that are not probabilities, as a usage error
naming the option, before opening the database."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli import main


@pytest.mark.parametrize("value", ["nan", "-0.1", "1.5", "inf", "-inf"])
@pytest.mark.parametrize("action", ["apply", "predict"])
def test_min_confidence_outside_0_to_1_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], action: str, value: str
) -> None:
    db = tmp_path / "never.annotator"
    extra = ["--format", "conll", "-o", str(tmp_path / "out.conll")] if action == "predict" else []
    with pytest.raises(SystemExit) as usage:
        main(["suggest", action, "--db", str(db), *extra, f"--min-confidence={value}"])
    assert usage.value.code == 2
    err = capsys.readouterr().err
    assert "--min-confidence" in err and "from 0 to 1" in err and "Traceback" not in err
    assert not db.exists() and not (tmp_path / "out.conll").exists()


@pytest.mark.parametrize("value", ["0", "1", "0.8", "1e-3"])
def test_min_confidence_inside_0_to_1_is_taken(value: str) -> None:
    from annotator.suggest.cli import confidence

    assert confidence(value) == float(value)


def test_more_folds_than_sentences_is_one_fold_a_sentence(tmp_path: Path) -> None:
    """``--folds 1000000000000`` on four sentences: four folds, at once (the chunk bounds
    were listed for every fold asked for, which ran until memory ran out)."""
    import subprocess
    import sys

    from annotator.store import Store

    db = str(tmp_path / "p.annotator")
    with Store.open(db) as store:
        store.add_label("LOC")
        for i, text in enumerate(["زار موسكو. ثم عاد", "سافر إلى موسكو. وعاد"]):
            doc = store.add_document(f"d{i}", text).id
            store.add_span(doc, "amal", text.index("موسكو"), text.index("موسكو") + 5, "LOC")
            store.set_status(doc, "done", "amal")
    command = [sys.executable, "-m", "annotator.cli", "--db", db, "suggest", "evaluate"]
    run = subprocess.run(
        [*command, "--folds", "1000000000000"], capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("4-fold cross-validation on 4 sentences of 2 documents")


def test_evaluate_on_a_single_sentence_says_it_cannot(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One labelled sentence cannot be cross-validated: the one fold trained on nothing
    and reported F1 0.000 and 'no entities to learn from' beside the project's entity."""
    from annotator.store import Store

    db = str(tmp_path / "p.annotator")
    text = "زار الوفد موسكو أمس"
    with Store.open(db) as store:
        store.add_label("LOC")
        doc = store.add_document("d", text).id
        store.add_span(doc, "amal", text.index("موسكو"), text.index("موسكو") + 5, "LOC")
        store.set_status(doc, "done", "amal")
    capsys.readouterr()
    assert main(["suggest", "evaluate", "--db", db]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "annotator: error: cross-validation needs at least 2 sentences to hold out in turn; "
        "the documents learned from have 1\n"
    )
