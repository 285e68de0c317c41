"""Version 6: the assistant's suggestions, their rejections and its trained models.

Suggestions are not spans: they live in their own table, so exports, agreement,
adjudication, label counts and the overlap rule never see them. A rejection keeps a
suggestion from coming back for that document and layer. Trained models are kept in the
database so that every member of a team sees the same suggestions.
"""

from __future__ import annotations

import peewee as pw

from annotator.store.models import span_id_field

VERSION = 6


def apply(db: pw.Database) -> None:
    """Declarative: the frozen definitions of the three tables, then their creation."""

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

    class LabelType(Base):
        class Meta:
            table_name = "label_type"

    class SuggestModel(Base):
        id = span_id_field(db)
        format = pw.IntegerField()
        revision = pw.BigIntegerField()
        layers = pw.TextField()
        created = pw.DateTimeField()
        seconds = pw.FloatField()
        f1 = pw.FloatField(null=True)
        entities = pw.IntegerField()
        info = pw.TextField(default="{}")
        crf = pw.BlobField(null=True)
        memory = pw.BlobField()

        class Meta:
            table_name = "suggest_model"

    class Suggestion(Base):
        id = span_id_field(db)
        document = pw.ForeignKeyField(Document, on_delete="CASCADE")
        annotator = pw.ForeignKeyField(Annotator, on_delete="CASCADE")
        start = pw.IntegerField()
        end = pw.IntegerField()
        label = pw.ForeignKeyField(LabelType, on_delete="CASCADE")
        confidence = pw.FloatField()
        model = pw.IntegerField(null=True)
        created = pw.DateTimeField()

        class Meta:
            table_name = "suggestion"
            indexes = ((("document", "annotator"), False),)

    class Rejection(Base):
        document = pw.ForeignKeyField(Document, on_delete="CASCADE")
        annotator = pw.ForeignKeyField(Annotator, on_delete="CASCADE")
        start = pw.IntegerField()
        end = pw.IntegerField()
        label = pw.ForeignKeyField(LabelType, on_delete="CASCADE")
        created = pw.DateTimeField()

        class Meta:
            table_name = "suggestion_rejection"
            indexes = ((("document", "annotator", "start", "end", "label"), True),)

    db.create_tables([SuggestModel, Suggestion, Rejection])
