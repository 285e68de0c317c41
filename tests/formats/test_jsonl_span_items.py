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


@pytest.mark.parametrize(
    ("span", "reason"),
    [
        # the span text was compared as it was: "span 0-3 text 5 does not match the text there"
        ({**GOOD, "text": 5}, 'span 0-3: its "text" must be a string, not 5'),
        ({**GOOD, "text": ["زار"]}, 'span 0-3: its "text" must be a string, not ["زار"]'),
        # 1e309 reads as infinity: the message said "not inf"
        ({**GOOD, "end": 1e309}, "span end must be an integer, not a number too large for a"),
        ({**GOOD, "start": -1e400}, "span start must be an integer, not a number too large"),
    ],
)
def test_an_odd_span_field_is_named_as_written(tmp_path: Path, span: dict, reason: str) -> None:
    path = tmp_path / "spans.jsonl"
    line = json.dumps({"text": "زار موسكو", "spans": [span]}, ensure_ascii=False)
    path.write_text(line.replace("Infinity", "1e309") + "\n", encoding="utf-8")
    with pytest.raises(FormatError) as info:
        parse_jsonl(path)
    assert info.value.line == 1
    assert reason in info.value.reason, info.value.reason
