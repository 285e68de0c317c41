"""The ``README.md`` dataset card of a Hugging Face dataset folder export.

Its YAML header is what ``datasets.load_dataset(DIR)`` reads with no other argument:
``configs`` names each split's data file, ``dataset_info.features`` declares ``id``
(string), ``tokens`` (a sequence of strings) and ``ner_tags`` (a sequence of
``ClassLabel`` with the IOB2 tag names, in the labels file's order), so the string tags
of the rows load as class labels. The language is ``ar``; the licence is left for the
user to fill in before publishing. A split part without documents is written (an empty
file) but not declared: ``datasets`` refuses a split whose files hold no rows ("corresponds
to no data"), which a split of a few documents (80/10/10 of five) would otherwise give.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from annotator.formats.notes_text import Note

__all__ = ["card_splits", "dataset_card", "empty_split_note"]


def _q(value: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def card_splits(parts: Sequence[tuple[str, str, int]]) -> list[tuple[str, str]]:
    """The ``(split, file name)`` pairs the card declares, of the ``(split, file name,
    documents)`` parts: those with documents (the first one when none has any)."""
    kept = [(split, path) for split, path, count in parts if count]
    return kept or [(split, path) for split, path, _count in parts[:1]]


def empty_split_note(paths: Sequence[str]) -> Note:
    """What the export says about the split files it wrote empty and left out of the card."""
    text = (
        f"{', '.join(paths)}: no documents in this part of the split; the file is empty and "
        "the dataset card leaves it out (datasets cannot load an empty split)"
    )
    return Note(text, "note_empty_split", files=list(paths))


def dataset_card(
    tags: Sequence[str], splits: Sequence[tuple[str, str]], unit: str, layer: str
) -> str:
    """The card for the IOB2 ``tags`` (``O`` first) and the ``(split, file name)`` pairs."""
    files = "".join(f"  - split: {_q(split)}\n    path: {_q(path)}\n" for split, path in splits)
    names = "".join(f"          {_q(str(k))}: {_q(tag)}\n" for k, tag in enumerate(tags))
    header = (
        "---\n"
        "language:\n- ar\n"
        "license: null  # choose the licence of your data before publishing\n"
        "task_categories:\n- token-classification\n"
        "task_ids:\n- named-entity-recognition\n"
        "configs:\n- config_name: default\n  data_files:\n"
        f"{files}"
        "dataset_info:\n  features:\n"
        "  - name: id\n    dtype: string\n"
        "  - name: tokens\n    sequence: string\n"
        "  - name: ner_tags\n    sequence:\n      class_label:\n        names:\n"
        f"{names}"
        "---\n"
    )
    rows = "sentence" if unit == "sentence" else "document"
    split_list = ", ".join(f"`{path}` ({split})" for split, path in splits)
    tag_list = ", ".join(f"`{tag}`" for tag in tags)
    return (
        f"{header}\n"
        "# Arabic named entities\n\n"
        f"Named-entity annotations of Arabic text, one row per {rows}: `id`, `tokens` and\n"
        f"`ner_tags` (IOB2). Exported by Annotator from the layer `{layer}`.\n\n"
        f"Files: {split_list}.\n\n"
        f"Tags: {tag_list}.\n\n"
        "```python\n"
        "from datasets import load_dataset\n\n"
        'dataset = load_dataset("path/to/this/folder")\n'
        'names = dataset["train"].features["ner_tags"].feature.names\n'
        "```\n\n"
        "Before publishing, set the `license` field above and describe the source of the\n"
        "texts and how they were annotated.\n"
    )
