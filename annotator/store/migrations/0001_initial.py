"""Version 1: labels, documents, annotators (layers), per-layer status and spans."""

from __future__ import annotations

import peewee as pw

from annotator.store.models import span_id_field

VERSION = 1


def apply(db: pw.Database) -> None:
    # A declarative table (the frozen schema of version 1), longer than a function should be.
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Meta(Base):
        key = pw.CharField(primary_key=True, max_length=100)
        value = pw.TextField()

        class Meta:
            table_name = "meta"

    class LabelType(Base):
        name = pw.CharField(unique=True, max_length=100)
        color = pw.CharField(max_length=7)
        hotkey = pw.CharField(null=True, max_length=20)
        order = pw.IntegerField(default=0)

        class Meta:
            table_name = "label_type"

    class Document(Base):
        name = pw.TextField()
        text = pw.TextField()
        sha256 = pw.CharField(max_length=64, index=True)
        meta = pw.TextField(default="{}")
        status = pw.CharField(max_length=20, default="new")
        order = pw.IntegerField(default=0)
        created = pw.DateTimeField()
        updated = pw.DateTimeField()

        class Meta:
            table_name = "document"

    class Annotator(Base):
        name = pw.CharField(unique=True, max_length=100)

        class Meta:
            table_name = "annotator"

    class DocStatus(Base):
        document = pw.ForeignKeyField(Document, on_delete="CASCADE")
        annotator = pw.ForeignKeyField(Annotator, on_delete="CASCADE")
        status = pw.CharField(max_length=20)

        class Meta:
            table_name = "doc_status"
            indexes = ((("document", "annotator"), True),)

    class Span(Base):
        id = span_id_field(db)
        document = pw.ForeignKeyField(Document, on_delete="CASCADE")
        annotator = pw.ForeignKeyField(Annotator)
        start = pw.IntegerField()
        end = pw.IntegerField()
        label = pw.ForeignKeyField(LabelType)
        source = pw.CharField(max_length=20, default="manual")
        created = pw.DateTimeField()
        updated = pw.DateTimeField()

        class Meta:
            table_name = "span"
            indexes = ((("document", "annotator"), False),)

    db.create_tables([Meta, LabelType, Document, Annotator, DocStatus, Span])
    Meta.insert(key="overlap_policy", value="flat").execute()
