"""peewee models of the current schema, bound per database.

The tables are declared once, below, as unbound model classes (typed: a type checker sees
every field). :func:`build_models` makes a subclass of each bound to one ``Database``
instance, adding what depends on it: the foreign keys (which must point at the models of
the same database) and the span id. Two stores on different files (or servers) can then
be open in one process, from several threads, without re-binding shared classes.

Migrations do not use these classes: each carries its own frozen definitions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar, cast

import peewee as pw


class AutoIncrementField(pw.AutoField):
    """SQLite ``INTEGER PRIMARY KEY AUTOINCREMENT``: ids are never reused.

    The same DDL as ``playhouse.sqlite_ext.AutoIncrementField``, without importing that
    module (and its full-text-search helpers) on every start.
    """

    def ddl(self, ctx: pw.Context) -> pw.NodeList:
        return pw.NodeList((super().ddl(ctx), pw.SQL("AUTOINCREMENT")))


def span_id_field(db: pw.Database) -> pw.AutoField:
    """Span ids are never reused (AUTOINCREMENT on SQLite, a sequence on PostgreSQL).

    This keeps ``restore_span`` (undo of a removal) able to give back the original id.
    """
    if isinstance(db, pw.SqliteDatabase):
        return AutoIncrementField()
    return pw.AutoField()


class _Table(pw.Model):
    id: pw.AutoField[int]  # peewee adds it (or the subclass declares it)

    class Meta:
        legacy_table_names = False


class MetaValue(_Table):
    key = pw.CharField(primary_key=True, max_length=100)
    value = pw.TextField()

    class Meta:
        table_name = "meta"


class LabelType(_Table):
    name = pw.CharField(unique=True, max_length=100)
    color = pw.CharField(max_length=7)
    hotkey = pw.CharField(null=True, max_length=20)
    order = pw.IntegerField(default=0)

    class Meta:
        table_name = "label_type"


class Document(_Table):
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


class Annotator(_Table):
    name = pw.CharField(unique=True, max_length=100)

    class Meta:
        table_name = "annotator"


class DocStatus(_Table):
    document: pw.ForeignKeyField[Any]  # per database, in build_models
    annotator: pw.ForeignKeyField[Any]
    status = pw.CharField(max_length=20)

    class Meta:
        table_name = "doc_status"
        indexes = ((("document", "annotator"), True),)


class Span(_Table):
    document: pw.ForeignKeyField[Any]  # per database, in build_models
    annotator: pw.ForeignKeyField[Any]
    label: pw.ForeignKeyField[Any]
    start = pw.IntegerField()
    end = pw.IntegerField()
    source = pw.CharField(max_length=20, default="manual")
    created = pw.DateTimeField()
    updated = pw.DateTimeField()

    class Meta:
        # Indexed by (document, annotator, start, end) and (annotator, document) (the
        # migrations create them; 9 dropped the prefixes of the first).
        table_name = "span"


class Revision(_Table):
    """A single row (id 1) whose value grows in every write transaction."""

    value = pw.BigIntegerField(default=0)

    class Meta:
        table_name = "revision"


class Assignment(_Table):
    """A document assigned to an annotator (rules in :mod:`annotator.store.assignments`)."""

    document: pw.ForeignKeyField[Any]  # per database, in build_models
    annotator: pw.ForeignKeyField[Any]

    class Meta:
        table_name = "assignment"
        indexes = ((("document", "annotator"), True),)


# -- guidelines and time (migration "guidelines_time") -------------------------------


class LabelGuideline(_Table):
    """A label's guideline (absent until one is written): ``descriptions`` a JSON object
    language -> text, the examples JSON lists of text."""

    label: pw.ForeignKeyField[Any]  # per database, in build_models (also the primary key)
    descriptions = pw.TextField(default="{}")
    positive = pw.TextField(default="[]")
    negative = pw.TextField(default="[]")

    class Meta:
        table_name = "label_guideline"


class Activity(_Table):
    """Active annotation time as intervals (epoch seconds, UTC); touching intervals of a
    document and annotator are merged when written (rules in ``store/activity_log.py``)."""

    document: pw.ForeignKeyField[Any]  # per database, in build_models
    annotator: pw.ForeignKeyField[Any]
    start = pw.DoubleField()
    end = pw.DoubleField()

    class Meta:
        table_name = "activity"
        indexes = ((("document", "annotator", "start"), False), (("annotator", "start"), False))


class StatusLog(_Table):
    """Every status set through the store, with its time: progress over days."""

    document: pw.ForeignKeyField[Any]  # per database, in build_models
    annotator: pw.ForeignKeyField[Any]  # null: the document's own status
    status = pw.CharField(max_length=20)
    at = pw.DateTimeField()

    class Meta:
        table_name = "status_log"


class LabelRename(_Table):
    """An earlier name of a label, kept for undo steps that name it so (migration 11;
    the rules in :mod:`annotator.store.label_renames`)."""

    old_name = pw.CharField(primary_key=True, max_length=100)
    label: pw.ForeignKeyField[Any]  # per database, in build_models (indexed)

    class Meta:
        table_name = "label_rename"


@dataclass(frozen=True)
class Models:
    """The model classes bound to one database."""

    meta: type[MetaValue]
    label_type: type[LabelType]
    document: type[Document]
    annotator: type[Annotator]
    doc_status: type[DocStatus]
    span: type[Span]
    revision: type[Revision]
    assignment: type[Assignment]
    # guidelines and time
    label_guideline: type[LabelGuideline]
    activity: type[Activity]
    status_log: type[StatusLog]
    label_rename: type[LabelRename]


_M = TypeVar("_M", bound=_Table)


def _bound(table: type[_M], db: pw.Database, **fields: pw.Field) -> type[_M]:
    """A subclass of ``table`` bound to ``db``, with ``fields`` added (same table name)."""
    meta = type("Meta", (), {"database": db, "table_name": table._meta.table_name})
    attrs: dict[str, object] = {"Meta": meta, "__module__": __name__, **fields}
    return cast(type[_M], type(table.__name__, (table,), attrs))


def build_models(db: pw.Database) -> Models:
    label_type = _bound(LabelType, db)
    document = _bound(Document, db)
    annotator = _bound(Annotator, db)

    def owners() -> dict[str, pw.Field]:
        return {
            "document": pw.ForeignKeyField(document, on_delete="CASCADE"),
            "annotator": pw.ForeignKeyField(annotator, on_delete="CASCADE"),
        }

    span_fields = {
        "id": span_id_field(db),
        "document": pw.ForeignKeyField(document, on_delete="CASCADE", index=False),
        "annotator": pw.ForeignKeyField(annotator, index=False),
        "label": pw.ForeignKeyField(label_type),
    }
    return Models(
        meta=_bound(MetaValue, db),
        label_type=label_type,
        document=document,
        annotator=annotator,
        doc_status=_bound(DocStatus, db, **owners()),
        span=_bound(Span, db, **span_fields),
        revision=_bound(Revision, db),
        assignment=_bound(Assignment, db, **owners()),
        # guidelines and time
        label_guideline=_bound(
            LabelGuideline,
            db,
            label=pw.ForeignKeyField(label_type, primary_key=True, on_delete="CASCADE"),
        ),
        activity=_bound(Activity, db, **owners()),
        status_log=_bound(
            StatusLog,
            db,
            document=pw.ForeignKeyField(document, on_delete="CASCADE"),
            annotator=pw.ForeignKeyField(annotator, null=True, on_delete="CASCADE"),
        ),
        label_rename=_bound(
            LabelRename, db, label=pw.ForeignKeyField(label_type, on_delete="CASCADE")
        ),
    )


# -- the assistant's tables (migration 6) ---------------------------------------------------


class SuggestModel(_Table):
    """A trained assistant; the newest row of the current format is used."""

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


class Suggestion(_Table):
    document: pw.ForeignKeyField[Any]  # per database, in build_suggestion_models
    annotator: pw.ForeignKeyField[Any]  # the layer it is suggested for
    label: pw.ForeignKeyField[Any]
    start = pw.IntegerField()
    end = pw.IntegerField()
    confidence = pw.FloatField()
    model = pw.IntegerField(null=True)  # suggest_model id (kept when the model goes)
    created = pw.DateTimeField()

    class Meta:
        table_name = "suggestion"
        indexes = ((("document", "annotator"), False),)


class Rejection(_Table):
    document: pw.ForeignKeyField[Any]  # per database, in build_suggestion_models
    annotator: pw.ForeignKeyField[Any]
    label: pw.ForeignKeyField[Any]
    start = pw.IntegerField()
    end = pw.IntegerField()
    created = pw.DateTimeField()

    class Meta:
        table_name = "suggestion_rejection"
        indexes = ((("document", "annotator", "start", "end", "label"), True),)


@dataclass(frozen=True)
class SuggestionModels:
    """Suggestions (never spans), their rejections and the stored trained models."""

    suggestion: type[Suggestion]
    rejection: type[Rejection]
    suggest_model: type[SuggestModel]


def build_suggestion_models(db: pw.Database, m: Models) -> SuggestionModels:
    def owners() -> dict[str, pw.Field]:
        return {
            "id": span_id_field(db),
            "document": pw.ForeignKeyField(m.document, on_delete="CASCADE"),
            "annotator": pw.ForeignKeyField(m.annotator, on_delete="CASCADE"),
            "label": pw.ForeignKeyField(m.label_type, on_delete="CASCADE"),
        }

    rejection_fields = owners()
    del rejection_fields["id"]
    return SuggestionModels(
        suggestion=_bound(Suggestion, db, **owners()),
        rejection=_bound(Rejection, db, **rejection_fields),
        suggest_model=_bound(SuggestModel, db, id=span_id_field(db)),
    )
