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
