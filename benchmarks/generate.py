"""Deterministic synthetic corpus built from the seed articles' vocabulary.

``generate_jsonl(path, documents=2000, tokens=1_000_000, spans=100_000, seed=1)`` writes the
project's own JSONL shape (``name``, ``text``, ``spans``). Each document has exactly
``tokens // documents`` tokens (words, with a ``.`` token ending every sentence) and
``spans // documents`` non-overlapping spans of one to three words.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from annotator.text import tokenize

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
LABELS = ("PERS", "LOC", "ORG", "MISC")
SENTENCE = 20  # tokens per sentence, the final "." included


def vocabulary() -> list[str]:
    words: set[str] = set()
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        words.update(t.text for t in tokenize(text) if t.text[0].isalnum())
    return sorted(words)


def generate_document(rng: random.Random, vocab: list[str], n_tokens: int, n_spans: int):
    words = [rng.choice(vocab) for _ in range(n_tokens)]
    for i in range(SENTENCE - 1, n_tokens, SENTENCE):
        words[i] = "."
    starts: list[int] = []
    parts: list[str] = []
    offset = 0
    for i, word in enumerate(words):
        starts.append(offset)
        parts.append(word)
        sep = "\n" if word == "." else " "
        if i < n_tokens - 1:
            parts.append(sep)
        offset += len(word) + 1
    text = "".join(parts)
    spans = []
    slot = n_tokens // n_spans
    for k in range(n_spans):
        base = k * slot
        length = rng.randint(1, 3)
        first = base + rng.randrange(0, max(1, slot - length))
        last = first + length - 1
        # keep the span inside one sentence and off the "." tokens
        while words[last] == "." or last // SENTENCE != first // SENTENCE:
            last -= 1
        if last < first or words[first] == ".":
            continue
        start, end = starts[first], starts[last] + len(words[last])
        spans.append({"start": start, "end": end, "label": rng.choice(LABELS)})
    return text, spans


def generate_jsonl(
    path: str | Path,
    documents: int = 2000,
    tokens: int = 1_000_000,
    spans: int = 100_000,
    seed: int = 1,
) -> dict[str, int]:
    rng = random.Random(seed)
    vocab = vocabulary()
    per_doc, spans_per_doc = tokens // documents, spans // documents
    total_spans = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for index in range(documents):
            text, doc_spans = generate_document(rng, vocab, per_doc, spans_per_doc)
            total_spans += len(doc_spans)
            record = {"name": f"bench-{index:05d}", "text": text, "spans": doc_spans}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return {"documents": documents, "tokens": per_doc * documents, "spans": total_spans}
