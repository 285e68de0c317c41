"""Version 5: an index for the spans of one layer by position.

Adding, restoring or relabelling a span validates it against the spans it overlaps
(``start < new_end AND end > new_start`` within one document and layer). With this index
that is a scan of index entries instead of a read of every span row of the layer.
"""

from __future__ import annotations

import peewee as pw

VERSION = 5


def apply(db: pw.Database) -> None:
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS span_document_annotator_start "
        'ON span (document_id, annotator_id, start, "end")'
    )
