"""The sample corpus: the five seed articles (``seeds/*.txt``) loaded into a store.

:func:`annotator.paths.seeds_dir` finds the folder (checkout, bundle or installed copy);
it is imported only when the samples are wanted, not on every start.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotator.store import Store

__all__ = ["load_samples", "sample_files"]


def sample_files(directory: Path | None = None) -> list[Path]:
    """The sample articles in ``directory`` (default: the installed seeds), by name;
    empty when the folder is missing."""
    if directory is None:
        from annotator.paths import seeds_dir

        try:
            directory = seeds_dir()
        except FileNotFoundError:
            return []
    return sorted(directory.glob("*.txt"))


def load_samples(store: Store, directory: Path | None = None) -> int:
    """Add the sample articles to the store in one transaction (documents already there,
    same name and text, are skipped); returns how many were added."""
    added = 0
    with store.atomic():
        for path in sample_files(directory):
            text = path.read_text(encoding="utf-8-sig")
            if store.find_document(path.stem, text) is None:
                store.add_document(path.stem, text, {"source": f"seeds/{path.name}"})
                added += 1
    return added
