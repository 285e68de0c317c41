"""The window opens the database the precedence rule names: ANNOTATOR_DB beats the
database the settings remember; an explicit argument beats both. Real starts through the
console entry, in fresh interpreters, each quitting once its window is shown."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import run_python_json

from annotator.store import Store

# Start the window; print the database it opened (its title names the file).
START = """
import json, sys
import annotator.gui.app as app

opened = []
create = app.create_main_window

def spy(target, **kwargs):
    window = create(target, **kwargs)
    opened.append((target, window.windowTitle()))
    return window

app.create_main_window = spy
from annotator.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "opened": opened}))
"""


def _database(path: Path, name: str) -> Path:
    with Store.open(path) as store:
        store.add_document(name, "نص")
    return path


def _start(tmp_path: Path, *args: str, **env_vars: str) -> dict:
    env = dict(os.environ)
    env.pop("ANNOTATOR_DB", None)
    config = tmp_path / "config"
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(config),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        ANNOTATOR_EXIT_AFTER_SHOW="1",
        **env_vars,
    )
    return run_python_json(["-c", START, *args], env)


def _remember(tmp_path: Path, database: Path) -> None:
    ini = tmp_path / "config" / "annotator" / "annotator.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text(f"[session]\nlast_database={database}\n", encoding="utf-8")


def test_annotator_db_wins_over_the_remembered_database(tmp_path: Path) -> None:
    remembered = _database(tmp_path / "remembered.annotator", "old")
    chosen = _database(tmp_path / "x.annotator", "new")
    _remember(tmp_path, remembered)
    result = _start(tmp_path, ANNOTATOR_DB=str(chosen))
    assert result["code"] == 0
    ((target, title),) = result["opened"]
    assert target == str(chosen)
    assert "x.annotator" in title and title.startswith("new")


def test_without_anything_explicit_the_remembered_database_opens(tmp_path: Path) -> None:
    remembered = _database(tmp_path / "remembered.annotator", "old")
    _remember(tmp_path, remembered)
    ((target, _title),) = _start(tmp_path)["opened"]
    assert target == str(remembered)


def test_an_argument_wins_over_the_variable_and_db_over_the_variable(tmp_path: Path) -> None:
    by_env = _database(tmp_path / "env.annotator", "env")
    by_arg = _database(tmp_path / "arg.annotator", "arg")
    by_db = _database(tmp_path / "db.annotator", "db")
    ((target, _),) = _start(tmp_path, str(by_arg), ANNOTATOR_DB=str(by_env))["opened"]
    assert target == str(by_arg)
    ((target, _),) = _start(tmp_path, "--db", str(by_db), ANNOTATOR_DB=str(by_env))["opened"]
    assert target == str(by_db)


def test_the_window_says_why_a_database_cannot_be_opened(
    window, tmp_path: Path, monkeypatch
) -> None:
    """File > Open on a link loop: the message box gives the reason, not SQLite's
    "unable to open database file", and the window keeps its database."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    loop = tmp_path / "loop.annotator"
    loop.symlink_to(loop)
    before = window.store
    assert not window.switch_database(str(loop), create=True)
    assert window.store is before
    assert len(shown) == 1 and str(loop) in shown[0]
    assert "too many levels of symbolic links" in shown[0]


def test_file_open_server_opens_the_url_typed(window, tmp_path: Path, monkeypatch) -> None:
    """File > Open server… (Ctrl+Shift+O): a file dialog takes no URL, so the URL is typed
    into its own question and the window opens that database; the prefilled
    "postgresql://" alone, or Cancel, opens nothing."""
    from PySide6.QtGui import QAction

    from annotator.gui import plain_text

    target = _database(tmp_path / "shared.annotator", "shared-doc")
    url = f"sqlite:///{target}"
    answers = ["postgresql://", None, f"  {url} "]
    monkeypatch.setattr(plain_text, "ask_text", lambda *args, **kwargs: answers.pop(0))
    before = window.store
    action = window.findChild(QAction, "action_open_server")
    assert action.shortcut().toString() == "Ctrl+Shift+O"
    action.trigger()
    action.trigger()
    assert window.store is before
    action.trigger()
    assert window.store is not before and window.location == url
    assert [d.name for d in window.store.documents()] == ["shared-doc"]


def test_the_window_names_the_file_whose_schema_is_too_new(
    window, tmp_path: Path, monkeypatch
) -> None:
    """File > Open on a database of a newer annotator: the message box says which file,
    with the versions, and the window keeps its database."""
    from PySide6.QtWidgets import QMessageBox

    from annotator.store.migrations import latest_version

    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    newer = tmp_path / "from a newer annotator.annotator"
    Store.open(newer).close()
    import sqlite3

    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.close()
    before = window.store
    assert not window.switch_database(str(newer), create=False)
    assert window.store is before
    assert shown == [
        f"{newer}: database schema version 99 is newer than this annotator supports "
        f"({latest_version()}); upgrade the annotator"
    ]
