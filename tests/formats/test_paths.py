"""Folders to import and places to export to: clear one-line messages for the odd cases."""

from __future__ import annotations

from pathlib import Path

import pytest
from format_helpers import Cli, snapshot

from annotator.store import Store


def _one_line_error(status: int, out: str, err: str) -> str:
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("annotator: error: ")
    assert "Traceback" not in err
    return err


def test_importing_an_empty_folder(cli: Cli, db: str, tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "sub").mkdir()  # subfolders and hidden files hold nothing to import
    (folder / ".DS_Store").write_bytes(b"\x00\x01")
    Store.open(db).close()  # an empty project
    before = snapshot(db)
    err = _one_line_error(*cli("import", str(folder)))
    assert f"{folder}: the folder holds no files to import" in err
    assert ".txt" in err
    assert snapshot(db) == before


def test_importing_a_folder_without_txt_files(cli: Cli, db: str, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    for name in ("a.conll", "b.json", "c.jsonl", "d.csv"):
        (folder / name).write_text("x\n", encoding="utf-8")
    Store.open(db).close()  # an empty project
    before = snapshot(db)
    err = _one_line_error(*cli("import", str(folder)))
    assert f"{folder}: no .txt files in this folder, only 4 other files" in err
    assert "a.conll, b.json, c.jsonl and 1 more" in err
    assert "give other files by name" in err
    assert snapshot(db) == before


def test_a_folder_with_other_files_imports_its_txt_files_and_says_what_it_skipped(
    cli: Cli, db: str, tmp_path: Path
) -> None:
    folder = tmp_path / "mixed"
    (folder / "more").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "a.txt").write_text("زار بوتين موسكو\n", encoding="utf-8")
    (folder / "more" / "b.TXT").write_text("في القاهرة\n", encoding="utf-8")
    (folder / "c.conll").write_text("زار O\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("مخفي\n", encoding="utf-8")
    (folder / ".git" / "notes.txt").write_text("ليس خبرا\n", encoding="utf-8")
    out = cli.ok("import", str(folder))
    assert "2 documents created" in out
    assert out.rstrip().endswith("; skipped 1 file in folders that are not .txt: c.conll")
    names = [name for _id, name, _sha in snapshot(db)[2]]
    assert names == ["a", "more/b"]


def test_export_creates_a_missing_folder(cli: Cli, db: str, tmp_path: Path) -> None:
    cli.ok("import", *_one_document(tmp_path))
    target = tmp_path / "new" / "deeper" / "out.conll"
    cli.ok("export", "--format", "conll", "-o", str(target))
    assert target.read_text(encoding="utf-8") == "زار\tO\nبوتين\tO\n\n"


def _one_document(tmp_path: Path) -> list[str]:
    path = tmp_path / "doc.txt"
    path.write_text("زار بوتين\n", encoding="utf-8")
    return [str(path)]


@pytest.mark.parametrize("split", [False, True])
def test_export_below_a_file_is_one_clear_line(
    cli: Cli, db: str, tmp_path: Path, split: bool
) -> None:
    cli.ok("import", *_one_document(tmp_path))
    blocker = tmp_path / "notes"
    blocker.write_text("a file\n", encoding="utf-8")
    target = blocker / "sub" / ("out" if split else "out.conll")
    args = ["export", "--format", "conll", "-o", str(target)]
    err = _one_line_error(*cli(*args, *(["--split", "50/50"] if split else [])))
    assert f"cannot create the folder {target if split else target.parent}" in err
    assert f"{blocker} is a file, not a folder" in err
    assert blocker.read_text(encoding="utf-8") == "a file\n"


def test_export_into_a_file_as_folder_is_one_clear_line(cli: Cli, tmp_path: Path) -> None:
    cli.ok("import", *_one_document(tmp_path))
    blocker = tmp_path / "notes"
    blocker.write_text("a file\n", encoding="utf-8")
    err = _one_line_error(*cli("export", "--format", "conll", "-o", str(blocker / "out.conll")))
    assert f"cannot write into {blocker}: it is a file, not a folder" in err


def test_export_to_an_existing_folder_without_split(cli: Cli, tmp_path: Path) -> None:
    cli.ok("import", *_one_document(tmp_path))
    folder = tmp_path / "outdir"
    folder.mkdir()
    err = _one_line_error(*cli("export", "--format", "jsonl", "-o", str(folder)))
    assert f"{folder}: is a folder: give a file name" in err
    assert list(folder.iterdir()) == []
    assert not (tmp_path / "labels.json").exists()


def test_a_failed_export_removes_the_folders_it_created(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.formats import export as export_module

    cli.ok("import", *_one_document(tmp_path))

    def failing(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module, "_write", failing)
    existing = tmp_path / "exports"
    existing.mkdir()
    target = existing / "new" / "deeper" / "out.conll"
    _one_line_error(*cli("export", "--format", "conll", "-o", str(target)))
    assert list(existing.iterdir()) == []  # "new" and "new/deeper" are gone, "exports" stays


def test_a_bad_file_in_a_folder_is_named_with_its_line_break_escaped(
    cli: Cli, db: str, tmp_path: Path
) -> None:
    """``ba\nd.txt`` (not UTF-8) inside a folder was named ``ba d.txt``: the one-line
    rule joined the name, and ``ba d.txt`` is another file of the folder."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ba\nd.txt").write_bytes(b"\xff\xfe bad")
    (folder / "ba d.txt").write_text("نص سليم", encoding="utf-8")
    err = _one_line_error(*cli("import", str(folder)))
    assert f"{folder / 'ba<U+000A>d.txt'}, line 1: not valid UTF-8" in err


def test_the_import_report_is_one_line_whatever_the_skipped_files_are_named(
    cli: Cli, db: str, tmp_path: Path
) -> None:
    """README: the report is one line; a skipped link or FIFO named with a line break
    (or U+2028) split it."""
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("نص سليم", encoding="utf-8")
    (tmp_path / "host.txt").write_text("خارج", encoding="utf-8")
    (folder / "ho\nst.txt").symlink_to(tmp_path / "host.txt")
    os.mkfifo(folder / "f\u2028x.txt")
    out = cli.ok("import", str(folder))
    assert out.count("\n") == 1 and "\u2028" not in out
    assert "leaving the folder: ho<U+000A>st.txt;" in out
    assert "(FIFOs, devices, sockets): f<U+2028>x.txt" in out
