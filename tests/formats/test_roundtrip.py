"""Import -> export through the store: Wojood nested CoNLL, JSONL round trip, seeds."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest
from format_helpers import SEEDS, WOJOOD, Cli

from annotator.store import Store


def read_conll_rows(path: Path) -> list[list[str]]:
    """Rows of fields; a blank line is an empty row."""
    return [line.split() for line in path.read_text(encoding="utf-8").split("\n")]


def test_wojood_nested_conll_is_reproduced(cli: Cli, tmp_path: Path) -> None:
    out = cli.ok("import", str(WOJOOD), "--format", "conll", "--policy", "nested", "--add-labels")
    repaired = int(re.search(r"(\d+) I- tags repaired", out).group(1))
    exported = tmp_path / "wojood.txt"
    cli.ok("export", "--format", "conll", "--sep", "space", "-o", str(exported))
    original = WOJOOD.read_text(encoding="utf-8").rstrip("\n").split("\n")
    produced = exported.read_text(encoding="utf-8").rstrip("\n").split("\n")
    assert len(produced) == len(original)
    differences = 0
    for before, after in zip(original, produced, strict=True):
        if before == after:
            continue
        b, a = before.split(" "), after.split(" ")
        # the only allowed change: an I- that began an entity is now B-
        assert b[0] == a[0] and len(a) == len(b), (before, after)
        changed = [(x, y) for x, y in zip(b[1:], a[1:], strict=True) if x != y]
        assert all(x.startswith("I-") and y == "B-" + x[2:] for x, y in changed), (before, after)
        differences += len(changed)
    assert differences == repaired


def _label_seed(store: Store, doc_id: int, text: str) -> list[tuple[int, int, str]]:
    """A name inside a clitic token (روسيا in لروسيا) plus whole-word names."""
    spans = []
    at = text.index("لروسيا") + 1
    spans.append((at, at + len("روسيا"), "LOC"))
    for word, label in (("بوتين", "PERS"), ("موسكو", "LOC"), ("واشنطن", "LOC")):
        m = re.search(rf"(?<!\S){word}(?!\w)", text)
        if m:
            spans.append((m.start(), m.end(), label))
    for start, end, label in spans:
        store.add_span(doc_id, "alice", start, end, label)
    return spans


@pytest.fixture
def seeded(cli: Cli, db: str) -> dict[str, list[tuple[int, int, str]]]:
    cli.ok("labels", "--preset", "anercorp")
    cli.ok("import", *map(str, SEEDS))
    store = Store.open(db)
    try:
        placed = {}
        for info in store.documents():
            text = store.document(info.id).text
            placed[text] = _label_seed(store, info.id, text)
        return placed
    finally:
        store.close()


def test_seeds_export_in_every_format(cli: Cli, seeded, tmp_path: Path) -> None:
    assert len(seeded) == 5
    conll = tmp_path / "seeds.conll"
    cli.ok("export", "--format", "conll", "--layer", "alice", "-o", str(conll))
    rows = conll.read_text(encoding="utf-8").split("\n")
    # the clitic split: ل on its own row, then the name
    pairs = list(itertools.pairwise(rows))
    assert pairs.count(("ل\tO", "روسيا\tB-LOC")) == 5
    for fmt in ("jsonl", "json"):
        out = tmp_path / fmt / f"seeds.{fmt}"
        cli.ok("export", "--format", fmt, "--layer", "alice", "-o", str(out))
        if fmt == "jsonl":
            records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        else:
            records = json.loads(out.read_text(encoding="utf-8"))
        assert len(records) == 5
        for record in records:
            text = record["text"]
            expected = sorted((s, e, label) for s, e, label in seeded[text])
            assert sorted((s["start"], s["end"], s["label"]) for s in record["spans"]) == expected
            for span in record["spans"]:
                assert text[span["start"] : span["end"]] == span["text"]
            assert len(record["tokens"]) == len(record["ner_tags"])
            assert sum(tag.startswith("B-") for tag in record["ner_tags"]) == len(expected)
        labels = json.loads(out.with_name("seeds.labels.json").read_text(encoding="utf-8"))
        assert labels["labels"] == ["PERS", "LOC", "ORG", "MISC"]
        assert labels["ner_tags"][:3] == ["O", "B-PERS", "I-PERS"]


def test_conll_tokens_match_stored_text(cli: Cli, seeded, db: str, tmp_path: Path) -> None:
    out = tmp_path / "seeds.conll"
    cli.ok("export", "--format", "conll", "--layer", "alice", "--docstart", "-o", str(out))
    blocks = out.read_text(encoding="utf-8").split("-DOCSTART- -X- O O\n")[1:]
    store = Store.open(db)
    try:
        texts = [store.document(d.id).text for d in store.documents()]
    finally:
        store.close()
    assert len(blocks) == len(texts)
    for block, text in zip(blocks, texts, strict=True):
        tokens = [row.split("\t")[0] for row in block.split("\n") if row]
        # every token is the stored text at the next non-space position, in order
        pos = 0
        for token in tokens:
            while text[pos].isspace():
                pos += 1
            assert text[pos : pos + len(token)] == token
            pos += len(token)
        assert not text[pos:].strip()


def test_whole_tokens_keeps_clitic_token(cli: Cli, seeded, tmp_path: Path) -> None:
    out = tmp_path / "whole.conll"
    cli.ok("export", "--format", "conll", "--layer", "alice", "--whole-tokens", "-o", str(out))
    rows = out.read_text(encoding="utf-8").split("\n")
    assert "لروسيا\tB-LOC" in rows
    assert "ل\tO" not in rows


def test_jsonl_round_trip_is_byte_identical(cli: Cli, seeded, tmp_path: Path) -> None:
    first = tmp_path / "a" / "out.jsonl"
    cli.ok("export", "--format", "jsonl", "--layer", "alice", "-o", str(first))
    fresh = Cli(str(tmp_path / "fresh.db"), cli.capsys)
    fresh.ok("import", str(first), "--annotator", "alice", "--add-labels")
    second = tmp_path / "b" / "out.jsonl"
    fresh.ok("export", "--format", "jsonl", "--layer", "alice", "-o", str(second))
    assert first.read_bytes() == second.read_bytes()


def test_conll_round_trip_through_import(cli: Cli, seeded, tmp_path: Path) -> None:
    first = tmp_path / "a.conll"
    cli.ok("export", "--format", "conll", "--layer", "alice", "--docstart", "-o", str(first))
    fresh = Cli(str(tmp_path / "fresh.db"), cli.capsys)
    fresh.ok("import", str(first), "--add-labels")
    second = tmp_path / "b.conll"
    fresh.ok("export", "--format", "conll", "--docstart", "-o", str(second))
    assert first.read_bytes() == second.read_bytes()


def test_split_is_deterministic_and_complete(cli: Cli, seeded, tmp_path: Path) -> None:
    outs = []
    for name in ("one", "two"):
        cli.ok(
            "export",
            "--format",
            "jsonl",
            "--layer",
            "alice",
            "--split",
            "60/20/20",
            "--seed",
            "3",
            "-o",
            str(tmp_path / name),
        )
        outs.append({p.name: p.read_bytes() for p in (tmp_path / name).iterdir()})
    assert outs[0] == outs[1]
    names = []
    for part in ("train", "dev", "test"):
        lines = outs[0][f"{part}.jsonl"].decode().splitlines()
        names += [json.loads(x)["name"] for x in lines]
    assert sorted(names) == sorted(p.stem for p in SEEDS)
    assert [len(outs[0][f"{p}.jsonl"].decode().splitlines()) for p in ("train", "dev", "test")] == [
        3,
        1,
        1,
    ]


def test_bioes_and_iob1_schemes(cli: Cli, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    text = "زار كيم جونغ أون روسيا"
    src.write_text(
        json.dumps(
            {"name": "d", "text": text, "label": [[4, 16, "PERS"], [17, 22, "LOC"]]},
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    cli.ok("import", str(src), "--add-labels")
    expected = {
        "bioes": ["O", "B-PERS", "I-PERS", "E-PERS", "S-LOC"],
        "iob1": ["O", "I-PERS", "I-PERS", "I-PERS", "I-LOC"],
        "iob2": ["O", "B-PERS", "I-PERS", "I-PERS", "B-LOC"],
    }
    for scheme, tags in expected.items():
        out = tmp_path / f"{scheme}.conll"
        status, _out, err = cli("export", "--format", "conll", "--scheme", scheme, "-o", str(out))
        assert status == 0
        rows = [r.split("\t") for r in out.read_text(encoding="utf-8").split("\n") if r]
        assert [r[1] for r in rows] == tags
        assert [r[0] for r in rows] == text.split()
        assert ("spaCy" in err) == (scheme == "bioes")


@pytest.mark.parametrize("sep", ["tab", "space"])
def test_nested_docstart_conll_imports_back_to_the_same_spans(
    cli: Cli, tmp_path: Path, sep: str
) -> None:
    """``--docstart`` rows of a nested layer are ``TOKEN _ _ TAG1 TAG2 ...``: every column
    after the placeholders is read back (not only the last one)."""
    cli.ok("import", str(WOJOOD), "--format", "conll", "--policy", "nested", "--add-labels")
    exported = tmp_path / "nested.conll"
    cli.ok("export", "--format", "conll", "--docstart", "--sep", sep, "-o", str(exported))
    rows = read_conll_rows(exported)
    assert any(len(row) > 4 for row in rows)  # the file has nested columns
    again = Cli(str(tmp_path / "again.db"), cli.capsys)
    again.ok("import", str(exported), "--policy", "nested", "--add-labels")
    assert _entities(again.db) == _entities(cli.db)


def _entities(db: str) -> list[tuple[str, str]]:
    """Every span's label and text (whitespace removed), sorted: the same for a document
    whose text CoNLL rebuilt with other spaces."""
    with Store.open(db) as store:
        found = []
        for doc in store.documents():
            text = store.document(doc.id).text
            for layer in store.annotators():
                for span in store.spans_for(doc.id, layer.name):
                    found.append((span.label, "".join(text[span.start : span.end].split())))
        return sorted(found)
