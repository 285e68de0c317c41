"""Project memory: the entity forms annotators accepted, with their label counts.

An entry is a phrase of token keys (``"مجلس الامن"``) with how often it was labelled with
each label, and how often it occurred in labelled documents without being labelled. The
memory finds known phrases in any token sequence, including a name inside a clitic token
(روسيا in لروسيا): the first token of a phrase may carry proclitics, split off only under
the rule of :func:`annotator.suggest.clitics.split_known`.

Keys are :func:`annotator.text.matching.match_key` keys with ى/ي and ة/ه unified too
(spelling variants of the same name in news text).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from annotator.suggest.clitics import split_known
from annotator.text.matching import match_key

__all__ = ["MEMORY_FORMAT", "Match", "ProjectMemory", "key_offset", "token_key"]

MEMORY_FORMAT = 1


@lru_cache(maxsize=262144)
def token_key(text: str) -> str:
    """The matching key of one token: harakat, tatweel and bidi marks dropped, alef forms,
    ى/ي and ة/ه unified."""
    return match_key(text, yeh=True, teh_marbuta=True).key


def key_offset(text: str, index: int) -> int:
    """The offset in ``text`` of its key's character ``index`` (``len(text)`` at the end)."""
    return match_key(text, yeh=True, teh_marbuta=True).offsets[index]


@dataclass(frozen=True, slots=True)
class Match:
    """Tokens ``[first, end)`` hold the known ``phrase``; the entity begins at key index
    ``cut`` of the first token (0: the whole token; > 0: after a proclitic)."""

    first: int
    end: int
    cut: int
    phrase: str
    label: str
    confidence: float


class ProjectMemory:
    """Known entity phrases with label counts; build with :meth:`add`."""

    def __init__(self) -> None:
        self.labels: dict[str, Counter[str]] = {}
        self.unlabelled: Counter[str] = Counter()
        # token key -> its tags inside labelled phrases ("B-ORG", "I-ORG"), and how often
        # the key occurs at all in the labelled documents
        self.token_tags: dict[str, Counter[str]] = {}
        self.token_total: Counter[str] = Counter()
        self._longest: dict[str, int] = {}  # first token key -> most tokens of a phrase

    def __len__(self) -> int:
        return len(self.labels)

    def add(self, keys: Sequence[str], label: str, count: int = 1) -> None:
        """Record one labelled occurrence of the phrase made of the token ``keys``."""
        keys = [k for k in keys if k]
        if not keys:
            return
        phrase = " ".join(keys)
        self.labels.setdefault(phrase, Counter())[label] += count
        for j, key in enumerate(keys):
            tag = ("B-" if j == 0 else "I-") + label
            self.token_tags.setdefault(key, Counter())[tag] += count
        if len(keys) > self._longest.get(keys[0], 0):
            self._longest[keys[0]] = len(keys)

    def entities(self) -> int:
        """Labelled occurrences recorded."""
        return sum(sum(c.values()) for c in self.labels.values())

    def label_of(self, phrase: str) -> tuple[str, float] | None:
        """The most frequent label and the share of the phrase's occurrences that carried
        it (labelled with it / labelled at all + seen unlabelled)."""
        counts = self.labels.get(phrase)
        if not counts:
            return None
        label, n = max(counts.items(), key=lambda item: (item[1], item[0]))
        total = sum(counts.values()) + self.unlabelled.get(phrase, 0)
        return label, n / total

    def token_view(self, key: str) -> str:
        """The token's most frequent tag inside known phrases with a bucket of how often
        the token is inside one at all (``+`` most times, ``~`` sometimes, ``?`` rarely),
        or ``-`` for a token never inside one."""
        tags = self.token_tags.get(key)
        if not tags:
            return "-"
        tag, _n = max(tags.items(), key=lambda item: (item[1], item[0]))
        share = sum(tags.values()) / max(self.token_total.get(key, 0), 1)
        return tag + ("+" if share >= 0.5 else "~" if share >= 0.1 else "?")

    def count_tokens(self, keys: Iterable[str]) -> None:
        """Count the token keys of a labelled document (for :meth:`token_view`)."""
        self.token_total.update(keys)

    def knows(self, phrase: str) -> bool:
        return phrase in self.labels

    # -- finding ---------------------------------------------------------------------------

    def _phrase_length(self, stem: str, keys: Sequence[str], i: int) -> int:
        """Tokens of the longest known phrase starting with ``stem`` at ``keys[i]``."""
        longest = min(self._longest.get(stem, 0), len(keys) - i)
        for n in range(longest, 0, -1):
            phrase = stem if n == 1 else " ".join([stem, *keys[i + 1 : i + n]])
            if phrase in self.labels:
                return n
        return 0

    def match_at(self, keys: Sequence[str], i: int) -> Match | None:
        """The known phrase starting at token ``i`` (the first token's proclitics split
        off by the clitic rule), or None."""
        found: dict[str, int] = {}

        def known(stem: str) -> bool:
            n = self._phrase_length(stem, keys, i)
            if n:
                found[stem] = n
            return n > 0

        split = split_known(keys[i], known) if keys[i] else None
        if split is None:
            return None
        n = found[split.stem]
        phrase = split.stem if n == 1 else " ".join([split.stem, *keys[i + 1 : i + n]])
        label, confidence = self.label_of(phrase) or ("", 0.0)
        return Match(i, i + n, split.cut, phrase, label, confidence)

    def find(self, keys: Sequence[str]) -> list[Match]:
        """Non-overlapping known phrases in ``keys``, left to right, longest first."""
        found: list[Match] = []
        i, n = 0, len(keys)
        while i < n:
            match = self.match_at(keys, i)
            if match is None:
                i += 1
                continue
            found.append(match)
            i = match.end
        return found

    def note_unlabelled(
        self, keys: Sequence[str], labelled: Iterable[tuple[int, int, int]]
    ) -> None:
        """Count the phrases found in ``keys`` that annotators did not label there;
        ``labelled`` holds the ``(first, end, cut)`` of the labelled spans."""
        gold = set(labelled)
        for match in self.find(keys):
            if (match.first, match.end, match.cut) not in gold:
                self.unlabelled[match.phrase] += 1

    # -- storage ---------------------------------------------------------------------------

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "format": MEMORY_FORMAT,
            "labels": {phrase: dict(c) for phrase, c in sorted(self.labels.items())},
            "unlabelled": dict(sorted(self.unlabelled.items())),
            "tokens": dict(sorted(self.token_total.items())),
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> ProjectMemory:
        """The memory :meth:`to_json` wrote; ValueError for anything else (not JSON,
        another format, another shape)."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise ValueError(f"the project memory is not JSON ({exc})") from None
        found = data.get("format") if isinstance(data, dict) else None
        if found != MEMORY_FORMAT:
            raise ValueError(f"project memory format {found!r} is not supported")
        memory = cls()
        try:
            for phrase, counts in data["labels"].items():
                for label, n in counts.items():
                    memory.add(phrase.split(" "), label, int(n))
            memory.unlabelled.update({k: int(v) for k, v in data["unlabelled"].items()})
            memory.token_total.update({k: int(v) for k, v in data["tokens"].items()})
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise ValueError(f"the project memory's {exc!r} is not what it should be") from None
        return memory
