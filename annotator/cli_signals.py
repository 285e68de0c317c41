"""SIGTERM and SIGHUP end a command the way Ctrl+C does: as an exception, so an export
removes its temporary files and the folders it created, an import's transaction rolls
back, and the command says so in one line (the default action killed the process with
its temporaries left behind, for the next export to clean up)."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

__all__ = ["Stopped", "stopping_signals"]

# The signals and what the command says when one of them stops it.
_WORDS = {"SIGTERM": "terminated", "SIGHUP": "hung up"}


class Stopped(BaseException):
    """A signal asked the command to stop (not an ``Exception``: no handler of errors
    may take it for one; the ``finally`` blocks and ``except BaseException`` clean-ups
    run as for Ctrl+C)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
        self.words = _WORDS.get(signal.Signals(signum).name, "stopped")

    @property
    def status(self) -> int:
        """The exit status a shell gives a command killed by the signal."""
        return 128 + self.signum


def _raise(signum: int, _frame: FrameType | None) -> None:
    raise Stopped(signum)


@contextmanager
def stopping_signals() -> Iterator[None]:
    """While inside, SIGTERM and SIGHUP raise :class:`Stopped` (main thread only; a
    signal already ignored, as under ``nohup``, stays ignored)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {}
    for name in _WORDS:
        number = getattr(signal, name, None)
        if number is None or signal.getsignal(number) == signal.SIG_IGN:
            continue
        previous[number] = signal.signal(number, _raise)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
