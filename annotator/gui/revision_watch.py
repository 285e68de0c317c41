"""Which moves of the database's revision were this window's own.

The window polls the revision (:meth:`annotator.store.Store.revision`) to notice changes
made by other processes. Its own changes are of two kinds: writes through its own
:class:`~annotator.store.Store` (counted by ``own_writes``) and writes by the helper
processes it starts (the assistant's training worker, which reports how many it made when
it ends). A move the window cannot explain while a helper may have written without having
reported yet is held until that helper ends: only what remains then was made elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotator.store import Store


class RevisionWatch:
    def __init__(self) -> None:
        self.revision = -1  # the revision last seen
        self.writes = 0  # the store's own_writes() then
        self._credit = 0  # writes helpers reported that no poll has seen yet
        self._held = 0  # moves not explained while a helper might have been writing

    def caught_up(self, store: Store) -> None:
        """Everything in ``store`` is known (at start, or another database)."""
        self.revision, self.writes = store.revision(), store.own_writes()
        self._credit = self._held = 0

    def moved(self, store: Store, *, helper_writing: bool) -> tuple[bool, bool]:
        """(the revision moved, some of it was made elsewhere) since the last call."""
        revision = store.revision()
        own = store.own_writes()
        if revision == self.revision:
            return False, False
        unexplained = (revision - self.revision) - (own - self.writes) - self._credit
        self.revision, self.writes = revision, own
        self._credit = max(0, -unexplained)
        if unexplained <= 0:
            return True, False
        if helper_writing:
            self._held += unexplained
            return True, False
        return True, True

    def helper_ended(self, writes: int) -> bool:
        """A helper process ended having committed ``writes``; True when moves held for it
        were more than that (made elsewhere)."""
        self._credit += max(0, writes)
        taken = min(self._held, self._credit)
        self._credit -= taken
        elsewhere = self._held > taken
        self._held = 0
        return elsewhere
