"""Version 2: a change counter that every write transaction increments.

Other processes (a second GUI, the CLI) poll it to learn that the database changed.
"""

from __future__ import annotations

import peewee as pw

VERSION = 2


def apply(db: pw.Database) -> None:
    class Revision(pw.Model):
        value = pw.BigIntegerField(default=0)

        class Meta:
            database = db
            table_name = "revision"

    db.create_tables([Revision])
    Revision.insert(id=1, value=0).execute()
