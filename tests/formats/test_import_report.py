"""The import report says what was repaired, per kind, and what was skipped; tag
sequences a scheme cannot mean are refused with their line."""

from __future__ import annotations

from pathlib import Path

import pytest
from format_helpers import Cli, snapshot

from annotator.formats.import_files import import_paths
from annotator.gui.dialogs.import_job import ImportRequest, run_import
from annotator.store import Store


def _write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_malformed_bioes_is_refused_with_its_line(cli: Cli, db: str, tmp_path: Path) -> None:
    path = _write(tmp_path, "b.conll", "a O\nb E-PERS\nc B-PERS\n")
    before = snapshot(db)
    status, _out, err = cli("import", str(path), "--scheme", "bioes", "--add-labels")
    assert status == 1
    assert "b.conll, line 2:" in err and "E-PERS closes no open PERS entity" in err
    assert snapshot(db) == before


@pytest.mark.parametrize(
    ("content", "scheme", "line", "words"),
    [
        ("a B-PER\nb I-PER\nc S-PER\nd E-PER\n", "bioes", 3, "S-PER inside an open PER"),
        ("a O\nb B-LOC\n", "iob1", 2, "B-LOC does not follow an entity of type LOC"),
    ],
)
def test_sequences_the_scheme_cannot_mean(
    cli: Cli, tmp_path: Path, content: str, scheme: str, line: int, words: str
) -> None:
    path = _write(tmp_path, "x.conll", content)
    status, _out, err = cli("import", str(path), "--scheme", scheme, "--add-labels")
    assert status == 1 and f"x.conll, line {line}:" in err and words in err


def test_repairs_are_reported_by_kind(cli: Cli, tmp_path: Path) -> None:
    # BIOES: one entity begun by I-, two entities not closed by E-
    path = _write(tmp_path, "r.conll", "a I-PER\nb E-PER\nc O\nd B-LOC\ne O\nf B-ORG\n")
    out = cli.ok("import", str(path), "--scheme", "bioes", "--add-labels")
    assert "; 1 I- tags repaired as B- (an I- tag began an entity)" in out
    assert "; 2 entities without E- closed at their last token" in out
    plain = _write(tmp_path, "clean.conll", "a B-PER\nb I-PER\n")
    assert "repaired" not in cli.ok("import", str(plain), "--add-labels")


def test_the_dialog_summary_comes_from_the_report(opened: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "r.conll", "a I-PER\nb O\nc I-LOC\nd I-LOC\n")
    summary = run_import(opened, ImportRequest([path], scheme="IOB2", add_labels=True))
    assert summary.report.repaired == 2
    assert "\n2 I- tags repaired as B- (I- tags began entities)." in summary.text()


def test_label_studio_export_with_relations_and_other_results(cli: Cli, db: str) -> None:
    source = Path(__file__).resolve().parents[1] / "data" / "labelstudio_export.json"
    out = cli.ok("import", str(source), "--add-labels")
    assert "5 spans added" in out
    assert "skipped 6 Label Studio results that are not labels: " in out
    assert "2 choices, 1 rating, 2 relation, 1 textarea" in out
    with Store.open(db) as store:
        docs = {d.name: d.id for d in store.documents()}
        assert sorted(docs) == ["task-101", "task-102"]
        found = {
            name: sorted(
                (store.document(doc_id).text[s.start : s.end], s.label)
                for s in store.spans_for(doc_id, "imported")
            )
            for name, doc_id in docs.items()
        }
    assert found == {
        "task-101": [("القاهرة", "LOC"), ("سيرغي لافروف", "PER"), ("عبد الفتاح السيسي", "PER")],
        "task-102": [("أرامكو السعودية", "ORG"), ("الرياض", "LOC")],
    }


def test_notes_add_up_over_several_paths(opened: Store, tmp_path: Path) -> None:
    one = _write(tmp_path, "a.conll", "New York\tI-LOC\n")
    two = _write(tmp_path, "b.conll", "x\u00a0y\tI-LOC\nz\tO\n")
    report = import_paths(opened, [one, two], scheme="IOB2", add_labels=True)
    assert report.repaired == 2 and report.notes.whitespace_tokens == 2
    assert report.lines()[0] == "2 I- tags repaired as B- (I- tags began entities)"


def test_one_skipped_annotation_reads_in_the_singular() -> None:
    from annotator.formats.common import ImportNotes
    from annotator.formats.import_report import note_lines

    one = ImportNotes(skipped_results={"choices": 1}, skipped_annotations={"relation": 1})
    assert note_lines(one) == [
        "skipped 1 Label Studio result that is not a label: 1 choices",
        "skipped 1 brat annotation that is not text-bound: 1 relation (R)",
    ]
    two = ImportNotes(skipped_results={"choices": 2}, skipped_annotations={"relation": 2})
    assert note_lines(two) == [
        "skipped 2 Label Studio results that are not labels: 2 choices",
        "skipped 2 brat annotations that are not text-bound: 2 relations (R)",
    ]
