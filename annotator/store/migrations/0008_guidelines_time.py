"""Guidelines and time: each label's description and examples, active annotation time,
and a log of status changes (progress over days).

It only creates its own tables and reads tables of migration 1.

- ``label_guideline``: one row per label that has a guideline (``descriptions`` a JSON
  object language -> text, ``positive`` and ``negative`` JSON lists of examples).
- ``activity``: intervals of active time per document and annotator (epoch seconds).
  Intervals rather than a total per day: the union of intervals never counts the same
  second twice, even when two copies of the app report the same document, and days are
  cut in the reader's time zone when read, not fixed when written.
- ``status_log``: every status set, with its time. Statuses set before this migration are
  entered once, stamped with their document's last change (the best time known).
The project-wide guideline text is a value of the ``meta`` table (``guidelines``).
"""

from __future__ import annotations

import peewee as pw

VERSION = 8


def apply(db: pw.Database) -> None:
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class LabelType(Base):
        class Meta:
            table_name = "label_type"

    class Document(Base):
        class Meta:
            table_name = "document"

    class Annotator(Base):
        class Meta:
            table_name = "annotator"

    class LabelGuideline(Base):
        label = pw.ForeignKeyField(LabelType, primary_key=True, on_delete="CASCADE")
        descriptions = pw.TextField(default="{}")
        positive = pw.TextField(default="[]")
        negative = pw.TextField(default="[]")

        class Meta:
            table_name = "label_guideline"

    class Activity(Base):
        document = pw.ForeignKeyField(Document, on_delete="CASCADE")
        annotator = pw.ForeignKeyField(Annotator, on_delete="CASCADE")
        start = pw.DoubleField()
        end = pw.DoubleField()

        class Meta:
            table_name = "activity"
            indexes = (
                (("document", "annotator", "start"), False),
                (("annotator", "start"), False),
            )

    class StatusLog(Base):
        document = pw.ForeignKeyField(Document, on_delete="CASCADE")
        annotator = pw.ForeignKeyField(Annotator, null=True, on_delete="CASCADE")
        status = pw.CharField(max_length=20)
        at = pw.DateTimeField()

        class Meta:
            table_name = "status_log"

    db.create_tables([LabelGuideline, Activity, StatusLog])
    db.execute_sql(
        "INSERT INTO status_log (document_id, annotator_id, status, at) "
        "SELECT d.id, NULL, d.status, d.updated FROM document d WHERE d.status <> 'new'"
    )
    db.execute_sql(
        "INSERT INTO status_log (document_id, annotator_id, status, at) "
        "SELECT s.document_id, s.annotator_id, s.status, d.updated "
        "FROM doc_status s JOIN document d ON d.id = s.document_id"
    )
