"""Label (entity type) operations; called by :class:`Store` inside its transactions."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import peewee as pw

from annotator.store import guidelines, label_renames
from annotator.store.errors import StoreError
from annotator.store.models import LabelType, Models
from annotator.store.presets import PRESETS, next_color, preset_names
from annotator.store.types import LabelInfo
from annotator.store.util import check_db_int, rows
from annotator.text.chars import describe_char, invisible_char, visible_form

GuidelineChange = tuple[Mapping[str, str] | None, Sequence[str] | None, Sequence[str] | None]

COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")


NAME_LENGTH = 100  # the label_type.name column
HOTKEY_LENGTH = 20  # the label_type.hotkey column


def check_name(name: object) -> str:
    """The label name without surrounding whitespace. Names become CoNLL tags
    (``B-NAME``): no whitespace or invisible character inside, not ``O``."""
    if isinstance(name, str):
        name = name.strip()
    if not isinstance(name, str) or not name or len(name) > NAME_LENGTH:
        shown = visible_form(name[:NAME_LENGTH]) if isinstance(name, str) else name
        message = f"invalid label name {shown!r}: it must be 1 to {NAME_LENGTH} characters"
        raise StoreError(message, "label_name_length", name=shown, limit=NAME_LENGTH)
    hidden = invisible_char(name)
    if hidden is not None:
        raise StoreError(
            f"invalid label name {visible_form(name)!r}: it contains "
            f"{describe_char(hidden)}, an invisible character",
            "label_name_invisible",
            name=visible_form(name),
            char=describe_char(hidden),
        )
    if any(ch.isspace() for ch in name):
        message = f"invalid label name {name!r}: it must not contain whitespace"
        raise StoreError(message, "label_name_space", name=name)
    if name == "O":
        raise StoreError("invalid label name 'O': it is the outside tag", "label_name_outside")
    return name


def check_hotkey(hotkey: str) -> str:
    """A hotkey as stored: 1 to 20 visible characters (``5``, ``Ctrl+P``)."""
    if not isinstance(hotkey, str) or not hotkey.strip() or len(hotkey) > HOTKEY_LENGTH:
        message = f"invalid hotkey {hotkey!r}: it must be 1 to {HOTKEY_LENGTH} characters"
        raise StoreError(message, "hotkey_length", hotkey=hotkey, limit=HOTKEY_LENGTH)
    hidden = invisible_char(hotkey)
    if hidden is not None:
        raise StoreError(
            f"invalid hotkey {visible_form(hotkey)!r}: it contains {describe_char(hidden)}, "
            "an invisible character",
            "hotkey_invisible",
            hotkey=visible_form(hotkey),
            char=describe_char(hidden),
        )
    return hotkey


def check_color(color: str) -> str:
    if not isinstance(color, str) or not COLOR_RE.match(color):
        raise StoreError(f"invalid colour {color!r}: use #rrggbb", "invalid_colour", colour=color)
    return color.lower()


def _info(row: LabelType) -> LabelInfo:
    return LabelInfo(row.id, row.name, row.color, row.hotkey, row.order)


def list_labels(m: Models) -> list[LabelInfo]:
    query = m.label_type.select().order_by(m.label_type.order, m.label_type.id)
    found = guidelines.guidelines(m)
    return [guidelines.with_guideline(_info(row), found.get(row.id)) for row in query]


def label_info(m: Models, label_id: int) -> LabelInfo:
    """One label with its guideline."""
    row = m.label_type.get_by_id(label_id)
    return guidelines.with_guideline(_info(row), guidelines.guidelines_of(m, label_id))


def label_id(m: Models, name: str) -> int:
    return int(_get(m, name).id)


def _get(m: Models, name: str) -> LabelType:
    row = m.label_type.get_or_none(m.label_type.name == name)
    if row is None:
        raise StoreError(f"no label {name!r}", "no_label", label=name)
    return row


def _check_hotkey_free(m: Models, hotkey: str, except_id: int | None = None) -> None:
    query = m.label_type.select(m.label_type.name).where(m.label_type.hotkey == hotkey)
    if except_id is not None:
        query = query.where(m.label_type.id != except_id)
    owner = query.scalar()
    if owner is not None:
        message = f"hotkey {hotkey!r} is already used by label {owner!r}"
        raise StoreError(message, "hotkey_used", hotkey=hotkey, label=owner)


def add_label(m: Models, name: str, color: str | None, hotkey: str | None) -> LabelInfo:
    name = check_name(name)
    if m.label_type.select().where(m.label_type.name == name).exists():
        raise StoreError(f"label {name!r} already exists", "label_exists", label=name)
    if color is None:
        used = {c for (c,) in rows(m.label_type.select(m.label_type.color))}
        color = next_color(used)
    color = check_color(color)
    if hotkey == "":
        hotkey = None
    if hotkey is not None:
        hotkey = check_hotkey(hotkey)
        _check_hotkey_free(m, hotkey)
    top = m.label_type.select(pw.fn.MAX(m.label_type.order)).scalar()
    order = 0 if top is None else int(top) + 1
    label_id = m.label_type.insert(name=name, color=color, hotkey=hotkey, order=order).execute()
    label_renames.created(m, name)
    return LabelInfo(int(label_id), name, color, hotkey, order)


def update_label(
    m: Models,
    name: str,
    new_name: str | None,
    color: str | None,
    hotkey: str | None,
    order: int | None,
    guideline: GuidelineChange = (None, None, None),
) -> LabelInfo:
    """Change a label; ``guideline`` is ``(descriptions, positive, negative)``, each
    ``None`` to leave it alone (rules in :func:`guidelines.update_guideline`). A rename
    keeps the row (and id) and records the old name (:mod:`label_renames`)."""
    row = _get(m, name)
    if new_name is not None:
        new_name = check_name(new_name)
    if new_name is not None and new_name != name:
        if m.label_type.select().where(m.label_type.name == new_name).exists():
            raise StoreError(f"label {new_name!r} already exists", "label_exists", label=new_name)
        row.name = new_name
        label_renames.renamed(m, row.id, name, new_name)
    if color is not None:
        row.color = check_color(color)
    if hotkey is not None:
        if hotkey:
            hotkey = check_hotkey(hotkey)
            _check_hotkey_free(m, hotkey, except_id=row.id)
        row.hotkey = hotkey or None
    if order is not None:
        row.order = check_db_int(order, "order")
    row.save()
    guidelines.update_guideline(m, row.id, *guideline)
    return label_info(m, row.id)


def delete_label(m: Models, name: str, relabel_to: str | None) -> int:
    row = _get(m, name)
    if relabel_to is not None:
        if relabel_to == name:
            message = f"cannot relabel {name!r} spans to the label being deleted"
            raise StoreError(message, "relabel_to_deleted", label=name)
        target = _get(m, relabel_to)
        count = m.span.update(label=target.id).where(m.span.label == row.id).execute()
    else:
        count = m.span.delete().where(m.span.label == row.id).execute()
    label_renames.deleted(m, row.id)
    row.delete_instance()
    return int(count)


def apply_preset(m: Models, preset: str) -> list[str]:
    if preset not in PRESETS:
        raise StoreError(f"unknown label preset {preset!r} (known: {', '.join(preset_names())})")
    existing = {label.name: label for label in list_labels(m)}
    used_keys = {k for (k,) in rows(m.label_type.select(m.label_type.hotkey)) if k}
    added = []
    for item in PRESETS[preset]:
        known = existing.get(item.name)
        if known is not None:  # kept as it is; only a missing description is filled in
            if not known.descriptions:
                guidelines.update_guideline(m, known.id, item.descriptions, None, None)
            continue
        hotkey = item.hotkey if item.hotkey not in used_keys else None
        info = add_label(m, item.name, item.color, hotkey)
        guidelines.update_guideline(m, info.id, item.descriptions, None, None)
        added.append(item.name)
    return added
