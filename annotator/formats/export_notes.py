"""Notes in JSON exports: a document's note as ``meta.note``, a span's as ``spans[].note``.

The exporter hands each :class:`~annotator.formats.prepare.Prepared` document the layer's
notes (:class:`annotator.store.notes.ExportNotes`, from ``Store.export_rows``);
:func:`annotator.formats.writers.jsonl_record` writes them.
Documents without notes are written exactly as before. Flags are not exported.
"""

from __future__ import annotations

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
