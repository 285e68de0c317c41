"""Formatting the first part of a large export batch in a forked child process.

Formatting is pure Python work, so on a machine with two or more cores a forked child can
read and format the first part of a batch while the parent reads and formats the rest.
The child reads through a database connection of its own (opened in a new thread: a
store gives each thread its own connection), never touches the output file, writes its
UTF-8 text to an anonymous temporary file and exits with ``os._exit`` (no inherited
buffers are flushed, no exit handlers run). The parent appends the child's text and then
its own, so the output is byte-identical to formatting everything in order. If the child
fails for any reason the parent does its part itself (and meets the same error, if it is
one in the data).

Forking is used only where it is safe and pays: on a platform with ``os.fork``, more than
one CPU, no other Python thread running (a thread holding a lock at fork time could leave
it held in the child, e.g. in a GUI), and a batch large enough to repay the fork.
"""

from __future__ import annotations

import contextlib
import os
import signal
import struct
import tempfile
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO, Any

__all__ = ["Child", "can_fork", "copy_text", "finish", "start", "stop", "write_rendered"]

#: Below this many documents a batch is formatted in one process.
MIN_DOCUMENTS = 400

_TRAILER = struct.Struct("<QQ")  # documents and spans the child formatted, after its text
_DOCS_PER_WRITE = 64
_COPY_BLOCK = 1 << 20

#: ``render(row, index) -> (text, spans)``; ``index`` counts documents from 1 in the file.
Render = Callable[[Any, int], tuple[str, int]]
#: ``work(file) -> (documents, spans)``: writes the child's UTF-8 text into ``file``.
Work = Callable[[IO[bytes]], tuple[int, int]]


@dataclass
class Child:
    pid: int
    file: IO[bytes]


def can_fork(documents: int) -> bool:
    """True when a batch of ``documents`` should be split with a child process."""
    return (
        documents >= MIN_DOCUMENTS
        and hasattr(os, "fork")
        and (os.cpu_count() or 1) > 1
        and threading.active_count() == 1
    )


def start(work: Work) -> Child | None:
    """Fork a child running ``work`` on a temporary file; None when the fork itself
    fails (the caller then does that work).

    In the child ``work`` runs in a new thread: a store gives each thread its own
    database connection, so the child reads through a connection of its own and never
    touches the one it inherited.
    """
    file = tempfile.TemporaryFile()  # noqa: SIM115 - handed to the caller in Child
    try:
        pid = os.fork()
    except OSError:
        file.close()
        return None
    if pid == 0:  # the child: work, write, and leave without any clean-up
        code = 1
        try:
            done: list[tuple[int, int]] = []

            def run() -> None:
                with contextlib.suppress(BaseException):  # the parent redoes the work
                    done.append(work(file))

            thread = threading.Thread(target=run)
            thread.start()
            thread.join()
            if done:
                file.write(_TRAILER.pack(*done[0]))
                file.flush()
                code = 0
        finally:
            os._exit(code)
    return Child(pid, file)


def write_rendered(
    file: IO[bytes], rows: Iterable[Any], render: Render, first_index: int
) -> tuple[int, int]:
    """Render ``rows`` into ``file`` as UTF-8, a few documents at a time; returns the
    numbers of documents and spans.

    Writing as it goes keeps the memory touched small: after a fork every page either
    process writes to is copied, so reusing the same few pages costs far less than
    building the whole text in memory."""
    parts: list[str] = []
    spans = 0
    documents = 0
    for documents, row in enumerate(rows, 1):
        text, count = render(row, first_index + documents - 1)
        parts.append(text)
        spans += count
        if len(parts) >= _DOCS_PER_WRITE:
            file.write("".join(parts).encode("utf-8"))
            parts.clear()
    file.write("".join(parts).encode("utf-8"))
    return documents, spans


def copy_text(source: IO[bytes], size: int, handle: Any, skip: int = 0) -> None:
    """Append ``size`` bytes of ``source``, after its first ``skip``, to the text file
    ``handle``."""
    handle.flush()
    size -= skip
    out = handle.buffer
    if hasattr(os, "copy_file_range"):
        out.flush()  # the copy goes to the file's current offset, after what is written
        offset = skip
        try:
            while size > 0:
                copied = os.copy_file_range(source.fileno(), out.fileno(), size, offset)
                if copied <= 0:
                    break
                offset += copied
                size -= copied
        except OSError:
            pass  # not between these files: copy through memory below
        skip = offset
    source.seek(skip)
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
