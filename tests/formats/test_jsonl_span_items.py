"""A "spans" list whose items are not spans is refused naming the file, line and item."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.formats.common import FormatError
from annotator.formats.jsonl import parse_jsonl

GOOD = {"start": 0, "end": 3, "label": "LOC"}


@pytest.mark.parametrize(
    "bad",
    [[0, 3, "LOC"], "LOC", 3, None, {"start": 0, "end": 3}, {"start": 0, "label": "LOC"}],
)
def test_an_item_that_is_not_a_span_is_named(tmp_path: Path, bad) -> None:
    path = tmp_path / "spans.jsonl"
    records = [
        {"text": "في موسكو", "spans": [GOOD]},
        {"text": "زار موسكو", "spans": [GOOD, bad, GOOD]},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with pytest.raises(FormatError) as info:
        parse_jsonl(path)
    assert info.value.line == 2
    assert str(info.value).endswith(f"a span needs start, end and label: {bad!r}")


def test_span_items_with_and_without_text(tmp_path: Path) -> None:
    path = tmp_path / "spans.jsonl"
    record = {
        "text": "زار موسكو",
        "spans": [GOOD, {"start": 4, "end": 9, "label": " PER ", "text": "موسكو"}],
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    spans = parse_jsonl(path).documents[0].spans
    assert [(s.start, s.end, s.label) for s in spans] == [(0, 3, "LOC"), (4, 9, "PER")]
    record["spans"][1]["text"] = "موسك"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(FormatError, match="does not match"):
        parse_jsonl(path)
