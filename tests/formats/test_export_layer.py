"""Which layer ``annotator export`` takes without ``--layer`` (issues 10.2 and 11.16): the
rule of :func:`annotator.layers.default_layer`; never an empty layer while another one has
labels, and a one-line error listing the layers when nothing can be chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from format_helpers import Cli

from annotator.formats.export import choose_layer
from annotator.layers import NoDefaultLayerError
from annotator.store import Store

TEXT = "زار بوتين موسكو"


def _corpus(db: str, layers: dict[str, int]) -> None:
    """One document; each layer gets that many spans (0: the layer exists, empty)."""
    with Store.open(db) as store:
        store.add_label("PERS")
        doc = store.add_document("d", TEXT)
        for layer, count in layers.items():
            store.annotator(layer)
            for k in range(count):
                word = (0, 3) if k == 0 else (4, 9)
                store.add_span(doc.id, layer, *word, "PERS")


@pytest.mark.parametrize(
    ("layers", "expected"),
    [
        ({"imported": 0, "amal": 2}, "amal"),  # the case: seeds as text, then labels
        ({"imported": 1, "amal": 2, "gold": 1}, "gold"),
        ({"gold": 0, "amal": 1}, "amal"),  # an empty gold layer is not preferred
        ({"imported": 0}, "imported"),  # the only layer: nothing else it could hide
    ],
)
def test_the_default_layer(
    cli: Cli, db: str, tmp_path: Path, layers: dict[str, int], expected: str
) -> None:
    _corpus(db, layers)
    out = cli.ok("export", "--format", "conll", "-o", str(tmp_path / "out.conll"))
    assert f"from layer {expected!r}" in out
    spans = layers[expected]
    assert f", {spans} span{'' if spans == 1 else 's'} from" in out


@pytest.mark.parametrize(
    ("layers", "reason", "listing"),
    [
        ({"amal": 1, "badr": 2}, "several layers have spans", "amal (1 span), badr (2 spans)"),
        ({"amal": 0, "badr": 0}, "no layer has spans", "amal (0 spans), badr (0 spans)"),
    ],
)
def test_no_default_is_one_line_listing_the_layers(
    cli: Cli, db: str, tmp_path: Path, layers: dict[str, int], reason: str, listing: str
) -> None:
    _corpus(db, layers)
    out = tmp_path / "out.conll"
    status, stdout, err = cli("export", "--format", "conll", "-o", str(out))
    assert status == 1 and stdout == ""
    assert err.count("\n") == 1 and err.startswith("annotator: error: ")
    assert reason in err and "--layer" in err and listing in err
    assert not out.exists()


def test_a_named_layer_must_exist_and_the_window_passes_its_own(db: str) -> None:
    _corpus(db, {"amal": 1, "badr": 2})
    with Store.open(db) as store:
        assert choose_layer(store, "badr") == "badr"
        with pytest.raises(ValueError, match=r"no layer named 'gold' \(layers: amal \(1 span\)"):
            choose_layer(store, "gold")
        with pytest.raises(NoDefaultLayerError):
            choose_layer(store, None)
        assert choose_layer(store, None, current="badr") == "badr"
