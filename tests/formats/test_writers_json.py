"""The hand-built JSON record of a document equals ``json.dumps`` of the plain record,
whatever characters the text holds that JSON must escape."""

from __future__ import annotations

import json
from typing import Any

import pytest

from annotator.formats.prepare import SpanRow, prepare
from annotator.formats.writers import dump, jsonl_document, jsonl_record

TEXTS = [
    ("plain", "بوتين زار موسكو.\nكيم جونغ أون", {}),
    ("quote", 'قال "بوتين" في موسكو', {}),
    ("backslash", "a\\b بوتين c", {}),
    ("control", "بوتين\x01زار موسكو", {}),
    ("carriage return", "بوتين زار\rموسكو", {}),
    ("tab inside a pre-tokenised token", "بوتين\tزار موسكو\nكيم", {"tokenization": "whitespace"}),
    ("only newlines", "بوتين\n\nزار\nموسكو", {"tokenization": "whitespace"}),
]


@pytest.mark.parametrize(("name", "text", "meta"), TEXTS, ids=[t[0] for t in TEXTS])
def test_record_equals_json_dumps(name: str, text: str, meta: dict[str, Any]) -> None:
    start = text.index("بوتين")
    spans = [SpanRow(start, start + len("بوتين"), "PERS")]
    doc = prepare(7, f"doc {name}", text, meta, spans, sentences=False)
    line = jsonl_document(doc)
    assert line == dump(jsonl_record(doc))
    record = json.loads(line)
    assert len(record["tokens"]) >= 3
    assert all(text[t["start"] : t["end"]] == t["text"] for t in record["tokens"])
    assert record["spans"][0]["text"] == "بوتين"
