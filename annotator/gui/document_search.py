"""The document list's worker: reads the list's titles and span counts, builds the
Qt-free :class:`DocumentIndex` from the store's search keys and answers filter queries,
off the GUI thread.

The titles and counts are read here, while the GUI thread reads the list itself and
shows the window: both are mostly work inside SQLite, which runs without the
interpreter lock, so on 20,000 documents the two halves take the time of one.

One short-lived Python thread at a time runs the jobs (the details, the index, then the
latest query): a newer query replaces a waiting one and stops a running one between
slices, and
the thread ends when nothing is left to do, so no thread idles beside the window (the
exporter forks a helper process only when no other thread runs). The thread reads the
store through its own connection (a store gives each thread one) and closes it when it
ends. Answers reach the GUI thread through a queued signal.
"""

from __future__ import annotations

import threading
from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from annotator.document_filter import DocumentIndex, query_key
from annotator.gui.error_text import error_text

if TYPE_CHECKING:
    from annotator.store import Store


class DocumentSearch(QObject):
    """``search(text)`` answers with ``matched(generation, ids)`` (ids a set, or None for
    no filter); ``indexed(count)`` once the index holds the store's documents."""

    matched = Signal(int, object)
    indexed = Signal(int)
    details = Signal(int, object, object)  # generation, span counts, titles
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._store: Store | None = None
        self._index = DocumentIndex()
        self._wanted: set[int] = set()  # documents the index must hold
        self._query: tuple[int, str] | None = None  # waiting: (generation, text)
        # waiting: (generation, annotator, documents or None for all)
        self._details: tuple[int, str, list[int] | None] | None = None
        self._details_generation = 0
        self._generation = 0
        self._last: tuple[bytes, set[int]] | None = None  # previous answer, for narrowing
        self._thread: threading.Thread | None = None
        self._closed = False

    # -- called from the GUI thread -------------------------------------------------------
    def set_documents(self, store: Store, doc_ids: Collection[int]) -> None:
        """The documents listed (from ``store``); missing ones are indexed in the worker."""
        with self._lock:
            if store is not self._store:
                self._store, self._index, self._last = store, DocumentIndex(), None
            self._wanted = set(doc_ids)
            if not self._wanted.issubset(self._index_ids()):
                self._start()

    def load_details(
        self, store: Store, annotator: str, doc_ids: Collection[int] | None = None
    ) -> int:
        """Ask for the titles and ``annotator``'s span counts of the documents ``doc_ids``
        (None: every document), answered by ``details``; returns the answer's generation."""
        with self._lock:
            if store is not self._store:
                self._store, self._index, self._last = store, DocumentIndex(), None
            self._details_generation += 1
            ids = None if doc_ids is None else list(doc_ids)
            self._details = (self._details_generation, annotator, ids)
            self._start()
            return self._details_generation

    def search(self, text: str) -> int:
        """Ask for the documents matching ``text``; returns the answer's generation."""
        with self._lock:
            self._generation += 1
            self._query = (self._generation, text)
            self._start()
            return self._generation

    def ready(self) -> bool:
        with self._lock:
            return self._wanted.issubset(self._index_ids())

    def index_size(self) -> int:
        """Bytes the index holds."""
        return self._index.size

    def busy(self) -> bool:
        with self._lock:
            return self._thread is not None

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the worker is idle (tests, benchmarks, closing); True if it is."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return self._thread is None or not self._thread.is_alive()

    def close(self) -> None:
        with self._lock:
            self._closed, self._query = True, None
            self._generation += 1
        self.wait(10)

    # -- the worker thread ----------------------------------------------------------------
    def _index_ids(self) -> set[int]:
        return {doc_id for doc_id in self._wanted if doc_id in self._index}

    def _start(self) -> None:
        """Start the worker unless it runs (the caller holds the lock)."""
        if self._thread is None and not self._closed:
            self._thread = threading.Thread(target=self._run, name="document-search", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        store = self._store
        try:
            while store is not None and self._next_job(store):
                pass
        except Exception as error:  # a lost connection: say so, the list stays usable
            self.failed.emit(
                QCoreApplication.translate("DocumentList", "Filter unavailable: {}").format(
                    error_text(error)
                )
            )
        finally:
            with self._lock:
                self._thread = None
                waiting = self._query is not None or self._details is not None
                if not self._closed and (waiting or store is not self._store):
                    self._start()
            if store is not None:
                store.close()  # this thread's connection only

    def _next_job(self, store: Store) -> bool:
        """Run the most urgent job; False when there is none (or the store changed)."""
        with self._lock:
            if self._closed or store is not self._store:
                return False
            details, self._details = self._details, None
            missing = details is None and not self._wanted.issubset(self._index_ids())
            query = None
            if details is None and not missing:
                query, self._query = self._query, None
        if details is not None:
            generation, annotator, ids = details
            self.details.emit(generation, *store.document_details(annotator, ids))
        elif missing:
            self._build(store)
        elif query is not None:
            self._answer(*query)
        return details is not None or missing or query is not None

    def _build(self, store: Store) -> None:
        index = self._index

        def stale() -> bool:
            return self._closed or store is not self._store

        if not index.add(store.search_keys(), stale):
            return
        with self._lock:
            self._last = None  # new documents: a narrowed answer could miss them
            count = len(index)
        self.indexed.emit(count)

    def _answer(self, generation: int, text: str) -> None:
        needle = query_key(text)
        if not needle:
            self._last = None
            self.matched.emit(generation, None)
            return
        last = self._last
        within = last[1] if last is not None and last[0] in needle else None

        def cancelled() -> bool:
            return self._closed or self._generation != generation

        found = self._index.matching(text, within, cancelled)
        if found is None:
            return
        self._last = (needle, found)
        self.matched.emit(generation, found)
