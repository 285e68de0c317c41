"""Document titles and search keys (``doc_search``, migration 7) for the document list.

A row holds the document's title (:func:`annotator.text.search_key.document_title`) and
the packed search key of its name and text (:func:`annotator.text.search_key.search_key`
of ``name + "\\n" + text``) under :data:`SEARCH_VERSION`. Rows are written with their
document (``add_document``, ``import_batch``) and removed with it (``ON DELETE CASCADE``);
documents never change their name or text, so a row stays valid until the rules change.
A document without a row of the current version (after such a change) is read and
computed on the fly, never rewritten by a read: bump the version together with a
migration that refills the table.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import peewee as pw

from annotator.store.util import IN_CHUNK, chunks
from annotator.text.search_key import SEARCH_VERSION, document_title, search_key

TABLE = "doc_search"


def _row(doc_id: int, name: str, text: str) -> tuple[int, int, str, bytes]:
    return doc_id, SEARCH_VERSION, document_title(text), search_key(f"{name}\n{text}")


def fill(db: pw.Database, documents: Iterable[tuple[int, str, str]]) -> None:
    """Write the rows of new documents ``(id, name, text)`` in the caller's transaction."""
    _insert(db, [_row(*document) for document in documents])


def _insert(db: pw.Database, rows: list[tuple[int, int, str, bytes]]) -> None:
    if not rows:
        return
    p = db.param
    sql = (
        f'INSERT INTO "{TABLE}" (document_id, "version", title, "key") '  # noqa: S608
        f"VALUES ({p}, {p}, {p}, {p})"
    )
    cursor = db.cursor()
    for part in chunks(rows, 200):
        cursor.executemany(sql, part)


def refill(db: pw.Database) -> None:
    """Rows of the current version for the documents that lack one (a migration's job:
    the documents stored before the table or before the rules changed)."""
    p = db.param
    db.execute_sql(f'DELETE FROM "{TABLE}" WHERE "version" <> {p}', (SEARCH_VERSION,))  # noqa: S608
    found = db.execute_sql(f'SELECT document_id FROM "{TABLE}"').fetchall()  # noqa: S608
    missing = _missing(db, (int(doc_id) for (doc_id,) in found))
    for part in chunks(missing, 200):  # a few hundred texts in memory at a time
        _insert(db, list(_computed(db, part)))


def _missing(db: pw.Database, found: Iterable[int]) -> list[int]:
    """Documents without a row of the current version."""
    have = set(found)
    ids = db.execute_sql("SELECT id FROM document").fetchall()  # read from an index
    return sorted(doc_id for (doc_id,) in ids if doc_id not in have)


def _computed(db: pw.Database, doc_ids: Sequence[int]) -> Iterator[tuple[int, int, str, bytes]]:
    p = db.param
    for part in chunks(list(doc_ids), IN_CHUNK):
        marks = ", ".join([p] * len(part))
        found = db.execute_sql(
            f"SELECT id, name, text FROM document WHERE id IN ({marks}) ORDER BY id",  # noqa: S608
            tuple(part),
        ).fetchall()
        for doc_id, name, text in found:
            yield _row(int(doc_id), str(name), str(text))


def titles(db: pw.Database, doc_ids: Sequence[int] | None = None) -> dict[int, str]:
    """Document id -> title, for every document or those of ``doc_ids`` (read from the
    index on titles)."""
    p = db.param
    if doc_ids is None:
        found = db.execute_sql(
            f'SELECT document_id, title FROM "{TABLE}" WHERE "version" = {p}',  # noqa: S608
            (SEARCH_VERSION,),
        ).fetchall()
    else:
        found = []
        for part in chunks(list(doc_ids), IN_CHUNK):
            marks = ", ".join([p] * len(part))
            found += db.execute_sql(
                f'SELECT document_id, title FROM "{TABLE}" WHERE "version" = {p} '  # noqa: S608
                f"AND document_id IN ({marks})",
                (SEARCH_VERSION, *part),
            ).fetchall()
    result = {int(doc_id): str(title) for doc_id, title in found}
    missing = _missing(db, result) if doc_ids is None else sorted(set(doc_ids) - set(result))
    if missing:
        result.update((row[0], row[2]) for row in _computed(db, missing))
    return result


def search_keys(db: pw.Database, chunk: int = IN_CHUNK) -> Iterator[tuple[int, bytes]]:
    """``(document id, packed key)`` of every document, by id, read ``chunk`` rows at a
    time (a caller may stop between chunks)."""
    p = db.param
    last, seen = -1, []
    while True:
        part = db.execute_sql(
            f'SELECT document_id, "key" FROM "{TABLE}" WHERE "version" = {p} '  # noqa: S608
            f"AND document_id > {p} ORDER BY document_id LIMIT {p}",
            (SEARCH_VERSION, last, chunk),
        ).fetchall()
        if not part:
            break
        for doc_id, key in part:
            seen.append(int(doc_id))
            yield int(doc_id), bytes(key)
        last = seen[-1]
    missing = _missing(db, seen)
    for doc_id, _version, _title, key in _computed(db, missing):
        yield doc_id, key
