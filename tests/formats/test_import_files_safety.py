"""What an import reads: no links out of an imported folder, no special files, no file
name that cannot be printed, nothing over the size limits."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from format_helpers import Cli, snapshot

from annotator.formats.common import FormatError
from annotator.formats.import_files import import_paths, parse_path
from annotator.formats.reading import ImportLimits
from annotator.store import Store

ARTICLE = "زار بوتين موسكو أمس."


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("في القاهرة", encoding="utf-8")
    return folder


def test_links_leaving_the_folder_are_skipped_and_counted(cli: Cli, tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("host secret", encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "c.txt").write_text("خارج", encoding="utf-8")
    folder = _folder(tmp_path)
    (folder / "host.txt").symlink_to(outside)
    (folder / "away").symlink_to(tmp_path / "elsewhere")
    (folder / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (folder / "same.txt").symlink_to(folder / "a.txt")  # inside: fine
    (folder / "sub" / "loop").symlink_to(folder)  # inside, a loop: each folder once
    result = parse_path(folder)
    names = sorted(doc.name for doc in result.documents)
    assert names == ["a", "same", "sub/b"]
    assert sorted(Path(p).name for p in result.notes.links_out) == [
        "away",
        "dangling.txt",
        "host.txt",
    ]
    out = cli.ok("import", str(folder))
    assert "skipped 3 links leaving the folder: away, dangling.txt, host.txt" in out


def test_special_files_in_a_folder_are_skipped(cli: Cli, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    os.mkfifo(folder / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "sock.txt"))
    try:
        out = cli.ok("import", str(folder))
    finally:
        server.close()
    assert "2 documents created" in out
    assert "skipped 2 special files (FIFOs, devices, sockets): pipe.txt, sock.txt" in out


@pytest.mark.parametrize("fmt", ["text", "jsonl", "conll", None])
def test_a_fifo_given_by_name_is_refused_without_blocking(
    cli: Cli, tmp_path: Path, fmt: str | None
) -> None:
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    started = time.monotonic()
    status, _out, err = cli("import", str(fifo), *(["--format", fmt] if fmt else []))
    assert status == 1 and "a FIFO (named pipe), not a regular file" in err
    assert time.monotonic() - started < 10


def test_dev_zero_is_refused_quickly(tmp_path: Path) -> None:
    started = time.monotonic()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "annotator.cli",
            "--db",
            str(tmp_path / "x.db"),
            "import",
            "/dev/zero",
            "--format",
            "text",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    assert proc.stderr == (
        "annotator: error: /dev/zero: a character device, not a regular file: only regular "
        "files are read\n"
    )
    assert time.monotonic() - started < 60


def _bad_name(folder: Path, name: bytes) -> Path:
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), name)))
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_a_file_name_that_is_not_utf8_is_named_escaped(cli: Cli, db: str, tmp_path: Path) -> None:
    path = _bad_name(tmp_path, b"caf\xe9.txt")
    before = snapshot(db)
    status, _out, err = cli("import", str(path))
    assert status == 1
    assert "caf\\xe9.txt: the file name is not valid UTF-8 (byte 0xe9)" in err
    assert "codec" not in err and "\udce9" not in err
    assert snapshot(db) == before
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    _bad_name(folder, b"\xff.txt")
    status, _out, err = cli("import", str(folder))
    assert status == 1 and "f/\\xff.txt: the file name is not valid UTF-8 (byte 0xff)" in err


def test_json_file_with_such_a_name_imports_and_errors_stay_printable(
    tmp_path: Path, opened: Store
) -> None:
    path = _bad_name(tmp_path, b"\xfe.jsonl")
    path.write_text('{"text": "abc"}\n{"text": 5}\n', encoding="utf-8")
    with pytest.raises(FormatError) as info:
        import_paths(opened, [path])
    assert str(info.value).encode("ascii", "strict")  # printable anywhere
    assert "\\xfe.jsonl, line 2:" in str(info.value)


def test_file_and_document_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:  # 2.7 MB of Arabic in one document
        handle.write(("كلمة " * 300_000).encode("utf-8"))
    monkeypatch.setenv("ANNOTATOR_IMPORT_MAX_DOCUMENT_MB", "1")
    with pytest.raises(FormatError) as info:
        parse_path(big, "text")
    assert "the file's text is 2.7 MB, over the import limit of 1.0 MB" in info.value.reason
    assert "ANNOTATOR_IMPORT_MAX_DOCUMENT_MB" in info.value.reason
    monkeypatch.setenv("ANNOTATOR_IMPORT_MAX_FILE_MB", "2")
    monkeypatch.setenv("ANNOTATOR_IMPORT_MAX_DOCUMENT_MB", "10")
    with pytest.raises(FormatError, match=r"the file is 2\.7 MB, over the import limit of 2\.0"):
        parse_path(big, "text")
    monkeypatch.setenv("ANNOTATOR_IMPORT_MAX_FILE_MB", "lots")
    with pytest.raises(FormatError, match="ANNOTATOR_IMPORT_MAX_FILE_MB: must be a positive"):
        parse_path(big, "text")


def test_line_and_record_limits(tmp_path: Path) -> None:
    limits = ImportLimits(file_bytes=10_000_000, document_bytes=100_000)
    text = "ب" * 60_000  # 120,000 bytes of UTF-8
    jsonl = tmp_path / "r.jsonl"
    jsonl.write_text('{"text": "ok"}\n{"text": "' + text + '"}\n', encoding="utf-8")
    with pytest.raises(FormatError) as info:
        parse_path(jsonl, "jsonl", limits=limits)
    assert info.value.line == 2 and "the document's text is 120000 bytes" in info.value.reason
    escaped = tmp_path / "e.jsonl"
    escaped.write_text('{"text": "' + "\\u0628" * 60_000 + '"}\n', encoding="utf-8")
    with pytest.raises(FormatError) as info:
        parse_path(escaped, "jsonl", limits=limits)
    assert info.value.line == 1
    assert "the line is longer than 300000 bytes, the import limit for one" in info.value.reason
    conll = tmp_path / "c.conll"
    conll.write_text("".join(f"كلمة{i}\tO\n" for i in range(20_000)), encoding="utf-8")
    with pytest.raises(FormatError, match="the document's text is"):
        parse_path(conll, "conll", limits=limits)
