"""Counts in command-line messages agree with their noun: "1 document", "2 documents",
never "1 documents" or "2 file(s)"; one helper decides (annotator.plurals)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.plurals import counted, plural

PACKAGE = Path(__file__).resolve().parents[1] / "annotator"


@pytest.mark.parametrize(
    ("one", "several"),
    [
        ("document", "documents"),
        ("entity", "entities"),
        ("key", "keys"),
        ("match", "matches"),
        ("predicted span", "predicted spans"),
        (".txt/.ann file", ".txt/.ann files"),
    ],
)
def test_plural(one: str, several: str) -> None:
    assert plural(one) == several
    assert counted(1, one) == f"1 {one}"
    assert counted(0, one) == f"0 {several}"
    assert counted(2, one) == f"2 {several}"


def test_an_irregular_plural_is_given() -> None:
    assert counted(1, "span overlaps", "spans overlap") == "1 span overlaps"
    assert counted(3, "span overlaps", "spans overlap") == "3 spans overlap"


def test_no_message_of_the_package_writes_a_plural_in_brackets() -> None:
    """ "file(s)" is how a message avoids the count; the window's texts (Qt plural forms,
    translated) are not the command line's and are left out."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        for node in ast.walk(tree):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and "(s)" in text and id(node) not in docstrings:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert found == []


def test_one_of_each_reads_singular_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "p.db")
    source = tmp_path / "one.jsonl"
    source.write_text('{"text": "زار محمد القاهرة", "label": [[4, 8, "PER"]]}\n', encoding="utf-8")
    assert main(["--db", db, "import", str(source), "--add-labels"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("imported 1 path: 1 document created, 0 merged, 1 span added, ")
    assert main(["--db", db, "stats"]) == 0
    assert "layer imported: 1 span; documents: new 1" in capsys.readouterr().out
    target = tmp_path / "out.jsonl"
    assert main(["--db", db, "export", "--format", "jsonl", "-o", str(target)]) == 0
    assert capsys.readouterr().out.startswith("exported 1 document, 1 span from layer ")
    assert main(["--db", db, "assign", "amal", "1", "x"]) == 1
    assert capsys.readouterr().err == "annotator: error: unknown document: x\n"
    assert main(["--db", db, "assign", "amal", "1"]) == 0
    assert capsys.readouterr().out == "1 of 1 document assigned to amal\n"
    assert main(["--db", db, "labels", "delete", "PER"]) == 0
    assert "deleted label 'PER' (1 span affected)" in capsys.readouterr().out
