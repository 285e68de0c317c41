"""Who is annotating: asked once on first use, then remembered in QSettings."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from annotator.formats.errors import display_path
from annotator.gui import plain_text
from annotator.gui import settings as cfg
from annotator.gui.i18n import isolate
from annotator.gui.theme import apply_theme

translate = QCoreApplication.translate

SETTING = cfg.ANNOTATOR_NAME

# ask(parent, default) -> the name typed, or None when the dialog was cancelled
AskName = Callable[[QWidget | None, str], str | None]


def ask_name_dialog(parent: QWidget | None, default: str) -> str | None:
    return plain_text.ask_text(
        parent,
        translate("AnnotatorPrompt", "Who is annotating?"),
        translate("AnnotatorPrompt", "Your name (your labels are kept in a layer of this name):"),
        default,
    )


def valid_name(name: str) -> bool:
    return cfg.valid_annotator_name(name)


def ensure_annotator_name(parent: QWidget | None = None, ask: AskName | None = None) -> str:
    """The saved annotator name; on first use ask for it (default: the OS user name).

    A cancelled or invalid answer keeps the default. The result is saved, so the question
    is asked only once per user; when the settings file cannot be written, a message says
    so and where (the name holds for this session, the next start asks again).
    """
    saved = cfg.saved_annotator_name()
    if saved:
        return saved
    default = cfg.annotator_name()
    answer = (ask or ask_name_dialog)(parent, default)
    name = answer.strip() if answer is not None and valid_name(answer) else default
    if not cfg.set_value(SETTING, name):
        say_not_saved(parent, name)
    return name


def say_not_saved(parent: QWidget | None, name: str) -> None:
    path = cfg.settings_file()
    plain_text.warning(
        parent,
        translate("AnnotatorPrompt", "Name not saved"),
        translate(
            "AnnotatorPrompt",
            "Your name cannot be saved: the settings file {path} cannot be written ({reason})."
            "\n\nYou label as {name} until you close the application; each start asks for "
            "your name again until the settings can be saved.",
        ).format(
            path=isolate(display_path(path)),
            reason=unwritable_reason(Path(path)),
            name=isolate(name),
        ),
    )


def unwritable_reason(path: Path) -> str:
    """Why the file ``path`` cannot be written, found with stat and access only (the file
    is replaced through a new one beside it: its folder must be writable too)."""
    if path.exists() and not os.access(path, os.W_OK):
        return translate("AnnotatorPrompt", "the file is read-only")
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        text = translate("AnnotatorPrompt", "{path} is a file, not a folder")
    else:
        text = translate("AnnotatorPrompt", "the folder {path} is read-only")
    return text.format(path=isolate(display_path(folder)))


def can_ask() -> bool:
    """False where nobody can answer a dialog: offscreen runs and the start-up probe."""
    if os.environ.get("ANNOTATOR_EXIT_AFTER_SHOW") == "1":
        return False
    return QGuiApplication.platformName() not in ("offscreen", "minimal")


def first_run_name(parent: QWidget | None = None) -> str:
    """At start-up: ask for the name when it was never given and someone can answer;
    otherwise use (without saving) the default, so that a later real start still asks.

    The question comes before the window, which applies the theme: it is applied here
    first, so that the question looks like the rest of the application."""
    if cfg.saved_annotator_name():
        return ensure_annotator_name(parent)
    if can_ask():
        apply_theme(cfg.theme_name())
        return ensure_annotator_name(parent)
    return cfg.annotator_name()
