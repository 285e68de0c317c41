"""Which project a command opens, and whether it may create it.

A mistyped ``--db typo.db`` must not turn into an empty project that ``stats`` counts
zeros in and ``export`` writes nothing from: only the commands whose job is to make or
fill a project may create a missing SQLite file (:func:`creates_project`); every other
command refuses with one line and leaves no file behind. PostgreSQL databases are made
by their server, so the rule does not touch them. The window decides for itself
(first run, File > New database) and does not come here.
"""

from __future__ import annotations

import argparse
from typing import Any

__all__ = ["CliError", "creates_project", "database_error", "open_store"]


class CliError(Exception):
    """A user-facing failure: printed as one line, exit status 1."""


# ``labels`` actions that set up a project's label set (the README starts a project so)
_CREATING_LABEL_ACTIONS = ("add", "import")


def creates_project(args: argparse.Namespace) -> bool:
    """Whether the command ``args`` names may create a missing project: ``import``, and
    ``labels`` when it adds labels (``--preset``, ``add``, ``import FILE``)."""
    if args.command == "import":
        return True
    if args.command == "labels":
        action = getattr(args, "labels_command", None)
        return bool(args.preset) or action in _CREATING_LABEL_ACTIONS
    return False


def open_store(url: str, create: bool) -> Any:
    """The store at ``url``; a missing SQLite file is created only when ``create``, else
    refused with a :class:`CliError` that says which command makes one."""
    from annotator.formats.errors import display_path
    from annotator.store import Store
    from annotator.store.errors import MissingDatabase

    try:
        return Store.open(url, create=create)
    except MissingDatabase as exc:
        raise CliError(
            f"no project at {display_path(exc.path)} (annotator import creates one)"
        ) from None


def database_error(store: Any, exc: Exception) -> Exception | None:
    """A driver error that escaped the store (a damaged page found by a query) as a line
    naming the database; None for anything else."""
    import sqlite3

    import peewee as pw

    if not isinstance(exc, pw.DatabaseError | sqlite3.DatabaseError):
        return None
    reason = " ".join(str(exc).split()) or exc.__class__.__name__
    if "malformed" in reason or "not a database" in reason:
        return CliError(f"{store.location} is damaged ({reason}): restore it from a backup")
    return CliError(f"{store.location}: database error: {reason}")
