"""The annotation store (peewee): SQLite files or a PostgreSQL server, same code paths.

Start-up (the store's part of it; measured figures, milliseconds on the development
machine): the names below are imported on first use, so that the command line can import
``annotator.store.errors`` before it knows whether it needs a database. Opening a store
and reading it does not import what only writing spans, importing or exporting needs:
``annotator.spans`` (4), ``store.batch_insert`` (9, with ``annotator.spans``),
``store.boundary_cache`` (2), ``playhouse.db_url`` (7, only URLs need it) and
``playhouse.sqlite_ext`` (2, see ``models.AutoIncrementField``); those modules import
them where they are used. ``tests/gui/test_startup_imports.py`` checks the first window
does without them. peewee is imported the ordinary way (with its PostgreSQL driver when
installed): ``startup_ratio`` stays within its target with it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

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
        ListedDocument,
        Note,
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
    "ListedDocument": "types",
    "Note": "types",
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
    "ListedDocument",
    "Note",
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
