"""``annotator suggest`` on the Wojood sample flattened to its outermost entities."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.store import Store
from annotator.suggest import crf, stored

from .helpers import conll_tokens


@pytest.fixture
def wojood_db(tmp_path: Path, wojood_small: Path) -> str:
    db = str(tmp_path / "w.annotator")
    assert main(["labels", "--db", db, "--preset", "wojood"]) == 0
    assert main(["import", "--db", db, str(wojood_small), "--format", "conll"]) == 0
    return db


def test_evaluate_beats_the_memory(wojood_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code = main(["suggest", "evaluate", "--db", wojood_db, "--from", "imported", "--json"])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["folds"] == 5 and report["documents"] == 1
    crf_f1, memory_f1 = report["crf"]["f1"], report["memory"]["f1"]
    assert memory_f1 > 0.1  # the memory finds names it has seen ...
    assert crf_f1 > memory_f1  # ... and the CRF does better on the same folds
    assert set(report["crf"]["per_label"]) >= {"PERS", "ORG", "GPE"}


def test_evaluate_reports_the_assistant_and_the_crf_alone(
    wojood_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    args = ["suggest", "evaluate", "--db", wojood_db, "--from", "imported", "--folds", "3"]
    assert main([*args, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assistant, crf_alone, memory = report["assistant"], report["crf"], report["memory"]
    assert assistant["f1"] > memory["f1"]  # what is suggested beats the memory alone ...
    assert assistant["f1"] >= crf_alone["f1"] - 0.01  # ... and the memory costs the CRF little
    assert assistant["support"] == crf_alone["support"] == memory["support"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "assistant (CRF, and the project memory where it is silent)" in out
    assert f"CRF alone: precision {crf_alone['precision']:.3f}" in out


def test_evaluate_text(wojood_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert (
        main(["suggest", "evaluate", "--db", wojood_db, "--from", "imported", "--folds", "2"]) == 0
    )
    out = capsys.readouterr().out
    assert "2-fold cross-validation" in out and "project memory alone" in out
    assert out.count("overall") == 2


def test_predict_conll_keeps_the_documents_tokens(
    wojood_db: str, wojood_small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "pred.conll"
    args = ["suggest", "predict", "--db", wojood_db, "--from", "imported"]
    assert main([*args, "--documents", "wojood_flat", "--format", "conll", "-o", str(out)]) == 0
    assert conll_tokens(out) == conll_tokens(wojood_small)
    tags = [line.split("\t")[1] for line in out.read_text(encoding="utf-8").split("\n") if line]
    assert sum(tag.startswith("B-") for tag in tags) > 100
    assert "in 1 document to" in capsys.readouterr().out
    with Store.open(wojood_db) as store:  # nothing stored: no model, no suggestions
        assert store.latest_suggest_model(0, data=False) is None
        doc = store.documents()[0].id
        assert store.suggestions_for(doc, "imported") == []


def test_predict_names_an_output_with_a_line_break_on_one_line(
    wojood_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-o $'p\nred.conll'`` printed the report on two lines (``export`` shows it escaped)."""
    out = tmp_path / "p\nred.conll"
    args = ["suggest", "predict", "--db", wojood_db, "--from", "imported", "--format", "conll"]
    capsys.readouterr()
    assert main([*args, "--documents", "wojood_flat", "-o", str(out)]) == 0
    assert out.is_file()
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and lines[0].endswith(f"to {tmp_path / 'p<U+000A>red.conll'}")


def test_predict_without_scheme_uses_the_projects_scheme_as_export_does(
    wojood_db: str, tmp_path: Path
) -> None:
    """README: predict takes the same options as ``annotator export``, whose ``--scheme``
    defaults to the project's (Project > Settings); predict wrote IOB2 whatever it was."""
    with Store.open(wojood_db) as store:
        store.set_export_scheme("BIOES")
    args = ["suggest", "predict", "--db", wojood_db, "--from", "imported", "--format", "conll"]
    predicted, exported = tmp_path / "pred.conll", tmp_path / "gold.conll"
    assert main([*args, "--documents", "wojood_flat", "-o", str(predicted)]) == 0
    assert main(["export", "--db", wojood_db, "--format", "conll", "-o", str(exported)]) == 0
    for path in (predicted, exported):
        tags = {line.split("\t")[-1][:2] for line in path.read_text("utf-8").splitlines() if line}
        assert {"S-", "E-"} <= tags, path.name
    assert (
        main([*args, "--documents", "wojood_flat", "--scheme", "iob2", "-o", str(predicted)]) == 0
    )
    tags = {line.split("\t")[-1][:2] for line in predicted.read_text("utf-8").splitlines() if line}
    assert not {"S-", "E-"} & tags


def test_predict_default_documents_are_the_unlabelled_ones(wojood_db: str, tmp_path: Path) -> None:
    with Store.open(wojood_db) as store:
        store.add_document("fresh", "زار الرئيس موسكو أمس")
    out = tmp_path / "pred.jsonl"
    args = ["suggest", "predict", "--db", wojood_db, "--from", "imported"]
    assert main([*args, "--format", "jsonl", "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [row["name"] for row in rows] == ["fresh"]
    # the export's tokens, cut where a predicted span starts inside one (ال | رئيس)
    assert "".join(t["text"] for t in rows[0]["tokens"]) == "زارالرئيسموسكوأمس"
    assert rows[0]["text"] == "زار الرئيس موسكو أمس"


def test_train_then_apply(wojood_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(wojood_db) as store:
        text = store.document(store.documents()[0].id).text
        fresh = store.add_document("fresh", text[:1200].replace("\n", " ")).id
    capsys.readouterr()
    assert main(["suggest", "train", "--db", wojood_db, "--from", "imported", "--no-held-out"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("trained on ") and "from imported" in out and "model 1" in out
    assert main(["suggest", "apply", "--db", wojood_db, "--documents", "fresh",
                 "--annotator", "amal", "--min-confidence", "0.5"]) == 0  # fmt: skip
    assert "for amal (model 1)" in capsys.readouterr().out
    with Store.open(wojood_db) as store:
        found = store.suggestions_for(fresh, "amal")
        assert found and all(s.confidence >= 0.5 and s.model_id == 1 for s in found)
        assert store.spans_for(fresh) == []


def test_nothing_to_learn_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "empty.annotator")
    with Store.open(db) as store:
        store.add_document("a", "نص")
    assert main(["suggest", "train", "--db", db]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("annotator: error: nothing to learn from") and "\n" not in err


def test_without_crfsuite_the_memory_is_used(
    wojood_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "pycrfsuite", None)  # "import pycrfsuite" fails
    crf._forget()
    try:
        capsys.readouterr()
        args = ["suggest", "evaluate", "--db", wojood_db, "--from", "imported", "--json"]
        assert main([*args, "--folds", "2"]) == 0
        captured = capsys.readouterr()
        assert "python-crfsuite cannot be loaded" in captured.err
        report = json.loads(captured.out)
        assert report["crf"] is None and report["memory"]["f1"] > 0.1
        assert main(["suggest", "train", "--db", wojood_db, "--from", "imported"]) == 0
        assert "(project memory only)" in capsys.readouterr().out
    finally:
        monkeypatch.undo()
        crf._forget()
    assert crf.crfsuite() is not None


class Terminal(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_train_shows_progress_on_a_terminal_only(
    wojood_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a terminal, stderr shows one line rewritten in place (features, each training
    iteration, the held-out run's too), erased at the end; stdout's summary is unchanged.
    Not on a terminal, stderr stays empty."""
    capsys.readouterr()
    terminal = Terminal()
    with monkeypatch.context() as patch:
        patch.setattr(sys, "stderr", terminal)
        assert main(["suggest", "train", "--db", wojood_db, "--from", "imported"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("trained on ") and out.count("\n") == 1 and "\r" not in out
    shown = terminal.getvalue()
    assert "\n" not in shown
    frames = shown.split("\r")
    assert any(re.fullmatch(r"suggest train: features, sentence \d+/\d+ *", f) for f in frames)
    training = [
        f for f in frames if re.fullmatch(r"suggest train: training, iteration \d+/\d+ *", f)
    ]
    assert len(training) > 1  # iterations are shown as they pass
    assert any(f.startswith("suggest train: measuring the held-out F1, iteration ") for f in frames)
    assert frames[-1] == "" and frames[-2].strip() == ""  # the line is erased at the end
    assert main(["suggest", "train", "--db", wojood_db, "--from", "imported", "--no-held-out"]) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out.startswith("trained on ")


def test_a_failed_training_erases_its_progress_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "empty.annotator")
    with Store.open(db) as store:
        store.add_document("a", "نص")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["suggest", "train", "--db", db]) == 1
    shown = terminal.getvalue()
    assert "suggest train: reading" in shown
    last = shown.split("\r")[-1]
    assert last.startswith("annotator: error: nothing to learn from") and last.count("\n") == 1


def test_ctrl_c_during_training_is_one_line_and_keeps_the_model(wojood_db: str) -> None:
    """Ctrl+C while ``suggest train`` trains: one line, exit 130 (the command line's code
    for an interrupt), no traceback, and the stored model is the one before."""
    import signal
    import subprocess

    assert main(["suggest", "train", "--db", wojood_db, "--from", "imported", "--no-held-out"]) == 0
    with Store.open(wojood_db) as store:
        before = stored.latest_info(store)
    assert before is not None
    argv = [sys.executable, "-m", "annotator.cli", "suggest", "train", "--db", wojood_db,
            "--from", "imported", "--progress", "json"]  # fmt: skip
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    for line in process.stdout:  # the held-out run's first iterations: far from saving
        if '"evaluating"' in line:
            break
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert '"finished"' not in out
    assert process.returncode == 130
    assert err.strip().splitlines() == ["annotator: interrupted"], err
    with Store.open(wojood_db) as store:
        assert stored.latest_info(store) == before


def test_train_says_how_long_the_whole_training_took(
    wojood_db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The summary's time is the command's training, the held-out run included (it said
    only the final model's training: 157 s of a 285 s run on a 5 MB document)."""
    from types import SimpleNamespace

    import annotator.suggest.cli as suggest_cli

    ticks = iter([100.0, 142.5])
    clock = SimpleNamespace(monotonic=lambda: next(ticks))
    monkeypatch.setattr(suggest_cli, "time", clock, raising=False)
    capsys.readouterr()
    assert main(["suggest", "train", "--db", wojood_db, "--from", "imported"]) == 0
    out = capsys.readouterr().out
    assert " in 42.5 s; held-out F1 " in out, out
