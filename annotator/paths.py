"""Default locations: the database, logs, and the bundled resources and seed articles.

Data files are found in a source checkout (top-level ``resources/`` and ``seeds/``), in a
PyInstaller bundle (under ``sys._MEIPASS``), or in ``<sys.prefix>/share/annotator/`` when
installed with pip.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "annotator"
DATABASE_SUFFIX = ".annotator"  # a SQLite file
CHECKOUT_ROOT = Path(__file__).resolve().parent.parent


def default_database_path() -> Path:
    """``annotations.annotator`` in the user's data folder (not created here)."""
    from platformdirs import user_data_dir  # only when no database is named (start-up)

    return Path(user_data_dir(APP_NAME, appauthor=False)) / f"annotations{DATABASE_SUFFIX}"


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


SEEDS_ENV = "ANNOTATOR_SEEDS"


def _data_candidates(name: str) -> list[Path]:
    candidates = []
    if name == "seeds" and os.environ.get(SEEDS_ENV):
        candidates.append(Path(os.environ[SEEDS_ENV]))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / name)
    candidates.append(CHECKOUT_ROOT / name)
    candidates.append(Path(sys.prefix) / "share" / APP_NAME / name)
    return candidates


def _find_data_dir(name: str) -> Path:
    candidates = _data_candidates(name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"cannot find the annotator's {name} folder (looked in {tried})")


def resource_dir() -> Path:
    """The folder of icons, presets, translations and desktop templates."""
    return _find_data_dir("resources")


def seeds_dir() -> Path:
    """The folder of the bundled sample articles ($ANNOTATOR_SEEDS overrides it)."""
    return _find_data_dir("seeds")
