"""Version 11: earlier names of labels (``label_rename``).

One row per name a label had before a rename, pointing at the label's row (which keeps
its id through a rename) and deleted with it. Undo steps carry labels by name; the span
operations that take a name from an undo step look a name that is no longer in use up
here (rules in :mod:`annotator.store.label_renames`). It only creates its own table and
reads ``label_type`` of migration 1; a database renamed under an older schema has no
record of those renames (there is nothing to rebuild it from).
"""

from __future__ import annotations

import peewee as pw

VERSION = 11


def apply(db: pw.Database) -> None:
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class LabelType(Base):
        class Meta:
            table_name = "label_type"

    class LabelRename(Base):
        old_name = pw.CharField(primary_key=True, max_length=100)
        label = pw.ForeignKeyField(LabelType, on_delete="CASCADE")

        class Meta:
            table_name = "label_rename"

    db.create_tables([LabelRename])
