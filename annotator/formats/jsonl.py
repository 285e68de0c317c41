"""JSON Lines / JSON array import and export.

Import accepts, per record (one object per line, or the elements of a JSON array):

* the project's own export shape: ``text``, ``name``, ``meta`` and ``spans``
  ``[{start, end, label[, text]}]`` (``spans`` wins over ``label`` when both are present);
* doccano: ``text`` with ``label`` (or ``labels``) ``[[start, end, "LABEL"], ...]``, or
  ``entities`` ``[{start_offset, end_offset, label}, ...]``.

Offsets are code points into ``text`` as given, end exclusive. When a record carries the
span text it must equal ``text[start:end]``. If ``text`` contains CR or a BOM, the offsets
are remapped through the normalisation the store applies. Records without a ``name`` get
``doc-<first 12 hex digits of the text's SHA-256>``, so the same text exported by several
annotators merges into one document.

``NaN``, ``Infinity`` and ``-Infinity`` (which Python's ``json`` reads, and numbers too
large for a float, which it reads as infinity) are refused with their line: they are not
JSON and an export could not write them back. JSON Lines files are read line by line; a
line may not be longer than the import limits allow (:mod:`annotator.formats.reading`).
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
import re
from collections.abc import Iterator
from operator import itemgetter
from pathlib import Path
from typing import Any, BinaryIO

from annotator.formats.common import (
    FormatError,
    NulCharacterError,
    ParsedDocument,
    ParsedSpan,
    ParseResult,
    normalisation_map,
    refuse_nul,
)
from annotator.formats.json_objects import (
    DuplicateKeyError,
    duplicate_key,
    shown_value,
    strict_object,
)
from annotator.formats.reading import ImportLimits, open_regular, read_limited
from annotator.formats.text import decode
from annotator.text import normalize_text


def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
TOO_DEEP = "invalid JSON (nested too deeply)"


class _NotFiniteError(ValueError):
    def __init__(self, token: str) -> None:
        super().__init__(token)
        self.token = token


def _no_constant(token: str) -> Any:
    raise _NotFiniteError(token)


_DECODER = json.JSONDecoder(parse_constant=_no_constant, object_pairs_hook=strict_object)
# A JSON string, or a constant outside strings (to find the offending line).
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)')


def _not_finite(path: Path, raw: str, first_line: int, token: str) -> FormatError:
    """The error for ``token`` in the record ``raw`` that starts on ``first_line``."""
    for match in _TOKENS.finditer(raw):
        if match.group(1) == token:
            first_line += raw.count("\n", 0, match.start())
            break
    reason = f"{token} is not a JSON number: {NOT_FINITE}"
    return FormatError(path, first_line, reason, "not_finite", token=token)


NOT_FINITE = "NaN and infinite numbers cannot be imported (nor exported)"


def _refuse_infinite(path: Path, line: int, meta: Any) -> None:
    """Refuse a meta value holding a number too large for a float (``1e400`` reads as
    infinity): the stored meta could not be written back as JSON."""
    stack = [meta]
    while stack:
        value = stack.pop()
        if isinstance(value, float) and not math.isfinite(value):
            raise FormatError(
                path,
                line,
                f"the record's meta holds a number too large for a float: {NOT_FINITE}",
                "meta_infinite",
            )
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)


def _checked(path: Path, line: int, raw: str, value: Any) -> Any:
    """Refuse values holding unpaired surrogates (``"\\ud800"``): they cannot be stored."""
    if _SURROGATE_ESCAPE.search(raw):
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise FormatError(
                path,
                line,
                "invalid JSON string (an unpaired surrogate escape like \\ud800)",
                "unpaired_surrogate",
            ) from None
    return value


def _bad_json(path: Path, exc: json.JSONDecodeError, line: int | None = None) -> FormatError:
    """Invalid JSON, with the line and the column on it (``exc`` counts both in the text
    it decoded). The decoder's "Invalid control character at" loses its dangling word."""
    msg = exc.msg.removesuffix(" at")
    reason = f"invalid JSON ({msg}, column {exc.colno})"
    return FormatError(
        path, exc.lineno if line is None else line, reason, "bad_json", column=exc.colno
    )


def _parse_line(path: Path, number: int, line: str) -> Any:
    try:
        value = _DECODER.decode(line)
    except json.JSONDecodeError as exc:
        raise _bad_json(path, exc, number) from None
    except _NotFiniteError as exc:
        raise _not_finite(path, line, number, exc.token) from None
    except DuplicateKeyError as exc:
        raise duplicate_key(path, number, exc.key) from None
    except RecursionError:
        raise FormatError(path, number, TOO_DEEP, "too_deep") from None
    return _checked(path, number, line, value)


def _decode_line(path: Path, number: int, offset: int, data: bytes) -> str:
    try:
        line = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FormatError(
            path,
            number,
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at byte offset {offset + exc.start})",
            "bad_utf8_byte",
            byte=data[exc.start],
            offset=offset + exc.start,
        ) from None
    nul = line.find("\x00")
    if nul >= 0:
        column = nul - (line.rfind("\r", 0, nul) + 1) + 1
        raise NulCharacterError(
            path, number + line.count("\r", 0, nul), f", column {column}", column=column
        )
    return line


def iter_jsonl(path: Path, handle: BinaryIO, limits: ImportLimits) -> Iterator[tuple[int, Any]]:
    """The records of a JSON Lines file, read one line at a time."""
    limit = limits.line_bytes
    offset = 0
    for number, data in enumerate(handle, 1):  # the file limit bounds a line's length
        if data.endswith(b"\n"):
            data = data[:-1]
        if len(data) > limit:
            limits.refuse_line(path, number)
        start = 3 if number == 1 and data.startswith(b"\xef\xbb\xbf") else 0
        line = _decode_line(path, number, offset + start, data[start:])
        offset += len(data) + 1
        if line.strip():
            yield number, _parse_line(path, number, line)


def iter_json_array(path: Path, text: str) -> Iterator[tuple[int, Any]]:
    """Elements of a top-level JSON array, each with the line it starts on."""
    decoder = _DECODER
    ws = " \t\r\n"
    i = 0
    n = len(text)
    while i < n and text[i] in ws:
        i += 1
    if i >= n or text[i] != "[":
        raise FormatError(path, _line_of(text, i), "expected a JSON array of records", "not_array")
    i += 1
    expect_value = True
    first = True
    while True:
        while i < n and text[i] in ws:
            i += 1
        if i >= n:
            reason = "invalid JSON (unterminated array)"
            raise FormatError(path, _line_of(text, n), reason, "array_unterminated")
        if text[i] == "]" and (first or not expect_value):
            i += 1
            break
        if not expect_value:
            if text[i] != ",":
                reason = "invalid JSON (expected ',' or ']')"
                raise FormatError(path, _line_of(text, i), reason, "array_comma")
            i += 1
            expect_value = True
            continue
        try:
            value, end = decoder.raw_decode(text, i)
        except json.JSONDecodeError as exc:
            raise _bad_json(path, exc) from None
        except _NotFiniteError as exc:
            raise _not_finite(path, text[i:], _line_of(text, i), exc.token) from None
        except DuplicateKeyError as exc:
            raise duplicate_key(path, _line_of(text, i), exc.key) from None
        except RecursionError:
            raise FormatError(path, _line_of(text, i), TOO_DEEP, "too_deep") from None
        yield _line_of(text, i), _checked(path, _line_of(text, i), text[i:end], value)
        i = end
        expect_value = False
        first = False
    if text[i:].strip(ws):
        reason = "invalid JSON (text after the array)"
        raise FormatError(path, _line_of(text, i), reason, "array_trailing")


def load_records(path: Path, limits: ImportLimits) -> Iterator[tuple[int, Any]]:
    """``(line, record)`` of a JSON Lines file (read line by line) or of a JSON array (read
    whole, within the file limit)."""
    handle, _size = open_regular(path, limits)
    with handle:
        head = handle.peek(8192)[:8192]  # type: ignore[attr-defined]
        start = head.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")
        if start and not start.startswith(b"["):
            yield from iter_jsonl(path, handle, limits)
            return
        data = read_limited(handle, path, limits.file_bytes)
    text = decode(path, data).lstrip("\ufeff")
    if text.lstrip(" \t\r\n").startswith("["):
        del data
        yield from iter_json_array(path, text)
    else:
        yield from iter_jsonl(path, io.BytesIO(data), limits)


def _int(value: Any, what: str, path: Path, line: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        shown = repr(value)
        if isinstance(value, float) and math.isinf(value):  # 1e309: JSON, read as infinity
            shown = "a number too large for a float"
        reason = f"span {what} must be an integer, not {shown}"
        code = f"span_{what}_not_integer"
        raise FormatError(path, line, reason, code, value=repr(value))
    return value


_SPAN_KEYS = frozenset(("start", "end", "label"))
_SPAN_FIELDS = itemgetter("start", "end", "label")


def _raw_spans(record: dict[str, Any], path: Path, line: int) -> list[tuple[Any, ...]]:
    """(start, end, label, text-or-None) from whichever span key the record uses."""
    out: list[tuple[Any, ...]] = []
    if "spans" in record and record["spans"] is not None:
        items = record["spans"]
        if not isinstance(items, list):
            raise FormatError(path, line, '"spans" must be a list', "spans_not_list", key="spans")
        try:  # every item a dict with the three keys (JSON gives no other mappings)
            out = [(*_SPAN_FIELDS(item), item.get("text")) for item in items]
        except (TypeError, KeyError, AttributeError):
            out = []  # the loop below names the first item that is not a span
        for item in items if not out else ():
            if not isinstance(item, dict) or not item.keys() >= _SPAN_KEYS:
                reason = f"a span needs start, end and label: {item!r}"
                raise FormatError(path, line, reason, "span_fields", item=repr(item))
        _refuse_other_spans(record, out, path, line)
        return out
    for key in _DOCCANO_KEYS:
        items = record.get(key)
        if items is None:
            continue
        if not isinstance(items, list):
            raise FormatError(
                path, line, f'"{key}" must be a list of spans', "spans_not_list", key=key
            )
        for item in items:
            span = _doccano_span(item)
            if span is None:
                reason = f'not a span in "{key}": {item!r}'
                raise FormatError(path, line, reason, "not_a_span", key=key, item=repr(item))
            out.append((*span, None))
        return out
    return out


_DOCCANO_KEYS = ("label", "labels", "entities")


def _doccano_span(item: Any) -> tuple[Any, Any, Any] | None:
    """``[start, end, label]`` or ``{start_offset, end_offset, label}``, else None."""
    if isinstance(item, list | tuple) and len(item) == 3:
        return item[0], item[1], item[2]
    if isinstance(item, dict) and {"start_offset", "end_offset", "label"} <= item.keys():
        return item["start_offset"], item["end_offset"], item["label"]
    return None


def _key(start: Any, end: Any, label: Any) -> tuple[Any, Any, Any]:
    return start, end, label.strip() if isinstance(label, str) else label


def _refuse_other_spans(
    record: dict[str, Any], spans: list[tuple[Any, ...]], path: Path, line: int
) -> None:
    """A record with ``spans`` and a doccano span list (every jsonl export writes both)
    must give the same spans in both: a tool that edits ``label`` may keep the other fields,
    so spans that differ mean one was edited, and reading either would lose the other."""
    for key in _DOCCANO_KEYS:
        items = record.get(key)
        if not isinstance(items, list) or (not items and not spans):
            continue
        others = [_doccano_span(item) for item in items]
        if any(span is None or not isinstance(span[2], str) for span in others):
            continue  # not a span list (a classification label, say): not compared
        try:
            mine = {_key(*span[:3]) for span in spans}
            theirs = {_key(*span) for span in others if span is not None}
        except TypeError:  # unhashable offsets: the span checks name them
            return
        if mine == theirs:
            continue
        where, (start, end, label) = (
            (key, min(theirs - mine, key=repr))
            if theirs - mine
            else ("spans", min(mine - theirs, key=repr))
        )
        reason = (
            f'the record\'s "spans" and "{key}" give different spans ({start}-{end} {label} '
            f'is only in "{where}"): one of them was edited; remove the other'
        )
        params = {"key": key, "where": where, "span": f"{start}-{end} {label}"}
        raise FormatError(path, line, reason, "span_keys_differ", **params)


def _label(path: Path, line: int, label: Any, start: int, end: int) -> str:
    """A span's label, stripped, or the error naming the span."""
    if not isinstance(label, str) or not label.strip():
        reason = f"span {start}-{end} has no label"
        raise FormatError(path, line, reason, "span_no_label", start=start, end=end)
    refuse_nul(path, line, label, f"the label of span {start}-{end}")
    return label.strip()


def refuse_not_string(
    path: Path, line: int, value: Any, field: str, record: str = "record"
) -> None:
    """Refuse ``value`` of the record's ``field`` unless it is a string or null."""
    if value is not None and not isinstance(value, str):
        reason = f'the {record}\'s "{field}" must be a string, not {shown_value(value)}'
        params = {"field": field, "value": shown_value(value)}
        raise FormatError(path, line, reason, "field_not_string", **params)


def _span_text_error(
    path: Path, line: int, start: int, end: int, given: Any, found: str
) -> FormatError:
    """The error for a span whose ``text`` is not the text at its offsets."""
    at = {"start": start, "end": end}
    if not isinstance(given, str):
        reason = f'span {start}-{end}: its "text" must be a string, not {shown_value(given)}'
        return FormatError(
            path, line, reason, "span_text_not_string", **at, value=shown_value(given)
        )
    reason = f"span {start}-{end} text {given!r} does not match the text there ({found!r})"
    return FormatError(path, line, reason, "span_text_mismatch", **at, given=given, found=found)


def _refuse_fields(path: Path, line: int, name: Any, meta: Any) -> None:
    """Refuse a ``name`` that is not a string and a ``meta`` that is not an object (null:
    none), which were read as no name and as ``{"meta": value}``."""
    refuse_not_string(path, line, name, "name")
    if meta is not None and not isinstance(meta, dict):
        reason = f'the record\'s "meta" must be a JSON object, not {shown_value(meta)}'
        raise FormatError(path, line, reason, "meta_not_object", value=shown_value(meta))


def build_document(
    path: Path,
    line: int,
    raw_text: Any,
    raw_spans: list[tuple[Any, ...]],
    *,
    name: Any = None,
    meta: Any = None,
) -> ParsedDocument:
    """Check spans against the text as given, then remap them onto the stored text."""
    if not isinstance(raw_text, str):
        raise FormatError(path, line, 'the record has no "text" string', "no_text")
    _refuse_fields(path, line, name, meta)
    refuse_nul(path, line, raw_text, "the record's text")
    refuse_nul(path, line, name, "the record's name")
    length = len(raw_text)
    spans: list[ParsedSpan] = []
    labels: dict[str, str] = {}  # the labels already checked, stripped
    for start, end, label, span_text in raw_spans:
        if start.__class__ is not int:  # the checks, in that order, once a value is odd
            start = _int(start, "start", path, line)
        if end.__class__ is not int:
            end = _int(end, "end", path, line)
        if not 0 <= start < end <= length:
            reason = (
                "is empty: its start must come before its end"
                if start >= 0 and end <= length
                else f"is outside the text (length {length})"
            )
            code = "span_empty" if start >= 0 and end <= length else "span_outside"
            at = {"start": start, "end": end, "length": length}
            raise FormatError(path, line, f"span {start}-{end} {reason}", code, **at)
        stripped = labels.get(label) if label.__class__ is str else None
        if stripped is None:
            stripped = labels[label] = _label(path, line, label, start, end)
        if span_text is not None and raw_text[start:end] != span_text:
            raise _span_text_error(path, line, start, end, span_text, raw_text[start:end])
        spans.append(ParsedSpan(start, end, stripped, line))
    text = normalize_text(raw_text)
    mapping = normalisation_map(raw_text)
    if mapping is not None:
        for span in spans:
            span.start, span.end = mapping[span.start], mapping[span.end]
    if not text.strip():
        what = "holds only whitespace" if text else "is empty"
        code = "text_only_space" if text else "text_empty"
        raise FormatError(path, line, f"the record's text {what}", code)
    if name is None or not name.strip():
        name = "doc-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    _refuse_infinite(path, line, meta)
    return ParsedDocument(name=name, text=text, spans=spans, meta=meta, source=str(path), line=line)


def parse_jsonl(path: str | os.PathLike[str], limits: ImportLimits | None = None) -> ParseResult:
    """Own shape or doccano, as JSON Lines or as a JSON array."""
    p = Path(path)
    limits = limits or ImportLimits.from_env()
    result = ParseResult()
    for line, record in load_records(p, limits):
        if not isinstance(record, dict):
            raise FormatError(p, line, "each record must be a JSON object", "not_object")
        result.documents.append(
            build_document(
                p,
                line,
                record.get("text"),
                _raw_spans(record, p, line),
                name=record.get("name"),
                meta=record.get("meta"),
            )
        )
        limits.check_document(p, line, result.documents[-1].text)
    if not result.documents:
        raise FormatError(p, None, "no records in the file", "no_records")
    return result
