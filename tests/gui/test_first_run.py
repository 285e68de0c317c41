"""First starts in odd environments: a start that cannot open its database says so where a
desktop user sees it (a dialog, not only stderr, which a menu launch throws away); a home
folder that cannot be written still opens the window; a saved annotator name that the
store would refuse (a damaged settings file) is not used for labelling."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import run_python_json

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


def _start(tmp_path: Path, *args: str, **env_vars: str) -> dict:
    env = dict(os.environ)
    env.pop("ANNOTATOR_DB", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),  # empty: the theme is rendered afresh
        ANNOTATOR_EXIT_AFTER_SHOW="1",
        **env_vars,
    )
    return run_python_json(["-c", START, *args], env)


def test_a_home_folder_that_cannot_be_written_still_opens_the_window(tmp_path: Path) -> None:
    database = tmp_path / "p.annotator"
    with Store.open(database) as store:
        store.add_document("one", "نص")
    home = tmp_path / "home-is-a-file"  # nothing can be created under it, even by root
    home.write_text("", encoding="utf-8")
    result = _start(tmp_path, str(database), HOME=str(home))
    assert result["code"] == 0
    assert len(result["made"]) == 1 and "p.annotator" in result["made"][0]
