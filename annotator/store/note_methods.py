"""The store's methods for notes and flags and for the document list: a note and an
"uncertain" flag on spans and on documents (one layer's), the list's rows, span counts and
titles, and the search keys of the document filter. :class:`annotator.store.api.Store`
inherits them; the rules are in :mod:`annotator.store.notes`, :mod:`annotator.store.listing`
and :mod:`annotator.store.doc_search` (tables of migration 7)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from annotator.store import doc_search, listing, notes
from annotator.store.context import StoreContext
from annotator.store.types import ListedDocument, Note


class NoteMethods:
    """Mixed into ``Store``: needs only the store's :class:`StoreContext` (``_ctx``).

    Every write is one transaction; a note is trimmed and "" removes it; ``None`` keeps
    that part (the note or the flag) as it is."""

    _ctx: StoreContext

    def set_span_note(
        self, span_id: int, note: str | None = None, *, flagged: bool | None = None
    ) -> Note:
        with self._ctx.write():
            return notes.set_span_note(self._ctx, span_id, note, flagged)

    def span_notes(self, doc_id: int, annotator: str | None = None) -> dict[int, Note]:
        """Span id -> note of the document's spans that have one (one layer, or all)."""
        return notes.span_notes(self._ctx, doc_id, annotator)

    def document_note(self, doc_id: int, annotator: str) -> Note:
        return notes.document_note(self._ctx, doc_id, annotator)

    def set_document_note(
        self, doc_id: int, annotator: str, note: str | None = None, *, flagged: bool | None = None
    ) -> Note:
        with self._ctx.write():
            return notes.set_document_note(self._ctx, doc_id, annotator, note, flagged)

    def document_notes(self, annotator: str) -> dict[int, Note]:
        """Document id -> the layer's note of every document that has one."""
        return notes.document_notes(self._ctx, annotator)

    def document_list(self, annotator: str | None = None) -> list[ListedDocument]:
        """(id, name, status, order) of the documents ``documents(annotator=)`` lists, by
        the same rules; cheaper than :class:`DocInfo` for 20,000 documents."""
        return listing.listed_documents(self._ctx, annotator)

    def document_details(
        self, annotator: str | None = None, doc_ids: Sequence[int] | None = None
    ) -> tuple[dict[int, int], dict[int, str]]:
        """(document id -> span count of one layer, as ``documents()`` counts; document
        id -> title, its first line) of every document or those of ``doc_ids``: read from
        indexes, never from the texts."""
        counts = listing.span_counts_by_document(self._ctx, annotator, doc_ids)
        return counts, doc_search.titles(self._ctx.db, doc_ids)

    def search_keys(self) -> Iterator[tuple[int, bytes]]:
        """``(document id, packed search key of its name and text)`` of every document,
        by id, read in chunks (:mod:`annotator.text.search_key`)."""
        return doc_search.search_keys(self._ctx.db)
