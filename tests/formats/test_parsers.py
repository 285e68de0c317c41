"""Parsing only (nothing written): offsets, names, line numbers in errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.formats.common import FormatError, guess_format, normalisation_map
from annotator.formats.conll import parse_conll
from annotator.formats.jsonl import parse_jsonl
from annotator.formats.labelstudio import parse_labelstudio
from annotator.formats.text import parse_text


def spans_of(doc) -> list[tuple[str, str]]:
    return [(doc.text[s.start : s.end], s.label) for s in doc.spans]


def test_text_folder_names_are_relative_paths(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.txt").write_bytes("\ufeffسطر\r\nثان".encode())
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "ignored.md").write_text("no", encoding="utf-8")
    docs = parse_text(tmp_path).documents
    assert [(d.name, d.text) for d in docs] == [("a", "نص"), ("b/x", "سطر\nثان")]


def test_text_invalid_utf8_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes("سطر\nثان ".encode() + b"\xff\n")
    with pytest.raises(FormatError) as info:
        parse_text(bad)
    assert info.value.line == 2
    assert "bad.txt" in str(info.value) and "UTF-8" in str(info.value)


def test_jsonl_own_shape_doccano_and_entities(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    records = [
        {
            "name": "one",
            "text": "زار بوتين موسكو",
            "spans": [{"start": 4, "end": 9, "label": "PERS", "text": "بوتين"}],
        },
        {"text": "في موسكو", "label": [[3, 8, "LOC"]]},
        {"text": "في بكين", "entities": [{"start_offset": 3, "end_offset": 7, "label": "LOC"}]},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    docs = parse_jsonl(path).documents
    assert [spans_of(d) for d in docs] == [
        [("بوتين", "PERS")],
        [("موسكو", "LOC")],
        [("بكين", "LOC")],
    ]
    assert docs[0].name == "one"
    assert docs[1].name.startswith("doc-") and docs[1].name != docs[2].name


def test_jsonl_crlf_and_bom_offsets_are_remapped(tmp_path: Path) -> None:
    raw = "\ufeffسطر\r\nبوتين هنا"
    start = raw.index("بوتين")
    path = tmp_path / "in.jsonl"
    record = {"text": raw, "label": [[start, start + 5, "PERS"]]}
    path.write_text(json.dumps(record) + "\n")
    (doc,) = parse_jsonl(path).documents
    assert doc.text == "سطر\nبوتين هنا"
    assert spans_of(doc) == [("بوتين", "PERS")]


def test_normalisation_map_identity_is_none() -> None:
    assert normalisation_map("abc") is None
    assert normalisation_map("a\r\nb") == [0, 1, 1, 2, 3]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"text": "abc", "label": [[0, 9, "X"]]}', "outside the text"),
        ('{"text": "abc", "label": [[2, 1, "X"]]}', "span 2-1 is empty: its start must come"),
        ('{"text": "abc", "label": [[1, 1, "X"]]}', "span 1-1 is empty"),
        ('{"text": " \\u00a0\\n"}', "the record's text holds only whitespace"),
        ('{"text": ""}', "the record's text is empty"),
        ('{"text": "abc", "label": [[0, "1", "X"]]}', "must be an integer"),
        (
            '{"text": "abc", "spans": [{"start": 0, "end": 1, "label": "X", "text": "b"}]}',
            "does not match",
        ),
        ('{"text": "abc", "label": [[0, 1, ', "invalid JSON"),
        ('["not", "an", "object"]', "JSON object"),
    ],
)
def test_jsonl_errors_name_the_line(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok"}\n\n' + line + "\n")
    with pytest.raises(FormatError) as info:
        parse_jsonl(path)
    assert info.value.line == 3
    assert reason in info.value.reason


def test_json_array_reports_record_lines(tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_text('[\n  {"text": "ab"},\n  {"text": "cd",\n   "label": [[0, 5, "X"]]}\n]\n')
    with pytest.raises(FormatError) as info:
        parse_jsonl(path)
    assert info.value.line == 3


def test_labelstudio_first_annotation_and_utf16_offsets(tmp_path: Path) -> None:
    text = "😀 زار بوتين"
    # Label Studio counts UTF-16 units: the emoji is two of them.
    tasks = [
        {
            "id": 7,
            "data": {"text": text},
            "annotations": [
                {"was_cancelled": True, "result": []},
                {
                    "completed_by": 1,
                    "result": [
                        {
                            "type": "labels",
                            "value": {"start": 7, "end": 12, "text": "بوتين", "labels": ["PERS"]},
                        },
                        {"type": "choices", "value": {"choices": ["news"]}},
                    ],
                },
            ],
        },
    ]
    path = tmp_path / "ls.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False))
    assert guess_format(path) == "labelstudio"
    (doc,) = parse_labelstudio(path).documents
    assert doc.name == "task-7"
    assert spans_of(doc) == [("بوتين", "PERS")]


CONLL = (
    "\ufeff-DOCSTART- -X- O O\r\n"
    "\r\n"
    "# sent_id = 1\r\n"
    "زار\t_\t_\tO\r\n"
    "فلاديمير\t_\t_\tB-PERS\r\n"
    "بوتين\t_\t_\tI-PERS\r\n"
    "\t\r\n"
    "#\tO\r\n"
    "موسكو\t_\t_\tI-LOC\r\n"
    "-DOCSTART- -X- O O\r\n"
    "\r\n"
    "كوريا B-LOC\r\n"
    "الشمالية I-LOC\r\n"
)


def test_conll_documents_text_and_spans(tmp_path: Path) -> None:
    path = tmp_path / "news.conll"
    path.write_bytes(CONLL.encode())
    result = parse_conll(path)
    first, second = result.documents
    assert (first.name, second.name) == ("news-1", "news-2")
    # "#\tO" is a token "#" (its last column is a tag), not a comment.
    assert first.text == "زار فلاديمير بوتين\n# موسكو"
    assert spans_of(first) == [("فلاديمير بوتين", "PERS"), ("موسكو", "LOC")]
    assert second.text == "كوريا الشمالية"
    assert spans_of(second) == [("كوريا الشمالية", "LOC")]
    assert result.repaired == 1  # I-LOC after O
    assert first.meta == {"tokenization": "whitespace"}


def test_conll_nested_columns_become_nested_spans(tmp_path: Path) -> None:
    path = tmp_path / "nested.txt"
    path.write_text("سكرتير B-OCC\nاللجنة I-OCC B-ORG\nالقومية I-OCC I-ORG\nفي O\n")
    assert guess_format(path) == "conll"
    (doc,) = parse_conll(path).documents
    assert doc.name == "nested"
    assert sorted(spans_of(doc)) == [("اللجنة القومية", "ORG"), ("سكرتير اللجنة القومية", "OCC")]


def test_conll_missing_tag_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.conll"
    path.write_text("زار O\nبوتين B-PERS\nموسكو\n")
    with pytest.raises(FormatError) as info:
        parse_conll(path)
    assert info.value.line == 3 and "missing tag" in info.value.reason


def test_conll_bioes_detected(tmp_path: Path) -> None:
    path = tmp_path / "b.conll"
    path.write_text("كيم B-PERS\nجونغ I-PERS\nأون E-PERS\nفي O\nروسيا S-LOC\n")
    (doc,) = parse_conll(path).documents
    assert spans_of(doc) == [("كيم جونغ أون", "PERS"), ("روسيا", "LOC")]
