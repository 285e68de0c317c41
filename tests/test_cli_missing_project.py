"""A mistyped ``--db`` path is an error for every command that only reads or changes a
project; only the commands that make or fill one create the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.cli import main
from annotator.store import Store

READING = [
    ["stats"],
    ["stats", "--json"],
    ["export", "--format", "conll", "-o", "{out}"],
    ["export", "--format", "brat", "-o", "{out}"],
    ["labels"],
    ["labels", "--json"],
    ["labels", "edit", "PER", "--rename", "PERS"],
    ["labels", "delete", "PER"],
    ["agreement"],
    ["assign"],
    ["assign", "amal", "1"],
    ["suggest", "train"],
    ["suggest", "apply"],
    ["suggest", "predict", "--format", "conll", "-o", "{out}"],
    ["suggest", "evaluate"],
]


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("command", READING, ids=lambda c: " ".join(c[:2]))
@pytest.mark.parametrize("form", ["path", "url"])
def test_a_missing_project_is_refused_and_not_created(
    command: list[str], form: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    db = folder / "typo.db"
    target = str(db) if form == "path" else f"sqlite:///{db}"
    argv = [part.replace("{out}", str(folder / "out")) for part in command]
    assert main(["--db", target, *argv]) == 1
    err = capsys.readouterr().err
    assert err == f"annotator: error: no project at {db} (annotator import creates one)\n"
    assert _files(folder) == []  # no typo.db, no -wal/-shm, no output


def test_a_missing_folder_is_not_created_either(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "no" / "such" / "p.db"), "stats"]) == 1
    assert "no project at" in capsys.readouterr().err
    assert _files(tmp_path) == []


def test_the_environment_variable_is_checked_the_same_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ANNOTATOR_DB", str(tmp_path / "typo.db"))
    assert main(["stats"]) == 1
    assert "no project at" in capsys.readouterr().err
    assert _files(tmp_path) == []


def test_an_odd_file_name_is_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "a\nb.db"), "stats"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "a<U+000A>b.db" in err


CREATING = [
    ["labels", "--preset", "anercorp"],
    ["labels", "add", "PRODUCT"],
]


@pytest.mark.parametrize("command", CREATING, ids=" ".join)
def test_commands_that_set_up_a_project_create_it(command: list[str], tmp_path: Path) -> None:
    db = tmp_path / "new" / "p.db"
    assert main(["--db", str(db), *command]) == 0
    with Store.open(db, create=False) as store:
        assert store.labels() != []


def test_import_creates_the_project(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("ذهب محمد إلى القاهرة.\n", encoding="utf-8")
    db = tmp_path / "p.db"
    assert main(["--db", str(db), "import", str(text)]) == 0
    assert main(["--db", str(db), "stats"]) == 0
    with Store.open(db, create=False) as store:
        assert len(store.documents()) == 1


def test_labels_import_creates_the_project(tmp_path: Path) -> None:
    source = tmp_path / "source.db"
    with Store.open(source) as store:
        store.apply_preset("conll2003")
    labels = tmp_path / "labels.json"
    from annotator.formats.labels_file import dump_labels_file

    with Store.open(source) as store:
        labels.write_text(dump_labels_file(store.labels(), store.guidelines()), "utf-8")
    db = tmp_path / "p.db"
    assert main(["--db", str(db), "labels", "import", str(labels)]) == 0
    with Store.open(db, create=False) as store:
        assert len(store.labels()) == 4
