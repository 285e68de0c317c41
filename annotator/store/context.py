"""What the store's helper modules are given: the database, its models, the location for
messages, the write transaction, and the lookups every change needs.

:class:`annotator.store.api.Store` makes one :class:`StoreContext` and passes it to the
helpers (``assignments``, ``listing``, ``span_ops``, ``batch_insert``, ``counts``); they
never import the store itself. Arrows run one way: api -> helpers -> context -> models.

Every write runs in :meth:`StoreContext.write`, which first increments the revision
counter. That write comes first on purpose: it takes the database's write lock (SQLite)
or the counter row's lock (PostgreSQL) before anything is read, so concurrent writers are
serialised and span validation always sees the latest committed spans.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, TypeGuard

import peewee as pw

from annotator.store.errors import (
    StoreError,
    database_error_code,
    describe_database_error,
    failed_rollback_cause,
)
from annotator.store.models import Models
from annotator.store.util import is_db_int
from annotator.text.chars import describe_char, invisible_char, visible_form

if TYPE_CHECKING:  # the span rules are not needed to read
    from annotator.spans import Policy

TEXT_CACHE_SIZE = 8  # documents whose text a store keeps for span validation
NAME_LENGTH = 100  # the annotator.name column


@dataclass
class TextCache:
    """doc id -> (sha256, text): documents never change their text, so validating a span
    re-reads only the digest (cheap) instead of a possibly large text column."""

    size: int = TEXT_CACHE_SIZE
    entries: dict[int, tuple[str, str]] = field(default_factory=dict)

    def get(self, doc_id: int, digest: str) -> str | None:
        cached = self.entries.get(doc_id)
        return cached[1] if cached is not None and cached[0] == digest else None

    def put(self, doc_id: int, digest: str, text: str) -> None:
        if doc_id not in self.entries and len(self.entries) >= self.size:
            self.entries.pop(next(iter(self.entries)), None)
        self.entries[doc_id] = (digest, text)


def check_layer_name(name: object) -> str:
    """An annotator (layer) name without surrounding whitespace; refuses empty, too long
    and invisible characters (rule in :func:`annotator.text.chars.invisible_char`)."""
    if not isinstance(name, str):
        raise StoreError(f"invalid annotator name {name!r}: it must be text")
    if not name.strip():
        raise StoreError(f"invalid annotator name {name!r}: it must not be empty", "name_empty")
    name = name.strip()
    if len(name) > NAME_LENGTH:
        message = f"invalid annotator name: it is longer than {NAME_LENGTH} characters"
        raise StoreError(message, "name_too_long", limit=NAME_LENGTH)
    hidden = invisible_char(name)
    if hidden is not None:
        raise StoreError(
            f"invalid annotator name {visible_form(name)!r}: it contains "
            f"{describe_char(hidden)}, an invisible character",
            "name_invisible",
            name=visible_form(name),
            char=describe_char(hidden),
        )
    return name


def _storable(value: object) -> TypeGuard[str]:
    """A string the database can hold (no lone surrogates, no NUL: PostgreSQL refuses it)."""
    if not isinstance(value, str) or "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@dataclass
class StoreContext:
    db: pw.Database
    m: Models
    backend: Literal["sqlite", "postgresql"]
    location: str  # the path, or the URL without its password: for messages
    read_only: bool
    texts: TextCache = field(default_factory=TextCache)
    writes: int = 0  # revision-moving transactions this connection committed

    # -- the write transaction -----------------------------------------------------

    @contextmanager
    def write(self, *, bump: bool = True) -> Iterator[None]:
        """One write transaction (a savepoint when nested); database errors become
        :class:`StoreError` with a message for the user. ``bump=False`` leaves the
        revision alone: for writes no window needs to re-read (active time)."""
        if self.read_only:
            raise StoreError(f"{self.location} is open read-only", "read_only", path=self.location)
        lock = ("IMMEDIATE",) if self.backend == "sqlite" else ()
        revision = self.m.revision
        try:
            with self.db.atomic(*lock):
                if bump:
                    revision.update(value=revision.value + 1).where(revision.id == 1).execute()
                yield
            if bump:
                self.writes += 1
        except StoreError:
            raise
        except pw.IntegrityError as exc:
            message = f"{self.location}: change refused by the database: {exc}"
            raise StoreError(
                message, "change_refused", path=self.location, detail=str(exc)
            ) from exc
        except pw.DatabaseError as exc:
            cause = failed_rollback_cause(exc)
            if isinstance(cause, StoreError):
                raise cause from None
            raise StoreError(
                f"{self.location}: {describe_database_error(cause)}",
                database_error_code(cause),
                path=self.location,
                detail=str(cause),
            ) from exc

    # -- the meta table ------------------------------------------------------------

    def meta_get(self, key: str, default: str) -> str:
        meta = self.m.meta
        value = meta.select(meta.value).where(meta.key == key).scalar()
        return default if value is None else str(value)

    def meta_set(self, key: str, value: str) -> None:
        """Set a meta value in the caller's write transaction."""
        meta = self.m.meta
        if not meta.update(value=value).where(meta.key == key).execute():
            meta.insert(key=key, value=value).execute()

    def policy(self) -> Policy:
        return "nested" if self.meta_get("overlap_policy", "flat") == "nested" else "flat"

    # -- lookups -------------------------------------------------------------------

    def layer(self, name: str, *, create: bool) -> tuple[int, str]:
        """``(id, name)`` of the layer called ``name`` (trimmed; a name stored before the
        name rules is found as it is), created when missing and ``create``."""
        try:
            clean: str | None = check_layer_name(name)
        except StoreError as exc:
            clean, refused = None, exc
        for candidate in dict.fromkeys(c for c in (clean, name) if _storable(c)):
            found = self._layer_id(candidate)
            if found is not None:
                return found, candidate
        if clean is None and create:
            raise refused
        if clean is None or not create:
            raise StoreError(f"no annotator {name!r}")
        with self.write():
            found = self._layer_id(clean)
            if found is None:
                found = int(self.m.annotator.insert(name=clean).execute())
        return found, clean

    def annotator_id(self, name: str, *, create: bool) -> int:
        return self.layer(name, create=create)[0]

    def find_layer(self, name: str) -> int | None:
        """The id of the layer :meth:`layer` would give for ``name``, None when there is
        none (reads must find what writes with the same name stored)."""
        try:
            return self.layer(name, create=False)[0]
        except StoreError:
            return None

    def _layer_id(self, name: str) -> int | None:
        model = self.m.annotator
        found = model.select(model.id).where(model.name == name).scalar()
        return None if found is None else int(found)

    def document_text(self, doc_id: int) -> str:
        """The document's text; raises :class:`StoreError` for an unknown id."""
        doc = self.m.document
        text = None
        if is_db_int(doc_id):  # an id out of the column's range names no document
            text = doc.select(doc.text).where(doc.id == doc_id).scalar()
        if text is None:
            raise StoreError(f"no document with id {doc_id}", "no_document", id=doc_id)
        return str(text)

    def cached_text(self, doc_id: int) -> str:
        """:meth:`document_text` through the cache, checked against the stored digest."""
        doc = self.m.document
        digest = None
        if is_db_int(doc_id):
            digest = doc.select(doc.sha256).where(doc.id == doc_id).scalar()
        if digest is None:
            raise StoreError(f"no document with id {doc_id}", "no_document", id=doc_id)
        text = self.texts.get(doc_id, str(digest))
        if text is None:
            text = self.document_text(doc_id)
            self.texts.put(doc_id, str(digest), text)
        return text

    def next_order(self) -> int:
        """The ``order`` of the next new document."""
        current = self.m.document.select(pw.fn.MAX(self.m.document.order)).scalar()
        return 0 if current is None else int(current) + 1
