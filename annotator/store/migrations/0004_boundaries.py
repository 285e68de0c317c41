"""Version 4: a cache of each document's token and sentence boundaries.

Exports need every token's offsets and the sentence breaks; computing them costs more than
the rest of an export. One row per document holds them packed
(:func:`annotator.text.boundaries.pack_boundaries`) with the version of the rules that
produced them; a missing or outdated row is recomputed when needed.
"""

from __future__ import annotations

import peewee as pw

VERSION = 4


def apply(db: pw.Database) -> None:
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Document(Base):
        class Meta:
            table_name = "document"

    class DocBoundaries(Base):
        document = pw.ForeignKeyField(Document, primary_key=True, on_delete="CASCADE")
        version = pw.IntegerField()
        data = pw.BlobField()

        class Meta:
            table_name = "doc_boundaries"

    db.create_tables([DocBoundaries])
