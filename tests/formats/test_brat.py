"""brat standoff import and export: a real brat file round trip, what is skipped and
counted, discontinuous spans, CRLF and BOM offsets, refused lines, file names."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from format_helpers import ROOT, Cli
from interchange_data import seeds_db

from annotator.formats.brat_export import brat_names
from annotator.store import Store

BRAT = ROOT / "tests" / "data" / "brat"
NOTE = "110-note_annotation"


def _t_lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] == "T"]


def _spans(db: str, layer: str = "imported") -> dict[str, list[tuple[int, int, str]]]:
    with Store.open(db) as store:
        docs = store.documents()
        by_doc = store.spans_by_document([d.id for d in docs], layer)
        return {
            d.name: sorted((s.start, s.end, s.label) for s in by_doc.get(d.id, [])) for d in docs
        }


def test_brat_to_import_to_brat_gives_the_same_text_bound_lines(
    cli: Cli, tmp_path: Path, db: str
) -> None:
    report = cli.ok("import", str(BRAT), "--add-labels")
    assert "1 document created" in report
    assert "14 spans added" in report
    out = tmp_path / "out"
    cli.ok("export", "--format", "brat", "-o", str(out))
    assert (out / f"{NOTE}.txt").read_bytes() == (BRAT / f"{NOTE}.txt").read_bytes()
    exported = _t_lines(out / f"{NOTE}.ann")
    assert exported == _t_lines(BRAT / f"{NOTE}.ann")  # ids and order kept
    assert exported[4].startswith("T5\tMerge-org 495 501")  # not in text order in the file
    with Store.open(db) as store:
        labels = [label.name for label in store.labels()]
    assert sorted(labels) == ["GPE", "Merge-org", "Organization", "Person"]
    conf = (out / "annotation.conf").read_text(encoding="utf-8")
    assert conf.startswith("[entities]\n" + "".join(f"{name}\n" for name in labels) + "\n[")
    assert "Person\tbgColor:#" in (out / "visual.conf").read_text(encoding="utf-8")


def test_the_other_annotations_are_skipped_and_counted(cli: Cli) -> None:
    report = cli.ok("import", str(BRAT / f"{NOTE}.ann"), "--add-labels")
    assert (
        "skipped 6 brat annotations that are not text-bound: 2 events (E), 2 annotator "
        "notes not on a span (#), 2 relations (R)"
    ) in report
    assert "1 brat annotator note kept as a span note" in report


def test_annotator_notes_on_spans_are_their_notes_both_ways(
    cli: Cli, tmp_path: Path, db: str
) -> None:
    cli.ok("import", str(BRAT), "--add-labels")
    with Store.open(db) as store:
        doc = store.documents()[0]
        by_id = {s.id: s for s in store.spans_for(doc.id, "imported")}
        notes = {
            (by_id[i].start, by_id[i].end): n.text for i, n in store.span_notes(doc.id).items()
        }
    assert notes == {(412, 421): "Should fictional places be annotated?"}  # T1, Discworld
    out = tmp_path / "out"
    cli.ok("export", "--format", "brat", "-o", str(out))
    original = (BRAT / f"{NOTE}.ann").read_text(encoding="utf-8").splitlines()
    exported = (out / f"{NOTE}.ann").read_text(encoding="utf-8").splitlines()
    assert [line for line in exported if line.startswith("#")] == [original[1]]
    cli.ok("export", "--format", "jsonl", "-o", str(tmp_path / "out.jsonl"))
    record = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert [s["note"] for s in record["spans"] if "note" in s] == [notes[(412, 421)]]


def test_a_note_before_its_span_and_on_a_split_span(cli: Cli, tmp_path: Path, db: str) -> None:
    folder = tmp_path / "notes"
    ann = (
        "#1\tAnnotatorNotes T2\tبين جزأين\n"
        "T1\tLOC 0 5\tروسيا\n"
        "T2\tORG 6 9;10 12\tوزا رة\n"
        "#2\tAnnotatorNotes T1\tدولة\n"
        "#3\tAnnotatorNotes T1\tنعم\n"
        "R1\tPart Arg1:T1 Arg2:T2\t\n"
        "#4\tAnnotatorNotes R1\tلا أحد\n"
    )
    _pair(folder, "doc", "روسيا وزا رة الدفاع".encode(), ann)
    report = cli.ok("import", str(folder), "--add-labels")
    assert "3 brat annotator notes kept as span notes" in report
    assert "1 annotator note not on a span (#)" in report
    with Store.open(db) as store:
        doc = store.documents()[0]
        by_id = {s.id: s for s in store.spans_for(doc.id, "imported")}
        notes = {
            (by_id[i].start, by_id[i].end): n.text for i, n in store.span_notes(doc.id).items()
        }
    assert notes == {(0, 5): "دولة\nنعم", (6, 9): "بين جزأين", (10, 12): "بين جزأين"}


def test_new_spans_get_new_ids_after_the_kept_ones(cli: Cli, tmp_path: Path, db: str) -> None:
    cli.ok("import", str(BRAT), "--add-labels")
    with Store.open(db) as store:
        doc = store.documents()[0]
        spans = store.spans_for(doc.id, "imported")
        store.remove_span(next(s.id for s in spans if (s.start, s.end) == (471, 478)))
        store.add_span(doc.id, "imported", 0, 10, "GPE")  # "Annotation"
    out = tmp_path / "out"
    cli.ok("export", "--format", "brat", "-o", str(out))
    lines = _t_lines(out / f"{NOTE}.ann")
    original = [line for line in _t_lines(BRAT / f"{NOTE}.ann") if not line.startswith("T2\t")]
    assert lines == [*original, "T15\tGPE 0 10\tAnnotation"]


def _pair(folder: Path, name: str, text: bytes, ann: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_bytes(text)
    (folder / f"{name}.ann").write_bytes(ann.encode("utf-8"))


def test_crlf_counts_as_one_character_and_a_bom_as_one(cli: Cli, tmp_path: Path, db: str) -> None:
    """brat reads the text with universal newlines and keeps the BOM as a character."""
    folder = tmp_path / "in"
    text = "\ufeffزار محمد\r\nالقاهرة أمس.\r\n".encode()
    # brat's view: "\ufeffزار محمد\nالقاهرة أمس.\n": محمد at 5..9, القاهرة at 10..17
    _pair(folder, "crlf", text, "T1\tPER 5 9\tمحمد\nT2\tLOC 10 17\tالقاهرة\n")
    cli.ok("import", str(folder), "--add-labels")
    with Store.open(db) as store:
        stored = store.document(store.documents()[0].id).text
    assert stored == "زار محمد\nالقاهرة أمس.\n"
    spans = _spans(db)["crlf"]
    assert [stored[s:e] for s, e, _label in spans] == ["محمد", "القاهرة"]
    out = tmp_path / "out"
    cli.ok("export", "--format", "brat", "-o", str(out))
    assert (out / "crlf.txt").read_text(encoding="utf-8") == stored
    assert _t_lines(out / "crlf.ann") == ["T1\tPER 4 8\tمحمد", "T2\tLOC 9 16\tالقاهرة"]


def test_offsets_that_count_cr_are_refused_with_the_line(cli: Cli, tmp_path: Path, db: str) -> None:
    folder = tmp_path / "in"
    _pair(
        folder,
        "crlf",
        "زار محمد\r\nالقاهرة\r\n".encode(),
        "T1\tPER 4 8\tمحمد\nT2\tLOC 10 17\tالقاهرة\n",
    )
    status, _out, err = cli("import", str(folder), "--add-labels")
    assert status == 1
    assert f"{folder / 'crlf.ann'}, line 2: the span text 'القاهرة' is not the document" in err
    assert "a CRLF as one" in err
    assert _spans(db) == {}


def test_discontinuous_spans_are_split_and_counted(cli: Cli, tmp_path: Path, db: str) -> None:
    folder = tmp_path / "in"
    text = "جامعة الدول العربية والقاهرة"
    _pair(folder, "d", text.encode(), "T1\tORG 0 5;12 19\tجامعة العربية\nT2\tLOC 21 28\tالقاهرة\n")
    report = cli.ok("import", str(folder), "--add-labels")
    assert "3 spans added" in report
    assert "1 discontinuous brat span split into one span per fragment" in report
    assert _spans(db)["d"] == [(0, 5, "ORG"), (12, 19, "ORG"), (21, 28, "LOC")]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("T1\tPER 4 x\tمحمد", "expected offsets like 'START END', not '4 x'"),
        ("T1\tPER 4 99\tمحمد", "offsets 4 99 are not a span of the text (16 characters)"),
        ("T1\tPER 4 8\tعلي", "the span text 'علي' is not the document text 'محمد'"),
        ("X1\tPER 4 8\tمحمد", "not a brat annotation"),
        # no label: "expected offsets like 'START END', not ''", "invalid label name ''"
        ("T1\t\t4 8\tمحمد", "the annotation T1 has no label"),
        ("T1\t 4 8\tمحمد", "the annotation T1 has no label"),
        ("T1\tPER 4 8\tمحمد\nT1\tLOC 9 16\tالقاهرة", "the id T1 is used twice"),
    ],
)
def test_bad_lines_are_refused_with_file_and_line(
    cli: Cli, tmp_path: Path, line: str, reason: str
) -> None:
    folder = tmp_path / "in"
    _pair(folder, "bad", "زار محمد القاهرة".encode(), line + "\n")
    status, _out, err = cli("import", str(folder), "--add-labels")
    assert status == 1
    number = line.count("\n") + 1
    assert err.startswith(f"annotator: error: {folder / 'bad.ann'}, line {number}: {reason}")


def test_an_ann_without_its_text_is_refused(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _pair(folder, "a", "زار محمد".encode(), "")
    (folder / "b.ann").write_text("T1\tPER 0 3\tزار\n", encoding="utf-8")
    status, _out, err = cli("import", str(folder), "--format", "brat")
    assert status == 1
    assert f"{folder / 'b.ann'}: no b.txt beside it" in err


def test_a_folder_with_ann_files_is_guessed_as_brat(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(BRAT, folder)
    (folder / "annotation.conf").write_text("[entities]\nGPE\n", encoding="utf-8")
    (folder / "plain.txt").write_text("نص بلا تعليقات", encoding="utf-8")
    report = cli.ok("import", str(folder), "--add-labels")
    assert "2 documents created" in report and "14 spans added" in report
    assert "not .txt" not in report  # brat's configuration files are expected there


def test_seeds_export_and_import_back_as_brat(cli: Cli, tmp_path: Path) -> None:
    db, count = seeds_db(tmp_path / "seeds.db")
    out = tmp_path / "brat"
    Cli(db, cli.capsys).ok("export", "--format", "brat", "-o", str(out))
    again = Cli(str(tmp_path / "again.db"), cli.capsys)
    again.ok("labels", "--preset", "anercorp")
    report = again.ok("import", str(out))
    assert f"{count} spans added" in report
    assert _spans(str(tmp_path / "again.db")) == _spans(db, "gold")


def test_split_writes_a_brat_folder_per_part(cli: Cli, tmp_path: Path) -> None:
    db, _count = seeds_db(tmp_path / "seeds.db")
    out = tmp_path / "brat"
    Cli(db, cli.capsys).ok("export", "--format", "brat", "--split", "60/20/20", "-o", str(out))
    assert sorted(p.name for p in out.iterdir()) == [
        "annotation.conf",
        "dev",
        "test",
        "train",
        "visual.conf",
    ]
    txt = sorted(p.name for part in ("train", "dev", "test") for p in (out / part).glob("*.txt"))
    assert len(txt) == 5


def test_document_names_become_safe_distinct_file_names() -> None:
    names = ["a/b", "A/B", "../x", ".hidden", "", "tab\there", "a/b", "x" * 300]
    made = brat_names(names)
    assert made[:7] == ["a/b", "A/B-2", "_../x", "_.hidden", "_", "tab_here", "a/b-3"]
    assert len(made[7].encode()) == 200
    assert len({name.casefold() for name in made}) == len(made)


def test_a_span_text_with_a_line_break_stays_on_its_line(cli: Cli, tmp_path: Path, db: str) -> None:
    with Store.open(db) as store:
        store.add_label("LOC")
        doc = store.add_document("d", "بيونغ\nيانغ")
        store.add_span(doc.id, "amal", 0, 10, "LOC")
    out = tmp_path / "out"
    cli.ok("export", "--format", "brat", "-o", str(out))
    assert (out / "d.ann").read_text(encoding="utf-8") == "T1\tLOC 0 10\tبيونغ يانغ\n"
    again = Cli(str(tmp_path / "again.db"), cli.capsys)
    again.ok("import", str(out), "--add-labels")
    assert _spans(str(tmp_path / "again.db"))["d"] == [(0, 10, "LOC")]


def test_a_note_the_store_cannot_keep_is_refused_with_its_line(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "long"
    ann = "T1\tLOC 0 5\tروسيا\n#1\tAnnotatorNotes T1\t" + "م" * 20_000 + "\n"
    _pair(folder, "doc", "روسيا اليوم".encode(), ann)
    status, _out, err = cli("import", str(folder), "--add-labels")
    assert status == 1 and "doc.ann, line 2: invalid note: it is longer than" in err, err
    assert "\n" not in err.strip()


def test_a_span_the_store_refuses_is_named_with_its_ann_line(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    lines = "T1\tPER 4 8\tمحمد\nT2\tLOC 8 16\t القاهرة\n"  # T2 starts on the space
    _pair(folder, "bad", "زار محمد القاهرة".encode(), lines)
    status, _out, err = cli("import", str(folder), "--add-labels")
    assert status == 1
    assert err.startswith(f"annotator: error: {folder / 'bad.ann'}, line 2: ")
    assert "starts on whitespace" in err


def test_an_export_into_a_folder_with_other_documents_is_refused(
    cli: Cli, tmp_path: Path, db: str
) -> None:
    """Files of documents the export does not write would be imported with it."""
    out = tmp_path / "out"
    _pair(out, "old", "زار محمد".encode(), "T1\tPER 4 8\tمحمد\n")
    cli.ok("import", str(BRAT), "--add-labels")
    status, _out, err = cli("export", "--format", "brat", "-o", str(out))
    assert status == 1
    assert err.startswith(f"annotator: error: {out}: holds 2 .txt/.ann files ")
    assert "old.ann, old.txt" in err
    assert sorted(p.name for p in out.iterdir()) == ["old.ann", "old.txt"]
    (out / "old.ann").unlink()
    (out / "old.txt").unlink()
    cli.ok("export", "--format", "brat", "-o", str(out))
    cli.ok("export", "--format", "brat", "-o", str(out))  # its own files are replaced
    assert (out / f"{NOTE}.txt").read_bytes() == (BRAT / f"{NOTE}.txt").read_bytes()


def test_a_split_into_a_folder_holding_a_plain_export_is_refused(
    cli: Cli, tmp_path: Path, db: str
) -> None:
    cli.ok("import", str(BRAT), "--add-labels")
    out = tmp_path / "out"
    cli.ok("export", "--format", "brat", "-o", str(out))
    status, _out, err = cli("export", "--format", "brat", "--split", "50/50", "-o", str(out))
    assert status == 1
    assert f"{NOTE}.ann" in err
    assert not (out / "train").exists()
