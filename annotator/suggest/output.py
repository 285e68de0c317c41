"""``suggest predict``: predicted spans written by the export writers.

The documents go through :func:`annotator.formats.prepare.prepare` and
:mod:`annotator.formats.writers` exactly as ``annotator export`` sends them, with the
predicted spans in place of a layer's: the same tokens (a CoNLL import's tokens come out
unchanged), the same options, the file renamed into place only when complete.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from annotator.formats.atomic import atomic_files
from annotator.formats.export_outputs import check_file_output
from annotator.formats.prepare import SpanRow, prepare
from annotator.formats.writers import conll_document, jsonl_document
from annotator.suggest.data import NO_LAYER
from annotator.text.boundaries import cached_boundaries

__all__ = ["PredictOptions", "Written", "write_predictions"]


@dataclass(kw_only=True)
class PredictOptions:
    format: str = "conll"  # conll | jsonl
    scheme: str = "IOB2"
    docstart: bool = False
    whole_tokens: bool = False
    sep: str = "\t"


@dataclass
class Written:
    documents: int = 0
    spans: int = 0


def write_predictions(
    store: Any,
    doc_ids: Sequence[int],
    predicted: Mapping[int, Sequence[Any]],
    options: PredictOptions,
    output: str | os.PathLike[str],
    *,
    database: str | None = None,
) -> Written:
    """Write the documents ``doc_ids`` with their ``predicted`` spans to ``output``, which
    may not be the open ``database`` (its path or URL) nor anything but a file."""
    if options.format not in ("conll", "jsonl"):
        raise ValueError(f"unknown prediction format {options.format!r}: use conll or jsonl")
    check_file_output(output, database)
    written = Written()
    sentences = options.format == "conll"
    with atomic_files() as files, files.open(output) as handle:
        for row in store.export_rows(list(doc_ids), NO_LAYER):
            found = cached_boundaries(row.boundaries, row.text)
            spans = [SpanRow(p.start, p.end, p.label) for p in predicted.get(row.id, [])]
            doc = prepare(
                row.id, row.name, row.text, row.meta, spans, options.whole_tokens, sentences, found
            )
            if options.format == "conll":
                handle.write(conll_document(doc, options.scheme, options.sep, options.docstart))
            else:
                handle.write(jsonl_document(doc) + "\n")
            written.documents += 1
            written.spans += len(doc.spans)
    return written
