"""A trained assistant: the project memory and, when python-crfsuite loads, a CRF.

:class:`SuggestModel` predicts character spans with a confidence for prediction units
(:func:`annotator.suggest.corpus.base_units`). With a CRF the suggestions are the CRF's
spans, whose confidence is the product of the marginal probabilities of their tags, and the
project memory's matches that overlap none of them (:func:`with_memory`): a CRF trained on
a few entities is unsure of every name, the memory's own names included, and an
annotator's first labels must come back in the next document all the same. From the memory
the confidence is its share of the phrase's occurrences that carried the label.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from annotator.suggest import crf
from annotator.suggest.corpus import Unit, decode_spans, sentence
from annotator.suggest.features import FEATURES_VERSION, sentence_features
from annotator.suggest.memory import ProjectMemory, key_offset

__all__ = [
    "MEMORY_MIN_SHARE",
    "MODEL_FORMAT",
    "Predicted",
    "SuggestModel",
    "TrainingInfo",
    "with_memory",
]

#: Stored models of another format are ignored (features or storage changed).
MODEL_FORMAT = 100 + FEATURES_VERSION
#: The memory alone suggests a phrase when at least this share of its occurrences in
#: labelled documents carried the label.
MEMORY_MIN_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Predicted:
    """A predicted span of a document's text."""

    start: int
    end: int
    label: str
    confidence: float


@dataclass
class TrainingInfo:
    """What a model was trained on, as stored beside it."""

    layers: list[str] = field(default_factory=list)
    revision: int = 0
    documents: int = 0
    sentences: int = 0
    tokens: int = 0
    entities: int = 0
    seconds: float = 0.0  # wall-clock training time
    cpu_seconds: float = 0.0  # of this process (the machine may be shared)
    f1: float | None = None  # held out
    crf: bool = True
    note: str = ""  # why there is no CRF, when there is none

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainingInfo:
        """Fields this version knows; others (from a newer version) are ignored."""
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


class SuggestModel:
    """Memory plus optional CRF; :meth:`predict` works on units of one document.

    CRF bytes that fail their check (``crf_digest``: their stored SHA-256) are not used:
    the model is then the memory alone, ``info.crf`` is False and ``damaged`` (and
    ``info.note``) says why."""

    def __init__(
        self,
        memory: ProjectMemory,
        crf_model: bytes | None,
        info: TrainingInfo | None = None,
        *,
        crf_digest: str | None = None,
    ) -> None:
        self.memory = memory
        self.crf_model = crf_model
        self.info = info or TrainingInfo()
        self.damaged: str | None = None
        self._tagger: crf.CrfTagger | None = None
        if crf_model is not None and crf.crfsuite() is not None:
            try:
                self._tagger = crf.CrfTagger(crf_model, crf_digest)
            except crf.DamagedModelError as exc:
                self.damaged = str(exc)
                self.info.crf, self.info.note = False, self.damaged

    @property
    def uses_crf(self) -> bool:
        return self._tagger is not None

    def predict(self, units: Sequence[Unit]) -> list[Predicted]:
        """The assistant's spans over the units (one document's sentences), in text order:
        the CRF's with the memory's (:func:`with_memory`), or the memory's alone."""
        if self._tagger is None:
            return self.predict_memory(units)
        found: list[Predicted] = []
        for unit in units:
            found += with_memory(self._crf_spans(unit), self._memory_spans(unit))
        return found

    def predict_crf(self, units: Sequence[Unit]) -> list[Predicted]:
        """The CRF's spans alone (for evaluations); none without a CRF."""
        return [p for unit in units for p in self._crf_spans(unit)]

    def predict_memory(self, units: Sequence[Unit]) -> list[Predicted]:
        """The memory's matches alone (the fallback, and the baseline of evaluations)."""
        return [p for unit in units for p in self._memory_spans(unit)]

    def _crf_spans(self, unit: Unit) -> list[Predicted]:
        if self._tagger is None:
            return []
        sent = sentence(unit, self.memory, tags=False)
        tags, marginals = self._tagger.tag(sentence_features(sent.words, self.memory))
        return [Predicted(*span) for span in decode_spans(sent, tags, marginals)]

    def _memory_spans(self, unit: Unit) -> list[Predicted]:
        """The memory's phrases in the unit that at least :data:`MEMORY_MIN_SHARE` of their
        occurrences carried the label; a name behind a proclitic starts after it (but a
        pre-tokenised document's tokens are never cut)."""
        found: list[Predicted] = []
        for m in self.memory.find(unit.keys):
            if m.confidence < MEMORY_MIN_SHARE:
                continue
            start, end = unit.starts[m.first], unit.ends[m.first]
            if m.cut and not unit.fixed:
                start += key_offset(unit.text[start:end], m.cut)
            found.append(Predicted(start, unit.ends[m.end - 1], m.label, m.confidence))
        return found

    def least_confident(self, units: Sequence[Unit]) -> float:
        """The smallest per-sentence certainty (the CRF's probability of its best tag
        sequence), for ordering documents by uncertainty; 1.0 without a CRF or tokens."""
        if self._tagger is None:
            return 1.0
        lowest = 1.0
        for unit in units:
            sent = sentence(unit, self.memory, tags=False)
            features = sentence_features(sent.words, self.memory)
            lowest = min(lowest, self._tagger.certainty(features))
        return lowest


def with_memory(crf_spans: Sequence[Predicted], memory: Sequence[Predicted]) -> list[Predicted]:
    """The CRF's spans and the memory's matches that overlap none of them, in text order
    (each list in text order, without overlaps of its own). Where both find the same span
    with the same label it is suggested once, at the higher of the two confidences; where
    they overlap otherwise the CRF's span wins."""
    found = list(crf_spans)
    same = {(p.start, p.end, p.label): i for i, p in enumerate(found)}
    ends = [p.end for p in crf_spans]
    for match in memory:
        at = same.get((match.start, match.end, match.label))
        if at is not None:
            if match.confidence > found[at].confidence:
                found[at] = match
            continue
        first = bisect_right(ends, match.start)  # CRF spans ending after the match starts
        if first == len(ends) or crf_spans[first].start >= match.end:
            found.append(match)
    return sorted(found, key=lambda p: p.start)
