"""What an export writes: its outputs (a file, one per split part, or brat's folders of
file pairs) and the documents of each, split deterministically."""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.formats.brat_export import brat_files
from annotator.formats.registry import export_format

__all__ = ["SPLIT_NAMES", "SplitError", "Target", "parse_split", "split_documents", "targets"]

SPLIT_NAMES = {2: ("train", "test"), 3: ("train", "dev", "test")}


class SplitError(ValueError):
    """A ``--split`` value that cannot be a split; like the store's errors it carries a
    stable ``code`` and its arguments in ``params`` (the window words it)."""

    def __init__(self, value: str, reason: str, code: str, **params: object) -> None:
        self.message = f"--split {value!r}: {reason}"
        super().__init__(self.message)
        self.code, self.params = code, {"value": value, **params}


def parse_split(value: str) -> tuple[int, ...]:
    """``TRAIN/TEST`` or ``TRAIN/DEV/TEST`` shares, whole numbers that are not all 0."""
    try:
        parts = tuple(int(x) for x in value.split("/"))
    except ValueError:
        raise SplitError(
            value, "expected whole numbers like 80/10/10", "split_not_numbers"
        ) from None
    if len(parts) not in SPLIT_NAMES:
        reason = f"give two or three numbers (TRAIN/TEST or TRAIN/DEV/TEST), not {len(parts)}"
        raise SplitError(value, reason, "split_count", count=len(parts))
    negative = next((p for p in parts if p < 0), None)
    if negative is not None:
        reason = f"a part cannot be negative ({negative})"
        raise SplitError(value, reason, "split_negative", part=negative)
    if sum(parts) == 0:
        reason = "the parts add up to 0: give at least one of them a share, like 80/10/10"
        raise SplitError(value, reason, "split_zero")
    return parts


def split_documents(docs: list[Any], parts: tuple[int, ...], seed: int) -> list[list[Any]]:
    """Shuffle deterministically, cut by the proportions, keep document order inside parts."""
    order = list(range(len(docs)))
    random.Random(seed).shuffle(order)
    total = sum(parts)
    bounds = [0]
    acc = 0
    for part in parts:
        acc += part
        bounds.append(round(len(docs) * acc / total))
    return [[docs[i] for i in sorted(order[a:b])] for a, b in itertools.pairwise(bounds)]


@dataclass
class Target:
    """One output of an export and its documents: a file, or (brat) a folder whose
    ``files`` are each document's ``(NAME.txt, NAME.ann)``."""

    path: Path
    docs: list[Any]
    files: list[tuple[Path, Path]] | None = None

    def outputs(self) -> list[Path]:
        return [self.path] if self.files is None else [p for pair in self.files for p in pair]


def targets(
    out: Path, docs: list[Any], fmt: str, split: tuple[int, ...] | None, seed: int
) -> list[Target]:
    """The outputs to write and the documents of each: ``out``, or one per split part
    (files in the folder ``out``; for brat, subfolders)."""
    spec = export_format(fmt)
    groups = split_documents(docs, split, seed) if split else [docs]
    names = spec.names(len(split)) if split else ("train",)
    if spec.name == "brat":
        folders = [out / name for name in names] if split else [out]
        return [
            Target(folder, group, brat_files(folder, [doc.name for doc in group]))
            for folder, group in zip(folders, groups, strict=True)
        ]
    if not split and not spec.folder:
        return [Target(out, docs)]
    return [
        Target(out / f"{name}{spec.suffix}", group)
        for name, group in zip(names, groups, strict=True)
    ]
