"""spaCy DocBin export, read back with spaCy's own code (DocBin, spacy debug data)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from format_helpers import Cli
from interchange_data import seeds_db, sentences_db, wojood_db

from annotator.cli import main as cli_main
from annotator.store import Store

pytestmark = pytest.mark.consumers


def _docs(path: Path) -> list:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("ar")
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def _store_spans(db: str, layer: str) -> dict[str, list[tuple[str, str]]]:
    """Document name -> [(span text, label)] in text order, from the store."""
    with Store.open(db) as store:
        docs = store.documents()
        by_doc = store.spans_by_document([d.id for d in docs], layer)
        out = {}
        for info in docs:
            text = store.document(info.id).text
            spans = sorted(by_doc.get(info.id, []), key=lambda s: (s.start, -s.end))
            out[text] = [(text[s.start : s.end], s.label) for s in spans]
    return out


def test_every_entity_comes_back_with_its_text_and_label(tmp_path: Path) -> None:
    db, count = seeds_db(tmp_path / "c.db")
    out = tmp_path / "seeds.spacy"
    assert cli_main(["--db", db, "export", "--format", "spacy", "-o", str(out)]) == 0
    docs = _docs(out)
    expected = _store_spans(db, "gold")
    assert len(docs) == 5
    assert count > 20
    found = 0
    for doc in docs:
        assert doc.text in expected  # the Doc's text is the stored text, exactly
        assert [(ent.text, ent.label_) for ent in doc.ents] == expected[doc.text]
        found += len(doc.ents)
    assert found == count


def test_a_name_inside_a_clitic_token_is_its_own_token(tmp_path: Path) -> None:
    db, _count = seeds_db(tmp_path / "c.db")
    out = tmp_path / "seeds.spacy"
    assert cli_main(["--db", db, "export", "--format", "spacy", "-o", str(out)]) == 0
    clitics = [
        (doc[ent.start - 1].text, ent.text, doc[ent.start - 1].whitespace_)
        for doc in _docs(out)
        for ent in doc.ents
        if ent.text == "روسيا"
    ]
    assert clitics
    assert set(clitics) == {("ل", "روسيا", "")}


def test_whitespace_other_than_one_space_is_a_token_of_its_own() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from annotator.formats.prepare import prepare
    from annotator.formats.spacy_docbin import doc_words

    text = "  زار محمد\n\nالقاهرة\t أمس "
    prepared = prepare(1, "d", text, {}, [(6, 10, "PER"), (12, 19, "LOC")])
    words, spaces, index = doc_words(prepared)
    doc = Doc(Vocab(), words=words, spaces=spaces)
    assert doc.text == text
    assert [doc[i].text for i in index] == ["زار", "محمد", "القاهرة", "أمس"]
    assert [t.text for t in doc if t.text.isspace()] == ["  ", "\n\n", "\t "]


def test_split_writes_train_dev_test(tmp_path: Path) -> None:
    db, count = seeds_db(tmp_path / "c.db")
    out = tmp_path / "splits"
    args = ["--db", db, "export", "--format", "spacy", "--split", "60/20/20", "-o", str(out)]
    assert cli_main(args) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["dev.spacy", "test.spacy", "train.spacy"]
    docs = [doc for name in names for doc in _docs(out / name)]
    assert len(docs) == 5
    assert sum(len(doc.ents) for doc in docs) == count


def test_a_nested_layer_exports_outermost_ents_or_all_spans(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = wojood_db(tmp_path / "w.db")
    cli = Cli(db, capsys)
    ents = tmp_path / "ents.spacy"
    status, _out, err = cli("export", "--format", "spacy", "-o", str(ents))
    assert status == 0, err
    everything = tmp_path / "all.spacy"
    cli.ok("export", "--format", "spacy", "--spacy-spans", "spans", "-o", str(everything))
    with Store.open(db) as store:
        total = sum(store.layer_span_counts().values())
    outer = sum(len(doc.ents) for doc in _docs(ents))
    left_out = total - outer
    assert left_out > 0
    note = "note: the layer has nested spans: doc.ents holds the outermost ones only, "
    assert f"{note}{left_out} spans inside others left out" in err
    spans = [span for doc in _docs(everything) for span in doc.spans["sc"]]
    assert len(spans) == total
    assert not any(doc.ents for doc in _docs(everything))


def test_without_spacy_one_line_names_the_extra(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _count = seeds_db(tmp_path / "c.db")
    for name in [m for m in sys.modules if m == "spacy" or m.startswith("spacy.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "spacy", None)  # import spacy raises ImportError
    out = tmp_path / "x.spacy"
    status, stdout, err = Cli(db, capsys)("export", "--format", "spacy", "-o", str(out))
    assert status == 1
    assert stdout == ""
    assert err.count("\n") == 1
    assert "annotator[spacy]" in err
    assert err.startswith("annotator: error: the spacy format needs spaCy")
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".x.spacy")]


def test_spacy_debug_data_finds_no_errors(tmp_path: Path) -> None:
    db, count = sentences_db(tmp_path / "s.db")
    assert count > 50
    out = tmp_path / "corpus"
    args = ["--db", db, "export", "--format", "spacy", "--split", "90/10", "-o", str(out)]
    assert cli_main(args) == 0
    config = tmp_path / "config.cfg"
    python = [sys.executable, "-m", "spacy"]
    made = subprocess.run(
        [*python, "init", "config", str(config), "--lang", "ar", "--pipeline", "ner"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    checked = subprocess.run(
        [
            *python,
            "debug",
            "data",
            str(config),
            "--paths.train",
            str(out / "train.spacy"),
            "--paths.dev",
            str(out / "test.spacy"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    report = checked.stdout + checked.stderr
    assert "Corpus is loadable" in report
    assert "✘" not in report, report
    assert checked.returncode == 0, report


def test_spacy_convert_reads_the_docstart_conll_export(tmp_path: Path) -> None:
    """The other way into spaCy: ``spacy convert`` of a ``--docstart`` CoNLL export."""
    db, count = seeds_db(tmp_path / "c.db")
    conll = tmp_path / "seeds.conll"
    args = ["--db", db, "export", "--format", "conll", "--docstart", "-o", str(conll)]
    assert cli_main(args) == 0
    out = tmp_path / "converted"
    out.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "spacy", "convert", str(conll), str(out), "-c", "ner"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    docs = _docs(out / "seeds.spacy")
    assert len(docs) == 5
    assert sum(len(doc.ents) for doc in docs) == count
