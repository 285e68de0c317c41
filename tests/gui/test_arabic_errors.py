"""Refusals of the store, the span rules and the importers read in Arabic in the Arabic
window: a span that clashes, a label deleted or renamed meanwhile, a label set change that
clashes, a stale guidelines edit, a database that cannot be opened, an import refusal
(file, line, reason). The command line keeps the English of the same errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from test_arabic_interface import _untranslated

from annotator.gui import plain_text
from annotator.store import Store

ARABIC = re.compile("[\u0600-\u06ff]")
TEXT = "زار الرئيس فلاديمير بوتين روسيا أمس وعاد اليوم."


def _arabic(message: str, *data: str) -> None:
    """``message`` is Arabic: nothing Latin in it beyond the allowed words and ``data``
    (label and file names, which are the user's)."""
    assert message, "no message was shown"
    assert ARABIC.search(message), message
    assert not _untranslated(message, set(data)), message


def _open(window: Any, text: str = TEXT) -> tuple[int, int]:
    info = window.store.add_document("errors", text)
    window.reload()
    window.open_document(info.id)
    start = text.index("بوتين")
    return start, start + len("بوتين")


def _status(window: Any) -> str:
    return str(window.statusBar().currentMessage())


def test_a_crossing_span_is_refused_in_arabic(arabic, make_window) -> None:
    window = make_window()
    start, end = _open(window)
    assert window.label_range(start, end, "LOC")
    before = TEXT.index("فلاديمير")
    assert not window.label_range(before, start + 2, "PERS")
    _arabic(_status(window), "LOC")


def test_a_span_on_whitespace_is_refused_in_arabic(arabic, make_window) -> None:
    window = make_window()
    start, end = _open(window)
    assert not window.label_range(start - 1, end, "LOC")
    message = _status(window)
    _arabic(message, "LOC")
    assert "whitespace" not in message


def test_a_label_deleted_by_a_colleague_is_refused_in_arabic(
    arabic, make_window, db_path: Path
) -> None:
    window = make_window()
    start, end = _open(window)
    with Store.open(db_path) as other:
        other.add_label("ORG2")
    window.poll_revision()
    with Store.open(db_path) as other:
        other.delete_label("ORG2")
    assert not window.label_range(start, end, "ORG2")
    message = _status(window)
    _arabic(message, "ORG2")
    assert "ORG2" in message


def test_a_span_removed_by_a_colleague_cannot_be_undone_in_arabic(
    arabic, make_window, db_path: Path
) -> None:
    window = make_window()
    start, end = _open(window)
    assert window.label_range(start, end, "LOC")
    span_id = window.article_view.span_at(start).id
    with Store.open(db_path) as other:
        other.remove_span(span_id)
    window.undo_stack().undo()
    _arabic(_status(window), "LOC")


def test_label_set_clashes_are_refused_in_arabic(arabic, make_window) -> None:
    from annotator.gui.dialogs.labels_dialog import LabelSetDialog

    window = make_window()
    dialog = LabelSetDialog(window.store, window, notify=lambda *_args: None)
    names = dialog.label_names()
    assert not dialog.rename_label(names[0], names[1])
    _arabic(dialog.last_error or "", *names)
    assert not dialog.add_label(names[1])
    _arabic(dialog.last_error or "", *names)
    assert not dialog.rename_label(names[0], "O")
    _arabic(dialog.last_error or "", *names, "O")
    dialog.close()


def test_a_stale_guidelines_undo_is_refused_in_arabic(
    qtbot, arabic, make_window, db_path: Path
) -> None:
    from PySide6.QtCore import Qt

    window = make_window()
    panel = window.guidelines_panel
    assert panel.set_project_text("الأولى")
    with Store.open(db_path) as other:
        other.set_guidelines("نص من زميل")
    window.poll_revision()
    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    message = _status(window)
    _arabic(message)
    assert window.store.guidelines() == "نص من زميل"


@pytest.mark.parametrize("content", [b"not a database at all, just text\n" * 40, b""])
def test_a_database_that_cannot_be_opened_is_refused_in_arabic(
    arabic, make_window, tmp_path: Path, monkeypatch, content: bytes
) -> None:
    window = make_window()
    shown: list[str] = []
    monkeypatch.setattr(plain_text, "critical", lambda _p, title, text: shown.extend([title, text]))
    target = tmp_path / "notes.db"
    if content:
        target.write_bytes(content)
    assert not window.switch_database(str(target), create=False)
    assert len(shown) == 2
    for text in shown:
        _arabic(text, str(target), "SQLite")
    assert str(target) in shown[1]


URLS = {
    "sqlite URL with a host": "sqlite://server/notes.db",
    "sqlite URL without a path": "sqlite://",
    "unsupported URL": "mysql://someone@server/notes",
    "URL without slashes": "postgresql:someone@server/notes",
    "malformed PostgreSQL URL": "postgresql://server:port/notes",
    "URL without a database": "postgresql://server",
}


@pytest.mark.parametrize("case", sorted(URLS))
def test_a_server_url_that_cannot_be_opened_is_refused_in_arabic(
    arabic, make_window, monkeypatch, case: str
) -> None:
    """File > Open server… with a mistyped URL: the refusal reads in Arabic."""
    from annotator.gui.dialogs import database

    window = make_window()
    shown: list[str] = []
    monkeypatch.setattr(plain_text, "critical", lambda _p, title, text: shown.extend([title, text]))
    monkeypatch.setattr(database.plain_text, "ask_text", lambda *_a, **_k: URLS[case])
    database.open_server(window)
    assert len(shown) == 2
    url = URLS[case].replace("someone@", "***@")
    for text in shown:
        _arabic(text, url, URLS[case], "sqlite://", "postgresql://", "***@server", "server")


def test_guideline_examples_that_cannot_be_kept_are_refused_in_arabic(arabic, make_window) -> None:
    from annotator.gui.dialogs.labels_dialog import LabelSetDialog

    window = make_window()
    dialog = LabelSetDialog(window.store, window, notify=lambda *_args: None)
    name = dialog.label_names()[0]
    for changes in (
        {"positive_examples": [f"مثال {i}" for i in range(101)]},
        {"negative_examples": [f"مثال {i}" for i in range(101)]},
        {"descriptions": {"arabic": "وصف"}},
    ):
        assert not dialog.set_guideline(name, changes)
        _arabic(dialog.last_error or "", name, "arabic", "'arabic'")
    dialog.close()


@pytest.mark.parametrize("layers", [["salma"], ["salma", "nobody"]])
def test_agreement_refusals_read_in_arabic(arabic, make_window, layers: list[str]) -> None:
    from annotator.gui.agreement_view import AgreementDialog

    window = make_window()
    window.store.add_document("errors", TEXT)
    window.store.annotator("salma")
    dialog = AgreementDialog(window.store, window, layers=layers)
    assert dialog.report is None
    known = [info.name for info in window.store.annotators()]
    _arabic(dialog.summary.text(), *layers, *known)
    dialog.close()


def test_a_training_that_cannot_open_the_database_is_refused_in_arabic(
    qtbot, arabic, tmp_path: Path
) -> None:
    """The assistant's worker process reports the store's code: the window words it."""
    from annotator.gui.training import Trainer

    target = tmp_path / "notes.db"
    target.write_bytes(b"not a database at all, just text\n" * 40)
    trainer = Trainer()
    failed: list[str] = []
    trainer.failed.connect(failed.append)
    trainer.request(str(target))
    qtbot.waitUntil(lambda: bool(failed), timeout=60000)
    _arabic(failed[0], str(target), "SQLite")


def _import_refusal(window: Any, path: Path, fmt: str) -> str:
    from annotator.gui.dialogs import import_dialog
    from annotator.gui.dialogs.import_job import ImportRequest

    reports: list[str] = []

    def report(_parent: Any, _title: str, message: str, is_error: bool) -> None:
        assert is_error
        reports.append(message)

    request = ImportRequest([path], format=fmt)
    import_dialog.execute_import(window, window.store, request, report=report)
    assert len(reports) == 1
    return reports[0]


def _record(*spans: tuple[int, int, str], text: str = "زار بوتين روسيا") -> str:
    items = [{"start": start, "end": end, "label": label} for start, end, label in spans]
    return json.dumps({"name": "خبر", "text": text, "spans": items}, ensure_ascii=False) + "\n"


CASES = {
    "missing tag": ("conll", "زار O\nبوتين\n"),
    "not a tag": ("conll", "زار O\nبوتين PERSON-X\n"),
    "bad JSON": ("jsonl", '{"text": "زار بوتين"}\n{"text": \n'),
    "no text": ("jsonl", '{"name": "a"}\n'),
    "span outside": ("jsonl", _record((4, 90, "PERS"))),
    "span on whitespace": ("jsonl", _record((3, 9, "PERS"))),
    "overlap": ("jsonl", _record((4, 12, "PERS"), (10, 15, "LOC"))),
    "empty": ("text", ""),
    "not UTF-8": ("text", b"\xff\xfe bad"),
    # JSON Lines span fields, JSON values, JSON arrays, bytes
    "offset not an integer": ("jsonl", _record(("4", 9, "PERS"))),
    "malformed span item": ("jsonl", '{"text": "زار بوتين", "spans": [[4, 9]]}\n'),
    "not a span in label": ("jsonl", '{"text": "زار بوتين", "label": [{"a": 1}]}\n'),
    "span without label": ("jsonl", _record((4, 9, " "))),
    "span text mismatch": (
        "jsonl",
        '{"text": "زار بوتين روسيا", "spans": [{"start": 4, "end": 9, "label": "PERS", '
        '"text": "روسيا"}]}\n',
    ),
    "span text not a string": (
        "jsonl",
        '{"text": "زار بوتين", "spans": [{"start": 4, "end": 9, "label": "PERS", "text": 5}]}\n',
    ),
    "spans not a list": ("jsonl", '{"text": "زار بوتين", "spans": 5}\n'),
    "NaN": ("jsonl", '{"text": "زار بوتين", "meta": {"x": NaN}}\n'),
    "huge number": ("jsonl", '{"text": "زار بوتين", "meta": {"x": 1e400}}\n'),
    "nested too deep": ("jsonl", '{"text": "زار", "meta": ' + "[" * 100000 + "]" * 100000 + "}\n"),
    "unpaired surrogate": ("jsonl", '{"text": "زار \\ud800 بوتين"}\n'),
    "only whitespace": ("jsonl", '{"text": "   "}\n'),
    "UTF-8 in JSONL": ("jsonl", b'{"text": "\xd8\xb2\xff"}\n'),
    "name not a string": ("jsonl", '{"text": "زار بوتين", "name": 5}\n'),
    "meta not an object": ("jsonl", '{"text": "زار بوتين", "meta": [5]}\n'),
    "key given twice": ("jsonl", '{"text": "زار", "text": "بوتين"}\n'),
    "task name not a string": ("labelstudio", '[{"data": {"text": "زار", "name": 5}}]'),
    "task id not a number": ("labelstudio", '[{"id": [5], "data": {"text": "زار"}}]'),
    "array comma": ("json", '[{"text": "زار"} {"text": "بوتين"}]'),
    "array unterminated": ("json", '[{"text": "زار"},'),
    "array trailing": ("json", '[{"text": "زار"}] {}'),
    "array bad JSON": ("json", '[{"text": "زار",}]'),
    # Label Studio tasks
    "task without data": ("labelstudio", "[5]"),
    "annotations not a list": ("labelstudio", '[{"data": {"text": "زار"}, "annotations": 3}]'),
    "result not a list": (
        "labelstudio",
        '[{"data": {"text": "زار"}, "annotations": [{"result": 3}]}]',
    ),
    "not a result": (
        "labelstudio",
        '[{"data": {"text": "زار"}, "annotations": [{"result": [5]}]}]',
    ),
    "result without labels": (
        "labelstudio",
        '[{"data": {"text": "زار"}, "annotations": [{"result": [{"type": "labels", '
        '"value": {"start": 0, "end": 3, "labels": []}}]}]}]',
    ),
}
DATA = ("PERS", "LOC", "PERSON-X", "UTF-8", "0xff", "O, B-X, I-X, E-X, S-X", "NaN", "1e400")
DATA += ("name", "data.name", "text", "[5]", "5")
DATA += ("spans", "label", "{'a': 1}", "[4, 9]", "'4'", "labels", "'value'", "'start'", "'end'")


@pytest.mark.parametrize("case", sorted(CASES))
def test_import_refusals_name_file_and_line_in_arabic(
    arabic, make_window, tmp_path: Path, case: str
) -> None:
    window = make_window()
    fmt, content = CASES[case]
    path = tmp_path / f"bad.{'txt' if fmt == 'text' else fmt}"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    message = _import_refusal(window, path, fmt)
    _arabic(message, str(path), *DATA)
    assert path.name in message


def _brat(tmp_path: Path, ann: str, text: str = "زار بوتين روسيا") -> Path:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "doc.ann"
    path.write_text(ann, encoding="utf-8")
    return path


BRAT = {
    "not an annotation": "X1 PERS 4 9\tبوتين\n",
    "bad offsets": "T1\tPERS 4 x\tبوتين\n",
    "offsets outside": "T1\tPERS 4 90\tبوتين\n",
    "id twice": "T1\tPERS 4 9\tبوتين\nT1\tLOC 10 15\tروسيا\n",
    "no label": "T1\t\t4 9\tبوتين\n",
    "text mismatch": "T1\tPERS 4 9\tروسيا\n",
}


@pytest.mark.parametrize("case", sorted(BRAT))
def test_brat_refusals_read_in_arabic(arabic, make_window, tmp_path: Path, case: str) -> None:
    window = make_window()
    path = _brat(tmp_path, BRAT[case])
    message = _import_refusal(window, path, "brat")
    _arabic(message, str(path), "PERS", "LOC", "T1", "x", "90")
    assert path.name in message


def test_brat_files_that_are_no_document_are_refused_in_arabic(
    arabic, make_window, tmp_path: Path
) -> None:
    window = make_window()
    lone = tmp_path / "lone.ann"
    lone.write_text("", encoding="utf-8")
    other = tmp_path / "doc.csv"
    other.write_text("a", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    for path in (lone, other, empty):
        _arabic(_import_refusal(window, path, "brat"), str(path), "lone.txt")


def test_special_files_and_limits_are_refused_in_arabic(
    arabic, make_window, tmp_path: Path, monkeypatch
) -> None:
    import os

    window = make_window()
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.jsonl"
    folder.mkdir()
    big = tmp_path / "big.jsonl"
    big.write_text('{"text": "' + "زار " * 400000 + '"}\n', encoding="utf-8")
    for path, fmt in ((fifo, "jsonl"), (folder, "jsonl"), (tmp_path / "folder.jsonl", "conll")):
        _arabic(_import_refusal(window, path, fmt), str(path), "jsonl", "conll")
    monkeypatch.setenv("ANNOTATOR_IMPORT_MAX_FILE_MB", "1")
    message = _import_refusal(window, big, "jsonl")
    _arabic(message, str(big), "$ANNOTATOR_IMPORT_MAX_FILE_MB")
    assert "MB" not in message.replace("$ANNOTATOR_IMPORT_MAX_FILE_MB", "")
    monkeypatch.setenv("ANNOTATOR_IMPORT_MAX_FILE_MB", "5")
    monkeypatch.setenv("ANNOTATOR_IMPORT_MAX_DOCUMENT_MB", "1")
    message = _import_refusal(window, big, "jsonl")
    _arabic(message, str(big), "$ANNOTATOR_IMPORT_MAX_DOCUMENT_MB")


LABEL_FILES = {
    "not JSON": "{",
    "not an object": "[]",
    "no list": "{}",
    "label not an object": '{"label_set": [5]}',
    "no name": '{"label_set": [{"color": "#ff0000"}]}',
    "bad colour": '{"label_set": [{"name": "PERS", "color": "red"}]}',
    "twice": '{"labels": ["PERS", "PERS"]}',
    "hotkey twice": '{"label_set": [{"name": "PERS", "hotkey": "p"}, '
    '{"name": "LOC", "hotkey": "p"}]}',
}


@pytest.mark.parametrize("case", sorted(LABEL_FILES))
def test_labels_file_refusals_read_in_arabic(arabic, qapp, case: str) -> None:
    """A labels file's reasons have window texts (the window shows any import error so)."""
    from annotator.formats.errors import FormatError
    from annotator.formats.labels_file import parse_labels_text
    from annotator.gui.error_text import error_text

    with pytest.raises(FormatError) as caught:
        parse_labels_text(LABEL_FILES[case], "labels.json")
    _arabic(error_text(caught.value), "labels.json", "PERS", "LOC", "red", "p", "#rrggbb")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(Path(sys.executable).with_name("annotator")), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_command_line_keeps_the_english_messages(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    bad = tmp_path / "bad.conll"
    bad.write_text("زار O\nبوتين\n", encoding="utf-8")
    done = _cli("import", "--db", str(db), str(bad), "--format", "conll")
    assert done.returncode == 1
    assert done.stderr.strip().endswith(f"{bad}, line 2: missing tag after token 'بوتين'")
    with Store.open(db, create=True) as store:
        store.add_label("PERS")
        store.add_label("LOC")
    done = _cli("labels", "edit", "--db", str(db), "PERS", "--rename", "LOC")
    assert done.returncode == 1
    assert done.stderr.strip().endswith("label 'LOC' already exists"), done.stderr


def test_every_error_code_the_domain_raises_has_a_window_text() -> None:
    """A code given to a store, span or import error (``StoreError(message, "code")``)
    has a template in the window's table, so a new refusal cannot slip in English only."""
    import ast

    from annotator.gui.error_text import TEXTS

    code_arg = {"StoreError": 1, "SpanRefused": 1, "LostConnection": 1, "SpanError": 3}
    code_arg["FormatError"] = 3
    code_arg["AgreementError"] = 1
    package = Path(__file__).resolve().parents[2] / "annotator"
    codes: dict[str, str] = {}
    for path in package.rglob("*.py"):
        if "gui" in path.relative_to(package).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            index = code_arg.get(name)
            if index is not None and len(node.args) > index:
                code = node.args[index]
                if isinstance(code, ast.Constant) and isinstance(code.value, str):
                    codes[code.value] = f"{path.name}:{node.lineno}"
    assert len(codes) > 40
    assert {code: where for code, where in codes.items() if code not in TEXTS} == {}


def test_the_command_line_keeps_the_english_import_reasons(tmp_path: Path) -> None:
    """The reasons given codes above read on the command line as they always did."""
    db = tmp_path / "p.db"
    with Store.open(db, create=True) as store:
        store.add_label("PERS")
    jsonl = tmp_path / "bad.jsonl"
    jsonl.write_text(_record(("4", 9, "PERS")), encoding="utf-8")
    brat = _brat(tmp_path, "T1\tPERS 4 x\tبوتين\n")
    array = tmp_path / "bad.json"
    array.write_text('[{"text": "زار"} {"text": "بوتين"}]', encoding="utf-8")
    folder = tmp_path / "folder.jsonl"
    folder.mkdir()
    expected = {
        jsonl: f"{jsonl}, line 1: span start must be an integer, not '4'",
        brat: f"{brat}, line 1: expected offsets like 'START END', not '4 x'",
        array: f"{array}, line 1: invalid JSON (expected ',' or ']')",
        folder: f"{folder}: a folder can only be imported as text or brat, not jsonl",
    }
    for path, message in expected.items():
        fmt = ["--format", "jsonl"] if path == folder else []
        done = _cli("import", "--db", str(db), str(path), *fmt)
        assert done.returncode == 1
        assert done.stderr.strip().endswith(message), done.stderr


def test_the_command_line_keeps_the_english_url_and_guideline_reasons(tmp_path: Path) -> None:
    done = _cli("stats", "--db", "sqlite://server/notes.db")
    assert done.returncode == 1
    expected = (
        "sqlite://server/notes.db: a sqlite URL names no host: sqlite:///relative/path "
        "or sqlite:////absolute/path"
    )
    assert done.stderr.strip().endswith(expected), done.stderr
    done = _cli("stats", "--db", "postgresql://server")
    assert done.returncode == 1
    expected = "postgresql://server: the URL names no database (postgresql://host/dbname)"
    assert done.stderr.strip().endswith(expected), done.stderr


def test_the_command_line_keeps_the_english_agreement_reasons(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    with Store.open(db, create=True) as store:
        store.annotator("salma")
    done = _cli("agreement", "--db", str(db), "--layers", "salma")
    assert done.returncode == 1
    assert done.stderr.strip().endswith("agreement needs at least two layers"), done.stderr
    done = _cli("agreement", "--db", str(db), "--layers", "salma,nobody")
    assert done.returncode == 1
    assert done.stderr.strip().endswith("unknown layer 'nobody' (known: salma)"), done.stderr


def test_an_empty_list_in_a_refusal_reads_none(arabic, qapp) -> None:
    """A refusal listing nothing (no layer is known yet) says so in words, as the command
    line's "(known: none)" does, rather than showing empty brackets."""
    from annotator.gui.error_text import reason_text

    shown = reason_text("unknown_layer", {"layers": ["salma"], "known": []})
    assert shown is not None
    _arabic(shown, "salma")
    listed = shown[shown.rindex(":") + 1 : shown.rindex(")")]
    assert ARABIC.search(listed), shown


def test_an_empty_list_in_an_english_refusal_reads_none(qapp) -> None:
    from annotator.gui.error_text import reason_text

    shown = reason_text("unknown_layer", {"layers": ["salma"], "known": []})
    assert shown == "unknown layer salma (known: none)"


SCHEMAS = Path(__file__).resolve().parent.parent / "data" / "schemas"


def _dump(path: Path) -> list[str]:
    import sqlite3

    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def _failing_backup(monkeypatch) -> None:
    """The backup's copy fails as a disk failing mid-copy would (other connects work)."""
    import sqlite3

    connect = sqlite3.connect

    def failing(target: object, *args: object, **kwargs: object) -> Any:
        if str(target).endswith(".partial"):
            raise sqlite3.OperationalError("disk I/O error")
        return connect(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", failing)


def _failing_migration(monkeypatch) -> None:
    import peewee as pw

    from annotator.store import migrations

    def apply(_db: object) -> None:
        raise pw.OperationalError("database or disk is full")

    monkeypatch.setattr(migrations.load()[-1], "apply", apply)


@pytest.mark.parametrize("step", ["backup", "upgrade"])
@pytest.mark.parametrize("language", ["ar", "en"])
def test_an_upgrade_that_fails_is_refused_and_keeps_the_old_file(
    qapp, make_window, tmp_path: Path, monkeypatch, step: str, language: str
) -> None:
    """Opening a project of an older schema when the backup copy or the upgrade itself
    fails (a disk that fails mid-copy, a full disk): the window says so in its language,
    stays on the project it had, and the old file is left as it was, with no backup or
    partial copy beside it."""
    from annotator.gui import i18n

    window = make_window()
    before = window.store
    target = tmp_path / "old.annotator"
    target.write_bytes((SCHEMAS / "v10.annotator").read_bytes())
    original = _dump(target)
    if step == "backup":
        _failing_backup(monkeypatch)
    else:
        _failing_migration(monkeypatch)
    shown: list[str] = []
    monkeypatch.setattr(plain_text, "critical", lambda _p, title, text: shown.extend([title, text]))
    i18n.apply(language)
    try:
        assert not window.switch_database(str(target), create=False)
    finally:
        i18n.apply("en")
    assert len(shown) == 2, shown
    reason = "disk I/O error" if step == "backup" else "database or disk is full"
    assert reason in shown[1]
    if language == "ar":
        for text in shown:
            _arabic(text, str(target), str(tmp_path / "old.backup-v10.annotator"), reason)
    else:
        word = "back up" if step == "backup" else "upgrading"
        assert word in shown[1], shown
    assert window.store is before
    assert _dump(target) == original  # the same rows (the open may have set WAL mode)
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("old."))
    if step == "backup":
        assert [n for n in leftovers if not n.endswith(("-wal", "-shm"))] == ["old.annotator"]
    else:
        assert _dump(tmp_path / "old.backup-v10.annotator") == original
