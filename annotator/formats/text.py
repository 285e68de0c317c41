"""Plain-text import: one document per UTF-8 file, or per ``.txt`` file of a folder."""

from __future__ import annotations

import os
from pathlib import Path

from annotator.formats.common import (
    FormatError,
    NulCharacterError,
    ParsedDocument,
    ParseResult,
    display_path,
)
from annotator.formats.reading import (
    FolderListing,
    ImportLimits,
    list_folder,
    read_file,
    refuse_undecodable_name,
)
from annotator.plurals import counted
from annotator.text import decode_utf8, normalize_text


def decode(path: Path, data: bytes) -> str:
    """Strict UTF-8 (optional BOM) without NUL characters; errors become FormatError
    naming file and line."""
    try:
        text = decode_utf8(data, str(path))
    except ValueError as exc:  # UnicodeError or the text module's decode error
        line = getattr(exc, "line", None)
        if line is None and isinstance(exc, UnicodeDecodeError):
            line = data[: exc.start].count(b"\n") + 1
        byte, offset = getattr(exc, "byte", None), getattr(exc, "offset", None)
        if byte is not None and offset is not None:
            reason = f"not valid UTF-8 (byte 0x{byte:02x} at byte offset {offset})"
            raise FormatError(
                path, line, reason, "bad_utf8_byte", byte=byte, offset=offset
            ) from None
        raise FormatError(path, line, "not valid UTF-8", "bad_utf8") from None
    nul = text.find("\x00")
    if nul >= 0:
        before = normalize_text(text[:nul])  # lines and columns as an editor counts them
        line_start = before.rfind("\n") + 1
        column = len(before) - line_start + 1
        raise NulCharacterError(path, before.count("\n") + 1, f", column {column}", column=column)
    return text


def read_text(path: Path, limits: ImportLimits, *, one_document: bool = False) -> str:
    """A file's decoded, normalised text (the bytes are let go as soon as decoded)."""
    return normalize_text(decode(path, read_file(path, limits, one_document=one_document)))


def _listing(folder: Path, paths: list[Path], limit: int = 3) -> str:
    names = [path.relative_to(folder).as_posix() for path in paths[:limit]]
    more = f" and {len(paths) - limit} more" if len(paths) > limit else ""
    return display_path(", ".join(names) + more)


def _folder(p: Path, result: ParseResult) -> list[tuple[Path, str]]:
    listing: FolderListing = list_folder(p)
    if not listing.files:
        others = listing.others + listing.special + listing.links_out
        if not others:
            raise FormatError(
                p,
                None,
                "the folder holds no files to import (a folder imports its .txt files)",
                "folder_empty",
            )
        raise FormatError(
            p,
            None,
            f"no .txt files in this folder, only {counted(len(others), 'other file')}: "
            f"{_listing(p, others)}; a folder imports only .txt files, so give other "
            "files by name",
            "folder_no_txt",
            count=len(others),
        )
    result.notes.skipped = [str(other) for other in listing.others]
    result.notes.links_out = [str(link) for link in listing.links_out]
    result.notes.special = [str(special) for special in listing.special]
    return listing.files


def parse_text(path: str | os.PathLike[str], limits: ImportLimits | None = None) -> ParseResult:
    """A ``.txt`` file, or a folder of them (sorted, recursive). The document name is the
    file name without extension; inside a folder, the relative path without extension,
    which keeps names unique and stable across re-imports. Other files in a folder, links
    leaving it and special files are skipped and listed in ``ParseResult.notes``."""
    p = Path(path)
    limits = limits or ImportLimits.from_env()
    result = ParseResult()
    files = _folder(p, result) if p.is_dir() else [(p, p.stem)]
    for file, name in files:
        refuse_undecodable_name(file, name)
        text = read_text(file, limits, one_document=True)
        if not text.strip():
            raise FormatError(file, None, "the file is empty", "empty_file")
        result.documents.append(ParsedDocument(name=name, text=text, source=str(file)))
    return result
