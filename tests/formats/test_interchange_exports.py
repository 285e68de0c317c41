"""Label Studio export (tasks + labelling config, round trip through our Label Studio
import) and the Hugging Face dataset folder (``datasets.load_dataset(DIR)``, no arguments)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from format_helpers import Cli
from interchange_data import seeds_db, wojood_db

from annotator.store import Store


def _spans(db: str, layer: str) -> dict[str, list[tuple[int, int, str]]]:
    with Store.open(db) as store:
        docs = store.documents()
        by_doc = store.spans_by_document([d.id for d in docs], layer)
        return {
            d.name: sorted((s.start, s.end, s.label) for s in by_doc.get(d.id, [])) for d in docs
        }


# --- Label Studio ----------------------------------------------------------------------------


def test_labelstudio_tasks_match_the_config_written_beside_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, count = seeds_db(tmp_path / "c.db")
    with Store.open(db) as store:
        store.add_label('A&B<"x">', color="#123456")  # a name XML must escape
    out = tmp_path / "ls" / "tasks.json"
    Cli(db, capsys).ok("export", "--format", "labelstudio", "-o", str(out))
    config = ET.parse(out.with_name("tasks.labelstudio-config.xml")).getroot()  # noqa: S314 (our own file)
    labels_tag = config.find("Labels")
    text_tag = config.find("Text")
    assert labels_tag is not None and text_tag is not None
    values = {tag.get("value"): tag.get("background") for tag in labels_tag.iter("Label")}
    assert values == {
        "PERS": "#e57373",
        "LOC": "#64b5f6",
        "ORG": "#81c784",
        "MISC": "#ffb74d",
        'A&B<"x">': "#123456",
    }
    assert text_tag.get("value") == "$text"
    tasks = json.loads(out.read_text(encoding="utf-8"))
    assert len(tasks) == 5
    regions = [r for task in tasks for a in task["annotations"] for r in a["result"]]
    assert len(regions) == count
    assert len({r["id"] for r in regions}) == count
    for task in tasks:
        (annotation,) = task["annotations"]
        for region in annotation["result"]:
            assert region["type"] == "labels"
            assert region["from_name"] == labels_tag.get("name")
            assert region["to_name"] == labels_tag.get("toName") == text_tag.get("name")
            value = region["value"]
            assert task["data"]["text"][value["start"] : value["end"]] == value["text"]
            assert value["labels"][0] in values


def test_labelstudio_export_imports_back_to_the_same_spans(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = wojood_db(tmp_path / "w.db")  # nested spans, several on the same tokens
    out = tmp_path / "tasks.json"
    Cli(db, capsys).ok("export", "--format", "labelstudio", "-o", str(out))
    again = Cli(str(tmp_path / "again.db"), capsys)
    report = again.ok("import", str(out), "--policy", "nested", "--add-labels")
    assert "skipped" not in report
    assert _spans(str(tmp_path / "again.db"), "imported") == _spans(db, "imported")


def test_labelstudio_split_puts_the_config_in_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _count = seeds_db(tmp_path / "c.db")
    out = tmp_path / "parts"
    Cli(db, capsys).ok("export", "--format", "labelstudio", "--split", "80/20", "-o", str(out))
    assert sorted(p.name for p in out.iterdir()) == [
        "labelstudio-config.xml",
        "test.json",
        "train.json",
    ]


# --- Hugging Face dataset folder ---------------------------------------------------------------


@pytest.fixture
def offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))


def _tag_names(db: str) -> list[str]:
    with Store.open(db) as store:
        names = [label.name for label in store.labels()]
    return ["O"] + [f"{p}-{n}" for n in names for p in ("B", "I")]


@pytest.mark.consumers
def test_load_dataset_on_the_folder_gives_the_features(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], offline: None
) -> None:
    from datasets import ClassLabel, Value, load_dataset

    db, count = seeds_db(tmp_path / "c.db")
    out = tmp_path / "dataset"
    Cli(db, capsys).ok("export", "--format", "hf-folder", "--split", "60/20/20", "-o", str(out))
    assert sorted(p.name for p in out.iterdir()) == [
        "README.md",
        "test.jsonl",
        "train.jsonl",
        "validation.jsonl",
    ]
    dataset = load_dataset(str(out))
    assert sorted(dataset) == ["test", "train", "validation"]
    features = dataset["train"].features
    assert features["id"] == Value("string")
    assert features["tokens"].feature == Value("string")
    tags = features["ner_tags"].feature
    assert isinstance(tags, ClassLabel)
    assert tags.names == _tag_names(db)
    begins = 0
    for split in dataset.values():
        assert split.features == features
        for row in split:
            assert len(row["tokens"]) == len(row["ner_tags"])
            begins += sum(tags.names[i].startswith("B-") for i in row["ner_tags"])
    assert begins == count


@pytest.mark.consumers
def test_without_split_the_folder_has_a_train_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], offline: None
) -> None:
    from datasets import load_dataset

    db, _count = seeds_db(tmp_path / "c.db")
    out = tmp_path / "dataset"
    cli = Cli(db, capsys)
    cli.ok("export", "--format", "hf-folder", "--hf-unit", "document", "-o", str(out))
    assert sorted(p.name for p in out.iterdir()) == ["README.md", "train.jsonl"]
    card = (out / "README.md").read_text(encoding="utf-8")
    assert card.startswith("---\nlanguage:\n- ar\nlicense: null")
    dataset = load_dataset(str(out))
    assert list(dataset) == ["train"]
    assert dataset["train"].num_rows == 5  # one row per document
    assert dataset["train"].features["ner_tags"].feature.names == _tag_names(db)


@pytest.mark.consumers
def test_a_split_part_without_documents_is_left_out_of_the_card(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], offline: None
) -> None:
    """80/10/10 of the five seeds gives validation no document: datasets cannot load a
    split declared with an empty file ("corresponds to no data"), so the card omits it."""
    from datasets import load_dataset

    db, _count = seeds_db(tmp_path / "c.db")
    out = tmp_path / "dataset"
    status, _out, err = Cli(db, capsys)(
        "export",
        "--format",
        "hf-folder",
        "--split",
        "80/10/10",
        "--hf-unit",
        "document",
        "-o",
        str(out),
    )
    assert status == 0, err
    assert (out / "validation.jsonl").read_text(encoding="utf-8") == ""
    dataset = load_dataset(str(out))
    assert sorted(dataset) == ["test", "train"]
    assert dataset["train"].num_rows + dataset["test"].num_rows == 5
    assert "validation" in err and "no documents" in err


def test_exports_of_nested_spans_say_how_many_ner_tags_leave_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = wojood_db(tmp_path / "w.db")
    with Store.open(db) as store:
        inner = 0
        for doc in store.documents():
            spans = store.spans_for(doc.id, "imported")
            inner += sum(
                any(o is not s and o.start <= s.start and s.end <= o.end for o in spans)
                for s in spans
            )
    assert inner > 0
    # jsonl and json records carry ner_tags too (every span stays in their spans)
    for fmt in ("hf", "hf-folder", "jsonl", "json"):
        status, _out, err = Cli(db, capsys)("export", "--format", fmt, "-o", str(tmp_path / fmt))
        assert status == 0, err
        assert f"ner_tags hold the outermost ones only, {inner} spans inside others left out" in err
        records = tmp_path / fmt
        if fmt in ("jsonl", "json"):
            text = records.read_text(encoding="utf-8")
            rows = json.loads(text) if fmt == "json" else [json.loads(x) for x in text.splitlines()]
            assert sum(len(r["spans"]) for r in rows) == sum(len(r["label"]) for r in rows)
            assert "in spans" in err
