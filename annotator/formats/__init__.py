"""Import and export formats (no Qt): plain text, JSONL/JSON (own shape, doccano),
Label Studio JSON, CoNLL, Hugging Face JSON lines. Entry points:
:func:`annotator.formats.import_files.import_paths` and :func:`annotator.formats.export.export`.
``IMPORT_FORMATS``, ``EXPORT_FORMATS`` and ``HF_UNITS`` are the lists the command line and
the dialogs offer."""

from annotator.formats.common import EXPORT_FORMATS, HF_UNITS, IMPORT_FORMATS, FormatError

__all__ = ["EXPORT_FORMATS", "HF_UNITS", "IMPORT_FORMATS", "FormatError"]
