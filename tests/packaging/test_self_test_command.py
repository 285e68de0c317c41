"""`annotator --self-test`: passes on a working install, fails with one line otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator import selftest

RUN_MAIN = "import sys; from annotator.cli import main; sys.exit(main(sys.argv[1:]))"


def _run(tmp_path: Path, **extra_env: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test must choose offscreen by itself
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), **extra_env)
    return subprocess.run(
        [sys.executable, "-c", RUN_MAIN, "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=180,
    )


@pytest.mark.gui
def test_self_test_passes_without_a_display(tmp_path: Path) -> None:
    result = _run(tmp_path)
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert lines[-1].startswith("self-test: OK")
    for step in ("sample corpus", "main window", "undo", "export CoNLL", "export JSONL"):
        assert f"self-test: {step}: ok" in lines
    assert "self-test: platform offscreen" in lines
    # Nothing is left behind: settings went to the temporary folder, not the user's.
    assert not (tmp_path / "config" / "annotator").exists()


@pytest.mark.gui
def test_self_test_reports_a_broken_corpus_in_one_line(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "bad.txt").write_bytes("خبر\n".encode() + b"\xff\xfe broken\n")
    result = _run(tmp_path, ANNOTATOR_SEEDS=str(seeds))
    assert result.returncode == 1
    failed = [x for x in result.stdout.splitlines() if "FAILED" in x]
    assert len(failed) == 1
    assert failed[0].startswith("self-test: FAILED: sample corpus: ")
    assert "bad.txt" in failed[0]
    assert "Traceback" not in result.stdout + result.stderr


def _conll(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "x.conll"
    path.write_text(body, encoding="utf-8")
    return path


def test_conll_check_accepts_matching_tokens_and_entity(tmp_path: Path) -> None:
    texts = {"a": "وصل إلى روسيا اليوم.", "b": "كيم جونغ أون"}
    path = _conll(
        tmp_path,
        "-DOCSTART- -X- O O\n\nوصل _ _ O\nإلى _ _ O\nروسيا _ _ B-LOC\nاليوم _ _ O\n. _ _ O\n\n"
        "-DOCSTART- -X- O O\n\nكيم _ _ O\nجونغ _ _ O\nأون _ _ O\n\n",
    )
    detail = selftest._check_conll(path, texts, ("LOC", "روسيا"))
    assert detail == "8 tokens, 2 documents"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        # the entity is on the wrong token
        ("-DOCSTART- -X- O O\n\nوصل _ _ B-LOC\nروسيا _ _ O\n", "entities"),
        # a token is missing from the text
        ("-DOCSTART- -X- O O\n\nروسيا _ _ B-LOC\n", "do not spell"),
        # an I- tag that does not continue an entity
        ("-DOCSTART- -X- O O\n\nوصل _ _ I-LOC\nروسيا _ _ O\n", "without its B-"),
    ],
)
def test_conll_check_refuses_wrong_output(tmp_path: Path, body: str, reason: str) -> None:
    with pytest.raises(selftest.SelfTestError, match=reason):
        selftest._check_conll(_conll(tmp_path, body), {"a": "وصل روسيا"}, ("LOC", "روسيا"))


def test_jsonl_check_refuses_tags_that_miss_the_span(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    record = (
        '{"name": "a", "text": "وصل روسيا", "tokens": ["وصل", "روسيا"], '
        '"ner_tags": ["B-LOC", "O"], "spans": [{"start": 4, "end": 9, "label": "LOC"}]}\n'
    )
    path.write_text(record, encoding="utf-8")
    with pytest.raises(selftest.SelfTestError, match="do not mark"):
        selftest._check_jsonl(path, {"a": "وصل روسيا"}, (4, 9, "LOC"))
    path.write_text(record.replace('["B-LOC", "O"]', '["O", "B-LOC"]'), encoding="utf-8")
    assert selftest._check_jsonl(path, {"a": "وصل روسيا"}, (4, 9, "LOC")) == "1 record"
