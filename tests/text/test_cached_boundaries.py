"""A damaged boundary-cache row is never used: exports, predictions and training
recompute the tokens instead of failing or cutting the text wrongly."""

from __future__ import annotations

import sqlite3
from array import array
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.store import Store
from annotator.text.boundaries import boundaries, cached_boundaries, pack_boundaries

TEXT = "زار بوتين موسكو.\nثم عاد إلى روسيا"


def _last_end(data: bytes, value: int) -> bytes:
    """``data`` with the last token's end set to ``value``."""
    values = array("I", data)  # little-endian on the machines the suite runs on
    values[2 * values[0]] = value
    return values.tobytes()


def test_a_sound_row_is_used() -> None:
    found = boundaries(TEXT)
    assert cached_boundaries(pack_boundaries(found), TEXT) == found
    assert cached_boundaries(pack_boundaries(boundaries("")), "") == boundaries("")
    assert cached_boundaries(None, TEXT) is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:5],  # not a multiple of 4
        lambda data: data[:8],  # shorter than its count says
        lambda data: b"",
        lambda data: _last_end(data, 255),  # past the end of the text
        lambda data: data + b"\x63\x00\x00\x00",  # a sentence start past the tokens
        lambda data: b"\x00\x00\x00\x00" + b"\x00\x00\x00\x00",  # no tokens but a sentence
    ],
)
def test_a_damaged_row_is_not_used(damage: object) -> None:
    data = damage(pack_boundaries(boundaries(TEXT)))  # type: ignore[operator]
    assert cached_boundaries(data, TEXT) is None


def test_a_row_of_another_text_is_not_used() -> None:
    longer = boundaries(TEXT + " " + TEXT)
    assert cached_boundaries(pack_boundaries(longer), TEXT) is None


def test_export_and_predict_recompute_a_damaged_row(tmp_path: Path) -> None:
    db = str(tmp_path / "c.annotator")
    with Store.open(db) as store:
        store.add_label("LOC")
        doc = store.add_document("d", TEXT).id
        at = TEXT.index("موسكو")
        store.add_span(doc, "gold", at, at + 5, "LOC")
        store.add_document("fresh", "غادر الوفد موسكو")
    with sqlite3.connect(db) as con:
        con.execute("UPDATE doc_boundaries SET data = substr(data, 1, 5)")
    out = tmp_path / "gold.conll"
    assert main(["export", "--db", db, "--format", "conll", "--layer", "gold", "-o", str(out)]) == 0
    rows = [line.split("\t") for line in out.read_text("utf-8").split("\n") if line]
    expected = TEXT.replace(".", " .").split()
    assert [token for token, _tag in rows[: len(expected)]] == expected
    assert ["موسكو", "B-LOC"] in rows
    pred = tmp_path / "pred.conll"
    assert main(["suggest", "predict", "--db", db, "--format", "conll", "-o", str(pred)]) == 0
    assert pred.read_text("utf-8").split("\n")[:3] == ["غادر\tO", "الوفد\tO", "موسكو\tB-LOC"]
