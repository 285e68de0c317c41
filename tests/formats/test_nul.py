"""NUL characters (U+0000): PostgreSQL cannot store them, so every importer refuses them on
every backend, naming the file and line, before anything is written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from annotator.formats.common import FormatError, NulCharacterError
from annotator.formats.import_files import import_paths


def _record(text: str, **more: Any) -> str:
    return json.dumps({"text": text, **more}, ensure_ascii=False)


GOOD = _record("زار بوتين موسكو", name="ok", label=[[4, 9, "PER"]])
TASK = {
    "id": 7,
    "data": {"text": "زار بوتين\u0000 موسكو"},
    "annotations": [
        {"result": [{"value": {"start": 4, "end": 9, "text": "بوتين", "labels": ["PER"]}}]}
    ],
}

# name: (file name, content, format, line, what the message says after "at line N")
CASES: dict[str, tuple[str, str, str | None, int, str]] = {
    "text": ("news.txt", "سطر أول\nفي\x00القاهرة\n", "text", 2, ", column 3:"),
    "text_crlf_bom": ("crlf.txt", "\ufeffa\r\nb\r\ncc\x00\r\n", "text", 3, ", column 3:"),
    "text_cr_only": ("cr.txt", "a\rb\r\x00c", None, 3, ", column 1:"),
    "conll": ("news.conll", "زار\tO\nبو\x00تين\tB-PER\n\n", "conll", 2, ", column 3:"),
    "jsonl_raw_byte": (
        "raw.jsonl",
        GOOD + "\n" + '{"text": "a\x00b"}\n',
        "jsonl",
        2,
        ", column 12:",
    ),
    "jsonl_text": (
        "text.jsonl",
        GOOD + "\n" + _record("في\u0000القاهرة", name="bad") + "\n",
        "jsonl",
        2,
        " (in the record's text, character 2):",
    ),
    "jsonl_name": (
        "name.jsonl",
        _record("في القاهرة", name="a\u0000b") + "\n",
        None,
        1,
        " (in the record's name, character 1):",
    ),
    "doccano_label": (
        "label.jsonl",
        _record("في القاهرة", label=[[3, 10, "LO\u0000C"]]) + "\n",
        "doccano",
        1,
        " (in the label of span 3-10, character 2):",
    ),
    "json_array": (
        "array.json",
        "[\n" + GOOD + ",\n" + _record("a\u0000") + "\n]\n",
        "json",
        3,
        " (in the record's text, character 1):",
    ),
    "labelstudio": (
        "tasks.json",
        json.dumps([TASK], ensure_ascii=False, indent=1),
        "labelstudio",
        2,
        " (in the record's text, character 9):",
    ),
}


def _snapshot(store: Any) -> tuple[Any, ...]:
    return (
        [d.name for d in store.documents()],
        [label.name for label in store.labels()],
        store.revision(),
    )


@pytest.mark.parametrize("case", sorted(CASES))
def test_nul_is_refused_with_file_and_line(store: Any, tmp_path: Path, case: str) -> None:
    name, content, fmt, line, detail = CASES[case]
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8"))
    before = _snapshot(store)
    with pytest.raises(NulCharacterError) as caught:
        import_paths(store, [path], fmt=fmt, add_labels=True)
    error = caught.value
    assert isinstance(error, FormatError)
    assert (error.file, error.line) == (str(path), line)
    assert str(error).startswith(f"{path}: NUL character (U+0000) at line {line}{detail} ")
    assert "PostgreSQL" in str(error)
    assert _snapshot(store) == before


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_same_files_without_nul_import(store: Any, tmp_path: Path, case: str) -> None:
    """The refusal above is about the NUL alone: without it each file imports."""
    name, content, fmt, _line, _detail = CASES[case]
    path = tmp_path / name
    path.write_bytes(content.replace("\x00", "").replace("\\u0000", "").encode("utf-8"))
    report = import_paths(store, [path], fmt=fmt, add_labels=True)
    assert report.documents_created >= 1
    for doc in store.documents():
        assert "\x00" not in store.document(doc.id).text


def test_escaped_nul_in_meta_is_stored_on_every_backend(store: Any, tmp_path: Path) -> None:
    """Meta is kept as JSON text, where U+0000 stays the escape ``\\u0000``."""
    path = tmp_path / "meta.jsonl"
    path.write_text(_record("في القاهرة", name="m", meta={"note": "a\u0000b"}) + "\n")
    import_paths(store, [path])
    (doc,) = store.documents()
    assert store.document(doc.id).meta == {"note": "a\u0000b"}


def test_the_cli_prints_the_nul_error_on_one_line(tmp_path: Path, capsys) -> None:
    from annotator.cli import main as cli_main

    path = tmp_path / "news.txt"
    path.write_bytes("في\x00القاهرة".encode())
    assert cli_main(["--db", str(tmp_path / "db.annotator"), "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"annotator: error: {path}: NUL character (U+0000) at line 1, column 3: imported "
        "text may not contain it (PostgreSQL cannot store it); remove it from the file\n"
    )
