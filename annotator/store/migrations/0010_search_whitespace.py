"""Version 10: the document filter's search keys are remade under their second rules.

A key now holds each run of whitespace within a line as one space
(:data:`annotator.text.search_key.SEARCH_VERSION` 2), so that a two-word filter finds
words separated by NBSP, a TAB or two spaces, as Find in article does. Keys of the
first rules are never read (a document without a current key is computed on the fly,
slowly); this replaces them once.
"""

from __future__ import annotations

import peewee as pw

VERSION = 10


def apply(db: pw.Database) -> None:
    from annotator.store import doc_search

    doc_search.refill(db)
