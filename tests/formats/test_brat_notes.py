"""brat ``#`` lines with odd ids or odd content are read as brat reads them: a line brat
cannot parse is refused with the file, the line and the reason; a comment of another type
and an empty note are skipped and counted. brat export writes unique, valid ``#N`` ids."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from format_helpers import Cli

from annotator.store import Store

TEXT = "زار محمد القاهرة أمس"
T1 = "T1\tPER 4 8\tمحمد\n"  # line 1 of every .ann below
T2 = "T2\tLOC 9 16\tالقاهرة\n"


def _pair(folder: Path, ann: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "doc.txt").write_text(TEXT, encoding="utf-8")
    path = folder / "doc.ann"
    path.write_text(ann, encoding="utf-8")
    return path


def _notes(db: str) -> dict[tuple[int, int], str]:
    with Store.open(db, create=False) as store:
        (doc,) = store.documents()
        spans = {s.id: s for s in store.spans_for(doc.id, "imported")}
        return {(spans[i].start, spans[i].end): n.text for i, n in store.span_notes(doc.id).items()}


REFUSED = {
    "letters only": ("#x\tAnnotatorNotes T1\tنص\n", 2, "'#x' is not a brat note id"),
    "bare #": ("#\tAnnotatorNotes T1\tنص\n", 2, "'#' is not a brat note id"),
    "bare # alone": ("#\n", 2, "'#' is not a brat note id"),
    "no tab": (
        "#1 AnnotatorNotes T1\n",
        2,
        "expected #N<TAB>AnnotatorNotes T<n><TAB>note text (TABs between the fields)",
    ),
    "id only": ("#1\n", 2, "expected #1<TAB>AnnotatorNotes T<n><TAB>note text"),
    "no target": ("#1\tAnnotatorNotes\tنص\n", 2, "expected #1<TAB>AnnotatorNotes T<n>"),
    "two targets": ("#1\tAnnotatorNotes T1 T2\tنص\n", 2, "expected #1<TAB>AnnotatorNotes"),
    "unknown T id": (
        "#1\tAnnotatorNotes T9\tنص\n",
        2,
        "the note is on T9, which this file does not define",
    ),
    "unknown id after others": (
        "#1\tAnnotatorNotes T1\tنص\n#2\tAnnotatorNotes R4\tنص\n",
        3,
        "the note is on R4, which this file does not define",
    ),
    "id used twice": (
        "#1\tAnnotatorNotes T1\tأ\n#1\tAnnotatorNotes T1\tب\n",
        3,
        "the id #1 is used twice",
    ),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_note_line_brat_cannot_read_is_refused_with_file_and_line(
    case: str, cli: Cli, tmp_path: Path, db: str
) -> None:
    lines, number, reason = REFUSED[case]
    ann = _pair(tmp_path / "in", T1 + lines)
    status, out, err = cli("import", str(tmp_path / "in"), "--add-labels")
    assert status == 1 and out == ""
    assert err.startswith(f"annotator: error: {ann}, line {number}: {reason}")
    assert err.count("\n") == 1 and "Traceback" not in err
    with Store.open(db) as store:
        assert store.documents() == []  # nothing of the folder was imported


def test_notes_brat_accepts_are_kept_and_the_rest_counted(
    cli: Cli, tmp_path: Path, db: str
) -> None:
    ann = (
        T1
        + T2
        + "R1\tNear Arg1:T1 Arg2:T2\t\n"
        + "#n7\tAnnotatorNotes T1\tاسم علم\n"  # brat's ids may have letters after the #
        + "#2\tAnnotatorNotes T2\n"  # no text at all
        + "#3\tAnnotatorNotes T2\t   \n"  # only spaces
        + "#4\tSTATUS done\n"  # a comment of another type
        + "#5\tMissingAnnotation T2\tcompare\n"  # another type, on a span
        + "#6\tAnnotatorNotes R1\tعلاقة\n"  # on a relation
        + "#7\tAnnotatorNotes T2\t\tمدينة\t\n"  # the text after the TAB, stripped
    )
    _pair(tmp_path / "in", ann)
    report = cli.ok("import", str(tmp_path / "in"), "--add-labels")
    assert "2 brat annotator notes kept as span notes" in report
    assert (
        "skipped 6 brat annotations that are not text-bound: 2 comments that are no "
        "annotator notes (#), 2 empty annotator notes (#), 1 annotator note not on a span "
        "(#), 1 relation (R)"
    ) in report
    assert _notes(db) == {(4, 8): "اسم علم", (9, 16): "مدينة"}


def test_export_numbers_many_notes_uniquely_and_brat_reads_them_back(
    cli: Cli, tmp_path: Path, db: str
) -> None:
    words = [f"كلمة{i}" for i in range(120)]
    text = " ".join(words)
    ann, starts, position = [], [], 0
    for i, word in enumerate(words):
        starts.append(position)
        if i % 2 == 0:  # every other word an imported brat span with a kept id
            ann.append(f"T{3 * i + 1}\tLOC {position} {position + len(word)}\t{word}\n")
        position += len(word) + 1
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "doc.txt").write_text(text, encoding="utf-8")
    (folder / "doc.ann").write_text("".join(ann), encoding="utf-8")
    cli.ok("import", str(folder), "--add-labels")
    with Store.open(db) as store:
        (doc,) = store.documents()
        for i, word in enumerate(words):
            if i % 2:
                store.add_span(doc.id, "imported", starts[i], starts[i] + len(word), "LOC")
        for span in store.spans_for(doc.id, "imported"):
            store.set_span_note(span.id, f"ملاحظة {span.start}\nسطر ثان")
        expected = {
            (s.start, s.end): f"ملاحظة {s.start}\nسطر ثان"
            for s in store.spans_for(doc.id, "imported")
        }
    out = tmp_path / "out"
    cli.ok("export", "--format", "brat", "-o", str(out))
    lines = (out / "doc.ann").read_text(encoding="utf-8").splitlines()
    t_ids = {line.split("\t", 1)[0] for line in lines if line.startswith("T")}
    notes = [line.split("\t") for line in lines if line.startswith("#")]
    ids = [fields[0] for fields in notes]
    assert len(ids) == len(words) == len(set(ids))
    assert all(re.fullmatch(r"#[1-9][0-9]*", ident) for ident in ids)
    assert all(len(fields) == 3 for fields in notes)
    targets = [fields[1].split(" ") for fields in notes]
    assert all(kind == "AnnotatorNotes" for kind, _target in targets)
    assert sorted(target for _kind, target in targets) == sorted(t_ids)  # one note per span
    again = Cli(str(tmp_path / "again.db"), cli.capsys)
    report = again.ok("import", str(out), "--add-labels")
    assert f"{len(words)} brat annotator notes kept as span notes" in report
    flat = {key: note.replace("\n", " ") for key, note in expected.items()}
    assert _notes(str(tmp_path / "again.db")) == flat
