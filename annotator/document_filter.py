"""The document filter's index (no Qt): which documents' name or text hold a query.

Every document's packed search key (:mod:`annotator.text.search_key`, cached in the store
at import) is held in one ``bytes`` object, separated by a NUL byte; a query is packed the
same way and found with ``bytes.find``, a C loop at memory speed. Measured on 20,000
documents of 500 tokens (60 M characters, 63 MB packed): a word found in few documents
scans the whole corpus in about 40 ms; a query narrowing the previous one (the next
keystroke) reads only the documents the previous one matched.

The scan goes in slices of :data:`SLICE` bytes, so a caller in a worker thread can stop
it between slices (``cancelled``) and the interpreter hands the GUI thread its turn.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable

from annotator.text.search_key import search_key

__all__ = ["DocumentIndex", "query_key"]

SLICE = 1 << 20  # bytes scanned between two checks of ``cancelled``
SEPARATOR = b"\x00"  # never in a key: U+0000 is refused at import
# Narrowing a query re-reads only the previous matches when they are at most this share
# of the documents; else one pass over everything is as cheap.
NARROW_SHARE = 0.5

Cancelled = Callable[[], bool]


def query_key(query: str) -> bytes:
    """The packed form of a filter query: trimmed, inner whitespace runs as one space,
    U+0000 dropped (b"" when nothing is left)."""
    return search_key(" ".join(query.replace("\x00", "").split()))


class DocumentIndex:
    """Search keys of many documents; ``matching`` answers a query with document ids."""

    def __init__(self) -> None:
        self._hay = b""
        self._ids: list[int] = []
        self._starts: list[int] = [0]  # key i is hay[starts[i] : starts[i + 1] - 1]
        self._position: dict[int, int] = {}

    @classmethod
    def build(
        cls, keys: Iterable[tuple[int, bytes]], cancelled: Cancelled | None = None
    ) -> DocumentIndex | None:
        """An index of ``(doc_id, key)`` pairs; None when ``cancelled()`` turned True."""
        index = cls()
        return index if index.add(keys, cancelled) else None

    def add(self, keys: Iterable[tuple[int, bytes]], cancelled: Cancelled | None = None) -> bool:
        """Add documents (ids already present are skipped); False when cancelled, and
        then nothing was added."""
        parts: list[bytes] = []
        ids: list[int] = []
        starts: list[int] = []
        at = len(self._hay)
        seen = set(self._position)
        for count, (doc_id, key) in enumerate(keys):
            if count % 500 == 0:
                time.sleep(0)  # let another thread (the GUI's) have the interpreter
                if cancelled is not None and cancelled():
                    return False
            if doc_id in seen:
                continue
            seen.add(doc_id)
            ids.append(doc_id)
            parts.append(key)
            at += len(key) + 1
            starts.append(at)
        if not ids:
            return True
        first = len(self._ids)
        self._hay = self._hay + SEPARATOR.join(parts) + SEPARATOR
        self._ids.extend(ids)
        self._starts.extend(starts)
        self._position.update((doc_id, first + i) for i, doc_id in enumerate(ids))
        return True

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._position

    @property
    def size(self) -> int:
        """Bytes held."""
        return len(self._hay)

    def matching(
        self,
        query: str,
        within: Collection[int] | None = None,
        cancelled: Cancelled | None = None,
    ) -> set[int] | None:
        """Ids of the documents whose key holds ``query``'s key (every document for an
        empty query); only among ``within`` when given. None when cancelled."""
        needle = query_key(query)
        if not needle:
            return set(self._ids) if within is None else set(within) & set(self._position)
        if within is not None and len(within) <= NARROW_SHARE * len(self._ids):
            return self._among(needle, within)
        found = self._scan(needle, cancelled)
        if found is None or within is None:
            return found
        return found & set(within)

    def _among(self, needle: bytes, within: Collection[int]) -> set[int]:
        hay, starts, position = self._hay, self._starts, self._position
        found = set()
        for doc_id in within:
            i = position.get(doc_id)
            if i is not None and hay.find(needle, starts[i], starts[i + 1] - 1) >= 0:
                found.add(doc_id)
        return found

    def _scan(self, needle: bytes, cancelled: Cancelled | None) -> set[int] | None:
        hay, starts, ids = self._hay, self._starts, self._ids
        end, reach = len(hay), len(needle) - 1
        found: list[int] = []
        at = 0
        while at < end:
            stop = min(end, at + SLICE)
            hit = hay.find(needle, at, stop + reach)  # hits that start before ``stop``
            if hit < 0:
                at = stop
                time.sleep(0)  # let another thread have the interpreter
                if cancelled is not None and cancelled():
                    return None
                continue
            i = bisect_right(starts, hit) - 1
            found.append(ids[i])
            at = starts[i + 1]  # the rest of that document cannot add anything
        return set(found)
