"""Shared pieces of the import/export formats: errors, parsed documents, format lists,
format guessing and offset remapping through text normalisation."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.formats.errors import FormatError, NulCharacterError, display_path
from annotator.formats.reading import read_head
from annotator.formats.registry import EXPORT_FORMATS

__all__ = [
    "EXPORT_FORMATS",
    "HF_UNITS",
    "IMPORT_FORMATS",
    "FormatError",
    "ImportNotes",
    "NulCharacterError",
    "ParseResult",
    "ParsedDocument",
    "ParsedSpan",
    "display_path",
    "guess_format",
    "is_tag",
    "normalisation_map",
    "refuse_nul",
]

#: The formats ``annotator import`` and the import dialog offer (the one list of them).
IMPORT_FORMATS = ("text", "jsonl", "json", "doccano", "labelstudio", "conll", "brat")
#: ``hf`` export rows: one per sentence (the default) or one per document.
HF_UNITS = ("sentence", "document")
CONLL_SUFFIXES = {".conll", ".conllu", ".iob", ".iob2", ".bio", ".bioes", ".tsv", ".ner"}

TAG_RE = re.compile(r"^(?:O|[BIES]-\S+)$")


def refuse_nul(file: str | os.PathLike[str], line: int, value: Any, what: str) -> None:
    """Raise :class:`NulCharacterError` if the string ``value`` (a record's ``what``, read
    from ``line``) holds U+0000, which JSON can carry as the escape ``\\u0000``."""
    if isinstance(value, str):
        at = value.find("\x00")
        if at >= 0:
            raise NulCharacterError(file, line, f" (in {what}, character {at})")


@dataclass(slots=True)
class ParsedSpan:
    start: int
    end: int
    label: str
    line: int | None = None
    note: str | None = None  # a brat AnnotatorNotes text, stored as the span's note


@dataclass
class ParsedDocument:
    """One document read from a file, before anything is written to the store."""

    name: str
    text: str
    spans: list[ParsedSpan] = field(default_factory=list)
    meta: dict[str, Any] | None = None
    source: str = ""
    line: int | None = None
    layer: str | None = None  # overrides the import layer (Label Studio annotators)


@dataclass
class ImportNotes:
    """What an import repaired, kept as it is or left out, for its report."""

    #: tag sequences read leniently, per kind (``annotator.tag_schemes.I_BEGAN_ENTITY``, ...)
    repairs: dict[str, int] = field(default_factory=dict)
    whitespace_tokens: int = 0  # CoNLL tokens holding whitespace, kept whole in the text
    skipped_results: dict[str, int] = field(default_factory=dict)  # Label Studio, per type
    skipped: list[str] = field(default_factory=list)  # files in folders that are not .txt
    links_out: list[str] = field(default_factory=list)  # links leaving an imported folder
    special: list[str] = field(default_factory=list)  # FIFOs, devices, sockets in folders
    #: brat annotations that are not text-bound, per kind (relation, event, note, ...)
    skipped_annotations: dict[str, int] = field(default_factory=dict)
    split_fragments: int = 0  # discontinuous brat spans split into one span per fragment
    span_notes: int = 0  # brat AnnotatorNotes kept as notes of their spans

    def add(self, other: ImportNotes) -> None:
        for mine, theirs in (
            (self.repairs, other.repairs),
            (self.skipped_results, other.skipped_results),
            (self.skipped_annotations, other.skipped_annotations),
        ):
            for key, count in theirs.items():
                mine[key] = mine.get(key, 0) + count
        self.whitespace_tokens += other.whitespace_tokens
        self.split_fragments += other.split_fragments
        self.span_notes += other.span_notes
        self.skipped += other.skipped
        self.links_out += other.links_out
        self.special += other.special


@dataclass
class ParseResult:
    documents: list[ParsedDocument] = field(default_factory=list)
    notes: ImportNotes = field(default_factory=ImportNotes)

    @property
    def repaired(self) -> int:
        """How many tag sequences were repaired, all kinds together."""
        return sum(self.notes.repairs.values())


def is_tag(field_text: str) -> bool:
    return TAG_RE.match(field_text) is not None


# --- normalisation offset map ----------------------------------------------------------------


def normalisation_map(raw: str) -> list[int] | None:
    """Map raw offsets to offsets in ``normalize_text(raw)`` (BOM stripped, CRLF/CR -> LF).

    Returns None when normalisation changes nothing (the map is the identity). An offset
    between CR and LF maps to the start of the resulting LF.
    """
    if "\r" not in raw and not raw.startswith("\ufeff"):
        return None
    mapping = [0] * (len(raw) + 1)
    pos = 0
    i = 0
    if raw.startswith("\ufeff"):
        mapping[0] = 0
        i = 1
    n = len(raw)
    while i < n:
        mapping[i] = pos
        if raw[i] == "\r" and i + 1 < n and raw[i + 1] == "\n":
            mapping[i + 1] = pos
            i += 2
        else:
            i += 1
        pos += 1
    mapping[n] = pos
    return mapping


# --- format guessing -------------------------------------------------------------------------


def _looks_like_conll(sample: str) -> bool:
    rows = 0
    for line in re.split("\r\n|\r|\n", sample)[:200]:
        fields = line.split()
        if not fields or fields[0] == "-DOCSTART-" or line.startswith("#"):
            continue
        if len(fields) < 2 or not is_tag(fields[-1]):
            return False
        rows += 1
    return rows > 0


def guess_format(path: str | os.PathLike[str]) -> str:
    """Guess a file's format from its extension, then its first bytes. A folder is brat
    when it holds a ``NAME.ann`` beside a ``NAME.txt``, else a folder of text files."""
    p = Path(path)
    if p.is_dir():
        return "brat" if _has_brat_pair(p) else "text"
    suffix = p.suffix.lower()
    if suffix == ".ann":
        return "brat"
    if suffix in CONLL_SUFFIXES:
        return "conll"
    if suffix == ".jsonl":
        return "jsonl"
    head = read_head(p)
    sample = head.decode("utf-8", errors="replace").lstrip("\ufeff")
    stripped = sample.lstrip()
    if suffix == ".json" or stripped.startswith("["):
        return "labelstudio" if _looks_like_labelstudio(stripped) else "json"
    if stripped.startswith("{"):
        return "jsonl"
    if _looks_like_conll(sample):
        return "conll"
    return "text"


def _has_brat_pair(folder: Path) -> bool:
    for ann in folder.rglob("*.ann"):
        if ann.with_suffix(".txt").is_file() and not ann.name.startswith("."):
            return True
    return False


_TASK_START = re.compile(r'\[\s*\{\s*"data"\s*:\s*\{')


def _looks_like_labelstudio(sample: str) -> bool:
    """Label Studio tasks: ``data`` and ``annotations`` (or ``predictions``) near the
    start, or a first task that begins with its ``data`` object (a long task, as our
    Label Studio export writes them)."""
    head = sample[:4000]
    if _TASK_START.match(sample):
        return True
    return '"data"' in head and ('"annotations"' in head or '"predictions"' in head)
