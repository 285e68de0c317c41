"""Errors raised by the store. Messages are one clear sentence meant for the user."""

from __future__ import annotations


class StoreError(Exception):
    """Any failure of the annotation store: bad target, schema, input or database error."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class MissingDatabase(StoreError):  # noqa: N818 (a StoreError, named for what happened)
    """A SQLite file that was to be opened without creating it does not exist; ``path``
    is the file, so a caller can word the way out in its own terms."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path


class SpanRefused(StoreError):  # noqa: N818 (name fixed by the API contract)
    """A span was refused by validation (bounds, unknown label, overlap policy).

    ``message`` carries the ``SpanError`` message, prefixed with the document name when
    the span came from a batch import; then ``item`` is the index of the refused span's
    item in the batch and ``span`` its index in that item's ``spans`` (None elsewhere),
    so an importer can name the file and line it read that span from.
    """

    def __init__(self, message: str, *, item: int | None = None, span: int | None = None) -> None:
        super().__init__(message)
        self.item, self.span = item, span


def failed_rollback_cause(exc: BaseException) -> BaseException:
    """The error behind a failed ROLLBACK.

    After SQLITE_FULL or an I/O error SQLite has already rolled the transaction back, so
    peewee's own ROLLBACK (or ROLLBACK TO SAVEPOINT) fails and would hide the real cause.
    """
    while isinstance(exc.__context__, Exception) and (
        "no transaction is active" in str(exc) or "no such savepoint" in str(exc)
    ):
        exc = exc.__context__
    return exc


def describe_database_error(exc: BaseException) -> str:
    """A user-facing reason for a failed write: busy and full databases get plain words."""
    text = str(exc)
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return "the database is busy (locked by another program); try again"
    if "disk is full" in lowered or "no space left" in lowered:
        return f"the disk is full; free some space and try again ({text})"
    return f"database error: {text}"
