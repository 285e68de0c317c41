"""Shared pieces of the import/export formats: errors, parsed documents, format lists,
format guessing and offset remapping through text normalisation."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.formats.atomic import (  # noqa: F401 - re-exported: they used to live here
    AtomicFiles,
    atomic_files,
    atomic_write_text,
)
from annotator.text.boundaries import TOKENIZATION_KEY as _TOKENIZATION_KEY
from annotator.text.boundaries import WHITESPACE_TOKENS as _WHITESPACE_TOKENS

#: The formats ``annotator import`` and the import dialog offer (the one list of them).
IMPORT_FORMATS = ("text", "jsonl", "json", "doccano", "labelstudio", "conll")
FORMATS = IMPORT_FORMATS
#: The formats ``annotator export`` and the export dialog offer (the one list of them).
EXPORT_FORMATS = ("conll", "jsonl", "json", "hf")
#: ``hf`` export rows: one per sentence (the default) or one per document.
HF_UNITS = ("sentence", "document")
CONLL_SUFFIXES = {".conll", ".conllu", ".iob", ".iob2", ".bio", ".bioes", ".tsv", ".ner"}

#: ``TOKENIZATION_KEY: WHITESPACE_TOKENS`` in a document's meta marks pre-tokenised text
#: (CoNLL imports): tokens are separated by single spaces and sentences by newlines.
#: Exports then keep the original tokens.
TOKENIZATION_KEY = _TOKENIZATION_KEY
WHITESPACE_TOKENS = _WHITESPACE_TOKENS

TAG_RE = re.compile(r"^(?:O|[BIES]-\S+)$")


class FormatError(ValueError):
    """Bad input: names the file, the line (when known) and the reason."""

    def __init__(self, file: str | os.PathLike[str], line: int | None, reason: str) -> None:
        self.file = str(file)
        self.line = line
        self.reason = reason
        where = f"{self.file}, line {line}" if line is not None else self.file
        super().__init__(f"{where}: {reason}")

    @property
    def message(self) -> str:
        return str(self)


class NulCharacterError(FormatError):
    """A NUL character (U+0000) in imported text. PostgreSQL cannot store one in a text
    column, so every importer refuses it, whatever the backend, before anything is written.
    The message reads ``<file>: NUL character (U+0000) at line N[, detail]: <why>``."""

    def __init__(self, file: str | os.PathLike[str], line: int, detail: str = "") -> None:
        super().__init__(
            file,
            line,
            f"NUL character (U+0000) at line {line}{detail}: imported text may not contain "
            "it (PostgreSQL cannot store it); remove it from the file",
        )
        self.args = (f"{self.file}: {self.reason}",)


def refuse_nul(file: str | os.PathLike[str], line: int, value: Any, what: str) -> None:
    """Raise :class:`NulCharacterError` if the string ``value`` (a record's ``what``, read
    from ``line``) holds U+0000, which JSON can carry as the escape ``\\u0000``."""
    if isinstance(value, str):
        at = value.find("\x00")
        if at >= 0:
            raise NulCharacterError(file, line, f" (in {what}, character {at})")


@dataclass
class ParsedSpan:
    start: int
    end: int
    label: str
    line: int | None = None


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
class ParseResult:
    documents: list[ParsedDocument] = field(default_factory=list)
    repaired: int = 0  # I- tags that began an entity, read as B-
    nested: bool = False  # some document has overlapping (nested) spans
    skipped: list[str] = field(default_factory=list)  # files in folders that are not .txt


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
    for line in sample.splitlines()[:200]:
        fields = line.split()
        if not fields or fields[0] == "-DOCSTART-" or line.startswith("#"):
            continue
        if len(fields) < 2 or not is_tag(fields[-1]):
            return False
        rows += 1
    return rows > 0


def guess_format(path: str | os.PathLike[str]) -> str:
    """Guess a file's format from its extension, then its first bytes."""
    p = Path(path)
    if p.is_dir():
        return "text"
    suffix = p.suffix.lower()
    if suffix in CONLL_SUFFIXES:
        return "conll"
    if suffix == ".jsonl":
        return "jsonl"
    try:
        with open(p, "rb") as handle:
            head = handle.read(65536)
    except OSError as exc:
        raise FormatError(p, None, exc.strerror or str(exc)) from None
    sample = head.decode("utf-8", errors="replace").lstrip("\ufeff")
    stripped = sample.lstrip()
    if suffix == ".json" or stripped.startswith("["):
        return "labelstudio" if _looks_like_labelstudio(stripped) else "json"
    if stripped.startswith("{"):
        return "jsonl"
    if _looks_like_conll(sample):
        return "conll"
    return "text"


def _looks_like_labelstudio(sample: str) -> bool:
    head = sample[:4000]
    return '"data"' in head and ('"annotations"' in head or '"predictions"' in head)
