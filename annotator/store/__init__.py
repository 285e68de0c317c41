"""The annotation store (peewee): SQLite files or a PostgreSQL server, same code paths."""

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
