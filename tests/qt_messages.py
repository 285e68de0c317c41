"""A Qt message handler for the Qt tests: any warning Qt prints fails the test.

``tests/gui/conftest.py`` (and every other folder of Qt tests) imports the fixture and
the collection hook below. pytest-qt's own capture is switched off for those tests
(``no_qt_log``): it would replace this handler during each test's call.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

# Messages that say nothing about the application: the offscreen platform plugin has no
# window system to pass size hints to, raise a window in, or grab the keyboard from (a
# popup menu does).
IGNORED_QT_MESSAGES = frozenset(
    {
        "This plugin does not support propagateSizeHints()",
        "This plugin does not support raise()",
        "This plugin does not support grabbing the keyboard",
    }
)
QUIET = (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use the handler below do without pytest-qt's capture."""
    for item in items:
        if "qt_warnings" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.no_qt_log)


@pytest.fixture(autouse=True)
def qt_warnings() -> Iterator[list[str]]:
    """Fail the test when Qt warns (or worse) during it, its fixtures' teardown included.

    A test that expects a warning may take this list, check and clear it."""
    caught: list[str] = []

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind not in QUIET and message not in IGNORED_QT_MESSAGES:
            caught.append(f"{kind.name}: {message}")

    previous = qInstallMessageHandler(handler)
    try:
        yield caught
    finally:
        qInstallMessageHandler(previous)
    if caught:
        pytest.fail("Qt printed warnings:\n" + "\n".join(caught), pytrace=False)


@pytest.fixture
def no_qt_warnings(qt_warnings: list[str]) -> list[str]:
    """The Qt warnings of the test so far; every GUI test fails on one anyway (the
    autouse ``qt_warnings`` handler), this name says so where a test relies on it."""
    return qt_warnings
