"""Version 3: documents assigned to annotators.

A document without any assignment is open to everyone; one with assignments is listed
for the annotators it is assigned to (and the ``gold`` reviewer).
"""

from __future__ import annotations

import peewee as pw

VERSION = 3


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

    class Assignment(Base):
        document = pw.ForeignKeyField(Document, on_delete="CASCADE")
        annotator = pw.ForeignKeyField(Annotator, on_delete="CASCADE")

        class Meta:
            table_name = "assignment"
            indexes = ((("document", "annotator"), True),)

    db.create_tables([Assignment])
