"""Notes and flags, and what the document list needs to open fast on a large corpus.

It only creates its own tables and indexes and reads tables of migration 1, so it runs
the same whatever comes before it (6, the assistant's suggestions, or not).

- ``span_note``: a note and the "uncertain" flag of a span, one row per span that has
  either. Keyed by the span id without a foreign key on purpose: span ids are never
  reused, and a removed span that is restored (undo) gets its id back, so its note comes
  back with it. Rows of spans that no longer exist are ignored by every read.
- ``doc_note``: a document's note and flag per layer (annotator), as statuses are.
- ``doc_search``: each document's title (its first line) and packed search key
  (:mod:`annotator.text.search_key`) with the version of the rules that made them;
  written with the document at import, filled here for the documents already stored.
- Indexes: titles read from an index (``doc_search_title``) never touch the keys; spans
  counted per document for one layer read ``span (annotator_id, document_id)``, which
  replaces the single-column ``span_annotator_id``. On SQLite the document listing reads
  a covering index: the text is stored inside the document row there, and every column
  after it would otherwise be read through the text's overflow pages. PostgreSQL keeps
  long texts out of line already (and limits the size of an index entry).
"""

from __future__ import annotations

import peewee as pw

VERSION = 7


def apply(db: pw.Database) -> None:
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Document(Base):
        class Meta:
            table_name = "document"

    class Annotator(Base):
        class Meta:
            table_name = "annotator"

    class SpanNote(Base):
        span_id = pw.IntegerField(primary_key=True)
        note = pw.TextField(default="")
        flagged = pw.BooleanField(default=False)

        class Meta:
            table_name = "span_note"

    class DocNote(Base):
        document = pw.ForeignKeyField(Document, on_delete="CASCADE")
        annotator = pw.ForeignKeyField(Annotator, on_delete="CASCADE")
        note = pw.TextField(default="")
        flagged = pw.BooleanField(default=False)

        class Meta:
            table_name = "doc_note"
            indexes = ((("document", "annotator"), True),)

    class DocSearch(Base):
        document = pw.ForeignKeyField(Document, primary_key=True, on_delete="CASCADE")
        version = pw.IntegerField()
        title = pw.TextField()
        key = pw.BlobField()

        class Meta:
            table_name = "doc_search"

    db.create_tables([SpanNote, DocNote, DocSearch])
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS doc_search_title ON doc_search (document_id, "version", title)'
    )
    db.execute_sql("DROP INDEX IF EXISTS span_annotator_id")
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS span_annotator_document ON span (annotator_id, document_id)"
    )
    if isinstance(db, pw.SqliteDatabase):
        db.execute_sql(
            "CREATE INDEX IF NOT EXISTS document_listing "
            'ON document ("order", id, status, name, sha256, meta)'
        )
    from annotator.store import doc_search

    doc_search.refill(db)  # the documents already stored
