"""Import and export formats (no Qt): plain text, JSONL/JSON (own shape, doccano),
Label Studio JSON, CoNLL. Entry points: :func:`annotator.formats.importer.import_paths`
and :func:`annotator.formats.export.export`."""

from annotator.formats.common import FormatError

__all__ = ["FormatError"]
