"""Errors raised by the store. Messages are one clear sentence meant for the user.

Each error also carries a stable ``code`` naming the refusal (``"label_exists"``) and its
arguments in ``params`` (``{"label": "PER"}``), the same ones its English message names: a
caller that speaks another language words it from those, never by reading the English
(the window's :mod:`annotator.gui.error_text`). An error without a code has ``code == ""``.
"""

from __future__ import annotations


class StoreError(Exception):
    """Any failure of the annotation store: bad target, schema, input or database error."""

    def __init__(self, message: str, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.params = params


class MissingDatabase(StoreError):  # noqa: N818 (a StoreError, named for what happened)
    """A SQLite file that was to be opened without creating it does not exist; ``path``
    is the file, so a caller can word the way out in its own terms."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message, "does_not_exist", path=path)
        self.path = path


class SpanRefused(StoreError):  # noqa: N818 (name fixed by the API contract)
    """A span was refused by validation (bounds, unknown label, overlap policy).

    ``message`` carries the ``SpanError`` message, prefixed with the document name when
    the span came from a batch import; then ``item`` is the index of the refused span's
    item in the batch and ``span`` its index in that item's ``spans`` (None elsewhere),
    so an importer can name the file and line it read that span from.
    """

    def __init__(
        self,
        message: str,
        code: str = "",
        *,
        item: int | None = None,
        span: int | None = None,
        **params: object,
    ) -> None:
        super().__init__(message, code, **params)
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


def database_error_code(exc: BaseException) -> str:
    """The code of a failed write: ``database_busy``, ``disk_full`` or ``database_error``
    (the words of :func:`describe_database_error`)."""
    lowered = str(exc).lower()
    if "locked" in lowered or "busy" in lowered:
        return "database_busy"
    if "disk is full" in lowered or "no space left" in lowered:
        return "disk_full"
    return "database_error"


def describe_database_error(exc: BaseException) -> str:
    """A user-facing reason for a failed write: busy and full databases get plain words."""
    text = str(exc)
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return "the database is busy (locked by another program); try again"
    if "disk is full" in lowered or "no space left" in lowered:
        return f"the disk is full; free some space and try again ({text})"
    return f"database error: {text}"
