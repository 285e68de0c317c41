"""`annotator assign`: documents assigned to one annotator are hidden from the others."""

from __future__ import annotations

from pathlib import Path

from annotator.cli import main
from annotator.store import Store

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _db(tmp_path: Path) -> str:
    db = str(tmp_path / "assign.annotator")
    assert main(["import", str(SEEDS), "--db", db]) == 0
    return db


def test_assign_by_name_and_id_then_list(tmp_path: Path, capsys) -> None:
    db = _db(tmp_path)
    with Store.open(db) as store:
        docs = store.documents()
    first, second = docs[0], docs[1]
    capsys.readouterr()
    assert main(["assign", "amal", first.name, str(second.id), "--db", db]) == 0
    assert "2 of 2 documents assigned to amal" in capsys.readouterr().out
    assert main(["assign", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{first.name}\tamal"
    assert lines[2].endswith("(everyone)")
    with Store.open(db) as store:
        seen_by_badr = {doc.id for doc in store.documents(annotator="badr")}
        seen_by_amal = {doc.id for doc in store.documents(annotator="amal")}
    assert first.id not in seen_by_badr and second.id not in seen_by_badr
    assert len(seen_by_badr) == len(docs) - 2
    assert {first.id, second.id} <= seen_by_amal


def test_unassign_and_unknown_documents(tmp_path: Path, capsys) -> None:
    db = _db(tmp_path)
    with Store.open(db) as store:
        doc = store.documents()[0]
    assert main(["assign", "amal", doc.name, "--db", db]) == 0
    assert main(["assign", "amal", doc.name, "--remove", "--db", db]) == 0
    with Store.open(db) as store:
        assert store.assignments() == {}
    capsys.readouterr()
    assert main(["assign", "amal", "no-such-document", "--db", db]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "annotator: error: unknown document: no-such-document"


def test_an_empty_annotator_name_is_refused_not_taken_for_a_listing(tmp_path: Path, capsys) -> None:
    """``assign "" DOC`` printed the list of assignments and exited 0."""
    db = _db(tmp_path)
    with Store.open(db) as store:
        name = store.documents()[0].name
    capsys.readouterr()
    assert main(["assign", "", name, "--db", db]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "must not be empty" in err
    with Store.open(db) as store:
        assert store.assignments() == {}


def test_remove_takes_the_name_as_assign_does(tmp_path: Path, capsys) -> None:
    """``assign " amal " DOC`` stored "amal"; ``--remove " amal "`` removed nothing."""
    db = _db(tmp_path)
    with Store.open(db) as store:
        doc = store.documents()[0]
    capsys.readouterr()
    assert main(["assign", " amal ", doc.name, "--db", db]) == 0
    assert capsys.readouterr().out == "1 of 1 document assigned to amal\n"
    assert main(["assign", " amal ", doc.name, "--remove", "--db", db]) == 0
    assert capsys.readouterr().out == "1 of 1 document unassigned from amal\n"
    with Store.open(db) as store:
        assert store.assignments() == {}
