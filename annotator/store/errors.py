"""Errors raised by the store. Messages are one clear sentence meant for the user."""

from __future__ import annotations


class StoreError(Exception):
    """Any failure of the annotation store: bad target, schema, input or database error."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class SpanRefused(StoreError):  # noqa: N818 (name fixed by the API contract)
    """A span was refused by validation (bounds, unknown label, overlap policy).

    ``message`` carries the ``SpanError`` message, prefixed with the document name when
    the span came from a batch import.
    """
