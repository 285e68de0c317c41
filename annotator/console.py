"""The command line's output streams: printing never turns a finished command into a
failure.

A stream that cannot encode a character (``PYTHONIOENCODING=ascii``, a file name with
undecodable bytes) writes it as a backslash escape instead of raising; a reader that
went away (``annotator stats | head -1``) ends the output quietly, and the command's
exit status stays what the command made it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import TextIO


class GuardedStream:
    """A text stream whose writes never raise ``UnicodeEncodeError`` or
    ``BrokenPipeError``; after a broken pipe further output is dropped. Another write
    error (a full disk, ``> /dev/full``) drops further output too and is raised once as
    an ``OSError`` naming the stream (``standard output: No space left on device``) when
    ``name`` is given, so the command fails with that line; without ``name`` (standard
    error, where the line would go) it is dropped."""

    def __init__(self, stream: TextIO, name: str | None = None) -> None:
        self.stream = stream
        self.name = name
        self.broken = False

    def write(self, text: str) -> int:
        if self.broken:
            return len(text)
        try:
            try:
                return self.stream.write(text)
            except UnicodeEncodeError:
                encoding = getattr(self.stream, "encoding", None) or "utf-8"
                escaped = text.encode(encoding, "backslashreplace").decode(encoding)
                self.stream.write(escaped)
                return len(text)
        except BrokenPipeError:
            self._lost()
            return len(text)
        except OSError as exc:
            self._failed(exc)
            return len(text)

    def flush(self) -> None:
        if self.broken:
            return
        try:
            self.stream.flush()
        except BrokenPipeError:
            self._lost()
        except OSError as exc:
            self._failed(exc)

    def _failed(self, exc: OSError) -> None:
        self._lost()
        if self.name is not None:
            raise OSError(exc.errno, exc.strerror or str(exc), self.name) from None

    def _lost(self) -> None:
        """The reader is gone: point the descriptor at /dev/null, so that the interpreter's
        own last flush has somewhere to go (it would report an error and exit 120)."""
        self.broken = True
        with contextlib.suppress(OSError, ValueError, AttributeError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self.stream.fileno())
            os.close(devnull)

    def __getattr__(self, name: str) -> object:
        return getattr(self.stream, name)


@contextlib.contextmanager
def guarded_output() -> Iterator[None]:
    """Run the body with ``sys.stdout`` and ``sys.stderr`` guarded (and flushed at the end,
    inside the guard)."""
    out, err = sys.stdout, sys.stderr
    guarded_out, guarded_err = GuardedStream(out, "standard output"), GuardedStream(err)
    sys.stdout, sys.stderr = guarded_out, guarded_err
    try:
        yield
    finally:
        with contextlib.suppress(OSError):  # reported by the command, if it was still running
            guarded_out.flush()
        guarded_err.flush()
        sys.stdout, sys.stderr = out, err
