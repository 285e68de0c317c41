"""Import and export formats (no Qt): plain text, JSONL/JSON (own shape, doccano),
Label Studio JSON, CoNLL, Hugging Face JSON lines. Entry points:
:func:`annotator.formats.import_files.import_paths` and :func:`annotator.formats.export.export`.
``IMPORT_FORMATS``, ``EXPORT_FORMATS`` and ``HF_UNITS`` (in :mod:`annotator.formats.common`)
are the lists the command line and the dialogs offer.

The package itself imports nothing: the command line reads :mod:`annotator.formats.errors`
on every start, the window among them, which needs no format.
"""
