"""The GUI crash handler: an exception in a slot is logged with its traceback, reported
in a message box naming the log, and the annotations made before it are still stored."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.store import Store

pytestmark = [pytest.mark.gui, pytest.mark.qt_no_exception_capture]
TEXT = "زار الرئيس القاهرة أمس وقابل وزير الخارجية"


@pytest.fixture(autouse=True)
def settings_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "gui.annotator"
    with Store.open(path) as store:
        store.apply_preset("anercorp")
        store.add_document("article", TEXT)
    return path


@pytest.fixture
def handler(qapp: QApplication, tmp_path: Path):
    from annotator.gui import crash

    shown: list[tuple[str, Path | None]] = []
    installed = crash.install(
        show=lambda error, path: shown.append((error, path)), folder=tmp_path / "logs"
    )
    installed.shown = shown  # type: ignore[attr-defined]
    yield installed
    installed.uninstall()


def boom() -> None:
    raise RuntimeError("a bug in a slot")


def test_exception_in_slot_is_logged_shown_and_work_is_kept(qtbot, handler, db_path: Path) -> None:
    from annotator.gui.app import create_main_window

    window = create_main_window(str(db_path))
    qtbot.addWidget(window)
    window.show()
    (doc,) = window.store.documents()
    window.open_document(doc.id)
    assert window.label_range(4, 10, "PERS")
    assert window.label_range(11, 18, "LOC")
    QTimer.singleShot(0, boom)
    qtbot.waitUntil(lambda: handler.count == 1, timeout=5000)
    assert window.isVisible()  # still running
    ((error, log_path),) = handler.shown
    assert error == "RuntimeError: a bug in a slot"
    assert log_path == handler.folder / "crash.log"
    log = log_path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log
    assert "in boom" in log and "RuntimeError: a bug in a slot" in log
    window.close()
    window.store.close()
    with Store.open(db_path) as store:  # what the annotator did before the error is there
        spans = [(s.start, s.end, s.label) for s in store.spans_for(doc.id)]
    assert spans == [(4, 10, "PERS"), (11, 18, "LOC")]
    assert TEXT[4:10] == "الرئيس" and TEXT[11:18] == "القاهرة"


def test_exception_in_thread_is_reported_in_the_gui_thread(qtbot, handler) -> None:
    worker = threading.Thread(target=boom, name="loader")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(handler.shown) == 1, timeout=5000)
    log = (handler.folder / "crash.log").read_text(encoding="utf-8")
    assert "in thread loader" in log and "a bug in a slot" in log


def test_default_dialog_names_the_message_and_the_log(qtbot, tmp_path: Path) -> None:
    from annotator.gui import crash

    installed = crash.install(folder=tmp_path / "logs")
    try:
        QTimer.singleShot(0, boom)
        qtbot.waitUntil(lambda: installed.count == 1, timeout=5000)
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        visible = [b for b in boxes if b.isVisible()]
        assert visible == [installed.dialog]
        text = visible[0].text()
        assert "RuntimeError: a bug in a slot" in text
        assert str(tmp_path / "logs" / "crash.log") in text
        visible[0].close()
    finally:
        installed.uninstall()


def test_unwritable_log_folder_still_shows_the_error(qtbot, tmp_path: Path) -> None:
    from annotator.gui import crash

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    shown: list[tuple[str, Path | None]] = []
    installed = crash.install(show=lambda e, p: shown.append((e, p)), folder=blocker / "logs")
    try:
        QTimer.singleShot(0, boom)
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
        assert shown == [("RuntimeError: a bug in a slot", None)]
        assert "could not be written" in crash.message_text(shown[0][0], None)
    finally:
        installed.uninstall()
