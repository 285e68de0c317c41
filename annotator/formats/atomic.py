"""Atomic writing of one or several files, and clean-up after writers that were killed.

Each file is written to a hidden temporary ``.<name>.<8 random characters>.tmp`` in its
target's folder (``tempfile.mkstemp``'s names) and renamed over the target only when every
file of the set is complete, so readers never see a partial file. Before the renames each
temporary is flushed to disk (``fsync``; for a set of more than :data:`HELD_LIMIT` files,
such as a brat export's two files per document, one ``syncfs`` per file system on Linux),
and after them each folder, so a power loss leaves either the old file or the whole new
one. A target that exists and is not a regular file (a symbolic link, a FIFO, a device, a
socket, a folder) is never replaced: :class:`NotRegularFileError`, checked when the set is
opened and again just before the renames.

A writer holds an exclusive ``flock`` on each of its temporaries until it has renamed or
removed it (the first :data:`HELD_LIMIT` files of a set until the commit; each later one
while it is being written, so the number of open descriptors stays bounded); a
temporary of the pattern that nobody holds a lock on was left by a writer that died
(SIGKILL, power loss) and :func:`remove_stale_temporaries` removes it. The kernel drops
the lock of a killed process, and a live writer's temporaries are never touched.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, TextIO, cast

try:
    import fcntl
except ImportError:  # no flock here: temporaries are not locked and none is ever removed
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "AtomicFiles",
    "NotRegularFileError",
    "atomic_files",
    "atomic_write_text",
    "check_replaceable",
    "current_umask",
    "final_mode",
    "naming",
    "remove_stale_temporaries",
    "remove_stale_temporaries_of",
    "temp_name_pattern",
]

#: Temporaries of one set whose locked descriptor stays open until the commit.
HELD_LIMIT = 64

_RANDOM_PART = "[a-z0-9_]{8}"  # the random part of tempfile.mkstemp's names
_TEMP_SUFFIX = ".tmp"
_UMASK_LOCK = threading.Lock()


_KINDS = (
    (stat.S_ISLNK, "a symbolic link"),
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class NotRegularFileError(OSError):
    """The target exists and is not a regular file: it is left as it is."""

    def __init__(self, path: str | os.PathLike[str], kind: str) -> None:
        self.message = f"{path}: exists and is {kind}, not a regular file: refusing to replace it"
        super().__init__(self.message)
        self.kind = kind


def check_replaceable(target: str | os.PathLike[str]) -> None:
    """Raise :class:`NotRegularFileError` unless ``target`` is missing or a regular file
    (a symbolic link is refused whatever it points to)."""
    try:
        mode = os.lstat(target).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return  # nothing there to replace (a missing folder is the caller's to report)
    if stat.S_ISREG(mode):
        return
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    raise NotRegularFileError(target, kind)


def current_umask() -> int:
    """The process umask, read without changing it where the system allows (Linux)."""
    with (
        contextlib.suppress(OSError, ValueError, IndexError),
        open("/proc/self/status", encoding="ascii") as status,
    ):
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    with _UMASK_LOCK:  # elsewhere it can only be read by setting it (briefly, to a usual value)
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def final_mode(target: Path) -> int:
    """The permission bits a plain ``open(target, "w")`` would leave: those of the file it
    replaces, else ``0o666`` minus the umask (temporary files start as ``0o600``)."""
    with contextlib.suppress(OSError):
        existing = os.stat(target)
        if stat.S_ISREG(existing.st_mode):
            return stat.S_IMODE(existing.st_mode) & 0o777
    return 0o666 & ~current_umask()


def temp_name_pattern(target: str | os.PathLike[str]) -> re.Pattern[str]:
    """Exactly the names this writer gives the temporaries of ``target``."""
    name = Path(target).name
    return re.compile(re.escape(f".{name}.") + _RANDOM_PART + re.escape(_TEMP_SUFFIX))


def _try_lock(fd: int) -> bool | None:
    """True: locked; False: another descriptor holds the lock; None: this file system
    does not support flock."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return None
    return True


def _same_file(fd: int, path: str | os.PathLike[str]) -> bool:
    try:
        on_disk = os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    mine = os.fstat(fd)
    return (on_disk.st_dev, on_disk.st_ino) == (mine.st_dev, mine.st_ino)


def remove_stale_temporaries(target: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporaries of ``target`` (names matching :func:`temp_name_pattern`)
    that no live writer holds; returns what was removed. Anything else is left alone."""
    return remove_stale_temporaries_of([Path(target)]).get(Path(target), [])


_ANY_TEMPORARY = re.compile(r"\.(.+)\." + _RANDOM_PART + re.escape(_TEMP_SUFFIX))


def remove_stale_temporaries_of(targets: list[Path]) -> dict[Path, list[Path]]:
    """:func:`remove_stale_temporaries` for many targets, reading each folder once;
    returns the removed temporaries of each target that had some, in ``targets`` order."""
    if fcntl is None:
        return {}
    by_folder: dict[Path, dict[str, Path]] = {}
    for target in targets:
        by_folder.setdefault(target.parent, {})[target.name] = target
    removed: dict[Path, list[Path]] = {}
    for folder, named in by_folder.items():
        try:
            entries = os.listdir(folder)
        except OSError:
            continue
        for name in entries:
            match = _ANY_TEMPORARY.fullmatch(name)
            owner = named.get(match.group(1)) if match else None
            if owner is not None and _remove_if_stale(folder / name):
                removed.setdefault(owner, []).append(folder / name)
    return {target: removed[target] for target in targets if target in removed}


def _remove_if_stale(path: Path) -> bool:
    """Remove the temporary ``path`` if no live writer holds its lock."""
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode) or _try_lock(fd) is not True:
            return False  # a live writer's, or not lockable here: cannot tell, keep it
        if _same_file(fd, path):  # still the file we locked
            os.unlink(path)
            return True
    except OSError:
        return False
    finally:
        os.close(fd)
    return False


def _locked_temporary(target: Path, hold: bool = True) -> tuple[int, str, int | None]:
    """A new temporary for ``target``: its descriptor, its path and (with ``hold``) a
    second descriptor that keeps the lock (where there is one) after the first one is
    closed, and is flushed to disk before the rename."""
    for _attempt in range(20):
        try:
            fd, tmp = tempfile.mkstemp(
                prefix=f".{target.name}.", suffix=_TEMP_SUFFIX, dir=target.parent
            )
        except OSError as exc:  # name the file asked for, not a hidden temporary
            reason = f"cannot create a file in {target.parent}: {exc.strerror or exc}"
            raise OSError(exc.errno, reason, str(target)) from None
        locked = None if fcntl is None else _try_lock(fd)
        if locked is None or (locked and _same_file(fd, tmp)):
            return fd, tmp, os.dup(fd) if hold else None
        # A concurrent clean-up got to it between its creation and the lock, and removes
        # it (or already has): leave it to that and take another name.
        os.close(fd)
    raise OSError(f"{target.parent}: could not create a temporary file for {target.name}")


@contextlib.contextmanager
def naming(path: str | os.PathLike[str]) -> Iterator[None]:
    """An ``OSError`` that names no file (a full disk, a file size limit: ``[Errno 28] No
    space left on device``), raised while ``path`` is written, as one that names it."""
    try:
        yield
    except OSError as exc:
        if exc.filename is not None or not exc.strerror:
            raise
        raise OSError(exc.errno, f"cannot write it: {exc.strerror}", str(path)) from None


class AtomicFiles:
    """Write several files to temporary names in their target directories and rename them
    all into place at the end; on error the temporaries are removed and nothing is replaced.
    The final files get the usual permissions (:func:`final_mode`), not the temporaries'
    owner-only ``0o600``.
    """

    def __init__(self) -> None:
        self._pending: list[tuple[str, Path, int | None]] = []
        self._held = 0

    def _temporary(self, path: str | os.PathLike[str]) -> int:
        target = Path(path)
        check_replaceable(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        hold = self._held < HELD_LIMIT
        fd, tmp, keep = _locked_temporary(target, hold)
        self._held += hold
        self._pending.append((tmp, target, keep))
        try:
            os.chmod(tmp, final_mode(target))
        except OSError:
            os.close(fd)
            raise
        return fd

    def open(self, path: str | os.PathLike[str]) -> TextIO:
        return os.fdopen(self._temporary(path), "w", encoding="utf-8", newline="\n")

    def open_binary(self, path: str | os.PathLike[str]) -> BinaryIO:
        return os.fdopen(self._temporary(path), "wb")

    def write_text(self, path: str | os.PathLike[str], data: str) -> None:
        with naming(path), self.open(path) as handle:
            handle.write(data)

    def write_bytes(self, path: str | os.PathLike[str], data: bytes) -> None:
        with naming(path), self.open_binary(path) as handle:
            handle.write(data)

    def commit(self) -> list[Path]:
        """Flush every temporary to disk, check the targets once more, rename them all
        into place and flush their folders."""
        done = []
        try:
            _flush_all(self._pending)
            for _tmp, target, _keep in self._pending:
                check_replaceable(target)
            self._pending.reverse()  # renamed in order, each popped from the end
            while self._pending:
                tmp, target, keep = self._pending[-1]
                os.replace(tmp, target)
                self._pending.pop()
                _release(keep)
                done.append(target)
        except BaseException:
            self.discard()  # those not renamed yet
            raise
        for folder in dict.fromkeys(target.parent for target in done):
            _sync_folder(folder)
        return done

    def discard(self) -> None:
        for tmp, _target, keep in self._pending:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            _release(keep)
        self._pending.clear()


def _load_syncfs() -> Callable[[int], int] | None:
    """Linux's ``syncfs(fd)`` (flush one file system), or None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        function = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int]
    function.restype = ctypes.c_int
    return cast(Callable[[int], int], function)


_SYNCFS = _load_syncfs()


def _flush_all(pending: list[tuple[str, Path, int | None]]) -> None:
    """Flush every temporary to disk: one by one, or for a set of more than
    :data:`HELD_LIMIT` files with one ``syncfs`` per file system (a brat export's
    thousands of ``fsync`` calls take ten times longer), falling back to one by one."""
    if len(pending) > HELD_LIMIT and _SYNCFS is not None:
        folders = dict.fromkeys(os.path.dirname(tmp) for tmp, _target, _keep in pending)
        by_device = {os.stat(folder).st_dev: folder for folder in folders}
        if all(_syncfs(folder) for folder in by_device.values()):
            return
    for tmp, target, keep in pending:
        with naming(target):
            _flush(tmp, keep)


def _syncfs(folder: str) -> bool:
    """``syncfs`` of the file system holding ``folder``; False if it failed."""
    assert _SYNCFS is not None
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        return _SYNCFS(fd) == 0
    finally:
        os.close(fd)


def _flush(tmp: str, keep: int | None) -> None:
    """Flush a temporary to disk through its kept descriptor, or by opening it again."""
    if keep is not None:
        os.fsync(keep)
        return
    fd = os.open(tmp, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _release(keep: int | None) -> None:
    if keep is None:
        return
    with contextlib.suppress(OSError):
        os.close(keep)


def _sync_folder(folder: Path) -> None:
    """Flush a folder's entries (the renames) to disk, where the system allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename itself is done
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_files() -> Iterator[AtomicFiles]:
    files = AtomicFiles()
    try:
        yield files
    except BaseException:
        files.discard()
        raise
    files.commit()


def atomic_write_text(path: str | os.PathLike[str], data: str) -> None:
    with atomic_files() as files:
        files.write_text(path, data)
