"""Documents are tokenised and written in bounded pieces: the pieces change nothing in the
output. Also what the one export loop must keep doing: valid JSON arrays in every file of a
split, documents deleted meanwhile skipped, a caller's uncommitted spans exported."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from format_helpers import SEEDS, Cli, export_text
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.formats import writers
from annotator.formats.export import ExportOptions, export
from annotator.store import Store
from annotator.text import tokens
from annotator.text.boundaries import _WORD, boundaries

DOCUMENTS = 150


@given(
    st.text(st.sampled_from("ab لروسيا.«»\n\t\u00a0\u2028 3٫5\U0001f600"), max_size=80),
    st.integers(1, 12),
)
@settings(max_examples=300, deadline=None)
def test_tokenising_piece_by_piece_finds_the_same_tokens(text: str, piece: int) -> None:
    assert tokens.token_offsets(text, piece) == tokens.token_offsets(text, len(text) + 1)
    whole = tokens.split_offsets(_WORD, text, len(text) + 1)
    assert tokens.split_offsets(_WORD, text, piece) == whole
    assert [text[a:b] for a, b in zip(*whole, strict=True)] == text.split()


@pytest.fixture
def seeded(cli: Cli, db: str) -> str:
    """The seeds with whole-word spans, a span inside a clitic token and a nested pair."""
    cli.ok("labels", "--preset", "anercorp")
    cli.ok("import", *map(str, SEEDS))
    with Store.open(db) as store:
        store.set_policy("nested")
        for info in store.documents():
            text = store.document(info.id).text
            at = text.index("لروسيا") + 1
            store.add_span(info.id, "gold", at, at + len("روسيا"), "LOC")
            for m in re.finditer(r"(?<!\S)(بوتين|موسكو)(?!\w)", text):
                store.add_span(info.id, "gold", m.start(), m.end(), "PERS")
            words = list(re.finditer(r"\S+", text))
            store.add_span(info.id, "gold", words[10].start(), words[12].end(), "ORG")
            store.add_span(info.id, "gold", words[11].start(), words[11].end(), "MISC")
    return db


VARIANTS: list[dict[str, Any]] = [
    dict(format="conll"),
    dict(format="conll", scheme="BIOES", docstart=True),
    dict(format="jsonl"),
    dict(format="json"),
    dict(format="hf"),
    dict(format="hf", hf_unit="document"),
]


@pytest.mark.parametrize("options", VARIANTS, ids=lambda o: "-".join(map(str, o.values())))
def test_small_pieces_write_the_same_bytes(
    seeded: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: dict[str, Any]
) -> None:
    expected = export_text(seeded, tmp_path / "whole.out", layer="gold", **options)
    monkeypatch.setattr(writers, "CHUNK", 7)
    monkeypatch.setattr(writers, "_TEXT_PIECE", 5)
    monkeypatch.setattr(tokens, "PIECE", 11)
    with sqlite3.connect(seeded) as conn:  # no cached boundaries: tokenise again, in pieces
        assert conn.execute("DELETE FROM doc_boundaries").rowcount == len(SEEDS)
    conn.close()
    assert export_text(seeded, tmp_path / "pieces.out", layer="gold", **options) == expected
    assert len(expected) > 1000


def test_boundaries_in_pieces_equal_the_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    text = SEEDS[0].read_text(encoding="utf-8")
    whole = boundaries(text)
    monkeypatch.setattr(tokens, "PIECE", 3)
    assert boundaries(text) == whole


def _corpus(path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(DOCUMENTS):
            text = f"زار بوتين موسكو يوم {i}. وصل لروسيا"
            spans = [[4, 9, "PERS"], [text.index("لروسيا") + 1, len(text), "LOC"]]
            record = {"name": f"doc-{i:03d}", "text": text, "label": spans}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


@pytest.fixture
def many(cli: Cli, db: str, tmp_path: Path) -> str:
    source = tmp_path / "many.jsonl"
    _corpus(source)
    cli.ok("import", str(source), "--add-labels")
    return db


def test_json_arrays_are_valid_whole_and_in_each_split_file(many: str, tmp_path: Path) -> None:
    whole = json.loads(export_text(many, tmp_path / "all.json", format="json"))
    assert [record["name"] for record in whole] == [f"doc-{i:03d}" for i in range(DOCUMENTS)]
    with Store.open(many) as store:
        result = export(store, ExportOptions(format="json", split=(50, 50)), tmp_path / "split")
    parts = [json.loads(path.read_text(encoding="utf-8")) for path in result.files[:2]]
    assert sum(len(part) for part in parts) == DOCUMENTS
    assert sorted(r["name"] for part in parts for r in part) == [r["name"] for r in whole]


class _Vanishing(Store):
    """Lists documents that are gone by the time they are read (deleted meanwhile)."""

    def documents(self, *args: Any, **kwargs: Any) -> list[Any]:
        gone = [SimpleNamespace(id=10**6 + k, order=-1) for k in range(3)]
        return gone + super().documents(*args, **kwargs)


def test_documents_deleted_meanwhile_are_skipped(many: str, tmp_path: Path) -> None:
    reports: list[tuple[int, int]] = []
    store = _Vanishing.open(many)
    try:
        result = export(
            store,
            ExportOptions(format="json"),
            tmp_path / "out.json",
            progress=lambda done, total: reports.append((done, total)),
        )
    finally:
        store.close()
    assert (result.documents, result.spans) == (DOCUMENTS, 2 * DOCUMENTS)
    records = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in records] == [f"doc-{i:03d}" for i in range(DOCUMENTS)]
    assert reports[0] == (0, DOCUMENTS + 3) and reports[-1] == (DOCUMENTS + 3, DOCUMENTS + 3)


def test_uncommitted_spans_of_the_caller_are_exported(many: str, tmp_path: Path) -> None:
    with Store.open(many) as store:
        first = store.documents()[0]
        at = store.document(first.id).text.index("موسكو")
        with store.atomic():
            store.add_span(first.id, "imported", at, at + len("موسكو"), "PERS")
            export(store, ExportOptions(format="jsonl"), tmp_path / "out.jsonl")
    record = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert {"start": at, "end": at + 5, "label": "PERS", "text": "موسكو"} in record["spans"]
