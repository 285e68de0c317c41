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


def _files_in(folder: Path) -> list[tuple[Path, str]]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix.lower() == ".txt" and not path.name.startswith("."):
            name = path.relative_to(folder).with_suffix("").as_posix()
            found.append((path, name))
    return found


def parse_text(path: str | os.PathLike[str]) -> ParseResult:
    """A ``.txt`` file, or a folder of them (sorted, recursive). The document name is the
    file name without extension; inside a folder, the relative path without extension,
    which keeps names unique and stable across re-imports."""
    p = Path(path)
    files = _files_in(p) if p.is_dir() else [(p, p.stem)]
    if p.is_dir() and not files:
        raise FormatError(p, None, "no .txt files in this folder")
    result = ParseResult()
    for file, name in files:
        text = normalize_text(decode(file, read_bytes(file)))
        if not text.strip():
            raise FormatError(file, None, "the file is empty")
        result.documents.append(ParsedDocument(name=name, text=text, source=str(file)))
    return result
