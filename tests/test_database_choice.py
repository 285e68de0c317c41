"""One precedence for the database, in the command line and the window: positional
argument, then --db, then ANNOTATOR_DB, then the last database (window only), then the
default in the user data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.database_choice import ENV_VAR, choose_database


@pytest.fixture
def no_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.delenv(ENV_VAR, raising=False)
    return monkeypatch


def test_each_source_wins_over_the_ones_after_it(no_env: pytest.MonkeyPatch, tmp_path: Path):
    last = tmp_path / "last.annotator"
    last.write_bytes(b"")
    remembered = lambda: str(last)  # noqa: E731
    no_env.setenv(ENV_VAR, "env.annotator")
    assert choose_database("arg.annotator", "db.annotator", last=remembered) == "arg.annotator"
    assert choose_database(None, "db.annotator", last=remembered) == "db.annotator"
    assert choose_database(None, None, last=remembered) == "env.annotator"
    no_env.delenv(ENV_VAR)
    assert choose_database(None, None, last=remembered) == str(last)
    default = choose_database(None, None)
    assert default.endswith("annotations.annotator") and default != str(last)
    assert choose_database(None, None, last=lambda: None) == default


def test_a_remembered_file_that_is_gone_is_skipped_but_a_url_is_kept(
    no_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    gone = str(tmp_path / "gone.annotator")
    assert choose_database(None, None, last=lambda: gone) != gone
    url = "postgresql://ann@db.example/corpus"
    assert choose_database(None, None, last=lambda: url) == url


def test_the_command_line_reads_the_variable(
    no_env: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from annotator.cli import main

    target = tmp_path / "from-env.annotator"
    no_env.setenv(ENV_VAR, str(target))
    assert main(["labels", "--preset", "anercorp"]) == 0
    assert target.is_file()
    other = tmp_path / "explicit.annotator"
    assert main(["--db", str(other), "labels", "add", "PER"]) == 0  # --db wins over the variable
    assert other.is_file()
    capsys.readouterr()
