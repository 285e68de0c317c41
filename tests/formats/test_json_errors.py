"""Invalid JSON is named with its line and the column on that line, also inside a JSON
array written on one line (as minified exports are), in readable words."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.formats.common import FormatError
from annotator.formats.import_files import parse_path


def _refusal(path: Path, fmt: str) -> FormatError:
    with pytest.raises(FormatError) as info:
        parse_path(path, fmt)
    return info.value


@pytest.mark.parametrize("fmt", ["json", "labelstudio"])
def test_an_error_inside_a_one_line_array_gives_its_column(tmp_path: Path, fmt: str) -> None:
    good = '{"text": "نص", "data": {"text": "نص"}, "annotations": []}'
    bad = '{"text": "x" "data": {}}'
    path = tmp_path / "in.json"
    path.write_text(f"[{good}, {good}, {bad}]", encoding="utf-8")
    error = _refusal(path, fmt)
    column = len(f"[{good}, {good}, ") + len('{"text": "x" ') + 1
    assert error.line == 1
    assert f"column {column}" in error.reason, error.reason
    assert error.params.get("column") == column


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_a_control_character_is_named_without_a_dangling_word(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "in.jsonl"
    record = '{"text": "a\x01b"}'
    path.write_text(record if fmt == "jsonl" else f"[\n{record}\n]", encoding="utf-8")
    error = _refusal(path, fmt)
    assert error.line == (1 if fmt == "jsonl" else 2)
    assert "Invalid control character, column 12" in error.reason, error.reason
