"""Exports read by the tools that consume them: seqeval, HF datasets, spaCy."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.store import Store

pytestmark = pytest.mark.consumers

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def cli(*args: str) -> None:
    assert main(list(args)) == 0


@pytest.fixture
def exported(tmp_path: Path) -> dict[str, object]:
    """The seeds with names labelled (one inside a clitic token), exported both ways."""
    db = str(tmp_path / "c.db")
    cli("--db", db, "labels", "--preset", "anercorp")
    cli("--db", db, "import", *map(str, SEEDS))
    store = Store.open(db)
    count = 0
    try:
        for info in store.documents():
            text = store.document(info.id).text
            at = text.index("لروسيا") + 1
            store.add_span(info.id, "gold", at, at + 5, "LOC")
            count += 1
            for word, label in (("بوتين", "PERS"), ("كيم جونغ أون", "PERS"), ("موسكو", "LOC")):
                for m in re.finditer(rf"(?<!\S){word}(?!\w)", text):
                    store.add_span(info.id, "gold", m.start(), m.end(), label)
                    count += 1
    finally:
        store.close()
    conll = tmp_path / "seeds.conll"
    jsonl = tmp_path / "json" / "seeds.jsonl"
    cli("--db", db, "export", "--format", "conll", "--layer", "gold", "-o", str(conll))
    cli("--db", db, "export", "--format", "jsonl", "--layer", "gold", "-o", str(jsonl))
    hf = tmp_path / "hf" / "train.jsonl"
    cli("--db", db, "export", "--format", "hf", "--layer", "gold", "-o", str(hf))
    hf_docs = tmp_path / "hf-docs" / "train.jsonl"
    hf_args = ("--format", "hf", "--hf-unit", "document", "--layer", "gold", "-o", str(hf_docs))
    cli("--db", db, "export", *hf_args)
    return {
        "count": count,
        "conll": conll,
        "jsonl": jsonl,
        "hf": hf,
        "hf_docs": hf_docs,
        "tmp": tmp_path,
    }


def test_seqeval_strict_iob2_counts_every_entity(exported) -> None:
    from seqeval.scheme import IOB2, Entities

    sentences: list[list[str]] = [[]]
    for line in exported["conll"].read_text(encoding="utf-8").split("\n"):
        if line:
            sentences[-1].append(line.split("\t")[1])
        elif sentences[-1]:
            sentences.append([])
    sentences = [s for s in sentences if s]
    entities = Entities(sentences, IOB2, suffix=False)
    found = [entity for sentence in entities.entities for entity in sentence]
    assert len(found) == exported["count"]
    assert exported["count"] > 10


def test_hf_datasets_loads_jsonl_with_class_labels(exported, monkeypatch) -> None:
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(exported["tmp"] / "hf"))
    from datasets import ClassLabel, Features, Json, Value, load_dataset

    labels_file = exported["jsonl"].with_suffix(".labels.json")
    labels = json.loads(labels_file.read_text(encoding="utf-8"))
    token = {"text": Value("string"), "start": Value("int64"), "end": Value("int64")}
    span = {**token, "label": Value("string")}
    # every column of the export; tokens carry offsets, ner_tags are class labels. A Python
    # list [feature] is a list feature in every datasets version (List is datasets>=4 only).
    features = Features(
        {
            "id": Value("int64"),
            "name": Value("string"),
            "text": Value("string"),
            "spans": [span],
            "tokens": [token],
            "ner_tags": [ClassLabel(names=labels["ner_tags"])],
            "label": [[Json()]],
            "meta": Json(),
        }
    )
    dataset = load_dataset(
        "json",
        data_files=str(exported["jsonl"]),
        features=features,
        split="train",
        cache_dir=str(exported["tmp"] / "hf-cache"),
    )
    assert dataset.num_rows == 5
    names = dataset.features["ner_tags"].feature.names
    begins = sum(names[i].startswith("B-") for row in dataset["ner_tags"] for i in row)
    assert begins == exported["count"]
    for row in dataset:
        assert len(row["tokens"]) == len(row["ner_tags"])
        assert all(row["text"][t["start"] : t["end"]] == t["text"] for t in row["tokens"])


def test_spacy_char_span_on_exported_tokens(exported) -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    vocab = Vocab()
    checked = 0
    for line in exported["jsonl"].read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        tokens = record["tokens"]
        words = [t["text"] for t in tokens]
        spaces = [
            nxt["start"] > tok["end"]
            for tok, nxt in zip(tokens, [*tokens[1:], None], strict=True)
            if nxt is not None
        ] + [False]
        doc = Doc(vocab, words=words, spaces=spaces)
        # spaCy's text collapses whitespace runs to one space: map offsets through the tokens
        starts = {t["start"]: doc[i].idx for i, t in enumerate(tokens)}
        ends = {t["end"]: doc[i].idx + len(doc[i]) for i, t in enumerate(tokens)}
        for span in record["spans"]:
            made = doc.char_span(starts[span["start"]], ends[span["end"]], label=span["label"])
            assert made is not None
            assert made.text == span["text"]
            checked += 1
    assert checked == exported["count"]


@pytest.mark.parametrize("unit", ["sentence", "document"])
def test_hf_export_loads_with_the_documented_features(exported, monkeypatch, unit) -> None:
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(exported["tmp"] / "hf-home"))
    from datasets import ClassLabel, Features, Sequence, Value, load_dataset

    path = exported["hf"] if unit == "sentence" else exported["hf_docs"]
    names = json.loads(path.with_suffix(".labels.json").read_text(encoding="utf-8"))["ner_tags"]
    features = Features(
        {
            "id": Value("string"),
            "tokens": Sequence(Value("string")),
            "ner_tags": Sequence(ClassLabel(names=names)),
        }
    )
    dataset = load_dataset(
        "json",
        data_files=str(path),
        features=features,
        split="train",
        cache_dir=str(exported["tmp"] / f"hf-cache-{unit}"),
    )
    rows = dataset.num_rows
    assert rows == 5 if unit == "document" else rows > 50
    tags = dataset.features["ner_tags"].feature.names
    begins = sum(tags[i].startswith("B-") for row in dataset["ner_tags"] for i in row)
    assert begins == exported["count"]
    assert all(
        len(t) == len(n) for t, n in zip(dataset["tokens"], dataset["ner_tags"], strict=True)
    )
    assert len(set(dataset["id"])) == rows
