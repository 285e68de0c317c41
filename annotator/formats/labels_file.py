"""The labels file (``labels.json``) written beside JSON exports, and read back by
``annotator labels import FILE`` to restore a label set with its guidelines.

Shape (UTF-8 JSON, keys sorted; exports write it on one line, ``annotator labels --json``
one field a line)::

    {
      "guidelines": "the project's guideline text",
      "label_set": [
        {"color": "#e57373", "descriptions": {"ar": "...", "en": "..."}, "hotkey": "1",
         "name": "PERS", "negative_examples": ["..."], "positive_examples": ["..."]},
        ...
      ],
      "labels": ["PERS", ...],                      # names in order (datasets ClassLabel)
      "ner_tags": ["O", "B-PERS", "I-PERS", ...]    # the IOB2 tag list
    }

A file with only ``labels`` (names) is read too. Reading validates everything first with
the store's own rules and names the file, the line and the reason of the first problem;
:func:`apply_label_set` then changes the store in one transaction, all or nothing.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.formats.errors import FormatError
from annotator.formats.json_objects import DuplicateKeyError, duplicate_key, strict_object
from annotator.formats.reading import ImportLimits, read_file
from annotator.plurals import counted
from annotator.store.errors import StoreError
from annotator.store.types import LabelInfo
from annotator.text.normalize import decode_utf8, normalize_text

_SPACE = re.compile(r"[ \t\n\r]*")


def iob2_names(names: Sequence[str]) -> list[str]:
    """The IOB2 tags of ``names`` as ``ClassLabel`` names: ``O``, then B- and I- of each."""
    return ["O"] + [f"{p}-{n}" for n in names for p in ("B", "I")]


def labels_document(labels: Sequence[LabelInfo], guidelines: str = "") -> dict[str, Any]:
    names = [label.name for label in labels]
    return {
        "guidelines": guidelines,
        "label_set": [
            {
                "name": label.name,
                "color": label.color,
                "hotkey": label.hotkey,
                "descriptions": dict(sorted(label.descriptions.items())),
                "positive_examples": list(label.positive_examples),
                "negative_examples": list(label.negative_examples),
            }
            for label in labels
        ],
        "labels": names,
        "ner_tags": iob2_names(names),
    }


def dump_labels_file(labels: Sequence[LabelInfo], guidelines: str = "") -> str:
    """The file one field a line (``annotator labels --json``): deterministic, LF ends."""
    document = labels_document(labels, guidelines)
    return json.dumps(document, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelEntry:
    name: str
    color: str | None = None
    hotkey: str | None = None
    descriptions: dict[str, str] = field(default_factory=dict, hash=False)
    positive: tuple[str, ...] = ()
    negative: tuple[str, ...] = ()
    line: int = 1


@dataclass(frozen=True)
class LabelSetFile:
    labels: list[LabelEntry]
    guidelines: str | None  # None: the file has none, or an empty one (the project's is kept)


def read_labels_file(path: str | os.PathLike[str]) -> LabelSetFile:
    source = Path(path)
    text = normalize_text(decode_utf8(read_file(source, ImportLimits.from_env()), str(source)))
    return parse_labels_text(text, source)


def parse_labels_text(text: str, source: str | os.PathLike[str]) -> LabelSetFile:
    try:
        data = json.loads(text, object_pairs_hook=strict_object)
    except json.JSONDecodeError as exc:
        raise FormatError(source, exc.lineno, f"not JSON: {exc.msg}", "labels_not_json") from None
    except RecursionError:
        reason = "not JSON that can be read: nested too deeply"
        raise FormatError(source, 1, reason, "too_deep") from None
    except DuplicateKeyError as exc:
        data = exc  # _positions names its line
    try:
        positions = _positions(text)
    except _RepeatedKeyError as exc:
        raise duplicate_key(source, text.count("\n", 0, exc.offset) + 1, exc.key) from None
    if isinstance(data, DuplicateKeyError):
        raise duplicate_key(source, None, data.key)

    def line_of(*path: str | int) -> int:
        while path and path not in positions:
            path = path[:-1]
        return text.count("\n", 0, positions.get(path, 0)) + 1

    if not isinstance(data, dict):
        raise FormatError(source, 1, "a labels file is a JSON object", "labels_not_object")
    guidelines = data.get("guidelines")
    if guidelines is not None:
        # an empty text (the file of a project that has none) is no text to restore
        guidelines = _checked(source, line_of("guidelines"), _clean_guidelines, guidelines) or None
    key = "label_set" if "label_set" in data else "labels"
    items = data.get(key)
    if key not in data:
        reason = 'no "label_set" or "labels" list: not a labels file'
        raise FormatError(source, 1, reason, "labels_no_list")
    if not isinstance(items, list):
        raise FormatError(
            source, line_of(key), f'"{key}" must be a list', "spans_not_list", key=key
        )
    if key == "labels":  # names only
        items = [item if isinstance(item, dict) else {"name": item} for item in items]
    entries = [_entry(source, item, (key, i), line_of) for i, item in enumerate(items)]
    _check_unique(source, entries)
    return LabelSetFile(entries, guidelines)


def _entry(source: Any, item: object, where: tuple[str, int], line_of: Any) -> LabelEntry:
    from annotator.store import guidelines as rules
    from annotator.store import labels as label_rules

    shown = f"label {where[1] + 1}: "
    entry: dict[str, object] = {"entry": where[1] + 1}
    if not isinstance(item, dict):
        reason = f"{shown}a label is a JSON object"
        raise FormatError(source, line_of(*where), reason, "label_not_object", **entry)
    if "name" not in item:
        raise FormatError(source, line_of(*where), f'{shown}no "name"', "label_no_name", **entry)
    if isinstance(item["name"], str):
        shown = f"label {where[1] + 1} ({item['name'][:40]!r}): "
        entry["entry_name"] = item["name"][:40]

    def get(key: str, check: Any, default: Any) -> Any:
        value = item.get(key)
        if value is None:
            return default
        return _checked(source, line_of(*where, key), check, value, shown, entry)

    return LabelEntry(
        name=get("name", label_rules.check_name, None),
        color=get("color", label_rules.check_color, None),
        hotkey=get("hotkey", _hotkey, None),
        descriptions=get("descriptions", rules.clean_descriptions, {}),
        positive=get("positive_examples", lambda v: rules.clean_examples(v, "positive"), ()),
        negative=get("negative_examples", lambda v: rules.clean_examples(v, "negative"), ()),
        line=line_of(*where),
    )


def _hotkey(value: object) -> str | None:
    from annotator.store.labels import check_hotkey

    if value == "":
        return None
    if not isinstance(value, str):
        raise StoreError(f"invalid hotkey {value!r}: it must be text", "hotkey_not_text")
    return check_hotkey(value)


def _clean_guidelines(value: object) -> str:
    from annotator.store import guidelines as rules

    return rules.clean_text(value, "guideline text", rules.PROJECT_LENGTH)


def _checked(
    source: Any, line: int, check: Any, value: object, where: str = "", entry: Any = None
) -> Any:
    try:
        return check(value)
    except StoreError as exc:
        params = {**exc.params, **(entry or {})}
        raise FormatError(source, line, f"{where}{exc}", exc.code, **params) from None


def _check_unique(source: Any, entries: list[LabelEntry]) -> None:
    names: dict[str, int] = {}
    keys: dict[str, str] = {}
    for entry in entries:
        if entry.name in names:
            reason = f"label {entry.name!r} appears twice (first at line {names[entry.name]})"
            at = {"name": entry.name, "first": names[entry.name]}
            raise FormatError(source, entry.line, reason, "label_twice", **at)
        names[entry.name] = entry.line
        if entry.hotkey is not None:
            if entry.hotkey in keys:
                reason = f"hotkey {entry.hotkey!r} is given to {keys[entry.hotkey]!r} too"
                at = {"hotkey": entry.hotkey, "label": keys[entry.hotkey]}
                raise FormatError(source, entry.line, reason, "hotkey_twice", **at)
            keys[entry.hotkey] = entry.name


class _RepeatedKeyError(Exception):
    def __init__(self, key: str, offset: int) -> None:
        super().__init__(key)
        self.key, self.offset = key, offset


def _positions(text: str) -> dict[tuple[Any, ...], int]:
    """Offset of each value down to the fields of a label (path -> offset); ``text`` is
    valid JSON. A key given twice raises :class:`_RepeatedKeyError` with its offset (deeper
    down, the offset of the value holding it)."""
    decoder = json.JSONDecoder(object_pairs_hook=strict_object)
    found: dict[tuple[Any, ...], int] = {}

    def skip(i: int) -> int:
        match = _SPACE.match(text, i)
        return match.end() if match else i

    def walk(i: int, path: tuple[Any, ...], depth: int) -> int:
        i = skip(i)
        found[path] = i
        opening = text[i : i + 1]
        if depth == 0 or opening not in ("{", "["):
            try:
                return int(decoder.raw_decode(text, i)[1])
            except DuplicateKeyError as exc:
                raise _RepeatedKeyError(exc.key, i) from None
        closing = "}" if opening == "{" else "]"
        i = skip(i + 1)
        if text[i : i + 1] == closing:
            return i + 1
        index = 0
        while True:
            if opening == "{":
                key, after = decoder.raw_decode(text, i)
                if (*path, key) in found:
                    raise _RepeatedKeyError(key, i)
                i = after
                i = walk(skip(i) + 1, (*path, key), depth - 1)  # after the colon
            else:
                i = walk(i, (*path, index), depth - 1)
                index += 1
            i = skip(i)
            if text[i] != ",":
                return i + 1
            i = skip(i + 1)

    walk(0, (), 3)
    return found


# --- applying --------------------------------------------------------------------------------


@dataclass
class LabelImportReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    hotkeys_kept: list[tuple[str, str, str]] = field(default_factory=list)  # label, key, owner
    guidelines: bool = False

    def line(self) -> str:
        parts = [f"{counted(len(self.added), 'label')} added, {len(self.updated)} updated"]
        if self.guidelines:
            parts.append("project guidelines restored")
        for name, key, owner in self.hotkeys_kept:
            parts.append(f"hotkey {key!r} of {name!r} not set: {owner!r} has it")
        return "; ".join(parts)


def apply_label_set(store: Any, label_set: LabelSetFile) -> LabelImportReport:
    """Make the store's labels what the file says, in one transaction: labels missing
    are added, existing ones get the file's colour, hotkey and guideline, the file's
    labels come first in its order; labels not in the file (and their spans) stay. A
    hotkey held by a label outside the file stays with it (reported)."""
    report = LabelImportReport()
    with store.atomic():
        current = {label.name: label for label in store.labels()}
        inside = {entry.name for entry in label_set.labels}
        owners = {
            lb.hotkey: lb.name for lb in current.values() if lb.hotkey and lb.name not in inside
        }
        for entry in label_set.labels:
            if entry.name in current:
                report.updated.append(entry.name)
                if current[entry.name].hotkey:
                    store.update_label(entry.name, hotkey="")
            else:
                store.add_label(entry.name, color=entry.color)
                report.added.append(entry.name)
        for order, entry in enumerate(label_set.labels):
            old = current.get(entry.name)
            languages = {lang: "" for lang in (old.descriptions if old else {})}
            hotkey = entry.hotkey
            if hotkey is not None and hotkey in owners:
                report.hotkeys_kept.append((entry.name, hotkey, owners[hotkey]))
                hotkey = None
            store.update_label(
                entry.name,
                color=entry.color,
                hotkey=hotkey,
                order=order,
                descriptions={**languages, **entry.descriptions},
                positive_examples=entry.positive,
                negative_examples=entry.negative,
            )
        rest = [lb for lb in current.values() if lb.name not in inside]
        for order, label in enumerate(rest, start=len(label_set.labels)):
            store.update_label(label.name, order=order)
        if label_set.guidelines is not None:
            store.set_guidelines(label_set.guidelines)
            report.guidelines = True
    return report
