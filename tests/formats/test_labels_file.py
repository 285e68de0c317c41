"""Guidelines travel with the data: the labels file beside JSON exports carries them,
``annotator labels --json`` lists them, ``annotator labels import FILE`` restores them
(validated with file, line and reason; all or nothing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.formats.errors import FormatError
from annotator.formats.export import ExportOptions, export
from annotator.formats.labels_file import parse_labels_text
from annotator.store import LabelInfo, Store

GUIDE = "علّم الاسم كاملاً، دون حرف الجر الملتصق به."


def _labelled(url: str) -> None:
    with Store.open(url) as store:
        store.apply_preset("anercorp")
        store.update_label(
            "PERS",
            descriptions={"ar": "أسماء الأشخاص فقط"},
            positive_examples=["محمد في «زار محمد القاهرة»"],
            negative_examples=["المصري (صفة)"],
        )
        store.set_guidelines(GUIDE)
        doc = store.add_document("a", "زار محمد القاهرة")
        store.add_span(doc.id, "gold", 4, 8, "PERS")


def _plain(label: LabelInfo) -> tuple[object, ...]:
    return (
        label.name,
        label.color,
        label.hotkey,
        label.descriptions,
        label.positive_examples,
        label.negative_examples,
    )


def _labels(url: str) -> list[tuple[object, ...]]:
    with Store.open(url) as store:
        return [_plain(label) for label in store.labels()]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_the_export_labels_file_carries_the_guidelines_and_restores_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "a.annotator")
    _labelled(db)
    with Store.open(db) as store:
        export(store, ExportOptions(format="jsonl"), tmp_path / "out" / "all.jsonl")
    written = next((tmp_path / "out").glob("*labels.json"))
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["labels"] == ["PERS", "LOC", "ORG", "MISC"]
    assert data["ner_tags"][:3] == ["O", "B-PERS", "I-PERS"]
    assert data["guidelines"] == GUIDE
    pers = data["label_set"][0]
    assert (pers["name"], pers["hotkey"], pers["color"]) == ("PERS", "1", "#e57373")
    assert pers["descriptions"]["ar"] == "أسماء الأشخاص فقط"
    assert pers["descriptions"]["en"].startswith("Names of people")
    assert pers["positive_examples"] == ["محمد في «زار محمد القاهرة»"]
    assert pers["negative_examples"] == ["المصري (صفة)"]

    fresh = str(tmp_path / "b.annotator")
    status, out, err = _run(capsys, "--db", fresh, "labels", "import", str(written))
    assert (status, err) == (0, "")
    assert out.splitlines()[0] == "4 labels added, 0 updated; project guidelines restored"
    assert _labels(fresh) == _labels(db)
    with Store.open(fresh) as store:
        assert store.guidelines() == GUIDE


def test_labels_json_lists_the_guidelines_and_imports_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "a.annotator")
    _labelled(db)
    status, out, _ = _run(capsys, "--db", db, "labels", "--json")
    assert status == 0
    data = json.loads(out)
    assert [x["name"] for x in data["label_set"]] == ["PERS", "LOC", "ORG", "MISC"]
    assert data["label_set"][0]["descriptions"]["ar"] == "أسماء الأشخاص فقط"
    assert data["guidelines"] == GUIDE
    listing = tmp_path / "labels.json"
    listing.write_text(out, encoding="utf-8")
    # another project with its own labels: the file's come first, the others stay
    other = str(tmp_path / "c.annotator")
    with Store.open(other) as store:
        store.add_label("EVENT", hotkey="1")  # holds PERS's hotkey
        store.add_label("LOC", color="#000000")
        store.update_label("LOC", descriptions={"fr": "lieux"})
    status, out, _ = _run(capsys, "--db", other, "labels", "import", str(listing))
    assert status == 0
    assert out.splitlines()[0] == (
        "3 labels added, 1 updated; project guidelines restored; "
        "hotkey '1' of 'PERS' not set: 'EVENT' has it"
    )
    with Store.open(other) as store:
        labels = {label.name: label for label in store.labels()}
        assert [label.name for label in store.labels()] == ["PERS", "LOC", "ORG", "MISC", "EVENT"]
        assert labels["LOC"].color == "#64b5f6"
        assert "fr" not in labels["LOC"].descriptions  # restored as the file has it
        assert labels["PERS"].hotkey is None and labels["EVENT"].hotkey == "1"
        assert labels["LOC"].hotkey == "2"


def test_a_names_only_labels_file_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "labels.json"
    path.write_text('{"labels": ["PER", "LOC"], "ner_tags": ["O"]}\n', encoding="utf-8")
    db = str(tmp_path / "a.annotator")
    assert _run(capsys, "--db", db, "labels", "import", str(path))[0] == 0
    with Store.open(db) as store:
        assert [label.name for label in store.labels()] == ["PER", "LOC"]
        assert store.guidelines() == ""


BAD_FILES = [
    ("[1, 2]\n", 1, "a labels file is a JSON object"),
    (
        '{"label_set": [\n  {"name": "A"},\n  {"name": "A B"}\n]}\n',
        3,
        "label 2 ('A B'): invalid label name",
    ),
    (
        '{\n "label_set": [\n  {\n   "name": "PERS",\n   "color": "red"\n  }\n ]\n}\n',
        5,
        "label 1 ('PERS'): invalid colour 'red'",
    ),
    ('{"label_set": [\n {"name": "A"},\n {"name": "A"}\n]}', 3, "appears twice (first at line 2)"),
    (
        '{"label_set": [\n {"name": "A", "hotkey": "1"},\n {"name": "B", "hotkey": "1"}]}',
        3,
        "'1' is given to 'A' too",
    ),
    ('{"label_set": [\n {"color": "#ffffff"}]}', 2, 'label 1: no "name"'),
    (
        '{"label_set": [{"name": "A",\n "descriptions": {"en": 5}}]}',
        2,
        "en description: it must be text",
    ),
    (
        '{"label_set": [{"name": "A",\n\n "positive_examples": ["x\\ny"]}]}',
        3,
        "an example is one line",
    ),
    ('{"guidelines": 3,\n "labels": []}', 1, "invalid guideline text"),
    ('{"labels": [\n "A",\n "O"]}', 3, "it is the outside tag"),
    ('{"label_set": {}}', 1, '"label_set" must be a list'),
    ('{"label_set": [\n', 2, "not JSON"),
    ('{"other": 1}', 1, "not a labels file"),
    ('{"labels": ' + "[" * 100_000 + "]" * 100_000 + "}", 1, "nested too deeply"),
    # a key given twice was read last-wins: the label "A" became "B"
    ('{"label_set": [\n {"name": "X"},\n {"name": "A",\n  "name": "B"}]}', 4, '"name" is given'),
    ('{"labels": ["A"],\n "labels": ["B"]}', 2, 'the key "labels" is given twice'),
    (
        '{"label_set": [{"name": "A",\n "descriptions": {"en": "x", "en": "y"}}]}',
        2,
        'the key "en" is given twice',
    ),
]


@pytest.mark.parametrize(("text", "line", "reason"), BAD_FILES)
def test_bad_files_name_the_line_and_reason(text: str, line: int, reason: str) -> None:
    with pytest.raises(FormatError) as caught:
        parse_labels_text(text, "labels.json")
    assert caught.value.line == line
    assert caught.value.file == "labels.json"
    assert reason in caught.value.reason


def test_a_bad_file_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "a.annotator")
    _labelled(db)
    before = _labels(db)
    path = tmp_path / "bad.json"
    path.write_text(
        '{"guidelines": "new",\n "label_set": [\n  {"name": "NEW"},\n  {"name": "PERS", '
        '"color": "#12"}\n ]\n}\n',
        encoding="utf-8",
    )
    status, out, err = _run(capsys, "--db", db, "labels", "import", str(path))
    assert (status, out) == (1, "")
    assert err == (
        f"annotator: error: {path}, line 4: label 2 ('PERS'): invalid colour '#12': use #rrggbb\n"
    )
    assert _labels(db) == before
    with Store.open(db) as store:
        assert store.guidelines() == GUIDE


def test_a_refusal_while_applying_rolls_everything_back(tmp_path: Path) -> None:
    """A refusal while applying (here: of the last step, the guideline text) leaves
    nothing of the import behind."""
    from annotator.formats.labels_file import apply_label_set

    db = str(tmp_path / "a.annotator")
    _labelled(db)
    before = _labels(db)
    parsed = parse_labels_text(
        '{"guidelines": "' + "x" * 10 + '", "label_set": [{"name": "NEW"}, {"name": "PERS"}]}',
        "f.json",
    )
    with Store.open(db) as store:

        def refuse(text: str) -> str:
            raise FormatError("f.json", None, "refused")

        store.set_guidelines = refuse  # type: ignore[method-assign]
        with pytest.raises(FormatError):
            apply_label_set(store, parsed)
    assert _labels(db) == before


def test_a_folder_is_refused_by_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``labels import FOLDER`` said "6: Is a directory" (a file descriptor, not the name)."""
    db = str(tmp_path / "a.annotator")
    folder = tmp_path / "labels.json"
    folder.mkdir()
    status, out, err = _run(capsys, "--db", db, "labels", "import", str(folder))
    assert (status, out) == (1, "")
    assert err == f"annotator: error: {folder}: a folder, not a file\n"


@pytest.mark.parametrize("empty", ["", "  \n "])
def test_a_file_without_project_text_keeps_the_project_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], empty: str
) -> None:
    """The labels file of a project with no guideline text says ``"guidelines": ""``;
    restoring its label set in another project wiped that project's text and reported
    "project guidelines restored" (README: the text is replaced when the file has one)."""
    path = tmp_path / "labels.json"
    path.write_text(json.dumps({"guidelines": empty, "label_set": [{"name": "NEW"}]}))
    db = str(tmp_path / "a.annotator")
    _labelled(db)
    status, out, _ = _run(capsys, "--db", db, "labels", "import", str(path))
    assert (status, out.splitlines()[0]) == (0, "1 label added, 0 updated")
    with Store.open(db) as store:
        assert store.guidelines() == GUIDE
