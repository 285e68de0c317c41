from __future__ import annotations

from pathlib import Path

import pytest

from annotator.formats.import_files import import_paths
from annotator.store import Store

from .helpers import flat_wojood


@pytest.fixture(scope="session")
def wojood_small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first 300 segments of the flattened Wojood sample (about 5,000 tokens)."""
    return flat_wojood(tmp_path_factory.mktemp("wojood") / "wojood_flat.conll", 300)


def load_wojood(store: Store, path: Path) -> None:
    store.apply_preset("wojood")
    import_paths(store, [path], fmt="conll")
