"""Fixtures for the main-window tests: offscreen Qt, settings in a temp dir, a database
holding the five seed articles and the ANERcorp label set."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication

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


# What the offscreen platform itself says when any window is shown (it has no window
# manager to pass size hints to); not a warning about the application.
PLATFORM_NOTES = frozenset({"This plugin does not support propagateSizeHints()"})


@pytest.fixture
def no_qt_warnings() -> Iterator[list[str]]:
    """Fail the test on any Qt warning, critical or fatal message printed during it."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    seen: list[str] = []
    quiet = (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind not in quiet and message not in PLATFORM_NOTES:
            seen.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        yield seen
    finally:
        qInstallMessageHandler(previous)
    assert not seen, f"Qt warned: {seen}"
