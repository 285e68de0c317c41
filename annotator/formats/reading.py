"""Reading import files safely: size limits, special files, folders and their links.

Every importer reads its files through here, so that:

* only regular files are read: a FIFO, a device (``/dev/zero``) or a socket given by name
  is refused before it is opened for reading (and opened non-blocking, then checked again
  with ``fstat``), and one found in a folder is skipped and listed;
* a file larger than :attr:`ImportLimits.file_bytes` is refused from its ``stat`` size, and
  no read goes past the limit even when the file grows;
* a folder import does not follow symbolic links that leave the folder (links inside it
  are followed, each folder once); the ones skipped are listed.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from annotator.formats.errors import FormatError

MB = 1_000_000
FILE_LIMIT_ENV = "ANNOTATOR_IMPORT_MAX_FILE_MB"
DOCUMENT_LIMIT_ENV = "ANNOTATOR_IMPORT_MAX_DOCUMENT_MB"
DEFAULT_FILE_MB = 1000
DEFAULT_DOCUMENT_MB = 200
#: A line (a JSON Lines record, a CoNLL row) may hold this many times the document limit:
#: JSON's ``\uXXXX`` escapes take 6 bytes for a 2-byte Arabic letter.
LINE_FACTOR = 3


def _env_mb(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default * MB
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value > 0 or value != value or value == float("inf"):
        reason = f"must be a positive number of MB, not {raw!r}"
        raise FormatError(f"${name}", None, reason, "bad_limit", value=raw)
    return max(1, int(value * MB))


@dataclass(frozen=True)
class ImportLimits:
    """The most an import reads: ``file_bytes`` of any one file, ``document_bytes`` of
    UTF-8 text in any one document, ``line_bytes`` in any one line of a JSON Lines or
    CoNLL file. :meth:`from_env` reads ``$ANNOTATOR_IMPORT_MAX_FILE_MB`` (default 1000)
    and ``$ANNOTATOR_IMPORT_MAX_DOCUMENT_MB`` (default 200)."""

    file_bytes: int = DEFAULT_FILE_MB * MB
    document_bytes: int = DEFAULT_DOCUMENT_MB * MB

    @property
    def line_bytes(self) -> int:
        return self.document_bytes * LINE_FACTOR

    @classmethod
    def from_env(cls) -> ImportLimits:
        return cls(
            file_bytes=_env_mb(FILE_LIMIT_ENV, DEFAULT_FILE_MB),
            document_bytes=_env_mb(DOCUMENT_LIMIT_ENV, DEFAULT_DOCUMENT_MB),
        )

    def refuse(
        self, path: Path | str, line: int | None, what: str, size: int, *, document: bool
    ) -> None:
        """Raise the error for ``what`` (a key of :data:`OVER_LIMIT`) of ``size`` bytes
        over the file or document limit."""
        limit = self.document_bytes if document else self.file_bytes
        env = DOCUMENT_LIMIT_ENV if document else FILE_LIMIT_ENV
        subject, code = OVER_LIMIT[what]
        raise FormatError(
            path,
            line,
            f"{subject} is {_mb(size)}, over the import limit of {_mb(limit)} (set ${env} "
            "to raise it)",
            code,
            **{"bytes": size, "limit_bytes": limit, "env": f"${env}"},
        )

    def refuse_line(self, path: Path | str, line: int) -> None:
        raise FormatError(
            path,
            line,
            f"the line is longer than {_mb(self.line_bytes)}, the import limit for one line "
            f"({LINE_FACTOR} times the document limit: set ${DOCUMENT_LIMIT_ENV} to raise it)",
            "line_over_limit",
            **{"limit_bytes": self.line_bytes, "factor": LINE_FACTOR},
            env=f"${DOCUMENT_LIMIT_ENV}",
        )

    def check_document(self, path: Path | str, line: int | None, text: str) -> None:
        """Refuse a document text of more than ``document_bytes`` of UTF-8."""
        limit = self.document_bytes
        if len(text) * 4 <= limit:  # a code point takes at most 4 bytes
            return
        if len(text) > limit or len(text.encode("utf-8", "surrogatepass")) > limit:
            size = len(text.encode("utf-8", "surrogatepass"))
            self.refuse(path, line, "document", size, document=True)


#: What :meth:`ImportLimits.refuse` refuses: its words and the error's code.
OVER_LIMIT = {
    "file": ("the file", "file_over_limit"),
    "document": ("the document's text", "document_over_limit"),
    "file_text": ("the file's text", "file_text_over_limit"),
}


def _mb(size: int) -> str:
    return f"{size / MB:.1f} MB" if size >= MB else f"{size} bytes"


_KINDS = (  # the test, the words, the error's code
    (stat.S_ISFIFO, "a FIFO (named pipe)", "special_fifo"),
    (stat.S_ISCHR, "a character device", "special_character_device"),
    (stat.S_ISBLK, "a block device", "special_block_device"),
    (stat.S_ISSOCK, "a socket", "special_socket"),
)


def _special(mode: int) -> tuple[str, str] | None:
    for test, name, code in _KINDS:
        if test(mode):
            return name, code
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return "not a regular file", "special_other"


def special_kind(mode: int) -> str | None:
    """What a non-regular, non-folder file is (``"a FIFO (named pipe)"``), else None."""
    found = _special(mode)
    return None if found is None else found[0]


def refuse_special(path: Path, mode: int) -> None:
    found = _special(mode)
    if found is not None:
        reason = f"{found[0]}, not a regular file: only regular files are read"
        raise FormatError(path, None, reason, found[1])


def open_regular(path: Path, limits: ImportLimits) -> tuple[BinaryIO, int]:
    """Open a regular file for reading (never blocking on a FIFO); returns the file and
    its size, after refusing special files and files over the file limit."""
    try:
        refuse_special(path, os.stat(path).st_mode)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise FormatError(
            path, None, exc.strerror or str(exc), "os_error", detail=exc.strerror or str(exc)
        ) from None
    try:
        info = os.fstat(fd)
        refuse_special(path, info.st_mode)  # replaced since the stat above
        if stat.S_ISDIR(info.st_mode):  # os.open reads folders; the error named the fd
            raise FormatError(path, None, "a folder, not a file", "folder_not_file")
        if info.st_size > limits.file_bytes:
            limits.refuse(path, None, "file", info.st_size, document=False)
        os.set_blocking(fd, True)
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    return handle, info.st_size


def read_limited(handle: BinaryIO, path: Path, limit: int, what: str = "the file") -> bytes:
    """All of ``handle``, refusing more than ``limit`` bytes (a file that grew)."""
    try:
        data = handle.read(limit + 1)
    except OSError as exc:
        raise FormatError(
            path, None, exc.strerror or str(exc), "os_error", detail=exc.strerror or str(exc)
        ) from None
    if len(data) > limit:
        reason = f"{what} is over the import limit of {_mb(limit)}"
        raise FormatError(path, None, reason, "file_over_limit_read", limit_bytes=limit)
    return data


def read_file(path: Path, limits: ImportLimits, *, one_document: bool = False) -> bytes:
    """The bytes of a regular file within the file limit; with ``one_document`` (a text
    file) within the document limit too, checked from its size before reading."""
    handle, size = open_regular(path, limits)
    with handle:
        bound = limits.file_bytes
        if one_document and limits.document_bytes < bound:
            bound = limits.document_bytes
            if size > bound:
                limits.refuse(path, None, "file_text", size, document=True)
        return read_limited(handle, path, bound)


def read_head(path: Path, size: int = 65536) -> bytes:
    """The first bytes of a regular file (for format guessing); special files refused."""
    handle, _size = open_regular(path, ImportLimits(file_bytes=1 << 62))
    with handle:
        try:
            return handle.read(size)
        except OSError as exc:
            raise FormatError(
                path, None, exc.strerror or str(exc), "os_error", detail=exc.strerror or str(exc)
            ) from None


def undecodable_name(name: str) -> str | None:
    """The first byte of a file name that is not UTF-8 (``"0xff"``), else None: such a
    name arrives surrogate-escaped and cannot name a document."""
    for char in name:
        if "\udc80" <= char <= "\udcff":
            return f"0x{ord(char) - 0xDC00:02x}"
    return None


def refuse_undecodable_name(path: Path, name: str) -> None:
    byte = undecodable_name(name)
    if byte is not None:
        raise FormatError(
            path,
            None,
            f"the file name is not valid UTF-8 (byte {byte}) and documents are named after "
            "their files: rename it (for example with convmv) and import again",
            "name_not_utf8",
            byte=byte,
        )


@dataclass
class FolderListing:
    """What a folder holds: ``files`` (``.txt``, with their document names) and what a
    folder import skips: ``others`` (other regular files), ``links_out`` (symbolic links
    that leave the folder), ``special`` (FIFOs, devices, sockets)."""

    files: list[tuple[Path, str]] = field(default_factory=list)
    others: list[Path] = field(default_factory=list)
    links_out: list[Path] = field(default_factory=list)
    special: list[Path] = field(default_factory=list)


def _inside(target: str, root: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def list_folder(folder: Path) -> FolderListing:
    """The files under ``folder``, recursively, sorted by relative path. Hidden files and
    folders (``.git``, editor backups) are ignored; links are resolved and followed only
    when their target is inside ``folder``."""
    root = os.path.realpath(folder)
    listing = FolderListing()
    for path, relative in _walk(folder, Path(), root, {root}):
        kind = _classify(path, root)
        if kind == "link_out":
            listing.links_out.append(path)
        elif kind == "special":
            listing.special.append(path)
        elif relative.suffix.lower() == ".txt":
            listing.files.append((path, relative.with_suffix("").as_posix()))
        else:
            listing.others.append(path)
    return listing


def _classify(path: Path, root: str) -> str:
    if path.is_symlink() and not _inside(os.path.realpath(path), root):
        return "link_out"
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return "link_out"  # a dangling link: nothing inside the folder to read
    return "special" if special_kind(mode) is not None else "file"


def _walk(folder: Path, relative: Path, root: str, seen: set[str]) -> Iterator[tuple[Path, Path]]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        raise FormatError(
            folder, None, exc.strerror or str(exc), "os_error", detail=exc.strerror or str(exc)
        ) from None
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path, rel = Path(entry.path), relative / entry.name
        if entry.is_dir(follow_symlinks=True):
            real = os.path.realpath(path)
            if not _inside(real, root):
                yield path, rel  # classified as a link leaving the folder
            elif real not in seen:
                seen.add(real)
                yield from _walk(path, rel, root, seen)
            continue
        yield path, rel
