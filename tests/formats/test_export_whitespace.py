"""Whitespace of any kind separates tokens in every exporter (issue 11.2): random texts
with every ``str.isspace`` character, astral characters and bidi marks, random spans;
every CoNLL row is exactly ``TOKEN<SEP>TAG...`` with a non-empty token free of whitespace,
no reader's line splitting cuts a row or a JSON line, and the span texts come back."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.formats.export import ExportOptions, export
from annotator.store import Store
from annotator.tag_schemes import decode
from annotator.text import normalize_text

WHITESPACE = "".join(ch for ch in map(chr, range(sys.maxunicode + 1)) if ch.isspace())
OTHERS = (
    "بوتينزارموسكو"  # Arabic letters
    "ab3٫5"
    ".،«»\"\\'"  # punctuation, JSON's own escapes
    "\u064e\u0640"  # a haraka, tatweel
    "\u200f\u202e\u2066\u200c"  # RLM, RLO, LRI, ZWNJ
    "\x01\x7f"  # controls that are not whitespace
    "\U0001f600\U0001d400\U00010400"  # astral: emoji, math bold A, Deseret
)
LABELS = ("PERS", "LOC")


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[tuple[int, int, str]], dict[str, str]]:
    """A stored text, flat spans with non-space edges (some inside tokens), a meta."""
    text = normalize_text(draw(st.text(st.sampled_from(WHITESPACE + OTHERS), max_size=60)))
    solid = [i for i, ch in enumerate(text) if not ch.isspace()]
    cuts = sorted(draw(st.lists(st.sampled_from(solid), max_size=8)) if solid else [])
    spans = []
    at = 0
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        if a >= at:
            spans.append((a, b + 1, draw(st.sampled_from(LABELS))))
            at = b + 1
    meta = draw(st.sampled_from([{}, {"tokenization": "whitespace"}]))
    return text, spans, meta


VARIANTS: list[dict[str, Any]] = [
    dict(format="conll"),
    dict(format="conll", scheme="BIOES", sep=" "),
    dict(format="conll", scheme="IOB1", docstart=True),
    dict(format="jsonl"),
    dict(format="json"),
    dict(format="hf"),
    dict(format="hf", hf_unit="document"),
]


def _exports(text: str, spans: list, meta: dict) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "db.annotator") as store:
        for label in LABELS:
            store.add_label(label)
        store.annotator("gold")
        doc = store.add_document("doc", text, meta)
        for start, end, label in spans:
            store.add_span(doc.id, "gold", start, end, label)
        outputs = {}
        for k, variant in enumerate(VARIANTS):
            out = Path(tmp) / f"out{k}"
            export(store, ExportOptions(layer="gold", **variant), out)
            outputs[repr(variant)] = out.read_text(encoding="utf-8")
    return outputs


def _check_token(token: str) -> None:
    assert token, "an empty token"
    assert not any(ch.isspace() for ch in token), f"whitespace in the token {token!r}"


def _offsets(text: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Where each token is in ``text``: in order, with only whitespace between."""
    found = []
    at = 0
    for token in tokens:
        start = text.index(token, at)
        assert text[at:start].isspace() or at == start, (text[at:start], token)
        found.append((start, start + len(token)))
        at = start + len(token)
    assert text[at:].isspace() or at == len(text)
    return found


def _spans_back(text: str, sentences: list[list[tuple[str, str]]], scheme: str) -> set:
    """The spans that ``(token, tag)`` rows, sentence by sentence, decode to."""
    where = _offsets(text, [token for rows in sentences for token, _tag in rows])
    found = set()
    at = 0
    for rows in sentences:
        tags = [tag for _token, tag in rows]
        for first, last, label in decode([tags], scheme).spans:  # type: ignore[arg-type]
            found.add((where[at + first][0], where[at + last - 1][1], label))
        at += len(rows)
    return found


def _conll(text: str, spans: list, output: str, variant: dict[str, Any]) -> None:
    sep = variant.get("sep", "\t")
    docstart = variant.get("docstart", False)
    lines = output.split("\n")
    assert output.splitlines() == lines[:-1]  # no line breaks but "\n", last line ended
    if docstart:
        assert lines[:2] == ["-DOCSTART- -X- O O", ""]
        lines = lines[2:]
    sentences: list[list[tuple[str, str]]] = [[]]
    for line in lines:
        if not line:
            sentences.append([])
            continue
        row = line.split(sep)
        assert len(row) == (4 if docstart else 2), row
        _check_token(row[0])
        if docstart:
            assert row[1:3] == ["_", "_"]
        sentences[-1].append((row[0], row[-1]))
    tokens = [token for rows in sentences for token, _tag in rows]
    assert "".join(tokens) == "".join(text.split())
    assert _spans_back(text, sentences, variant.get("scheme", "IOB2")) == set(spans)


def _record(text: str, spans: list, record: dict[str, Any]) -> None:
    assert record["text"] == text
    tokens = [token["text"] for token in record["tokens"]]
    for token in record["tokens"]:
        _check_token(token["text"])
        assert text[token["start"] : token["end"]] == token["text"]
    assert "".join(tokens) == "".join(text.split())
    assert {(s["start"], s["end"], s["label"]) for s in record["spans"]} == set(spans)
    assert all(text[s["start"] : s["end"]] == s["text"] for s in record["spans"])
    rows = list(zip(tokens, record["ner_tags"], strict=True))
    assert _spans_back(text, [rows], "IOB2") == set(spans)


def _hf(text: str, spans: list, output: str) -> None:
    lines = output.splitlines()
    assert output == "".join(line + "\n" for line in lines)
    rows = [json.loads(line) for line in lines]
    sentences = [list(zip(row["tokens"], row["ner_tags"], strict=True)) for row in rows]
    tokens = [token for row in rows for token in row["tokens"]]
    for token in tokens:
        _check_token(token)
    assert "".join(tokens) == "".join(text.split())
    assert _spans_back(text, sentences, "IOB2") == set(spans)


@given(documents())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_exporter_keeps_whitespace_out_of_tokens(document: tuple) -> None:
    text, spans, meta = document
    outputs = _exports(text, spans, meta)
    for variant in VARIANTS:
        output = outputs[repr(variant)]
        if variant["format"] == "conll":
            _conll(text, spans, output, variant)
        elif variant["format"] == "jsonl":
            assert len(output.splitlines()) == 1
            _record(text, spans, json.loads(output))
        elif variant["format"] == "json":
            (record,) = json.loads(output)
            _record(text, spans, record)
        else:
            _hf(text, spans, output)


@pytest.mark.parametrize("meta", [{}, {"tokenization": "whitespace"}], ids=["text", "tokens"])
def test_tab_nbsp_and_line_separator_split_tokens(cli, db: str, tmp_path: Path, meta) -> None:
    """The reproduction of issue 11.2: a JSONL import whose text holds TAB, NBSP and
    U+2028 exports one token per word in every CoNLL variant."""
    text = "\tذهب\u00a0إلى\tموسكو\u2028أمس"
    source = tmp_path / "in.jsonl"
    record = {"name": "d", "text": text, "meta": meta, "label": [[9, 14, "LOC"]]}
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    cli.ok("import", str(source), "--add-labels")
    for extra in ([], ["--docstart"], ["--sep", "space"]):
        out = tmp_path / f"out{len(extra)}.conll"
        cli.ok("export", "--format", "conll", *extra, "-o", str(out))
        rows = [line for line in out.read_text(encoding="utf-8").splitlines() if line]
        rows = [row for row in rows if not row.startswith("-DOCSTART-")]
        assert [row.split()[0] for row in rows] == ["ذهب", "إلى", "موسكو", "أمس"]
        assert [row.split()[-1] for row in rows] == ["O", "O", "B-LOC", "O"]
