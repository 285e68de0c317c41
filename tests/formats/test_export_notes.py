"""Notes in JSON exports: ``spans[].note`` and ``meta.note``, equal to the reference
exporter on every read path; documents without notes are written as before; CoNLL and
flags are untouched."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import reference_export
from format_helpers import SEEDS, Cli, export_text

from annotator.formats.export import ExportOptions, export
from annotator.store import Store


class _Wrapped:
    """A store seen through a wrapper: the exporter reads document by document."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def _spans(store: Store, doc_id: int, text: str) -> dict[str, int]:
    """A name inside a clitic token, whole names, two spans that widen to one token."""
    at = text.index("لروسيا") + 1
    ids = {"russia": store.add_span(doc_id, "gold", at, at + len("روسيا"), "LOC").id}
    match = re.search(r"(?<!\S)بوتين(?!\w)", text)
    if match:
        ids["putin"] = store.add_span(doc_id, "gold", match.start(), match.end(), "PERS").id
    word = next(m for m in re.finditer(r"\S{6,}", text) if m.start() > at + 20)
    ids["head"] = store.add_span(doc_id, "gold", word.start(), word.start() + 2, "MISC").id
    ids["tail"] = store.add_span(doc_id, "gold", word.start() + 2, word.end(), "MISC").id
    return ids


@pytest.fixture
def noted_db(cli: Cli, db: str) -> str:
    cli.ok("labels", "--preset", "anercorp")
    cli.ok("import", *map(str, SEEDS))
    with Store.open(db) as store:
        docs = store.documents()
        for number, info in enumerate(docs):
            ids = _spans(store, info.id, store.document(info.id).text)
            if number == 0:
                continue  # the first document has spans but no note
            store.set_span_note(ids["russia"], f'روسيا أم «لروسيا»؟ "{number}"\nline 2')
            store.set_span_note(ids["head"], "first half")
            store.set_span_note(ids["tail"], "second half", flagged=True)
            if "putin" in ids:
                store.set_span_note(ids["putin"], flagged=True)  # a flag only: not exported
            if number % 2:
                store.set_document_note(info.id, "gold", "ask the editor <b>&</b>", flagged=True)
            store.set_document_note(info.id, "amal", "another layer's note")
    return db


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
@pytest.mark.parametrize("whole", [False, True])
def test_export_with_notes_equals_the_reference(
    noted_db: str, tmp_path: Path, fmt: str, whole: bool
) -> None:
    fast = export_text(noted_db, tmp_path / "out", format=fmt, layer="gold", whole_tokens=whole)
    with Store.open(noted_db) as store:
        expected = reference_export.jsonl(store, "gold", whole)
        wrapped = tmp_path / "wrapped"
        export(
            _Wrapped(store), ExportOptions(format=fmt, layer="gold", whole_tokens=whole), wrapped
        )
    records = [json.loads(line) for line in expected.splitlines()]
    if fmt == "jsonl":
        assert fast == expected
    else:
        assert json.loads(fast) == records
    assert wrapped.read_text(encoding="utf-8") == fast
    notes = [s["note"] for r in records for s in r["spans"] if "note" in s]
    assert len(notes) >= 2 * (len(SEEDS) - 1)
    if whole:  # the two halves of one word became one span with both notes
        assert "first half\nsecond half" in notes


def test_what_the_records_hold(noted_db: str, tmp_path: Path) -> None:
    out = export_text(noted_db, tmp_path / "out.jsonl", format="jsonl", layer="gold")
    records = [json.loads(line) for line in out.splitlines()]
    assert "note" not in records[0]["meta"]
    assert all("note" not in span for span in records[0]["spans"])
    second = records[1]
    assert second["meta"]["note"] == "ask the editor <b>&</b>"
    assert "note" not in records[2]["meta"]  # even documents have no gold note
    russia = next(s for s in second["spans"] if s["text"] == "روسيا")
    assert russia["note"] == 'روسيا أم «لروسيا»؟ "1"\nline 2'
    putin = [s for r in records for s in r["spans"] if s["text"] == "بوتين"]
    assert putin and all("note" not in s for s in putin)  # flags are not exported
    assert all(set(s) <= {"start", "end", "label", "text", "note"} for s in second["spans"])


def test_documents_without_notes_and_conll_are_written_as_before(
    cli: Cli, db: str, tmp_path: Path
) -> None:
    cli.ok("labels", "--preset", "anercorp")
    cli.ok("import", *map(str, SEEDS))
    with Store.open(db) as store:
        docs = store.documents()
        ids = {info.id: _spans(store, info.id, store.document(info.id).text) for info in docs}
    before = {
        fmt: export_text(db, tmp_path / f"before.{fmt}", format=fmt, layer="gold")
        for fmt in ("jsonl", "conll")
    }
    with Store.open(db) as store:
        store.set_span_note(ids[docs[1].id]["russia"], "a note", flagged=True)
        store.set_document_note(docs[2].id, "gold", "a document note")
    after = {
        fmt: export_text(db, tmp_path / f"after.{fmt}", format=fmt, layer="gold")
        for fmt in ("jsonl", "conll")
    }
    assert after["conll"] == before["conll"]
    old, new = before["jsonl"].splitlines(), after["jsonl"].splitlines()
    changed = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
    assert changed == [1, 2]
    assert json.loads(new[1])["meta"] == json.loads(old[1])["meta"]
    assert json.loads(new[2])["meta"]["note"] == "a document note"
