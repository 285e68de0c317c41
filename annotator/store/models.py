"""peewee models of the current schema, built per database.

Models are created by :func:`build_models` for one ``Database`` instance instead of being
bound to a module-level database: two stores on different files (or servers) can then be
open in one process, from several threads, without re-binding shared classes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import peewee as pw


class AutoIncrementField(pw.AutoField):
    """SQLite ``INTEGER PRIMARY KEY AUTOINCREMENT``: ids are never reused.

    The same DDL as ``playhouse.sqlite_ext.AutoIncrementField``, without importing that
    module (and its full-text-search helpers) on every start.
    """

    def ddl(self, ctx: pw.Context) -> pw.NodeList:
        return pw.NodeList((super().ddl(ctx), pw.SQL("AUTOINCREMENT")))


@dataclass(frozen=True)
class Models:
    meta: type[pw.Model]
    label_type: type[pw.Model]
    document: type[pw.Model]
    annotator: type[pw.Model]
    doc_status: type[pw.Model]
    span: type[pw.Model]
    revision: type[pw.Model]

    def all(self) -> list[type[pw.Model]]:
        return [
            self.meta,
            self.label_type,
            self.document,
            self.annotator,
            self.doc_status,
            self.span,
            self.revision,
        ]


def span_id_field(db: pw.Database) -> pw.Field:
    """Span ids are never reused (AUTOINCREMENT on SQLite, a sequence on PostgreSQL).

    This keeps ``restore_span`` (undo of a removal) able to give back the original id.
    """
    if isinstance(db, pw.SqliteDatabase):
        return AutoIncrementField()
    return pw.AutoField()


def build_models(db: pw.Database) -> Models:
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

    class Revision(Base):
        """A single row (id 1) whose value grows in every write transaction."""

        value = pw.BigIntegerField(default=0)

        class Meta:
            table_name = "revision"

    return Models(Meta, LabelType, Document, Annotator, DocStatus, Span, Revision)


# -- the assistant's tables (migration 6) ---------------------------------------------------


@dataclass(frozen=True)
class SuggestionModels:
    """Suggestions (never spans), their rejections and the stored trained models.

    Typed ``Any``: peewee model classes built at run time, whose columns no type checker
    knows."""

    suggestion: Any
    rejection: Any
    suggest_model: Any


def build_suggestion_models(db: pw.Database, m: Models) -> SuggestionModels:
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class SuggestModel(Base):
        """A trained assistant; the newest row of the current format is used."""

        id = span_id_field(db)
        format = pw.IntegerField()
        revision = pw.BigIntegerField()  # the store revision of the data it learned from
        layers = pw.TextField()  # JSON list of layer names
        created = pw.DateTimeField()
        seconds = pw.FloatField()
        f1 = pw.FloatField(null=True)  # held out
        entities = pw.IntegerField()
        info = pw.TextField(default="{}")  # JSON: documents, tokens, notes
        crf = pw.BlobField(null=True)  # crfsuite model bytes; NULL: memory alone
        memory = pw.BlobField()  # the project memory (UTF-8 JSON)

        class Meta:
            table_name = "suggest_model"

    class Suggestion(Base):
        id = span_id_field(db)
        document = pw.ForeignKeyField(m.document, on_delete="CASCADE")
        annotator = pw.ForeignKeyField(m.annotator, on_delete="CASCADE")  # layer it is for
        start = pw.IntegerField()
        end = pw.IntegerField()
        label = pw.ForeignKeyField(m.label_type, on_delete="CASCADE")
        confidence = pw.FloatField()
        model = pw.IntegerField(null=True)  # suggest_model id (kept when the model goes)
        created = pw.DateTimeField()

        class Meta:
            table_name = "suggestion"
            indexes = ((("document", "annotator"), False),)

    class Rejection(Base):
        document = pw.ForeignKeyField(m.document, on_delete="CASCADE")
        annotator = pw.ForeignKeyField(m.annotator, on_delete="CASCADE")
        start = pw.IntegerField()
        end = pw.IntegerField()
        label = pw.ForeignKeyField(m.label_type, on_delete="CASCADE")
        created = pw.DateTimeField()

        class Meta:
            table_name = "suggestion_rejection"
            indexes = ((("document", "annotator", "start", "end", "label"), True),)

    return SuggestionModels(Suggestion, Rejection, SuggestModel)
