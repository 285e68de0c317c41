"""Formatting the second half of a large export batch in a forked child process.

Formatting is pure Python work on rows already read from the database, so on a machine
with two or more cores a forked child can format one part of a batch while the parent
formats and writes the other. The child never touches the database or the output file: it
writes its UTF-8 text to an anonymous temporary file and exits with ``os._exit`` (no
inherited buffers are flushed, no exit handlers run); the parent appends that text after
its own part, so the output is byte-identical to formatting everything in order. If the
child fails for any reason the parent formats that part itself (and meets the same error,
if it is one in the data).

Forking is used only where it is safe and pays: on a platform with ``os.fork``, more than
one CPU, no other Python thread running (a thread holding a lock at fork time could leave
it held in the child, e.g. in a GUI), and a batch large enough to repay the fork.
"""

from __future__ import annotations

import os
import signal
import struct
import tempfile
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import IO, Any

__all__ = ["Child", "can_fork", "copy_text", "finish", "start", "stop", "write_rendered"]

#: Below this many characters of document text a batch is formatted in one process.
MIN_CHARS = 1_000_000

_TRAILER = struct.Struct("<QQ")  # documents and spans the child formatted, after its text
_DOCS_PER_WRITE = 64
_COPY_BLOCK = 1 << 20

#: ``render(row, index) -> (text, spans)``; ``index`` counts documents from 1 in the file.
Render = Callable[[Any, int], tuple[str, int]]


@dataclass
class Child:
    pid: int
    file: IO[bytes]


def can_fork(chars: int) -> bool:
    """True when a batch of ``chars`` characters should be split with a child process."""
    return (
        chars >= MIN_CHARS
        and hasattr(os, "fork")
        and (os.cpu_count() or 1) > 1
        and threading.active_count() == 1
    )


def start(rows: Sequence[Any], render: Render, first_index: int) -> Child | None:
    """Fork a child formatting ``rows`` (their file indexes start at ``first_index``);
    None when the fork itself fails (the caller then formats them)."""
    file = tempfile.TemporaryFile()  # noqa: SIM115 - handed to the caller in Child
    try:
        pid = os.fork()
    except OSError:
        file.close()
        return None
    if pid == 0:  # the child: format, write, and leave without any clean-up
        code = 1
        try:
            spans = write_rendered(file, rows, render, first_index)
            file.write(_TRAILER.pack(len(rows), spans))
            file.flush()
            code = 0
        finally:
            os._exit(code)
    return Child(pid, file)


def write_rendered(file: IO[bytes], rows: Iterable[Any], render: Render, first_index: int) -> int:
    """Render ``rows`` into ``file`` as UTF-8, a few documents at a time; returns the
    number of spans.

    Writing as it goes keeps the memory touched small: after a fork every page either
    process writes to is copied, so reusing the same few pages costs far less than
    building the whole text in memory."""
    parts: list[str] = []
    spans = 0
    for index, row in enumerate(rows, first_index):
        text, count = render(row, index)
        parts.append(text)
        spans += count
        if len(parts) >= _DOCS_PER_WRITE:
            file.write("".join(parts).encode("utf-8"))
            parts.clear()
    file.write("".join(parts).encode("utf-8"))
    return spans


def copy_text(source: IO[bytes], size: int, handle: Any) -> None:
    """Append ``size`` bytes of ``source`` from its start to the text file ``handle``."""
    handle.flush()
    source.seek(0)
    out = handle.buffer
    while size > 0:
        block = source.read(min(size, _COPY_BLOCK))
        if not block:
            raise OSError("the formatted text is shorter than expected")
        out.write(block)
        size -= len(block)


def finish(child: Child) -> tuple[int, int, int] | None:
    """Wait for the child; the size of its UTF-8 text in ``child.file`` and the documents
    and spans in it, or None when it failed (the file is then closed)."""
    try:
        _pid, status = os.waitpid(child.pid, 0)
        size = child.file.seek(0, os.SEEK_END) - _TRAILER.size
        if os.waitstatus_to_exitcode(status) != 0 or size < 0:
            child.file.close()
            return None
        child.file.seek(size)
        documents, spans = _TRAILER.unpack(child.file.read(_TRAILER.size))
    except BaseException:
        child.file.close()
        raise
    return size, documents, spans


def stop(child: Child) -> None:
    """Kill the child and discard its output (the export failed or was cancelled)."""
    try:
        os.kill(child.pid, signal.SIGKILL)
        os.waitpid(child.pid, 0)
    except OSError:
        pass
    finally:
        child.file.close()
