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

__all__ = ["SPLIT_NAMES", "Target", "split_documents", "targets"]

SPLIT_NAMES = {2: ("train", "test"), 3: ("train", "dev", "test")}


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
