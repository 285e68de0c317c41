"""Database and output files: non-databases are refused clearly, read-only and full-disk
cases give clear messages, and exports never overwrite the database or leave partial
files. (Migrations of old schemas: tests/store/test_migrations.py.)"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.store import Store, StoreError
from tests.robustness import crash_worker as cw

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "content",
    [b"hello\n" * 100, b"\x00" * 5000, b"SQLite format 3\x00" + b"\x07" * 3000, b"PK\x03\x04zip"],
    ids=["text", "zeros", "corrupt", "zip"],
)
def test_not_a_database_is_a_clear_message(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "notes.annotator"
    path.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert str(path) in str(caught.value) and "not an annotator database" in str(caught.value)
    assert path.read_bytes() == content


def test_read_only_open_reads_and_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "ro.annotator"
    with Store.open(path) as store:
        store.add_label("LOC")
        doc = store.add_document("d", "في القاهرة")
        store.add_span(doc.id, "gold", 3, 10, "LOC")
    before = path.read_bytes()
    with Store.open(path, read_only=True) as store:
        assert store.read_only
        assert [s.label for s in store.spans_for(doc.id)] == ["LOC"]
        with pytest.raises(StoreError, match="read-only"):
            store.add_span(doc.id, "gold", 0, 2, "LOC")
    assert path.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to files whatever their mode")
def test_chmod_read_only_file_opens_read_only(tmp_path: Path) -> None:
    path = tmp_path / "ro.annotator"
    Store.open(path).close()
    path.chmod(0o444)
    with Store.open(path) as store:
        assert store.read_only
        with pytest.raises(StoreError, match="read-only"):
            store.add_label("X")


def test_missing_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from annotator.cli import main as cli_main

    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "no" / "such" / "db.annotator", create=False)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert cli_main(["--db", str(blocker / "db.annotator"), "labels", "add", "PER"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot create the folder" in err and str(blocker) in err


def test_full_database_is_a_clear_message_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "full.annotator"
    with Store.open(path) as store:
        store.add_label("LOC")
        pages = store.db.execute_sql("PRAGMA page_count").fetchone()[0]
        store.db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")
        before = cw.table_counts(path)
        big = [(f"doc-{i}", "في القاهرة " * 200) for i in range(200)]
        with pytest.raises(StoreError) as caught, store.atomic():
            for name, text in big:
                store.add_document(name, text)
        assert "disk is full" in str(caught.value) and str(path) in str(caught.value)
        assert cw.table_counts(path) == before
        store.add_label("PER")  # a small change still fits: the store stays usable
    assert cw.integrity_ok(path)


@pytest.fixture
def exported_db(tmp_path: Path) -> Path:
    path = tmp_path / "db.annotator"
    with Store.open(path) as store:
        store.add_label("LOC")
        for i in range(3):
            doc = store.add_document(f"d{i}", "زار الوفد القاهرة أمس")
            store.add_span(doc.id, "gold", 10, 17, "LOC")
    return path


def test_export_never_overwrites_the_database(
    exported_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from annotator.cli import main as cli_main

    link = tmp_path / "link.conll"
    link.symlink_to(exported_db)
    before = exported_db.read_bytes()
    for db_arg in (str(exported_db), f"sqlite:///{exported_db}"):
        for out in (exported_db, link, Path(str(exported_db) + "-wal")):
            assert cli_main(["--db", db_arg, "export", "--format", "conll", "-o", str(out)]) == 1
            err = capsys.readouterr().err
            assert "refusing to overwrite the open database" in err and err.count("\n") == 1
    assert exported_db.read_bytes() == before


def test_disk_full_during_export_leaves_no_file(
    exported_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    from annotator.cli import main as cli_main
    from annotator.formats import export as export_module

    def failing(handle, *args, **kwargs):
        handle.write("زار\tO\n" * 1000)  # part of the file, then the disk fills up
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_module, "_write", failing)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "gold.conll"
    status = cli_main(["--db", str(exported_db), "export", "--format", "conll", "-o", str(target)])
    err = capsys.readouterr().err
    assert status == 1 and "No space left on device" in err and err.count("\n") == 1
    assert list(out_dir.iterdir()) == []


def test_export_killed_midway_leaves_nothing_at_the_output_path(tmp_path: Path) -> None:
    db = tmp_path / "big.annotator"
    source = tmp_path / "big.jsonl"
    cw.write_import_file(source, 3000)
    with Store.open(db) as store:
        from annotator.formats.import_files import import_paths

        import_paths(store, [source], add_labels=True)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "all.conll"
    killed = 0
    left_over: set[str] = set()
    for delay in (0.05, 0.15, 0.3, 0.5):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.robustness.crash_worker", "export", str(db), str(target)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        assert proc.stdout is not None
        assert json.loads(proc.stdout.readline()) == {"ready": True}
        time.sleep(delay)
        proc.kill()
        out = proc.stdout.read()
        proc.wait(timeout=60)
        if '"done"' in out:
            assert target.read_text(encoding="utf-8").endswith("\n\n")
            target.unlink()
            continue
        killed += 1
        if target.exists():  # killed after the rename, while the folder was being flushed
            assert target.read_text(encoding="utf-8").endswith("\n\n")  # complete
            target.unlink()
        # only the hidden temporary file of the interrupted write may remain
        assert all(
            p.name.startswith(".all.conll.") and p.suffix == ".tmp" for p in out_dir.iterdir()
        )
        left_over.update(p.name for p in out_dir.iterdir())
    assert killed >= 1
    # the next export removes what the killed ones left, and leaves nothing of its own
    done = subprocess.run(
        [sys.executable, "-m", "tests.robustness.crash_worker", "export", str(db), str(target)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == {"done": True, "documents": 3000}
    assert [p.name for p in out_dir.iterdir()] == ["all.conll"]
    assert target.read_text(encoding="utf-8").endswith("\n\n")
    # (which temporaries there were depends on when the kills landed)
    assert all(name.startswith(".all.conll.") for name in left_over)


def _without_write_permission() -> list[str] | None:
    """A command prefix under which file modes are enforced: nothing for a normal user;
    for root, ``setpriv`` without the capabilities that bypass them (None: no way)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--"]


def test_database_in_a_read_only_folder_is_read(exported_db: Path, tmp_path: Path) -> None:
    """A WAL database in a folder nobody may write to (no -wal/-shm beside it, none can be
    made): the read commands work, the writes are refused as read-only, nothing changes."""
    prefix = _without_write_permission()
    if prefix is None:
        pytest.skip("root without setpriv: file modes cannot be enforced")
    folder = exported_db.parent
    before = exported_db.read_bytes()
    names = sorted(p.name for p in folder.iterdir())
    out = tmp_path.parent / f"{tmp_path.name}-ro-export.conll"
    folder.chmod(0o555)
    try:
        cli = [*prefix, sys.executable, "-m", "annotator.cli", "--db", str(exported_db)]

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run([*cli, *args], capture_output=True, text=True, timeout=60)

        stats = run("stats", "--json")
        assert stats.returncode == 0, stats.stderr
        assert json.loads(stats.stdout)["spans"] == 3
        export = run("export", "--format", "conll", "--layer", "gold", "-o", str(out))
        assert export.returncode == 0, export.stderr
        assert out.read_text(encoding="utf-8").count("B-LOC") == 3
        write = run("labels", "add", "PER")
        assert write.returncode == 1 and "read-only" in write.stderr
        assert write.stderr.count("\n") == 1
    finally:
        folder.chmod(0o755)
        out.unlink(missing_ok=True)
    assert exported_db.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == names


def test_damaged_database_is_one_line_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A database whose header is fine but whose pages are damaged: the command that
    reads them says which file is damaged, not "unexpected DatabaseError"."""
    from annotator.cli import main as cli_main

    path = tmp_path / "damaged.annotator"
    with Store.open(path) as store:
        store.add_label("LOC")
        for i in range(300):
            doc = store.add_document(f"d{i}", "زار الوفد القاهرة أمس " * 40)
        store.add_span(doc.id, "gold", 10, 17, "LOC")
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle - 40000 : middle + 40000] = b"\xde\xad\xbe\xef" * 20000
    path.write_bytes(bytes(data))
    out = tmp_path / "out.conll"
    args = ["--db", str(path), "export", "--format", "conll", "--layer", "gold", "-o", str(out)]
    assert cli_main(args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err and "malformed" in err
    assert "unexpected" not in err
    assert not out.exists()


@pytest.mark.parametrize("inside", [False, True], ids=["the-link", "below-the-link"])
def test_symlink_loop_is_named_as_such(
    inside: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A link loop (``a -> b -> a``) as the database, or as a folder on its way: the
    message says so, not SQLite's "unable to open database file"."""
    from annotator.cli import main as cli_main

    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    target = tmp_path / "a" / "db.annotator" if inside else tmp_path / "a"
    with pytest.raises(StoreError) as caught:
        Store.open(target)
    assert str(target) in str(caught.value)
    assert "too many levels of symbolic links" in str(caught.value)
    assert cli_main(["--db", str(target), "stats"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "too many levels of symbolic links" in err
    assert "unable to open" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]


def test_new_database_on_a_read_only_mount_says_the_folder_is_read_only(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a read-only tmpfs here")
    try:
        target = folder / "new.annotator"
        with pytest.raises(StoreError) as caught:
            Store.open(target)
        message = str(caught.value)
        assert message.startswith(f"cannot create {target}: ") and "read-only" in message
        assert "unable to open" not in message
        assert os.listdir(folder) == []
    finally:
        subprocess.run(["umount", str(folder)], check=True)


ADD_LABEL = ("labels", "add", "PER")  # a command that creates a missing project


def test_new_database_in_a_folder_one_may_not_write_to(tmp_path: Path) -> None:
    prefix = _without_write_permission()
    if prefix is None:
        pytest.skip("root without setpriv: file modes cannot be enforced")
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "new.annotator"
    folder.chmod(0o555)
    try:
        done = subprocess.run(
            [*prefix, sys.executable, "-m", "annotator.cli", "--db", str(target), *ADD_LABEL],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        folder.chmod(0o755)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1, done.stderr
    assert f"cannot create {target}: " in done.stderr and str(folder) in done.stderr
    assert "permission" in done.stderr and "unable to open" not in done.stderr
    assert os.listdir(folder) == []
