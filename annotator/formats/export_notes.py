"""Notes in JSON exports: a document's note as ``meta.note``, a span's as ``spans[].note``.

The exporter hands each :class:`~annotator.formats.prepare.Prepared` document the layer's
notes (:class:`annotator.store.notes.ExportNotes`, from ``Store.export_rows`` or, for a
store wrapper, read here); :func:`annotator.formats.writers.jsonl_record` writes them.
Documents without notes are written exactly as before. Flags are not exported.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from annotator.formats.prepare import Prepared, SpanRow, widen_spans
from annotator.store.notes import ExportNotes


def attach_notes(doc: Prepared, notes: ExportNotes | None, whole_tokens: bool) -> Prepared:
    """Give ``doc`` its notes; with ``whole_tokens`` a span's note follows the span to the
    whole tokens it was widened to (notes of spans widened alike are joined by lines)."""
    if notes is None:
        return doc
    if whole_tokens and notes.spans:
        moved: dict[tuple[int, int, str], str] = {}
        for (start, end, label), text in notes.spans.items():
            (widened,) = widen_spans([SpanRow(start, end, label)], doc.starts, doc.ends)
            key = (widened.start, widened.end, widened.label)
            moved[key] = f"{moved[key]}\n{text}" if key in moved else text
        notes = notes._replace(spans=moved)
    doc.notes = notes
    return doc


def read_notes(store: Any, doc_id: int, layer: str, spans: Sequence[Any]) -> ExportNotes | None:
    """The notes of one document through the store API (for stores without
    ``export_rows``); ``spans`` are the layer's ``SpanInfo`` of the document."""
    span_notes = getattr(store, "span_notes", None)
    document_note = getattr(store, "document_note", None)
    if span_notes is None or document_note is None:
        return None
    by_id = span_notes(doc_id, layer)
    noted = {
        (s.start, s.end, s.label): by_id[s.id].text
        for s in spans
        if s.id in by_id and by_id[s.id].text
    }
    note = document_note(doc_id, layer).text
    return ExportNotes(note, noted) if note or noted else None
