"""Label Studio JSON export import.

A file is a list of tasks: ``data.text`` and ``annotations[].result[]`` whose ``value`` is
``{start, end, text, labels}``. The first annotation that was not cancelled is imported
into the import layer; the others are ignored (export one file per annotator from Label
Studio to keep several layers). Label Studio counts offsets in UTF-16 units: when a span's
``text`` does not match at code-point offsets, the offsets are converted from UTF-16.
The document name is ``data.name`` when present, else ``task-<id>``, else a hash of the text.

Only ``labels`` results (entity spans) are imported; relations, choices, text areas,
ratings and every other result type are skipped and counted by type in the report.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from annotator.formats.common import FormatError, ParseResult
from annotator.formats.json_objects import shown_value
from annotator.formats.jsonl import build_document, load_records, refuse_not_string
from annotator.formats.reading import ImportLimits


def _utf16_to_codepoints(text: str) -> dict[int, int]:
    mapping = {}
    units = 0
    for index, char in enumerate(text):
        mapping[units] = index
        units += 2 if ord(char) > 0xFFFF else 1
    mapping[units] = len(text)
    return mapping


def _first_result(task: dict[str, Any], path: Path, line: int) -> list[Any]:
    found = task.get("annotations") or []
    if not isinstance(found, list):
        raise FormatError(path, line, '"annotations" must be a list', "ls_annotations")
    annotations = [a for a in found if isinstance(a, dict) and not a.get("was_cancelled")]
    if not annotations:
        return []
    result = annotations[0].get("result") or []
    if not isinstance(result, list):
        raise FormatError(path, line, "annotations[0].result must be a list", "ls_result")
    return result


def _labels_value(item: Any, path: Path, line: int) -> dict[str, Any] | None:
    """The ``value`` of a ``labels`` result, or None for a result of another type."""
    if not isinstance(item, dict):
        reason = f"not a Label Studio result: {item!r}"
        raise FormatError(path, line, reason, "ls_not_result", item=repr(item))
    value = item.get("value")
    kind = item.get("type")
    if kind is None and isinstance(value, dict) and "labels" in value:
        kind = "labels"  # older exports leave out the type
    if kind != "labels":
        return None
    if not isinstance(value, dict):
        reason = f"a labels result has no value: {item!r}"
        raise FormatError(path, line, reason, "ls_no_value", item=repr(item))
    labels = value.get("labels")
    if not isinstance(labels, list) or not labels:
        reason = f"a result has no labels: {value!r}"
        raise FormatError(path, line, reason, "ls_no_labels", item=repr(value))
    return value


def _spans_of(
    task: dict[str, Any], text: str, path: Path, line: int, skipped: dict[str, int]
) -> list[tuple[Any, ...]]:
    utf16: dict[int, int] | None = None
    spans: list[tuple[Any, ...]] = []
    for item in _first_result(task, path, line):
        value = _labels_value(item, path, line)
        if value is None:
            kind = str(item.get("type") or "untyped")
            skipped[kind] = skipped.get(kind, 0) + 1
            continue
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
        for label in value["labels"]:
            spans.append((start, end, label, span_text))
    return spans


def _task_id(value: Any, path: Path, line: int) -> int | str:
    """A task's ``id`` (a number or a string: it names the document ``task-<id>``)."""
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    shown = shown_value(value)
    reason = f'the task\'s "id" must be a number or a string, not {shown}'
    raise FormatError(path, line, reason, "ls_bad_id", value=shown)


def parse_labelstudio(
    path: str | os.PathLike[str], limits: ImportLimits | None = None
) -> ParseResult:
    p = Path(path)
    limits = limits or ImportLimits.from_env()
    result = ParseResult()
    skipped = result.notes.skipped_results
    for line, task in load_records(p, limits):
        if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
            reason = 'each task must be an object with a "data" object'
            raise FormatError(p, line, reason, "ls_no_data")
        data = task["data"]
        text = data.get("text")
        if not isinstance(text, str):
            raise FormatError(p, line, 'the task has no "data.text" string', "no_text")
        name = data.get("name")
        refuse_not_string(p, line, name, "data.name", "task")
        if name is None and task.get("id") is not None:
            name = f"task-{_task_id(task['id'], p, line)}"
        spans = _spans_of(task, text, p, line, skipped)
        result.documents.append(build_document(p, line, text, spans, name=name))
        limits.check_document(p, line, text)
    if not result.documents:
        raise FormatError(p, None, "no tasks in the file", "no_records")
    return result
