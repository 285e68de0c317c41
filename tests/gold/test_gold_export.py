"""`annotator export --layer gold --status reviewed` in every export format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli import main as cli_main
from annotator.formats.export import SUFFIXES
from annotator.store import Store

from .conftest import Corpus

# gold of seed 0 as a reviewer settled it, and a not yet reviewed gold span on seed 1
GOLD0 = [("كيم جونغ أون", "PER"), ("روسيا", "LOC"), ("فلاديمير بوتين", "PER")]


@pytest.fixture
def reviewed(corpus: Corpus) -> Corpus:
    with Store.open(corpus.path) as store:
        for phrase, label in GOLD0:
            store.add_span(corpus.doc_ids[0], "gold", *corpus.span(phrase, label))
        store.set_status(corpus.doc_ids[0], "reviewed")
        store.set_status(corpus.doc_ids[0], "reviewed", "gold")
        text1 = store.document(corpus.doc_ids[1]).text
        start = text1.index("واشنطن")
        store.add_span(corpus.doc_ids[1], "gold", start, start + len("واشنطن"), "LOC")
    return corpus


def run(*args: str) -> None:
    assert cli_main(list(args)) == 0


def export(corpus: Corpus, fmt: str, out: Path) -> Path:
    target = out / f"gold{SUFFIXES[fmt]}"
    run("export", "--db", str(corpus.path), "--format", fmt, "--layer", "gold",
        "--status", "reviewed", "-o", str(target))  # fmt: skip
    return target


def conll_entities(path: Path) -> list[tuple[str, str]]:
    """(surface text, label) of each IOB2 entity, read without the project's code."""
    entities: list[tuple[list[str], str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        token, tag = line.split("\t")
        if tag.startswith("B-"):
            entities.append(([token], tag[2:]))
        elif tag.startswith("I-"):
            assert entities and entities[-1][1] == tag[2:], line
            entities[-1][0].append(token)
    return [(" ".join(words), label) for words, label in entities]


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_gold_export_json_formats_hold_only_reviewed_documents(
    reviewed: Corpus, tmp_path: Path, fmt: str
) -> None:
    path = export(reviewed, fmt, tmp_path)
    raw = path.read_text(encoding="utf-8")
    records = json.loads(raw) if fmt == "json" else [json.loads(x) for x in raw.splitlines()]
    assert [r["id"] for r in records] == [reviewed.doc_ids[0]]
    (record,) = records
    assert record["text"] == reviewed.text
    assert sorted(tuple(x) for x in record["label"]) == sorted(
        reviewed.span(p, lab) for p, lab in GOLD0
    )


def test_gold_export_conll(reviewed: Corpus, tmp_path: Path) -> None:
    path = export(reviewed, "conll", tmp_path)
    assert conll_entities(path) == GOLD0  # text order; seed 1 (not reviewed) left out


def test_gold_jsonl_round_trips_through_import(reviewed: Corpus, tmp_path: Path) -> None:
    path = export(reviewed, "jsonl", tmp_path)
    fresh = tmp_path / "fresh.annotator"
    run("import", "--db", str(fresh), "--annotator", "gold", "--add-labels", str(path))
    with Store.open(fresh) as store:
        (doc,) = store.documents()
        assert store.document(doc.id).text == reviewed.text
        got = sorted((s.start, s.end, s.label) for s in store.spans_for(doc.id, "gold"))
    assert got == sorted(reviewed.span(p, lab) for p, lab in GOLD0)


def test_gold_export_of_documents_assigned_to_annotators(reviewed: Corpus, tmp_path: Path):
    """Assignments restrict what annotators see, never what the gold export holds."""
    with Store.open(reviewed.path) as store:
        store.assign(reviewed.doc_ids[0], "ali")
    path = export(reviewed, "conll", tmp_path)
    assert conll_entities(path) == GOLD0


def test_export_dialog_offers_the_gold_layer_first(qtbot, reviewed: Corpus) -> None:
    from annotator.gui.dialogs.export_dialog import ExportDialog

    with Store.open(reviewed.path) as store:
        dialog = ExportDialog(store)
        qtbot.addWidget(dialog)
        layers = [dialog.layer_combo.itemText(i) for i in range(dialog.layer_combo.count())]
        assert set(layers) == {"ali", "badr", "chadi", "gold"}
        assert dialog.layer_combo.currentText() == "gold"
        statuses = [dialog.status_combo.itemData(i) for i in range(dialog.status_combo.count())]
        assert "reviewed" in statuses


def test_gold_export_without_a_gold_layer_is_one_clear_error(corpus: Corpus, tmp_path, capsys):
    code = cli_main(["export", "--db", str(corpus.path), "--format", "conll", "--layer", "gold",
                     "--status", "reviewed", "-o", str(tmp_path / "g.conll")])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "no layer named 'gold'" in err
    assert not (tmp_path / "g.conll").exists()
