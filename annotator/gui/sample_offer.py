"""On an empty database, the window offers to load the sample corpus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from annotator.gui import plain_text

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from annotator.store import Store

PRESET = "anercorp"  # the label set the samples get when the database has none


def offer_samples(parent: QWidget | None, store: Store) -> int:
    """Ask whether to load the five sample articles (only when the database has no
    documents and the samples are installed); returns how many were added."""
    if store.documents(counts=False):
        return 0
    from annotator.samples import load_samples, sample_files

    if not sample_files():
        return 0
    if not plain_text.question(
        parent,
        translate("SampleOffer", "Empty database"),
        translate(
            "SampleOffer",
            "This database has no documents yet. Load the five sample Arabic news articles?",
        ),
    ):
        return 0
    if not store.labels():
        store.apply_preset(PRESET)
    return load_samples(store)
