"""The annotation store (peewee): SQLite files or a PostgreSQL server, same code paths.

The names below are imported on first use, so that importing a submodule (``errors``)
does not import the whole store.

peewee imports its PostgreSQL driver (psycopg2, with libpq and OpenSSL, or psycopg) when
it is imported itself, which is about a tenth of the application's start. The store imports
peewee with the driver held back instead; :mod:`annotator.store.connection` loads it
when a PostgreSQL URL is opened. In such a process peewee's own ``PostgresqlDatabase``
has no driver: PostgreSQL goes through the store (``ResilientPostgresqlDatabase``).
"""

from __future__ import annotations

import sys
from importlib import import_module
from typing import TYPE_CHECKING, Any

_DRIVERS = ("psycopg2", "psycopg")


def _import_peewee_without_driver() -> None:
    if "peewee" in sys.modules:
        return
    held = [name for name in _DRIVERS if name not in sys.modules]
    for name in held:
        sys.modules[name] = None  # type: ignore[assignment]  # "import name" fails
    try:
        import peewee  # noqa: F401
    finally:
        for name in held:
            del sys.modules[name]


_import_peewee_without_driver()

if TYPE_CHECKING:
    from annotator.store.api import Store
    from annotator.store.errors import SpanRefused, StoreError
    from annotator.store.presets import PRESETS, preset_names
    from annotator.store.types import (
        SOURCES,
        STATUSES,
        AnnotatorInfo,
        DocInfo,
        Document,
        ImportItem,
        ImportReport,
        LabelInfo,
        SpanInfo,
    )

_HOME = {
    "Store": "api",
    "SpanRefused": "errors",
    "StoreError": "errors",
    "PRESETS": "presets",
    "preset_names": "presets",
    "SOURCES": "types",
    "STATUSES": "types",
    "AnnotatorInfo": "types",
    "DocInfo": "types",
    "Document": "types",
    "ImportItem": "types",
    "ImportReport": "types",
    "LabelInfo": "types",
    "SpanInfo": "types",
}

__all__ = [
    "PRESETS",
    "SOURCES",
    "STATUSES",
    "AnnotatorInfo",
    "DocInfo",
    "Document",
    "ImportItem",
    "ImportReport",
    "LabelInfo",
    "SpanInfo",
    "SpanRefused",
    "Store",
    "StoreError",
    "preset_names",
]


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
