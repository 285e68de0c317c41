"""Guidelines: each label's descriptions (per language) and examples, and the project's
guideline text. Called by :mod:`annotator.store.labels` and the store inside their
transactions; the rules for what a guideline may hold are here.

Guidelines are free text (Arabic or any language) that the window shows as plain text,
never as markup. They may not hold NUL (PostgreSQL cannot store it) nor lone surrogates;
line ends are stored as LF. An example is one line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from annotator.store.errors import StoreError
from annotator.store.models import Models
from annotator.store.types import LabelInfo
from annotator.store.util import rows

LANGUAGE_RE = re.compile(r"^[a-z]{2,3}$")
DESCRIPTION_LENGTH = 5_000  # characters of one description
EXAMPLE_LENGTH = 500  # characters of one example
EXAMPLES = 100  # examples of one kind (positive, negative) per label
PROJECT_LENGTH = 200_000  # characters of the project's guideline text
PROJECT_KEY = "guidelines"  # its key in the meta table

Guideline = tuple[dict[str, str], tuple[str, ...], tuple[str, ...]]


def clean_text(text: object, what: str, limit: int) -> str:
    """``text`` with LF line ends and without surrounding whitespace; refuses what the
    database cannot store and text over ``limit`` characters."""
    if not isinstance(text, str):
        message = f"invalid {what}: it must be text, not {type(text).__name__}"
        raise StoreError(message, "guideline_not_text", what=what)
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if "\x00" in text:
        raise StoreError(f"invalid {what}: it contains a NUL character (U+0000)", "guideline_nul")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        message = f"invalid {what}: it contains a lone surrogate"
        raise StoreError(message, "guideline_surrogate") from None
    if len(text) > limit:
        message = f"invalid {what}: it is longer than {limit} characters"
        raise StoreError(message, "text_too_long", limit=limit)
    return text


def check_unchanged(stored: str, expected: str) -> None:
    """Refuse to overwrite a text that someone changed since ``expected`` was read."""
    if stored != expected:
        raise StoreError(
            "the project guidelines were changed elsewhere since they were read; "
            "nothing was overwritten",
            "guidelines_changed",
        )


def clean_descriptions(descriptions: object) -> dict[str, str]:
    """Language code -> description; an empty description stands for "remove"."""
    if not isinstance(descriptions, Mapping):
        message = "invalid descriptions: give a mapping of language code to text"
        raise StoreError(message, "descriptions_not_mapping")
    result: dict[str, str] = {}
    for language, text in descriptions.items():
        if not isinstance(language, str) or not LANGUAGE_RE.match(language):
            raise StoreError(
                f"invalid description language {language!r}: use a code like 'en' or 'ar'",
                "description_language",
                language=repr(language),
            )
        result[language] = clean_text(text, f"{language} description", DESCRIPTION_LENGTH)
    return result


def clean_examples(examples: object, kind: str) -> tuple[str, ...]:
    """Examples as stored: trimmed, empty ones left out, one line each."""
    if isinstance(examples, str) or not isinstance(examples, Sequence):
        raise StoreError(
            f"invalid {kind} examples: give a list of text", f"{kind}_examples_not_list"
        )
    result = []
    for example in examples:
        text = clean_text(example, f"{kind} example", EXAMPLE_LENGTH)
        if "\n" in text:
            message = f"invalid {kind} example {text[:40]!r}: an example is one line"
            raise StoreError(message, "example_one_line", example=text[:40])
        if text:
            result.append(text)
    if len(result) > EXAMPLES:
        message = f"too many {kind} examples: at most {EXAMPLES}"
        raise StoreError(message, f"too_many_{kind}_examples", limit=EXAMPLES)
    return tuple(result)


def _decode(descriptions: str, positive: str, negative: str) -> Guideline:
    def texts(value: str) -> tuple[str, ...]:
        items = json.loads(value or "[]")
        return tuple(str(x) for x in items) if isinstance(items, list) else ()

    names = json.loads(descriptions or "{}")
    mapping = {str(k): str(v) for k, v in names.items()} if isinstance(names, dict) else {}
    return mapping, texts(positive), texts(negative)


def guidelines(m: Models) -> dict[int, Guideline]:
    """label id -> (descriptions, positive examples, negative examples)."""
    g = m.label_guideline
    query = g.select(g.label, g.descriptions, g.positive, g.negative)
    return {int(label_id): _decode(*fields) for label_id, *fields in rows(query)}


def with_guideline(info: LabelInfo, guideline: Guideline | None) -> LabelInfo:
    if guideline is None:
        return info
    descriptions, positive, negative = guideline
    return replace(
        info, descriptions=descriptions, positive_examples=positive, negative_examples=negative
    )


def update_guideline(
    m: Models,
    label_id: int,
    descriptions: Mapping[str, str] | None,
    positive: Sequence[str] | None,
    negative: Sequence[str] | None,
) -> None:
    """Change a label's guideline in the caller's transaction. ``descriptions`` sets the
    languages it names (an empty text removes one) and keeps the others; ``positive`` and
    ``negative`` replace the lists; ``None`` leaves a part alone."""
    if descriptions is None and positive is None and negative is None:
        return
    current = guidelines_of(m, label_id)
    names = dict(current[0])
    if descriptions is not None:
        names.update(clean_descriptions(descriptions))
    names = {k: v for k, v in sorted(names.items()) if v}
    pos = current[1] if positive is None else clean_examples(positive, "positive")
    neg = current[2] if negative is None else clean_examples(negative, "negative")
    values: dict[str, Any] = {
        "descriptions": json.dumps(names, ensure_ascii=False, sort_keys=True),
        "positive": json.dumps(list(pos), ensure_ascii=False),
        "negative": json.dumps(list(neg), ensure_ascii=False),
    }
    g = m.label_guideline
    if not g.update(**values).where(g.label == label_id).execute():
        g.insert(label=label_id, **values).execute()


def guidelines_of(m: Models, label_id: int) -> Guideline:
    g = m.label_guideline
    query = g.select(g.descriptions, g.positive, g.negative).where(g.label == label_id)
    found = next(rows(query), None)
    return ({}, (), ()) if found is None else _decode(*found)


def replace_guideline(
    m: Models,
    label_id: int,
    descriptions: Mapping[str, str],
    positive: Sequence[str],
    negative: Sequence[str],
) -> None:
    """Make a label's guideline exactly this (languages not named are removed)."""
    names = {**dict.fromkeys(guidelines_of(m, label_id)[0], ""), **clean_descriptions(descriptions)}
    update_guideline(m, label_id, names, positive, negative)
