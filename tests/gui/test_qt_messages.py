"""The Qt message handler every GUI test runs under catches what Qt prints."""

from __future__ import annotations

from PySide6.QtCore import qWarning


def test_a_qt_warning_is_caught(qt_warnings: list[str]) -> None:
    qWarning("planted warning")
    assert qt_warnings == ["QtWarningMsg: planted warning"]
    qt_warnings.clear()  # expected here: the test would fail on it otherwise
