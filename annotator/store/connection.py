"""PostgreSQL connections that survive a server restart, or fail loudly.

A team shares one server; a network drop or a server restart kills the client's
connection. peewee would keep the dead connection and fail every later call with a
driver error. :class:`ResilientPostgresqlDatabase` instead:

- outside a transaction (a read): drops the dead connection, reconnects and runs the
  statement once more; if that fails too, raises :class:`LostConnection`;
- inside a transaction (a write): raises :class:`LostConnection` at once ("the change was
  not saved") and never replays the statement on a new connection, where the earlier
  statements of the transaction would be missing; the server has rolled it back.

Errors that are not a lost connection (constraint violations, serialisation failures)
pass through unchanged.
"""

from __future__ import annotations

import contextlib
from typing import Any

import peewee as pw

from annotator.store.errors import StoreError

_CONNECTION_ERRORS = (pw.OperationalError, pw.InterfaceError)


class LostConnection(StoreError):  # noqa: N818 (a StoreError, named for what happened)
    """The connection to the database server broke (or cannot be made); its code says
    whether a change was being written (``lost_write``) or data read (``lost_read``)."""


def reason_of(exc: BaseException) -> str:
    """The driver's first line ("server closed the connection unexpectedly")."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


def write_lost(exc: BaseException) -> LostConnection:
    reason = reason_of(exc)
    message = f"lost connection to the database server: {reason}; the change was not saved"
    return LostConnection(message, "lost_write", detail=reason)


def read_lost(exc: BaseException) -> LostConnection:
    reason = reason_of(exc)
    message = f"lost connection to the database server: {reason}"
    return LostConnection(message, "lost_read", detail=reason)


class Psycopg2Only(pw.Psycopg2Adapter):
    """peewee's psycopg2 adapter, chosen even when psycopg (3) is installed too: bulk
    inserts use psycopg2's ``copy_expert``. Without psycopg2 the store says what to
    install (:func:`annotator.store.db.open_database`)."""

    def check_driver(self) -> None:
        try:
            import psycopg2  # noqa: F401  # imported by peewee too, when it is installed
        except ImportError:
            raise pw.ImproperlyConfigured("psycopg2 postgres driver not found.") from None


class ResilientPostgresqlDatabase(pw.PostgresqlDatabase):
    """``PostgresqlDatabase`` with one reconnect for reads and clear errors for writes."""

    psycopg2_adapter = psycopg3_adapter = Psycopg2Only
    _state: pw._ConnectionState  # peewee's per-thread connection state

    def _connection_dead(self) -> bool:
        conn = self._state.conn
        return conn is None or bool(getattr(conn, "closed", 0))

    def _discard(self) -> None:
        """Forget the (dead) connection of this thread; the next call reconnects."""
        conn = self._state.conn
        if conn is not None:
            with contextlib.suppress(Exception):  # already broken: closing is best effort
                conn.close()
        self._state.reset()

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        try:
            return super().execute_sql(sql, params)
        except _CONNECTION_ERRORS as exc:
            if not self._connection_dead():
                raise
            if self.in_transaction():
                # the transaction's rollback (below) discards the connection
                raise write_lost(exc) from exc
            first = exc
        self._discard()
        try:
            return super().execute_sql(sql, params)
        except _CONNECTION_ERRORS as exc:
            if self._connection_dead():
                self._discard()
                raise read_lost(first) from exc
            raise

    def begin(self, *args: Any, **kwargs: Any) -> Any:
        # BEGIN runs before anything of the transaction: safe to retry on a new connection
        try:
            return super().begin(*args, **kwargs)
        except _CONNECTION_ERRORS as exc:
            if not self._connection_dead():
                raise
            first = exc
        self._discard()
        try:
            return super().begin(*args, **kwargs)
        except _CONNECTION_ERRORS as exc:
            if self._connection_dead():
                self._discard()
                raise write_lost(first) from exc
            raise

    def commit(self) -> Any:
        try:
            return super().commit()
        except _CONNECTION_ERRORS as exc:
            if not self._connection_dead():
                raise
            raise write_lost(exc) from exc

    def rollback(self) -> Any:
        if self._connection_dead():
            # the server ended the transaction with the connection
            if not self.in_transaction():
                self._discard()
            return None
        try:
            return super().rollback()
        except _CONNECTION_ERRORS:
            if not self._connection_dead():
                raise
            if not self.in_transaction():
                self._discard()
            return None
