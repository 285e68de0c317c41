"""A start on a SQLite database leaves out what its first paint does not need, and the
window it shows is the real one (document list, first document's text, labels).

Runs in a fresh interpreter: the test process has imported much more already.
"""

from __future__ import annotations

import os
from pathlib import Path

from conftest import run_python_json

from annotator.store import Store

# what a first paint on SQLite does not need
SKIPPED = [
    "platformdirs",  # annotator.paths itself is read: the catalogues are in resources/
    "playhouse.sqlite_ext",
    "annotator.spans",
    "annotator.tag_schemes",
    "annotator.formats.common",  # the formats: the window imports them when a dialog opens
    "annotator.gui.span_menu",  # the right-click menu, and the notes it offers
    "annotator.gui.notes",
    "annotator.gui.note_commands",
]

START = (
    f"SKIPPED = {SKIPPED!r}\n"
    + """
import json, sys
from PySide6.QtCore import QTimer
from annotator.gui.app import create_main_window, ensure_app
app = ensure_app()
window = create_main_window(sys.argv[1])
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
shown = {
    "rows": window.documents_model.rowCount(),
    "text": window.article_view.text(),
    "labels": len(window.palette_widget.labels()),
    "title": window.windowTitle(),
}
window.store.close()
print(json.dumps({"shown": shown, "imported": [m for m in SKIPPED if m in sys.modules]}))
"""
)

# The console script's own path (argument parsing, crash handler, annotator name), with
# the start-up probe that quits once the window is shown.
ENTRY = (
    f"SKIPPED = {SKIPPED!r}\n"
    + """
import json, sys
from annotator.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "imported": [m for m in SKIPPED if m in sys.modules]}))
"""
)


def _start(tmp_path: Path, code: str, **extra_env: str) -> dict:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    env.update(extra_env)
    db = tmp_path / "start.annotator"
    with Store.open(db) as store:  # made here: the child only starts the window
        store.apply_preset("anercorp")
        store.add_document("first", "<b>x</b> زار محمد القاهرة")
        store.add_document("second", "نص ثان")
    return run_python_json(["-c", code, str(db)], env)


def test_first_window_without_what_it_does_not_need(tmp_path: Path) -> None:
    result = _start(tmp_path, START)
    shown = result["shown"]
    assert shown["rows"] == 2
    assert shown["text"] == "<b>x</b> زار محمد القاهرة"  # the first document, as stored
    assert shown["labels"] == 4  # the anercorp preset: PER, LOC, ORG, MISC
    assert shown["title"].startswith("first")
    assert result["imported"] == []


def test_console_entry_without_what_it_does_not_need(tmp_path: Path) -> None:
    result = _start(tmp_path, ENTRY, ANNOTATOR_EXIT_AFTER_SHOW="1")
    assert result == {"code": 0, "imported": []}
