"""Start-up and repaint economies: what they skip must not change what the user gets."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QApplication

from annotator.gui import settings as cfg
from annotator.gui import startup


def _ini(settings_dir: Path) -> Path:
    return settings_dir / cfg.ORGANIZATION / f"{cfg.APPLICATION}.ini"


def test_remember_writes_only_a_changed_value(settings_dir: Path) -> None:
    cfg.remember("session/last_document", 7)
    ini = _ini(settings_dir)
    assert ini.is_file()
    assert cfg.get_int("session/last_document", -1) == 7
    ini.write_text(ini.read_text() + "\n; untouched\n")  # a rewrite would drop this line
    cfg.remember("session/last_document", 7)  # read back as "7" from the INI file
    assert "; untouched" in ini.read_text()
    cfg.remember("session/last_document", 8)
    assert cfg.get_int("session/last_document", -1) == 8
    assert "; untouched" not in ini.read_text()  # a write does rewrite the file


def test_set_values_writes_every_key(settings_dir: Path) -> None:
    cfg.set_values({"view/font_family": "Amiri", "view/font_size": 20})
    fresh = QSettings(str(_ini(settings_dir)), QSettings.Format.IniFormat)
    assert fresh.value("view/font_family") == "Amiri"
    assert int(fresh.value("view/font_size")) == 20


def test_set_values_writes_only_when_a_value_changed(settings_dir: Path) -> None:
    layout = QByteArray(b"\x00\x01dock state\xff")
    cfg.set_values({"window/state": layout, "view/font_size": 20})
    ini = _ini(settings_dir)
    ini.write_text(ini.read_text() + "\n; untouched\n")  # a rewrite would drop this line
    cfg.set_values({"window/state": QByteArray(layout), "view/font_size": 20})
    assert "; untouched" in ini.read_text()
    cfg.set_values({"window/state": QByteArray(b"other"), "view/font_size": 20})
    assert "; untouched" not in ini.read_text()
    fresh = QSettings(str(ini), QSettings.Format.IniFormat)
    assert fresh.value("window/state") == QByteArray(b"other")
    assert int(fresh.value("view/font_size")) == 20


def test_start_up_gc_is_enabled_again_after_success_and_failure() -> None:
    assert gc.isenabled()
    with startup.paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), startup.paused_gc():
        raise RuntimeError("boom")
    assert gc.isenabled()
    gc.disable()  # a caller that runs without the collector keeps it off
    try:
        with startup.paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_window_start_leaves_the_collector_running(make_window) -> None:
    window = make_window()
    assert gc.isenabled()
    assert window.current_document_id() is not None


def test_clearing_an_empty_selection_repaints_nothing(make_window) -> None:
    window = make_window()
    view = window.article_view
    QApplication.processEvents()
    view.set_selection(None)
    view.set_selected_span(None)
    painted = view.painted
    view.set_selection(None)
    view.set_selected_span(None)
    QApplication.processEvents()
    assert view.painted == painted
    token = view.paragraph(0).tokens()[0]
    view.set_selection((token.start, token.end))
    QApplication.processEvents()
    assert view.painted > painted  # a real change still repaints
    assert view.selection() == (token.start, token.end)
