"""Fixtures for the main-window tests: offscreen Qt, settings in a temp dir, a database
holding the five seed articles and the ANERcorp label set, and a Qt message handler that
fails any GUI test (dialog tests included) during which Qt printed a warning."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

# Qt warnings fail the test (the handler lives beside the other shared test helpers so
# that every folder of Qt tests can use it).
from qt_messages import no_qt_warnings, pytest_collection_modifyitems, qt_warnings  # noqa: F401

from annotator.store import Store

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"


@pytest.fixture(autouse=True)
def settings_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database with the seeds (by file name, in order) and the ANERcorp labels."""
    path = tmp_path / "gui.annotator"
    store = Store.open(path)
    try:
        store.apply_preset("anercorp")
        for seed in sorted(SEEDS.glob("*.txt")):
            store.add_document(seed.stem, seed.read_text(encoding="utf-8"))
    finally:
        store.close()
    return path


@pytest.fixture
def make_window(qtbot, db_path: Path) -> Iterator[Callable[..., object]]:
    from annotator.gui.app import create_main_window

    opened = []

    def make(target: Path | None = None):
        window = create_main_window(str(target or db_path))
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        opened.append(window)
        return window

    yield make
    for window in opened:
        window.close()
        window.store.close()


@pytest.fixture
def window(make_window):
    return make_window()


def stored(window) -> list[tuple[int, int, str]]:
    """The current document's spans as the database holds them."""
    spans = window.store.spans_for(window.current_document_id(), window.annotator())
    return sorted((s.start, s.end, s.label) for s in spans)


def center(rect) -> QPoint:
    assert not rect.isEmpty(), "no rectangle: the text is not laid out"
    return rect.center().toPoint()


def type_text(widget, text: str) -> None:
    """Type any text (Arabic included) with key events carrying the text."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def activate(qtbot, window) -> None:
    """Make ``window`` the active window with the article view focused: window-wide
    shortcuts (QActions) fire only in the active window, as for a user."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.article_view.setFocus()


def drive_modals(
    start: Callable[[], object], *steps: Callable[[QWidget], object], popup: bool = False
) -> None:
    """Call ``start()``, which shows a modal dialog (``exec()``) as a menu action does,
    and run each of ``steps`` on the active modal widget each time it changes (a step
    that opens a nested dialog sees the next step run on it; when that one closes, the
    step after runs on the outer dialog again). The last step closes the dialog. A
    failing step closes every modal dialog, and its error is raised here. ``popup``:
    the same for a popup menu shown with ``exec()`` (a right-click menu)."""
    app = QApplication.instance()
    remaining = list(steps)
    last: list[QWidget | None] = [None]
    errors: list[BaseException] = []

    running = [True]

    def poll() -> None:
        if not running[0]:
            return
        # a fresh timer each time: Qt never re-enters one timer's slot, and a step that
        # opens a nested dialog is still inside this one
        QTimer.singleShot(20, poll)
        modal = app.activePopupWidget() if popup else app.activeModalWidget()
        if modal is None or modal is last[0] or not remaining or errors:
            return
        last[0] = modal
        try:
            remaining.pop(0)(modal)
        except BaseException as error:  # a hung modal loop would hide it
            errors.append(error)
            for active in (app.activePopupWidget, app.activeModalWidget):
                while active() is not None:
                    active().close()

    QTimer.singleShot(20, poll)
    try:
        start()
    finally:
        running[0] = False
    if errors:
        raise errors[0]
    assert not remaining, f"{len(remaining)} step(s) never ran: no dialog opened for them"


@pytest.fixture
def arabic(qapp) -> Iterator[None]:
    """The Arabic interface (catalogue, right-to-left layout) for one test."""
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QGuiApplication

    from annotator.gui import i18n

    i18n.apply("ar")
    yield
    i18n.apply("en")
    QLocale.setDefault(QLocale.system())
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def run_python_json(args: list[str], env: dict[str, str]) -> dict:
    """Run ``python ARGS`` from the repository in a fresh process; its last output line,
    read as JSON (what the start-up probes print)."""
    import json
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, *args],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])
