"""First starts in odd environments: a start that cannot open its database says so where a
desktop user sees it (a dialog, not only stderr, which a menu launch throws away); a home
folder that cannot be written still opens the window; a saved annotator name that the
store would refuse (a damaged settings file) is not used for labelling."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import run_python_json

from annotator.gui import annotator_prompt
from annotator.gui import settings as cfg
from annotator.store import Store

# Start the window on sys.argv; print its exit code and whether a window was made.
START = """
import json, sys
import annotator.gui.app as app

made = []
create = app.create_main_window

def spy(target, **kwargs):
    window = create(target, **kwargs)
    made.append(window.windowTitle())
    return window

app.create_main_window = spy
from annotator.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "made": made}))
"""


def _start(tmp_path: Path, *args: str, script: str = START, **env_vars: str) -> dict:
    env = dict(os.environ)
    env.pop("ANNOTATOR_DB", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),  # empty: the theme is rendered afresh
        ANNOTATOR_EXIT_AFTER_SHOW="1",
    )
    env.update(env_vars)
    return run_python_json(["-c", script, *args], env)


def test_a_home_folder_that_cannot_be_written_still_opens_the_window(tmp_path: Path) -> None:
    database = tmp_path / "p.annotator"
    with Store.open(database) as store:
        store.add_document("one", "نص")
    home = tmp_path / "home-is-a-file"  # nothing can be created under it, even by root
    home.write_text("", encoding="utf-8")
    result = _start(tmp_path, str(database), HOME=str(home))
    assert result["code"] == 0
    assert len(result["made"]) == 1 and "p.annotator" in result["made"][0]


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Pretend a user can see dialogs; record the critical message boxes instead."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(annotator_prompt, "can_ask", lambda: True)
    monkeypatch.setattr(
        "annotator.gui.plain_text.critical",
        lambda _parent, title, text: shown.append((title, text)),
    )
    monkeypatch.setattr("annotator.gui.crash.install", lambda *a, **k: None)
    cfg.set_value("annotator/name", "Salma")  # no first-run question
    return shown


@pytest.mark.parametrize("kind", ["folder", "fifo", "conll", "foreign sqlite"])
def test_a_start_on_a_file_that_is_no_database_shows_the_reason_in_a_dialog(
    tmp_path: Path,
    shown_errors: list[tuple[str, str]],
    capsys: pytest.CaptureFixture[str],
    kind: str,
) -> None:
    from annotator.gui import app

    target = tmp_path / "wrong.annotator"
    if kind == "folder":
        target.mkdir()
    elif kind == "fifo":
        os.mkfifo(target)
    elif kind == "conll":
        target.write_text("روسيا\tB-LOC\n", encoding="utf-8")
    else:
        import sqlite3

        with sqlite3.connect(target) as connection:
            connection.execute("CREATE TABLE other (x)")
    before = sorted(p.name for p in tmp_path.iterdir())
    assert app.main([str(target)]) == 1
    ((title, text),) = shown_errors
    assert title and str(target) in text and "not an annotator database" in text
    assert text in capsys.readouterr().err  # and on stderr, as before
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_database_under_a_file_names_the_folder_it_cannot_create(
    tmp_path: Path, shown_errors: list[tuple[str, str]]
) -> None:
    from annotator.gui import app

    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    assert app.main([str(blocker / "p.annotator")]) == 1
    ((_title, text),) = shown_errors
    assert f"cannot create the folder {blocker} for the database" in text


@pytest.mark.parametrize("saved", ["\x00garbage", "Sal\u200bma", "\u202eamlaS", "a\nb"])
def test_a_saved_name_the_store_refuses_is_not_used(saved: str) -> None:
    cfg.set_value("annotator/name", saved)
    name = cfg.annotator_name()
    assert name != saved.strip()
    from annotator.store.context import check_layer_name

    assert check_layer_name(name) == name


def test_a_saved_name_the_store_refuses_is_asked_again() -> None:
    cfg.set_value("annotator/name", "Sal\u200bma")
    asked: list[str] = []

    def ask(_parent: object, default: str) -> str:
        asked.append(default)
        return "Salma"

    assert annotator_prompt.ensure_annotator_name(ask=ask) == "Salma"
    assert len(asked) == 1 and cfg.get_str("annotator/name") == "Salma"


@pytest.mark.parametrize("typed", ["Sal\u200bma", "\u202eamlaS", "x" * 101])
def test_the_question_refuses_a_name_the_store_would_refuse(typed: str) -> None:
    default = cfg.annotator_name()
    assert annotator_prompt.ensure_annotator_name(ask=lambda _p, _d: typed) == default


# Start with the name question answered "Salma"; print the warnings shown and the window's
# annotator (in a fresh process: app.main runs and quits the application's event loop).
UNSAVED_NAME = """
import json, sys
import annotator.gui.app as app
from annotator.gui import annotator_prompt, crash, plain_text

told, made = [], []
annotator_prompt.can_ask = lambda: True
annotator_prompt.ask_name_dialog = lambda _parent, _default: "Salma"
plain_text.warning = lambda _parent, title, text: told.append([title, text])
crash.install = lambda *a, **k: None
create = app.create_main_window

def spy(target, **kwargs):
    window = create(target, **kwargs)
    made.append(window.annotator())
    return window

app.create_main_window = spy
code = app.main(sys.argv[1:])
print(json.dumps({"code": code, "told": told, "made": made}))
"""


def test_a_name_that_cannot_be_saved_is_said_once_and_used_all_the_same(tmp_path: Path) -> None:
    """A settings folder that cannot be written: the start asks for the name, says once
    that it cannot be saved and where it tried, and the window labels in that name."""
    blocker = tmp_path / "config-is-a-file"  # nothing can be created under it, even by root
    blocker.write_text("kept", encoding="utf-8")
    database = tmp_path / "p.annotator"
    with Store.open(database) as store:
        store.add_document("one", "نص")
    result = _start(tmp_path, str(database), script=UNSAVED_NAME, XDG_CONFIG_HOME=str(blocker))
    assert result["code"] == 0
    ((title, text),) = result["told"]
    assert title and "cannot be saved" in text
    assert str(blocker / "annotator" / "annotator.ini") in text
    assert "Salma" in text
    assert result["made"] == ["Salma"]  # the session goes on in the name typed
    assert blocker.read_text(encoding="utf-8") == "kept"
