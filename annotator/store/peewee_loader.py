"""Import peewee without importing the PostgreSQL driver (a SQLite start does not need it).

peewee imports psycopg2 when it is itself imported (about 15 ms with the libpq and
OpenSSL libraries it loads), whether or not a PostgreSQL database is ever opened.
:func:`import_peewee` makes that first import with psycopg2 hidden; the store's
PostgreSQL connections go through :class:`annotator.store.connection.Psycopg2Adapter`,
which imports the driver when the first PostgreSQL database is opened. peewee itself is
not changed, but its own ``PostgresqlDatabase`` (``playhouse.db_url.connect``) then finds
no driver: only a process whose PostgreSQL access all goes through the store may call
this, which is why the application does (``annotator.gui.app.create_main_window``)
and the library does not.

The driver is not hidden when that could change what peewee does: when psycopg2 (or
peewee) is already imported, when psycopg 3 is installed (peewee would then pick the
driver), or with a peewee without the ``psycopg2_adapter`` hook (peewee 3), which is
imported again normally.
"""

from __future__ import annotations

import sys
from importlib.util import find_spec

DRIVER = "psycopg2"


def import_peewee() -> None:
    """Import peewee (once per process), hiding psycopg2 from it when that is safe."""
    if "peewee" in sys.modules:
        return
    if DRIVER in sys.modules or find_spec("psycopg") is not None:
        import peewee

        return
    sys.modules[DRIVER] = None  # type: ignore[assignment]  # makes "import psycopg2" fail
    try:
        import peewee
    finally:
        if DRIVER in sys.modules and sys.modules[DRIVER] is None:
            del sys.modules[DRIVER]
    if not hasattr(peewee.PostgresqlDatabase, "psycopg2_adapter"):
        del sys.modules["peewee"]  # nothing holds this copy yet: import it as it is
        import peewee
