"""The fast exporter against the plain reference exporter, with and without the store's
boundary cache, and the Hugging Face export."""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from itertools import chain
from pathlib import Path
from typing import Any

import pytest
import reference_export
from format_helpers import SEEDS, WOJOOD, Cli, export_text

from annotator.store import Store, StoreError


def _label_seeds(db: str, cut_and_nest: bool = True) -> int:
    """Spans of every kind the exporter special-cases: a name inside a clitic token,
    whole words, a nested pair, adjacent same-label names, a span across a sentence end.
    Without ``cut_and_nest`` every span is whole tokens and none overlaps (the fast path)."""
    store = Store.open(db)
    store.set_policy("nested")
    count = 0
    try:
        for info in store.documents():
            text = store.document(info.id).text
            if cut_and_nest:
                at = text.index("لروسيا") + 1
                store.add_span(info.id, "gold", at, at + len("روسيا"), "LOC")
                count += 1
            for word, label in (("بوتين", "PERS"), ("موسكو", "LOC"), ("كيم جونغ أون", "PERS")):
                for m in re.finditer(rf"(?<!\S){word}(?!\w)", text):
                    store.add_span(info.id, "gold", m.start(), m.end(), label)
                    count += 1
            words = list(re.finditer(r"\S+", text))
            for m in words[3:5]:  # two adjacent single-word PERS spans (IOB1 needs B- here)
                if not store.spans_for(info.id, "gold") or all(
                    s.end <= m.start() or s.start >= m.end()
                    for s in store.spans_for(info.id, "gold")
                ):
                    store.add_span(info.id, "gold", m.start(), m.end(), "PERS")
                    count += 1
            if cut_and_nest:
                outer = words[10]
                store.add_span(info.id, "gold", outer.start(), words[12].end(), "ORG")
                store.add_span(info.id, "gold", words[11].start(), words[11].end(), "MISC")
                count += 2
            period = text.find(".", words[20].start())
            if period > 0:
                before = text.rfind(" ", 0, period)
                after = text.find(" ", period + 3)
                if before > 0 and after > 0:
                    with contextlib.suppress(StoreError):  # it would cross a span: skip
                        store.add_span(info.id, "gold", before + 1, after, "MISC")
                        count += 1
    finally:
        store.close()
    return count


@pytest.fixture
def seeded_db(cli: Cli, db: str) -> str:
    cli.ok("labels", "--preset", "anercorp")
    cli.ok("import", *map(str, SEEDS))
    assert _label_seeds(db) > 20
    return db


@pytest.fixture
def words_db(cli: Cli, db: str) -> str:
    cli.ok("labels", "--preset", "anercorp")
    cli.ok("import", *map(str, SEEDS))
    assert _label_seeds(db, cut_and_nest=False) > 20
    return db


@pytest.fixture
def wojood_db(cli: Cli, db: str) -> str:
    cli.ok("import", str(WOJOOD), "--format", "conll", "--policy", "nested", "--add-labels")
    return db


CASES = [
    dict(format="conll"),
    dict(format="conll", scheme="BIOES"),
    dict(format="conll", scheme="IOB1"),
    dict(format="conll", docstart=True, sep=" "),
    dict(format="jsonl"),
    dict(format="jsonl", whole_tokens=True),
]


def _reference(store: Store, layer: str, options: dict[str, Any]) -> str:
    if options["format"] == "jsonl":
        return reference_export.jsonl(store, layer, options.get("whole_tokens", False))
    return reference_export.conll(
        store,
        layer,
        options.get("scheme", "IOB2"),
        options.get("docstart", False),
        options.get("sep", "\t"),
    )


@pytest.mark.parametrize("options", CASES, ids=lambda o: "-".join(map(str, o.values())))
@pytest.mark.parametrize("corpus", ["seeds", "words", "wojood"])
def test_export_equals_the_reference(
    corpus: str, options: dict[str, Any], request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    db = request.getfixturevalue("seeded_db" if corpus == "seeds" else f"{corpus}_db")
    layer = "imported" if corpus == "wojood" else "gold"
    fast = export_text(db, tmp_path / "fast.out", layer=layer, **options)
    store = Store.open(db)
    try:
        expected = _reference(store, layer, options)
    finally:
        store.close()
    assert fast == expected
    assert len(fast) > 1000


def _drop_cache(db: str, how: str) -> None:
    with sqlite3.connect(db) as conn:
        if how == "missing":
            conn.execute("DELETE FROM doc_boundaries")
        else:  # rows written under other rules must be ignored, whatever they hold
            conn.execute("UPDATE doc_boundaries SET version = version + 100, data = X'00'")
    conn.close()


@pytest.mark.parametrize("how", ["missing", "outdated"])
def test_database_without_usable_cache_exports_the_same(
    seeded_db: str, tmp_path: Path, how: str
) -> None:
    with sqlite3.connect(seeded_db) as conn:
        cached = conn.execute("SELECT COUNT(*) FROM doc_boundaries").fetchone()[0]
    conn.close()
    assert cached == len(SEEDS)
    before = {
        fmt: export_text(seeded_db, tmp_path / f"before.{fmt}", format=fmt, layer="gold")
        for fmt in ("conll", "jsonl")
    }
    _drop_cache(seeded_db, how)
    for fmt, text in before.items():
        assert export_text(seeded_db, tmp_path / f"after.{fmt}", format=fmt, layer="gold") == text


def test_json_escapes_quotes_backslashes_and_controls(cli: Cli, db: str, tmp_path: Path) -> None:
    text = 'قال "بوتين" a\\b c\x01d موسكو\tتب'
    source = tmp_path / "odd.jsonl"
    record = {"name": "odd", "text": text, "spans": [{"start": 5, "end": 10, "label": "PERS"}]}
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    cli.ok("import", str(source), "--add-labels")
    out = tmp_path / "out" / "odd.jsonl"
    cli.ok("export", "--format", "jsonl", "-o", str(out))
    line = out.read_text(encoding="utf-8")
    store = Store.open(db)
    try:
        assert line == reference_export.jsonl(store, "imported")
    finally:
        store.close()
    loaded = json.loads(line)
    assert [t["text"] for t in loaded["tokens"]][:4] == ["قال", '"', "بوتين", '"']
    assert loaded["spans"][0]["text"] == "بوتين"


def test_hf_rows_per_sentence_and_document(cli: Cli, seeded_db: str, tmp_path: Path) -> None:
    by_sentence = tmp_path / "s" / "train.jsonl"
    by_document = tmp_path / "d" / "train.jsonl"
    cli.ok("export", "--format", "hf", "--layer", "gold", "-o", str(by_sentence))
    cli.ok("export", "--format", "hf", "--layer", "gold", "--hf-unit", "document", "-o",
           str(by_document))  # fmt: skip
    sentences = [json.loads(x) for x in by_sentence.read_text(encoding="utf-8").splitlines()]
    documents = [json.loads(x) for x in by_document.read_text(encoding="utf-8").splitlines()]
    assert len(documents) == len(SEEDS)
    assert len(sentences) > 5 * len(documents)
    for rows in (sentences, documents):
        assert all(list(row) == ["id", "tokens", "ner_tags"] for row in rows)
        assert all(isinstance(row["id"], str) for row in rows)
        assert len({row["id"] for row in rows}) == len(rows)
        assert all(len(row["tokens"]) == len(row["ner_tags"]) for row in rows)
        assert all(not row["ner_tags"][0].startswith("I-") for row in rows if row["ner_tags"])
    # sentences concatenate to their documents, and match the JSONL export's tokens
    for doc in documents:
        parts = [row for row in sentences if row["id"].split("-")[0] == doc["id"]]
        assert list(chain.from_iterable(row["tokens"] for row in parts)) == doc["tokens"]
        assert list(chain.from_iterable(row["ner_tags"] for row in parts)) == doc["ner_tags"]
    jsonl = tmp_path / "j" / "all.jsonl"
    cli.ok("export", "--format", "jsonl", "--layer", "gold", "-o", str(jsonl))
    records = [json.loads(x) for x in jsonl.read_text(encoding="utf-8").splitlines()]
    for doc, record in zip(documents, records, strict=True):
        assert doc["id"] == str(record["id"])
        assert doc["tokens"] == [t["text"] for t in record["tokens"]]
        assert doc["ner_tags"] == record["ner_tags"]
    labels = json.loads((by_sentence.parent / "train.labels.json").read_text(encoding="utf-8"))
    assert {tag for row in sentences for tag in row["ner_tags"]} <= set(labels["ner_tags"])
