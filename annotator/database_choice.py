"""Which database a start opens: one precedence rule for the command line and the window.

1. the database named as a positional argument (``annotator FILE``),
2. ``--db URL``,
3. the ``ANNOTATOR_DB`` environment variable,
4. the database the window used last (the window passes ``last``; commands do not),
5. ``annotations.annotator`` in the user data folder.

Qt-free; :mod:`annotator.paths` (and platformdirs with it) is imported only when the
default is reached.
"""

from __future__ import annotations

import argparse
import difflib
import os
from collections.abc import Callable, Sequence
from pathlib import Path

__all__ = [
    "ENV_VAR",
    "add_window_options",
    "choose_database",
    "mistyped_command",
    "window_parser",
]

ENV_VAR = "ANNOTATOR_DB"


def choose_database(
    argument: str | None = None,
    db_option: str | None = None,
    *,
    last: Callable[[], str | None] | None = None,
) -> str:
    """The database to open, by the precedence above. ``last()`` is asked only when
    nothing more explicit was given; a remembered file that no longer exists is skipped
    (a URL is always taken)."""
    for explicit in (argument, db_option, os.environ.get(ENV_VAR)):
        if explicit:
            return explicit
    remembered = last() if last is not None else None
    if remembered and ("://" in remembered or Path(remembered).exists()):
        return remembered
    from annotator.paths import default_database_path

    return str(default_database_path())


def window_parser(prog: str = "annotator") -> argparse.ArgumentParser:
    """The window's arguments: ``[--db URL] [--lang ar|en|system] [DB]`` (both entry
    points use this parser)."""
    parser = argparse.ArgumentParser(prog=prog, description="Open the annotation window.")
    parser.add_argument(
        "--db",
        metavar="URL",
        help=f"SQLite path or postgresql:// URL (default: ${ENV_VAR}, else the last one used)",
    )
    parser.add_argument("database", nargs="?", metavar="DB", help="database path or URL")
    add_window_options(parser)
    return parser


def add_window_options(parser: argparse.ArgumentParser, *, self_test: bool = False) -> None:
    """``--lang`` (and, for ``annotator --help``, ``--self-test``, which
    :func:`annotator.cli.main` runs before any parsing): the options of a start that runs
    no command, in the window's parser and in the commands' help alike."""
    parser.add_argument(
        "--lang",
        choices=("ar", "en", "system"),
        help="the window's interface language for this session (default: the one chosen "
        "in View > Language)",
    )
    if self_test:
        parser.add_argument(
            "--self-test",
            action="store_true",
            help="check this copy without a display: prints 'self-test: OK' and exits 0, "
            "or names the step that failed",
        )


def mistyped_command(name: str | None, commands: Sequence[str]) -> str | None:
    """The command ``name`` is most likely a typo of (``statz``: ``stats``), when it names
    no existing file, is no URL and has no suffix; else None. Without this check the
    window would open a new database called ``statz``."""
    if not name or "://" in name or Path(name).suffix or Path(name).exists():
        return None
    close = difflib.get_close_matches(name, commands, n=1, cutoff=0.75)
    return close[0] if close else None
