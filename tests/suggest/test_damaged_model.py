"""A stored CRF whose bytes are truncated or corrupt never reaches crfsuite, which
crashes the whole process (segmentation fault) on such bytes instead of raising: the
assistant falls back to the project memory and says why, and the command line trains a
new model."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.store import Store
from annotator.suggest import assistant, crf

pytestmark = pytest.mark.skipif(crf.unavailable_reason() is not None, reason="no crfsuite")

TEXTS = [
    "زار الرئيس موسكو أمس ثم عاد إلى القاهرة",
    "وصل الوزير إلى باريس قادما من لندن",
    "قال المتحدث في القاهرة إن الوفد سيزور موسكو",
]
NAMES = ("موسكو", "القاهرة", "باريس", "لندن")


def _project(path: Path) -> tuple[str, int]:
    """A project whose three documents are labelled and done, a trained model, and one
    new document; the database path and the new document's id."""
    db = str(path / "p.annotator")
    with Store.open(db) as store:
        store.add_label("LOC")
        for i, text in enumerate(TEXTS):
            doc = store.add_document(f"d{i}", text).id
            for name in NAMES:
                at = text.find(name)
                if at >= 0:
                    store.add_span(doc, "amal", at, at + len(name), "LOC")
            store.set_status(doc, "done", "amal")
        fresh = store.add_document("fresh", "سافر الوفد إلى لندن ثم إلى باريس").id
        assert assistant.train(store, None, held_out=False).model.uses_crf
    return db, fresh


def _damage(db: str, how: str) -> bytes:
    """Damage the newest model's CRF bytes in place; the damaged bytes."""
    with sqlite3.connect(db) as con:
        model_id, data = con.execute(
            "SELECT id, crf FROM suggest_model ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if how == "truncated":
            bad = bytes(data[: len(data) // 2])
        else:  # same length, bytes of the feature tables overwritten
            bad = bytearray(data)
            for i in range(100, len(bad), 37):
                bad[i] = (bad[i] + 101) % 256
            bad = bytes(bad)
        con.execute("UPDATE suggest_model SET crf = ? WHERE id = ?", (bad, model_id))
    return bad


@pytest.fixture(scope="module")
def good_model(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    db, _fresh = _project(tmp_path_factory.mktemp("good"))
    with sqlite3.connect(db) as con:
        return bytes(con.execute("SELECT crf FROM suggest_model").fetchone()[0])


def test_model_problem_accepts_a_sound_model(good_model: bytes) -> None:
    assert crf.model_problem(good_model) is None
    assert crf.model_problem(good_model, crf.model_digest(good_model)) is None


@pytest.mark.parametrize("cut", [0, 1, 10, 47, 48, 100, -1])
def test_model_problem_names_truncated_bytes(good_model: bytes, cut: int) -> None:
    problem = crf.model_problem(good_model[:cut])
    assert problem is not None and "damaged" in problem


def test_model_problem_names_corrupt_bytes_by_their_digest(good_model: bytes) -> None:
    bad = bytearray(good_model)
    bad[len(bad) // 2] ^= 0xFF
    assert crf.model_problem(bytes(bad)) is None  # the header alone cannot tell
    problem = crf.model_problem(bytes(bad), crf.model_digest(good_model))
    assert problem is not None and "checksum" in problem


def test_tagger_refuses_damaged_bytes_without_crashing(good_model: bytes) -> None:
    with pytest.raises(crf.DamagedModelError, match="damaged"):
        crf.CrfTagger(good_model[:200])


_LOAD = """
import sys
from annotator.store import Store
from annotator.suggest import assistant, stored
with Store.open(sys.argv[1]) as store:
    model_id, model = stored.load_latest(store)
    found = assistant.predict_documents(store, model, [int(sys.argv[2])], None)
    print(model.uses_crf, model.info.crf, model.info.note)
    print(sorted(p.label for p in found[int(sys.argv[2])]))
"""


@pytest.mark.parametrize("how", ["truncated", "corrupt"])
def test_a_damaged_stored_model_falls_back_to_the_memory(tmp_path: Path, how: str) -> None:
    db, fresh = _project(tmp_path)
    _damage(db, how)
    # in a child process: without the check crfsuite takes the process down
    run = subprocess.run(
        [sys.executable, "-c", _LOAD, db, str(fresh)], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    first, second = run.stdout.splitlines()
    assert first.startswith("False False ") and "damaged" in first
    assert second == "['LOC', 'LOC']"  # the memory still knows لندن and باريس


@pytest.mark.parametrize("how", ["truncated", "corrupt"])
def test_suggest_apply_retrains_over_a_damaged_model(tmp_path: Path, how: str) -> None:
    db, fresh = _project(tmp_path)
    _damage(db, how)
    command = [sys.executable, "-m", "annotator.cli", "--db", db, "suggest", "apply"]
    run = subprocess.run(
        [*command, "--annotator", "badr", "--documents", "fresh"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "damaged" in run.stderr and "Traceback" not in run.stderr
    assert "stored 2 suggestions in 1 document for badr" in run.stdout
    with Store.open(db) as store:
        labels = [s.label for s in store.suggestions_for(fresh, "badr")]
        assert labels == ["LOC", "LOC"]
        with sqlite3.connect(db) as con:
            newest = con.execute("SELECT crf FROM suggest_model ORDER BY id DESC").fetchone()[0]
        assert crf.model_problem(bytes(newest)) is None  # a sound model is the latest now


def _damage_memory(db: str, how: str) -> None:
    """Damage the newest model's project memory (JSON bytes) in place."""
    with sqlite3.connect(db) as con:
        model_id, data = con.execute(
            "SELECT id, memory FROM suggest_model ORDER BY id DESC LIMIT 1"
        ).fetchone()
        bad = {
            "truncated": bytes(data[: len(data) // 2 + 1]),  # inside an Arabic letter's bytes
            "not utf-8": b"\xff\xfe" + bytes(data),
            "empty": b"",
            "another format": b'{"format": 99}',
            "wrong shape": b'{"format": 1, "labels": ["x"], "unlabelled": {}, "tokens": {}}',
        }[how]
        con.execute("UPDATE suggest_model SET memory = ? WHERE id = ?", (bad, model_id))


MEMORY_DAMAGE = ["truncated", "not utf-8", "empty", "another format", "wrong shape"]


@pytest.mark.parametrize("how", MEMORY_DAMAGE)
def test_a_damaged_project_memory_is_named_not_raised(tmp_path: Path, how: str) -> None:
    """Loading never raises (the window's every look for a model failed with the JSON
    error): the model says its memory is damaged and predicts from what is sound."""
    from annotator.suggest import stored

    db, fresh = _project(tmp_path)
    _damage_memory(db, how)
    with Store.open(db) as store:
        loaded = stored.load_latest(store)
        assert loaded is not None
        model = loaded[1]
        assert model.damaged is not None and "project memory is damaged" in model.damaged
        assert len(model.memory) == 0 and model.info.note == model.damaged
        assistant.predict_documents(store, model, [fresh], None)  # predicts without raising


def _predict_fresh(db: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """``annotator suggest predict`` of the document "fresh", which must succeed."""
    out = tmp_path / "pred.conll"
    command = [sys.executable, "-m", "annotator.cli", "--db", db, "suggest", "predict"]
    run = subprocess.run(
        [*command, "--format", "conll", "--documents", "fresh", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return run


@pytest.mark.parametrize("how", ["truncated", "another format"])
def test_suggest_predict_retrains_over_a_damaged_memory(tmp_path: Path, how: str) -> None:
    db, _fresh = _project(tmp_path)
    _damage_memory(db, how)
    run = _predict_fresh(db, tmp_path)
    assert "project memory is damaged" in run.stderr and "training a new one" in run.stderr
    assert "wrote 2 predicted spans in 1 document" in run.stdout


@pytest.mark.parametrize("column", ["info", "layers"])
def test_a_damaged_model_row_is_named_and_retrained(tmp_path: Path, column: str) -> None:
    """The row's JSON columns cut short: loading names the damage (its CRF is not opened:
    its checksum is in the damaged info), and suggest predict trains a new model (it
    failed with 'Unterminated string starting at: line 1 column 2')."""
    from annotator.suggest import stored

    db, _fresh = _project(tmp_path)
    with sqlite3.connect(db) as con:
        cut = {  # the column's JSON without its last character
            "info": "UPDATE suggest_model SET info = substr(info, 1, length(info) - 1)",
            "layers": "UPDATE suggest_model SET layers = substr(layers, 1, length(layers) - 1)",
        }
        con.execute(cut[column])
    with Store.open(db) as store:
        loaded = stored.load_latest(store)
        assert loaded is not None and not loaded[1].uses_crf
        assert loaded[1].damaged is not None and "stored model is damaged" in loaded[1].damaged
        assert stored.latest_info(store) is not None
    run = _predict_fresh(db, tmp_path)
    assert "stored model is damaged" in run.stderr and "training a new one" in run.stderr
    assert "wrote 2 predicted spans in 1 document" in run.stdout
