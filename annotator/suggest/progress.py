"""Training progress on a terminal: one line, rewritten in place, erased at the end.

It is a ``progress(stage, done, total)`` callback of :func:`annotator.suggest.assistant.train`,
the same one the window's worker reports through (stages ``reading``, ``evaluating``,
``features``, ``training``, ``saving``). ``annotator suggest train`` shows it only when
stderr is a terminal, so that logs, pipes and the one-line error rule stay as they were.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["TerminalProgress"]

#: What each stage shows; ``{done}/{total}`` where the stage counts something.
STAGES = {
    "reading": "reading the training data",
    "evaluating": "measuring the held-out F1, iteration {done}/{total}",
    "features": "features, sentence {done}/{total}",
    "training": "training, iteration {done}/{total}",
    "saving": "saving the model",
}


class TerminalProgress:
    """Writes ``PREFIX: what`` to ``stream``, at most every ``interval`` seconds within a
    stage (every stage change at once); :meth:`close` erases the line."""

    def __init__(
        self,
        stream: TextIO,
        prefix: str = "suggest train",
        *,
        interval: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._stream = stream
        self._prefix = prefix
        self._interval = interval
        self._clock = clock
        self._stage = ""
        self._shown_at = -float("inf")
        self._width = 0  # of the line on screen

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = self._clock()
        last = total > 0 and done >= total
        if stage == self._stage and not last and now - self._shown_at < self._interval:
            return
        self._stage, self._shown_at = stage, now
        what = STAGES.get(stage, stage).format(done=done, total=total)
        self._show(f"{self._prefix}: {what}")

    def close(self) -> None:
        """Erase the line (the summary or an error is written where it was)."""
        if self._width:
            self._show("")

    def _show(self, line: str) -> None:
        padding = " " * max(0, self._width - len(line))
        self._stream.write(f"\r{line}{padding}" + ("\r" if not line else ""))
        self._stream.flush()
        self._width = len(line)
