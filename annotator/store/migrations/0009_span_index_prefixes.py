"""Version 9: drop the two span indexes that repeat the leading columns of another.

``span_document_id`` (document) and ``span_document_id_annotator_id`` (document,
annotator) are prefixes of ``span_document_annotator_start`` (document, annotator, start,
end; migration 5). Every lookup they served, the foreign-key search of a deleted
document's spans included, that index serves as well, on SQLite and PostgreSQL; and
every span written had to be entered in each of them (an import of 100,000 spans spent
a third of its insert time there). The query plans were compared on both backends.
"""

from __future__ import annotations

import peewee as pw

VERSION = 9


def apply(db: pw.Database) -> None:
    db.execute_sql("DROP INDEX IF EXISTS span_document_id")
    db.execute_sql("DROP INDEX IF EXISTS span_document_id_annotator_id")
