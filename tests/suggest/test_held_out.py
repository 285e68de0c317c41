"""The held-out F1 in the status area ("F1 0.71 (held out)") is a measurement: with no
entity in the held-out fifth, or none left to learn from in the other four, there is
nothing to measure, and no figure is given (the window then says so)."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.store import Store
from annotator.suggest import assistant, crf

SEED = Path(__file__).resolve().parents[2] / "seeds"

pytestmark = pytest.mark.skipif(crf.unavailable_reason() is not None, reason="no CRF")


def _one_entity_project(tmp_path: Path) -> Store:
    """The first sample article, one PERS span (فلاديمير بوتين) in amal's layer, done."""
    store = Store.open(str(tmp_path / "p.annotator"))
    store.add_label("PERS")
    text = sorted(SEED.glob("*.txt"))[0].read_text(encoding="utf-8")
    doc = store.add_document("d0", text).id
    at = text.index("فلاديمير بوتين")
    store.add_span(doc, "amal", at, at + len("فلاديمير بوتين"), "PERS")
    store.set_status(doc, "done", "amal")
    return store


def test_one_entity_gives_no_held_out_f1(tmp_path: Path) -> None:
    with _one_entity_project(tmp_path) as store:
        trained = assistant.train(store)
        assert trained.data.documents == 1 and len(trained.data.units) >= 10
        assert trained.model.info.entities == 1
        assert trained.model.info.f1 is None  # was 0.0: "F1 0.00 (held out)"
