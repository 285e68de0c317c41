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
    ``BrokenPipeError``; after a broken pipe further output is dropped."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
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

    def flush(self) -> None:
        if self.broken:
            return
        try:
            self.stream.flush()
        except BrokenPipeError:
            self._lost()

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
    guarded_out, guarded_err = GuardedStream(out), GuardedStream(err)
    sys.stdout, sys.stderr = guarded_out, guarded_err
    try:
        yield
    finally:
        guarded_out.flush()
        guarded_err.flush()
        sys.stdout, sys.stderr = out, err
