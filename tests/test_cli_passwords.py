"""The command line never prints any part of a database password: connection errors,
malformed URLs, usage errors, ``--db`` or ``$ANNOTATOR_DB``, in-process and through the
real entry point. The servers named are unreachable (port 1), so every run is an error.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.cli import main

ROOT = Path(__file__).resolve().parents[1]
NASTY = "#/?@:%[]&=;+ \\\u202e"
passwords = st.text(
    alphabet=st.one_of(
        st.sampled_from(NASTY), st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"])
    ),
    min_size=1,
    max_size=24,
)
URLS = [
    "postgresql://u:{}@127.0.0.1:1/x",
    "postgresql://u:{}@[::1]:1/x",
    "postgresql://u:{}@127.0.0.1:99999/x",  # a port out of range
    "postgresql://u:{}@[::1:1/x",  # an unclosed IPv6 bracket
    "postgresql://u:{}@127.0.0.1:1",  # no database name
    "postgres://u:{}@127.0.0.1:1/x?sslmode=disable",
]
BASELINE = "qqqq"  # a password that shares nothing with the messages


def _fragments(password: str) -> set[str]:
    """Every piece of ``password`` long enough to be recognised (3 characters, or the
    whole of a shorter one)."""
    size = min(3, len(password))
    return {password[i : i + size] for i in range(len(password) - size + 1)}


def _leaked(password: str, shown: str, baseline: str) -> set[str]:
    """Pieces of ``password`` in ``shown`` that the same run with a neutral password does
    not print as well (``127`` in a password is no leak when the host is 127.0.0.1)."""
    return {piece for piece in _fragments(password) if piece in shown and piece not in baseline}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out + captured.err


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(shape=st.sampled_from(URLS), password=passwords)
def test_stats_errors_never_show_the_password(
    capsys: pytest.CaptureFixture[str], shape: str, password: str
) -> None:
    status, shown = _run(capsys, "--db", shape.format(password), "stats")
    _, baseline = _run(capsys, "--db", shape.format(BASELINE), "stats")
    assert status == 1
    assert shown.startswith("annotator: error: ") and shown.count("\n") == 1
    assert not _leaked(password, shown, baseline)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(password=passwords)
def test_environment_url_and_usage_errors_never_show_the_password(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, password: str
) -> None:
    url = URLS[0].format(password)
    neutral = URLS[0].format(BASELINE)
    monkeypatch.setenv("ANNOTATOR_DB", url)
    status, shown = _run(capsys, "labels")
    monkeypatch.setenv("ANNOTATOR_DB", neutral)
    _, baseline = _run(capsys, "labels")
    assert status == 1
    assert not _leaked(password, shown, baseline)
    monkeypatch.delenv("ANNOTATOR_DB")
    # a URL where argparse does not expect one: it repeats unrecognised arguments
    with pytest.raises(SystemExit) as usage:
        main(["stats", url])
    shown = capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["stats", neutral])
    baseline = capsys.readouterr().err
    assert usage.value.code == 2
    assert "unrecognized arguments" in shown
    assert not _leaked(password, shown, baseline)


@pytest.mark.parametrize("password", ["se#cretpw", "a/b?c@d:e", "p%40ss%2Fw0rd", "ke y;&=x"])
def test_console_entry_never_shows_the_password(password: str, tmp_path: Path) -> None:
    env = {**os.environ, "ANNOTATOR_DB": str(tmp_path / "unused.annotator")}
    in_query = "postgresql://u@127.0.0.1:1/x?password=" + quote(password, safe="")
    for url in (URLS[0].format(password), URLS[2].format(password), in_query):
        done = subprocess.run(
            [sys.executable, "-m", "annotator.cli", "--db", url, "stats"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 1
        assert done.stderr.startswith("annotator: error: ")
        shown = done.stdout + done.stderr
        for piece in _fragments(password) | _fragments(quote(password, safe="")):
            assert piece not in shown, (piece, shown)
