"""Plain-text import: one document per UTF-8 file."""

from __future__ import annotations

import os
from pathlib import Path

from annotator.formats.common import (
    FormatError,
    NulCharacterError,
    ParsedDocument,
    ParseResult,
)
from annotator.text import decode_utf8, normalize_text

TEXT_SUFFIXES = {".txt", ".text", ""}


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise FormatError(path, None, exc.strerror or str(exc)) from None


def decode(path: Path, data: bytes) -> str:
    """Strict UTF-8 (optional BOM) without NUL characters; errors become FormatError
    naming file and line (every importer reads its files through here)."""
    try:
        text = decode_utf8(data, str(path))
    except ValueError as exc:  # UnicodeError or the text module's decode error
        line = getattr(exc, "line", None)
        if line is None and isinstance(exc, UnicodeDecodeError):
            line = data[: exc.start].count(b"\n") + 1
        byte, offset = getattr(exc, "byte", None), getattr(exc, "offset", None)
        if byte is not None and offset is not None:
            reason = f"not valid UTF-8 (byte 0x{byte:02x} at byte offset {offset})"
        else:
            reason = "not valid UTF-8"
        raise FormatError(path, line, reason) from None
    nul = text.find("\x00")
    if nul >= 0:
        before = normalize_text(text[:nul])  # lines and columns as an editor counts them
        line_start = before.rfind("\n") + 1
        raise NulCharacterError(
            path, before.count("\n") + 1, f", column {len(before) - line_start + 1}"
        )
    return text


def folder_files(folder: Path) -> tuple[list[tuple[Path, str]], list[Path]]:
    """The ``.txt`` files under ``folder`` (sorted, recursive) with their document names,
    and the other files there, which a folder import skips. Hidden files and folders
    (``.git``, editor backups) are neither."""
    found = []
    others = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        if path.suffix.lower() == ".txt":
            found.append((path, relative.with_suffix("").as_posix()))
        else:
            others.append(path)
    return found, others


def _listing(folder: Path, paths: list[Path], limit: int = 3) -> str:
    names = [path.relative_to(folder).as_posix() for path in paths[:limit]]
    more = f" and {len(paths) - limit} more" if len(paths) > limit else ""
    return ", ".join(names) + more


def parse_text(path: str | os.PathLike[str]) -> ParseResult:
    """A ``.txt`` file, or a folder of them (sorted, recursive). The document name is the
    file name without extension; inside a folder, the relative path without extension,
    which keeps names unique and stable across re-imports. Other files in a folder are
    skipped and listed in ``ParseResult.skipped``."""
    p = Path(path)
    result = ParseResult()
    if p.is_dir():
        files, others = folder_files(p)
        if not files and not others:
            raise FormatError(
                p, None, "the folder holds no files to import (a folder imports its .txt files)"
            )
        if not files:
            raise FormatError(
                p,
                None,
                f"no .txt files in this folder, only {len(others)} other file(s): "
                f"{_listing(p, others)}; a folder imports only .txt files, so give other "
                "files by name",
            )
        result.skipped = [str(other) for other in others]
    else:
        files = [(p, p.stem)]
    for file, name in files:
        text = normalize_text(decode(file, read_bytes(file)))
        if not text.strip():
            raise FormatError(file, None, "the file is empty")
        result.documents.append(ParsedDocument(name=name, text=text, source=str(file)))
    return result
