"""The linear-chain CRF through python-crfsuite, loaded on first use.

When the module cannot be imported (no wheel for this platform, a broken install),
:func:`crfsuite` returns None and :data:`UNAVAILABLE` says why; the assistant then works
from the project memory alone and tells the user so.

crfsuite does not check the model bytes it opens: truncated or corrupt bytes crash the
process (a segmentation fault) instead of raising. :class:`CrfTagger` therefore opens only
bytes that pass :func:`model_problem` (the file header agrees with the bytes, and their
SHA-256 with the digest stored beside them when there is one).
"""

from __future__ import annotations

import hashlib
import os
import struct
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "CrfParams",
    "CrfTagger",
    "DamagedModelError",
    "crfsuite",
    "model_digest",
    "model_problem",
    "train_crf",
    "unavailable_reason",
]

_LOADED: list[Any] = []  # [module or None] once tried
_REASON: list[str] = []


def crfsuite() -> Any | None:
    """The ``pycrfsuite`` module, or None when it cannot be imported."""
    if not _LOADED:
        try:
            import pycrfsuite
        except ImportError as exc:  # also OSError-like failures of the extension
            _LOADED.append(None)
            _REASON.append(f"python-crfsuite cannot be loaded ({exc})")
        else:
            _LOADED.append(pycrfsuite)
    return _LOADED[0]


def unavailable_reason() -> str | None:
    """Why the CRF cannot be used, or None when it can."""
    return None if crfsuite() is not None else _REASON[0]


def _forget() -> None:
    """Try the import again on the next call (tests simulate a missing module)."""
    _LOADED.clear()
    _REASON.clear()


@dataclass(frozen=True)
class CrfParams:
    """L-BFGS training with elastic-net regularisation. The light L2 term keeps the
    marginals sharp: more correct suggestions reach the accept-all threshold."""

    c1: float = 0.05
    c2: float = 0.02
    max_iterations: int = 120
    min_freq: int = 1


Progress = Callable[[int, int], None]  # (iteration, max_iterations)


Sentence = tuple[Sequence[Sequence[str]], Sequence[str]]  # feature lists, tags


def train_crf(
    sentences: Iterable[Sentence],
    params: CrfParams | None = None,
    progress: Progress | None = None,
) -> bytes:
    """Train on ``sentences`` (each token's feature list, and the tags); the model's
    bytes. Each sentence is handed to crfsuite as it comes, which keeps its features as
    numbers: pass a generator, and the features of a large corpus are never all held as
    Python strings at once."""
    module = crfsuite()
    if module is None:
        raise RuntimeError(unavailable_reason())
    chosen = params or CrfParams()

    class Trainer(module.Trainer):  # type: ignore[name-defined]
        """Reports iterations without printing crfsuite's log."""

        def message(self, message: str) -> None:
            event = self.logparser.feed(message)
            if event == "iteration" and progress is not None:
                info = self.logparser.last_iteration
                progress(int(info.get("num", 0)), chosen.max_iterations)

    trainer = Trainer(verbose=False)
    for x, y in sentences:
        trainer.append(x, y)
    trainer.set_params(
        {
            "c1": chosen.c1,
            "c2": chosen.c2,
            "max_iterations": chosen.max_iterations,
            "feature.minfreq": chosen.min_freq,
            "feature.possible_transitions": True,
        }
    )
    handle, path = tempfile.mkstemp(prefix="annotator-crf-", suffix=".model")
    os.close(handle)
    try:
        trainer.train(path)
        with open(path, "rb") as file:
            return file.read()
    finally:
        os.unlink(path)


class DamagedModelError(ValueError):
    """Model bytes that crfsuite must not open; the message says what is wrong."""


# crfsuite's file header: magic, file size, model type, version, numbers of features,
# labels and attributes, then five offsets into the file (little-endian 32-bit words).
_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_MAGIC, _TYPE = b"lCRF", b"FOMC"


def model_digest(model: bytes) -> str:
    """The SHA-256 of model bytes, stored beside them (:func:`model_problem`)."""
    return hashlib.sha256(model).hexdigest()


def model_problem(model: bytes, digest: str | None = None) -> str | None:
    """Why ``model`` must not be opened (truncated, not a CRF model, or not the bytes
    whose SHA-256 is ``digest``), or None when it may."""
    if len(model) < _HEADER.size:
        return f"the CRF model is damaged: {len(model)} bytes, shorter than its header"
    fields = _HEADER.unpack_from(model)
    magic, size, kind, offsets = fields[0], fields[1], fields[2], fields[7:]
    if magic != _MAGIC or kind != _TYPE:
        return "the CRF model is damaged: it does not begin with a CRF model header"
    if size != len(model) or any(not _HEADER.size <= at <= size for at in offsets):
        return f"the CRF model is damaged: its header says {size} bytes, it has {len(model)}"
    if digest is not None and model_digest(model) != digest:
        return "the CRF model is damaged: its bytes do not match their stored checksum"
    return None


class CrfTagger:
    """A trained model in memory: tags with per-token marginal probabilities.

    Raises :class:`DamagedModelError` for bytes :func:`model_problem` refuses."""

    def __init__(self, model: bytes, digest: str | None = None) -> None:
        module = crfsuite()
        if module is None:
            raise RuntimeError(unavailable_reason())
        problem = model_problem(model, digest)
        if problem is not None:
            raise DamagedModelError(problem)
        self._tagger = module.Tagger()
        try:
            self._tagger.open_inmemory(model)
        except ValueError as exc:  # crfsuite's own refusal ("Invalid model")
            raise DamagedModelError(f"the CRF model is damaged: {exc}") from None

    def tag(self, features: Sequence[Sequence[str]]) -> tuple[list[str], list[float]]:
        """The best tag sequence and each entity tag's marginal probability (1.0 for
        ``O`` tags, whose marginals no caller needs)."""
        if not features:
            return [], []
        tags = list(self._tagger.tag(features))
        marginal = self._tagger.marginal
        marginals = [1.0 if tag == "O" else marginal(tag, i) for i, tag in enumerate(tags)]
        return tags, marginals

    def certainty(self, features: Sequence[Sequence[str]]) -> float:
        """The probability of the best tag sequence as a whole."""
        if not features:
            return 1.0
        tags = self._tagger.tag(features)
        return float(self._tagger.probability(tags))
