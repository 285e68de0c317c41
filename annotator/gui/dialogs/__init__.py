"""Dialogs of the annotation window: label set, import, export, database files, about.

Each dialog keeps its work in plain methods or Qt-free job functions (``import_job``,
``export_job``), so tests drive them without native file choosers or modal event loops.
Each module has an ``open_...(window)`` function that the window's action table names.
"""

from annotator.tag_schemes import SCHEMES as _SPAN_SCHEMES

# The tag schemes the dialogs offer, IOB2 (the default) first.
SCHEMES: tuple[str, ...] = tuple(sorted(_SPAN_SCHEMES, key=lambda scheme: scheme != "IOB2"))
