"""Plain value types returned by the store API (no peewee objects leak out)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:  # imported in to_span: reading a store does not need the span rules
    from annotator.spans import Span

STATUSES: tuple[str, ...] = ("new", "in_progress", "done", "reviewed")
SOURCES: tuple[str, ...] = ("manual", "imported", "suggested")


@dataclass(frozen=True)
class LabelInfo:
    """A label with its guideline: ``descriptions`` maps a language code (``en``, ``ar``)
    to the description in that language; the examples are free text, any language."""

    id: int
    name: str
    color: str
    hotkey: str | None
    order: int
    descriptions: dict[str, str] = field(default_factory=dict, hash=False)
    positive_examples: tuple[str, ...] = ()
    negative_examples: tuple[str, ...] = ()

    def description_for(self, language: str = "en") -> str:
        """The description in ``language``, else the English one, else any there is."""
        for key in (language, "en"):
            if self.descriptions.get(key):
                return self.descriptions[key]
        return next((text for text in self.descriptions.values() if text), "")

    @property
    def description(self) -> str:
        """The English description (or any there is): what the command line shows."""
        return self.description_for("en")


@dataclass(frozen=True)
class AnnotatorInfo:
    id: int
    name: str


@dataclass(frozen=True)
class DocInfo:
    """A document without its text; ``span_count`` counts the spans of the queried layer."""

    id: int
    name: str
    status: str
    order: int
    sha256: str
    meta: dict[str, Any]
    span_count: int


class ListedDocument(NamedTuple):
    """A row of the document list: cheaper to make 20,000 of than :class:`DocInfo`."""

    id: int
    name: str
    status: str
    order: int


@dataclass(frozen=True)
class Document:
    id: int
    name: str
    text: str
    status: str
    meta: dict[str, Any]
    sha256: str
    order: int


@dataclass(frozen=True)
class SpanInfo:
    id: int
    document_id: int
    annotator: str
    start: int
    end: int
    label: str
    source: str

    def to_span(self) -> Span:
        from annotator.spans import Span

        return Span(self.start, self.end, self.label)


@dataclass(frozen=True)
class Note:
    """A note and the "uncertain" flag of a span or of a document in one layer."""

    text: str = ""
    flagged: bool = False

    def __bool__(self) -> bool:
        return bool(self.text) or self.flagged


@dataclass
class ImportItem:
    """One document to import; ``spans`` offsets refer to ``text`` (already normalised)."""

    name: str
    text: str
    meta: dict[str, Any] | None = None
    spans: list[Span] = field(default_factory=list)
    status: str | None = None


@dataclass
class ImportReport:
    """What an import did. ``spans_already_there`` counts the spans skipped because the
    layer already held them exactly (same document, start, end and label), stored before
    or given earlier in the same batch."""

    documents_created: int = 0
    documents_merged: int = 0
    spans_added: int = 0
    labels_added: list[str] = field(default_factory=list)
    repaired: int = 0
    spans_already_there: int = 0


@dataclass(frozen=True)
class ActivityInterval:
    """Active annotation time: ``annotator`` worked on the document from ``start`` to
    ``end`` (seconds since the epoch, UTC)."""

    document_id: int
    annotator: str
    start: float
    end: float

    @property
    def seconds(self) -> float:
        return self.end - self.start


@dataclass(frozen=True)
class StatusChange:
    """A status set at ``at`` (naive UTC); ``annotator`` None for the document's own."""

    document_id: int
    annotator: str | None
    status: str
    at: datetime
