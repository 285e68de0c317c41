"""Rebuild the schema fixtures: ``python tests/data/schemas/make_fixtures.py``.

``vN.annotator`` is a database at schema version N, made by applying migrations 1..N
(their frozen table definitions) and inserting the rows in ``CONTENT`` with plain SQL.
``vN.json`` records what the file holds, from ``CONTENT`` (not read back from the file).
Make a new fixture when a migration is added; never regenerate an old one.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import peewee as pw

HERE = Path(__file__).resolve().parent
TEXT = "زار الرئيس المصري القاهرة أمس.\nوقال وزير الخارجية إن العلاقات جيدة."
CONTENT = {
    "policy": "nested",
    "labels": [["PERS", "#e57373", "1"], ["LOC", "#64b5f6", "2"], ["ORG", "#81c784", None]],
    "documents": [["article-1", TEXT, "in_progress"], ["article-2", "نص ثان قصير", "new"]],
    "annotators": ["gold", "amal"],
    # document index, annotator index, start, end, label
    "spans": [[0, 0, 4, 10, 0], [0, 0, 19, 26, 1], [0, 1, 4, 18, 2], [0, 1, 4, 10, 0]],
    "doc_status": [[0, 1, "done"]],
}


def build(version: int) -> Path:
    sys.path.insert(0, str(HERE.parents[2]))
    from annotator.store.migrations import load

    path = HERE / f"v{version}.annotator"
    path.unlink(missing_ok=True)
    db = pw.SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
    with db.atomic():
        for module in load()[:version]:
            module.apply(db)
        sql = db.execute_sql
        sql("INSERT INTO meta (key, value) VALUES ('schema_version', ?)", (str(version),))
        sql("UPDATE meta SET value = ? WHERE key = 'overlap_policy'", (CONTENT["policy"],))
        for order, (name, color, hotkey) in enumerate(CONTENT["labels"]):
            sql(
                'INSERT INTO label_type (name, color, hotkey, "order") VALUES (?, ?, ?, ?)',
                (name, color, hotkey, order),
            )
        for order, (name, text, status) in enumerate(CONTENT["documents"]):
            sql(
                'INSERT INTO document (name, text, sha256, meta, status, "order", created, '
                "updated) VALUES (?, ?, 'not-checked', '{}', ?, ?, '2024-05-01 10:00:00', "
                "'2024-05-01 10:00:00')",
                (name, text, status, order),
            )
        for name in CONTENT["annotators"]:
            sql("INSERT INTO annotator (name) VALUES (?)", (name,))
        for doc, ann, start, end, label in CONTENT["spans"]:
            sql(
                'INSERT INTO span (document_id, annotator_id, start, "end", label_id, source, '
                "created, updated) VALUES (?, ?, ?, ?, ?, 'manual', '2024-05-01 10:00:00', "
                "'2024-05-01 10:00:00')",
                (doc + 1, ann + 1, start, end, label + 1),
            )
        for doc, ann, status in CONTENT["doc_status"]:
            sql(
                "INSERT INTO doc_status (document_id, annotator_id, status) VALUES (?, ?, ?)",
                (doc + 1, ann + 1, status),
            )
    sql("VACUUM")
    db.close()
    (HERE / f"v{version}.json").write_text(
        json.dumps({"schema_version": version, **CONTENT}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    return path


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["1", "2"]:
        print(build(int(arg)))
