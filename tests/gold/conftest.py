"""Fixtures for the gold-standard tests: settings in a temp folder and a seed corpus with
three annotator layers written through the store API."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from qt_messages import pytest_collection_modifyitems, qt_warnings  # noqa: F401  (Qt warnings fail)

from annotator.store import Store
from annotator.text import normalize_text

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

# Seed 0 (an article on North Korea and Russia). Three annotators:
# all agree on كيم جونغ أون PER, روسيا LOC, كوريا الشمالية LOC; ali and chadi mark
# فلاديمير بوتين PER where badr marks only بوتين; badr calls موسكو ORG where the others say
# LOC; only chadi marks أوكرانيا LOC.
COMMON = [("كيم جونغ أون", "PER"), ("روسيا", "LOC"), ("كوريا الشمالية", "LOC")]
LAYERS: dict[str, list[tuple[str, str]]] = {
    "ali": [*COMMON, ("فلاديمير بوتين", "PER"), ("موسكو", "LOC")],
    "badr": [*COMMON, ("بوتين", "PER"), ("موسكو", "ORG")],
    "chadi": [*COMMON, ("فلاديمير بوتين", "PER"), ("موسكو", "LOC"), ("أوكرانيا", "LOC")],
}


def at(text: str, phrase: str) -> tuple[int, int]:
    """Offsets of the first occurrence of ``phrase``; for بوتين, the one in the full name
    (so that badr's span differs from ali's only at its start)."""
    if phrase == "بوتين":
        start = text.index("فلاديمير بوتين") + len("فلاديمير ")
    else:
        start = text.index(phrase)
    return start, start + len(phrase)


@dataclass
class Corpus:
    path: Path
    doc_ids: list[int]
    text: str  # seed 0 as stored

    def span(self, phrase: str, label: str) -> tuple[int, int, str]:
        return (*at(self.text, phrase), label)


@pytest.fixture(autouse=True)
def settings_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


def build_corpus(store: Store) -> tuple[list[int], str]:
    for label in ("PER", "LOC", "ORG"):
        store.add_label(label)
    ids = [
        store.add_document(p.stem, normalize_text(p.read_text(encoding="utf-8"))).id for p in SEEDS
    ]
    text = store.document(ids[0]).text
    for layer, spans in LAYERS.items():
        for phrase, label in spans:
            store.add_span(ids[0], layer, *at(text, phrase), label)
        store.set_status(ids[0], "done", layer)
    return ids, text


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    path = tmp_path / "gold.annotator"
    store = Store.open(path)
    try:
        ids, text = build_corpus(store)
    finally:
        store.close()
    return Corpus(path, ids, text)


@pytest.fixture
def corpus_store(corpus: Corpus):
    store = Store.open(corpus.path)
    yield store
    store.close()
