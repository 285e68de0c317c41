"""Checks and folders of an export's outputs: never the open database, never something
that is not a regular file, missing folders created (and removed again on failure)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from pathlib import Path

from annotator.formats.atomic import check_replaceable
from annotator.formats.common import FormatError

__all__ = [
    "check_file_output",
    "check_output",
    "database_file",
    "output_folders",
    "refuse_database",
    "refuse_folder_name",
    "remove_folders",
]


def database_file(database: str | None) -> Path | None:
    if not database or database.startswith(("postgres://", "postgresql://")):
        return None
    path = database.removeprefix("sqlite:///") if database.startswith("sqlite:") else database
    return Path(path)


def refuse_database(target: Path, database: Path | None) -> None:
    if database is None:
        return
    db = os.path.realpath(database)
    for candidate in (db, db + "-wal", db + "-shm", db + "-journal"):
        if os.path.realpath(target) == candidate:
            raise FormatError(target, None, "refusing to overwrite the open database")


def check_output(path: Path) -> None:
    """Refuse an output that exists and is not a regular file."""
    if path.is_dir() and not path.is_symlink():
        raise FormatError(
            path, None, "is a folder: give a file name (the output is a folder only when splitting)"
        )
    check_replaceable(path)


def refuse_folder_name(output: str | os.PathLike[str]) -> None:
    """Refuse an empty output name, ``-`` (read as standard output) and one that ends
    with a slash where a file is written: ``out/`` names a folder, and would otherwise
    become a file named ``out``."""
    text = os.fspath(output)
    if not text:
        raise ValueError("the output name is empty: give a file name with -o")
    if text == "-":  # standard output to most commands; an export writes files
        raise ValueError(
            "-o -: an export is written to files, not to standard output: give a file "
            "name (./- for a file named -)"
        )
    if text.endswith(("/", os.sep)):
        raise FormatError(text, None, "ends with a slash, which names a folder: give a file name")


def check_file_output(output: str | os.PathLike[str], database: str | None) -> Path:
    """The one file ``output`` names, checked before anything is written: a file name
    (:func:`refuse_folder_name`), not the open ``database``, nothing but a regular file."""
    refuse_folder_name(output)
    path = Path(output)
    refuse_database(path, database_file(database))
    check_output(path)
    return path


def output_folders(outputs: Sequence[Path]) -> list[Path]:
    """Create the outputs' missing folders; returns the folders created (outermost
    first) so a failed export can remove them again."""
    created: list[Path] = []
    for path in outputs:
        folder = path.parent
        missing = []
        existing = folder
        while not existing.exists() and existing != existing.parent:
            missing.append(existing)
            existing = existing.parent
        if not missing:
            if not folder.is_dir():
                raise FormatError(
                    path, None, f"cannot write into {folder}: it is a file, not a folder"
                )
            continue
        if not existing.is_dir():
            raise FormatError(
                path,
                None,
                f"cannot create the folder {folder}: {existing} is a file, not a folder",
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FormatError(
                path, None, f"cannot create the folder {folder}: {exc.strerror or exc}"
            ) from None
        created.extend(reversed(missing))
    return created


def remove_folders(created: list[Path]) -> None:
    for folder in reversed(created):
        with contextlib.suppress(OSError):
            folder.rmdir()  # only if still empty
