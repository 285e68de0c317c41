"""``annotator stats``: document status per layer (annotator) as each annotator's window
lists it, in text and ``--json``, from grouped counts (no span is read)."""

from __future__ import annotations

import json

import pytest

from annotator.cli import main
from annotator.store import ImportItem, Store
from annotator.store.api import Store as StoreClass

TEXT = "زار محمد القاهرة"


def _corpus(url: str) -> dict[str, int]:
    """Three documents; amal has finished one and is on another, badr has one done, the
    third document is assigned to badr only (amal has not touched it), gold reviewed one."""
    with Store.open(url) as store:
        store.apply_preset("anercorp")
        ids = {name: store.add_document(name, f"{TEXT} {name}").id for name in "abc"}
        store.add_span(ids["a"], "amal", 4, 8, "PERS")
        store.add_span(ids["a"], "amal", 9, 16, "LOC")
        store.add_span(ids["b"], "badr", 9, 16, "LOC")
        store.add_span(ids["b"], "sugg", 9, 16, "LOC", source="suggested")
        store.set_status(ids["a"], "done", "amal")
        store.set_status(ids["b"], "in_progress", "amal")
        store.set_status(ids["b"], "done", "badr")
        store.set_status(ids["a"], "reviewed", "gold")
        store.set_status(ids["c"], "in_progress")  # the document's own status
        store.assign(ids["c"], "badr")
        store.annotator("imported")
    return ids


def _stats(capsys: pytest.CaptureFixture[str], url: str, *extra: str) -> str:
    capsys.readouterr()
    assert main(["--db", url, "stats", *extra]) == 0
    return capsys.readouterr().out


def test_json_has_status_per_layer_and_keeps_its_keys(
    store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _corpus(store_url)
    data = json.loads(_stats(capsys, store_url, "--json"))
    assert data["documents"] == 3
    assert data["documents_by_status"] == {"in_progress": 1, "new": 2}
    assert data["spans"] == 3  # the suggestion is not a label
    assert data["spans_by_label"] == {"LOC": 2, "PERS": 1}
    assert data["spans_by_layer"] == {"amal": {"LOC": 1, "PERS": 1}, "badr": {"LOC": 1}}
    layers = data["documents_by_layer_status"]
    assert layers["amal"] == {"done": 1, "in_progress": 1}
    assert layers["badr"] == {"done": 1, "in_progress": 1, "new": 1}
    assert layers["gold"] == {"in_progress": 1, "new": 1, "reviewed": 1}
    assert layers["imported"] == {"new": 2}  # c is assigned to badr: hidden from others
    assert layers["sugg"] == {"new": 2}
    assert sorted(layers) == ["amal", "badr", "gold", "imported", "sugg"]


def test_text_shows_status_per_layer(store_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    _corpus(store_url)
    lines = _stats(capsys, store_url).splitlines()
    assert lines[:4] == ["documents: 3", "  in_progress: 1", "  new: 2", "spans: 3"]
    assert "layer amal: 2 spans; documents: done 1, in_progress 1" in lines
    assert "layer badr: 1 span; documents: done 1, in_progress 1, new 1" in lines
    assert "layer gold: 0 spans; documents: in_progress 1, new 1, reviewed 1" in lines
    at = lines.index("layer amal: 2 spans; documents: done 1, in_progress 1")
    assert lines[at + 1 : at + 3] == ["  LOC: 1", "  PERS: 1"]


def test_window_and_stats_agree(store_url: str) -> None:
    """The per-layer figures are what ``documents(annotator=X)`` (the window's list) shows."""
    _corpus(store_url)
    with Store.open(store_url) as store:
        per_layer = store.layer_status_counts()
        for info in store.annotators():
            shown: dict[str, int] = {}
            for doc in store.documents(annotator=info.name):
                shown[doc.status] = shown.get(doc.status, 0) + 1
            assert per_layer[info.name] == dict(sorted(shown.items())), info.name


def test_stats_reads_no_span(
    store_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _corpus(store_url)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("stats read spans one by one")

    for name in ("spans_by_document", "spans_for", "export_rows", "documents"):
        monkeypatch.setattr(StoreClass, name, refuse)
    data = json.loads(_stats(capsys, store_url, "--json"))
    assert data["spans"] == 3


def test_counts_with_and_without_suggestions(store_url: str) -> None:
    _corpus(store_url)
    with Store.open(store_url) as store:
        assert store.span_counts() == {("amal", "LOC"): 1, ("amal", "PERS"): 1, ("badr", "LOC"): 1}
        assert store.span_counts(suggestions=True)[("sugg", "LOC")] == 1
        assert store.label_counts() == {"LOC": 2, "PERS": 1}
        assert store.label_counts(suggestions=True) == {"LOC": 3, "PERS": 1}
        assert store.status_counts() == {"in_progress": 1, "new": 2}


def test_empty_database(tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"{tmp_path}/empty.annotator"
    Store.open(url).close()  # an empty project (a missing one is refused)
    data = json.loads(_stats(capsys, url, "--json"))
    assert data == {
        "documents": 0,
        "documents_by_layer_status": {},
        "documents_by_status": {},
        "spans": 0,
        "spans_by_label": {},
        "spans_by_layer": {},
    }
    assert _stats(capsys, url) == "documents: 0\nspans: 0\n"


def test_import_batch_statuses_count_per_layer(store_url: str) -> None:
    with Store.open(store_url) as store:
        store.import_batch([ImportItem("a", TEXT), ImportItem("b", TEXT + " ب")], "amal")
        store.import_batch([ImportItem("a", TEXT, status="done")], "badr")
        assert store.layer_status_counts() == {"amal": {"new": 2}, "badr": {"done": 1, "new": 1}}
