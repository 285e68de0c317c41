"""A database URL's password never reaches the settings file, the title bar, the About box
or a message box, whatever characters it holds (``#``, ``/``, ``?``, ``@``).

The store is replaced by one on a SQLite file whose ``location`` is the raw URL, password
and all: the window must hide it by itself, whatever the store says.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from annotator.gui import settings as cfg
from annotator.store import Store, StoreError

PASSWORDS = ["se#cret/pw?x@y", "p@ss#1", "a/b?c#d@e", "pa%23ss:w@rd"]


def url_with(password: str) -> str:
    return f"postgresql://ann:{password}@db.example:5432/corpus"


def pieces(password: str) -> list[str]:
    """The password and its parts between special characters, where three or longer."""
    return [password, *(p for p in re.split("[#/?@]", password) if len(p) >= 3)]


@pytest.fixture
def fake_server(monkeypatch: pytest.MonkeyPatch, db_path: Path) -> list[str]:
    """Store.open of a postgresql:// URL opens ``db_path`` and keeps the URL as its
    location; opened URLs are listed."""
    opened: list[str] = []
    real_open = Store.open

    def open_(target: Any, *args: Any, **kwargs: Any) -> Store:
        if not str(target).startswith("postgresql://"):
            return real_open(target, *args, **kwargs)
        opened.append(str(target))
        store = real_open(db_path)
        store.location = str(target)  # as leaky as a store could be
        return store

    monkeypatch.setattr(Store, "open", staticmethod(open_))
    return opened


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}")
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def settings_text(settings_dir: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in settings_dir.rglob("*.ini"))


@pytest.mark.parametrize("password", PASSWORDS)
def test_the_password_is_never_shown_nor_kept(
    qtbot: Any,
    fake_server: list[str],
    boxes: list[str],
    settings_dir: Path,
    password: str,
) -> None:
    from annotator.gui.app import create_main_window
    from annotator.gui.dialogs.about import AboutDialog

    url = url_with(password)
    window = create_main_window(url)
    qtbot.addWidget(window)
    assert fake_server == [url]
    window.show()
    about = AboutDialog(window, window.store)
    qtbot.addWidget(about)

    def fail(_target: Any, *args: Any, **kwargs: Any) -> Store:
        raise StoreError(f"{url}: could not connect to the server")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Store, "open", staticmethod(fail))
        assert not window.switch_database(url, create=False)
    window.close()
    window.store.close()

    remembered = cfg.last_database()
    assert remembered == "postgresql://ann@db.example:5432/corpus"
    assert about.values["Database"] == "postgresql://ann@db.example:5432/corpus"
    assert "corpus" in window.windowTitle()
    assert len(boxes) == 1 and "could not connect" in boxes[0]
    shown = {
        "settings": settings_text(settings_dir),
        "title": window.windowTitle(),
        "about": "\n".join(label.text() for label in about.findChildren(QLabel)),
        "message box": boxes[0],
    }
    for where, text in shown.items():
        for piece in pieces(password):
            assert piece not in text, f"{piece!r} of the password in the {where}"


def test_a_start_that_cannot_open_the_url_says_so_without_the_password(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from annotator.gui import app

    password = PASSWORDS[0]
    url = url_with(password)

    def fail(_target: Any, *args: Any, **kwargs: Any) -> Store:
        raise StoreError(f"{url}: could not connect to the server")

    monkeypatch.setattr(Store, "open", staticmethod(fail))
    monkeypatch.setattr("annotator.gui.crash.install", lambda *a, **k: None)
    assert app.main([url]) == 1
    err = capsys.readouterr().err
    assert "could not connect" in err and "ann:***@db.example" in err
    for piece in pieces(password):
        assert piece not in err
