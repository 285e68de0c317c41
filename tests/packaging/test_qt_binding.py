"""The Qt binding shipped in the bundle must not corrupt Python's reference counts.

PySide6 6.12.0 on Python 3.11 returned None from every void call without taking a
reference; after a few thousand calls the interpreter aborts ("deallocating None"), so
the installed application would crash within minutes of use.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.mark.gui
@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_keep_none_alive(qapp: Any) -> None:
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(500):
        widget.setWindowTitle("x")  # a void method
        qapp.processEvents()
    lost = before - sys.getrefcount(None)
    # Other threads may hold or drop a few references; a leaking binding loses >= 1000.
    assert lost < 100, f"{lost} references to None lost in 1000 void Qt calls"
