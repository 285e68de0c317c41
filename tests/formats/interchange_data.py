"""Labelled corpora for the interchange format tests (spaCy, brat, Label Studio, HF folder)."""

from __future__ import annotations

import re
from pathlib import Path

from format_helpers import SEEDS, WOJOOD

from annotator.cli import main as cli_main
from annotator.store import Store
from annotator.text import normalize_text, sentence_ranges, tokenize

NAMES = (("بوتين", "PERS"), ("كيم جونغ أون", "PERS"), ("موسكو", "LOC"), ("بيونغ يانغ", "LOC"))


def _cli(*args: str) -> None:
    assert cli_main(list(args)) == 0


def label_names(store: Store, doc_id: int, text: str, layer: str = "gold") -> int:
    """Label the known names of the seeds, and روسيا inside لروسيا (a clitic split)."""
    count = 0
    for match in re.finditer("لروسيا", text):
        store.add_span(doc_id, layer, match.start() + 1, match.end(), "LOC")
        count += 1
    for word, label in NAMES:
        for match in re.finditer(rf"(?<!\S){word}(?!\w)", text):
            store.add_span(doc_id, layer, match.start(), match.end(), label)
            count += 1
    return count


def seeds_db(path: Path) -> tuple[str, int]:
    """The five seed articles with names labelled in the gold layer; (db, span count)."""
    db = str(path)
    _cli("--db", db, "labels", "--preset", "anercorp")
    _cli("--db", db, "import", *map(str, SEEDS))
    count = 0
    with Store.open(db) as store:
        for info in store.documents():
            count += label_names(store, info.id, store.document(info.id).text)
    return db, count


def sentences_db(path: Path) -> tuple[str, int]:
    """Every sentence of the seeds as a document of its own (several hundred), with the
    names labelled; enough documents for ``spacy debug data`` to train on."""
    db = str(path)
    count = 0
    with Store.open(db) as store:
        store.apply_preset("anercorp")
        for seed in SEEDS:
            text = normalize_text(seed.read_text(encoding="utf-8"))
            tokens = tokenize(text)
            for k, (first, end) in enumerate(sentence_ranges(text, tokens)):
                sentence = text[tokens[first].start : tokens[end - 1].end]
                doc = store.add_document(f"{seed.stem}-{k}", sentence)
                count += label_names(store, doc.id, sentence)
    return db, count


def wojood_db(path: Path) -> str:
    """The Wojood sample (nested entities) in the imported layer."""
    db = str(path)
    _cli(
        "--db", db, "import", str(WOJOOD), "--format", "conll", "--policy", "nested", "--add-labels"
    )
    return db
