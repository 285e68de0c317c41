"""Help > About: version, database, schema version; never a password."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

import annotator
from annotator.gui.dialogs.about import AboutDialog, database_location
from annotator.store import migrations


def shown(dialog: AboutDialog) -> str:
    """The dialog's rows as they read on screen, ``Key: value`` per line."""
    fields = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    return "\n".join(f"{key}: {fields[key.lower().replace(' ', '_')]}" for key in dialog.values)


def test_about_shows_version_database_and_schema(qtbot: Any, store: Any, tmp_path: Path) -> None:
    dialog = AboutDialog(None, store)
    qtbot.addWidget(dialog)
    text = shown(dialog)
    assert f"Version: {annotator.__version__}" in text
    assert "project.db" in dialog.values["Database"]
    # a database created now is at the newest schema the code knows
    assert dialog.values["Schema version"] == str(migrations.latest_version())
    assert dialog.values["Python"].count(".") == 2
    assert dialog.values["Qt"].startswith("6.")


def test_about_without_a_database(qtbot: Any) -> None:
    dialog = AboutDialog(None, None)
    qtbot.addWidget(dialog)
    assert dialog.values["Database"] == "none open"
    assert dialog.values["Schema version"] == "unknown"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "postgresql://ann:s3cret@db.example:5433/corpus",
            "postgresql://ann@db.example:5433/corpus",
        ),
        ("postgresql://ann@localhost/corpus", "postgresql://ann@localhost/corpus"),
        (
            "postgresql://localhost/corpus?password=s3cret&sslmode=require",
            "postgresql://localhost/corpus?sslmode=require",
        ),
        ("sqlite:///home/ann/project.db", "sqlite:///home/ann/project.db"),
        ("/home/ann/my:file@x.db", "/home/ann/my:file@x.db"),
    ],
)
def test_the_database_is_shown_without_its_password(url: str, expected: str) -> None:
    class Located:
        location = url

    assert database_location(Located()) == expected  # type: ignore[arg-type]


@pytest.mark.postgres
def test_about_hides_the_postgres_password(qtbot: Any, pg_server: Any) -> None:
    from annotator.store import Store

    url = pg_server.create_database("about")
    assert url.startswith("postgresql://postgres@")
    # the test server trusts loopback, so any password is accepted: give it one to hide
    with_password = url.replace("postgres@", "postgres:pw-Secret-42@", 1)
    store = Store.open(with_password)
    try:
        dialog = AboutDialog(None, store)
        qtbot.addWidget(dialog)
        text = shown(dialog)
        assert "pw-Secret-42" not in text
        assert "***" not in text
        assert dialog.values["Database"] == url
        assert dialog.values["Schema version"] == str(migrations.latest_version())
    finally:
        store.close()
