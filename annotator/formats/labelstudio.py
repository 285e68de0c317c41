"""Label Studio JSON export import.

A file is a list of tasks: ``data.text`` and ``annotations[].result[]`` whose ``value`` is
``{start, end, text, labels}``. The first annotation that was not cancelled is imported
into the import layer; the others are ignored (export one file per annotator from Label
Studio to keep several layers). Label Studio counts offsets in UTF-16 units: when a span's
``text`` does not match at code-point offsets, the offsets are converted from UTF-16.
The document name is ``data.name`` when present, else ``task-<id>``, else a hash of the text.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from annotator.formats.common import FormatError, ParseResult
from annotator.formats.jsonl import build_document, load_records


def _utf16_to_codepoints(text: str) -> dict[int, int]:
    mapping = {}
    units = 0
    for index, char in enumerate(text):
        mapping[units] = index
        units += 2 if ord(char) > 0xFFFF else 1
    mapping[units] = len(text)
    return mapping


def _spans_of(task: dict[str, Any], text: str, path: Path, line: int) -> list[tuple[Any, ...]]:
    found = task.get("annotations") or []
    if not isinstance(found, list):
        raise FormatError(path, line, '"annotations" must be a list')
    annotations = [a for a in found if isinstance(a, dict) and not a.get("was_cancelled")]
    if not annotations:
        return []
    result = annotations[0].get("result") or []
    if not isinstance(result, list):
        raise FormatError(path, line, "annotations[0].result must be a list")
    utf16: dict[int, int] | None = None
    spans: list[tuple[Any, ...]] = []
    for item in result:
        if not isinstance(item, dict) or not isinstance(item.get("value"), dict):
            raise FormatError(path, line, f"not a Label Studio result: {item!r}")
        value = item["value"]
        labels = value.get("labels") or value.get("hypertextlabels")
        if labels is None:
            continue  # another control (choices, textarea): not a span
        if not isinstance(labels, list) or not labels:
            raise FormatError(path, line, f"a result has no labels: {value!r}")
        start, end, span_text = value.get("start"), value.get("end"), value.get("text")
        if (
            isinstance(start, int)
            and isinstance(end, int)
            and isinstance(span_text, str)
            and text[start:end] != span_text
            and any(ord(c) > 0xFFFF for c in text)
        ):
            utf16 = utf16 or _utf16_to_codepoints(text)
            if start in utf16 and end in utf16:
                start, end = utf16[start], utf16[end]
        for label in labels:
            spans.append((start, end, label, span_text))
    return spans


def parse_labelstudio(path: str | os.PathLike[str]) -> ParseResult:
    p = Path(path)
    result = ParseResult()
    for line, task in load_records(p):
        if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
            raise FormatError(p, line, 'each task must be an object with a "data" object')
        data = task["data"]
        text = data.get("text")
        if not isinstance(text, str):
            raise FormatError(p, line, 'the task has no "data.text" string')
        name = data.get("name")
        if not isinstance(name, str) and task.get("id") is not None:
            name = f"task-{task['id']}"
        result.documents.append(
            build_document(p, line, text, _spans_of(task, text, p, line), name=name)
        )
    if not result.documents:
        raise FormatError(p, None, "no tasks in the file")
    return result
