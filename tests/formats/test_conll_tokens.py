"""CoNLL import never drops a character of a token, and reads only LF, CRLF and CR as line
breaks; space-separated rows find their token before the tag columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from format_helpers import Cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.formats.common import FormatError
from annotator.formats.conll import parse_conll
from annotator.store import Store


def _parse(tmp_path: Path, content: str, name: str = "t.conll"):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8", newline="")
    return parse_conll(path)


def _spans(doc) -> list[tuple[str, str]]:
    return [(doc.text[s.start : s.end], s.label) for s in doc.spans]


def test_tab_token_with_a_space_is_kept_whole(cli: Cli, db: str, tmp_path: Path) -> None:
    path = tmp_path / "t.conll"
    path.write_text("New York\tB-LOC\nCity\tI-LOC\n", encoding="utf-8")
    out = cli.ok("import", str(path), "--add-labels")
    assert "1 CoNLL token held whitespace" in out
    with Store.open(db) as store:
        (doc,) = store.documents()
        text = store.document(doc.id).text
        (span,) = store.spans_for(doc.id, "imported")
    assert text == "New York City"
    assert text[span.start : span.end] == "New York City"


@pytest.mark.parametrize("space", ["\u00a0", "\u2028", "\u0085", "\u000b", "\u000c", "\u3000"])
def test_tab_token_keeps_any_whitespace_and_lines_split_only_on_lf_cr(
    tmp_path: Path, space: str
) -> None:
    result = _parse(tmp_path, f"زار\tO\nفي{space}القاهرة\tB-LOC\r\nأمس\tO\rو\tO\n")
    (doc,) = result.documents
    assert doc.text == f"زار في{space}القاهرة أمس و"
    assert _spans(doc) == [(f"في{space}القاهرة", "LOC")]
    assert result.notes.whitespace_tokens == 1


def test_edges_of_a_token_stay_in_the_text_outside_the_span(tmp_path: Path) -> None:
    (doc,) = _parse(tmp_path, " بوتين \tB-PER\nزار\tO\n\u00a0\tO\n").documents
    assert doc.text == " بوتين  زار \u00a0"
    assert _spans(doc) == [("بوتين", "PER")]


def test_a_whitespace_token_cannot_carry_an_entity(tmp_path: Path) -> None:
    with pytest.raises(FormatError) as info:
        _parse(tmp_path, "زار\tO\n\u00a0\tB-LOC\n")
    assert info.value.line == 2 and "only whitespace" in info.value.reason


def test_an_empty_tab_token_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FormatError) as info:
        _parse(tmp_path, "زار\tO\n\tO\n")
    assert info.value.line == 2 and "empty token" in info.value.reason


def test_space_separated_rows_of_varying_width_keep_spaces_in_tokens(tmp_path: Path) -> None:
    (doc,) = _parse(tmp_path, "New  York B-LOC\nCity I-LOC\nis O\n").documents
    assert doc.text == "New  York City is"
    assert _spans(doc) == [("New  York City", "LOC")]


def test_space_separated_fixed_width_with_middle_columns(tmp_path: Path) -> None:
    content = "EU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\n"
    (doc,) = _parse(tmp_path, content).documents
    assert doc.text == "EU rejects German"
    assert _spans(doc) == [("EU", "ORG"), ("German", "MISC")]


def test_space_separated_nbsp_stays_inside_the_token(tmp_path: Path) -> None:
    (doc,) = _parse(tmp_path, "عبد\u00a0الله B-PER\nقال O\n").documents
    assert _spans(doc) == [("عبد\u00a0الله", "PER")]


token_text = st.text(
    alphabet=st.sampled_from(["a", "ب", "ك", " ", "\u00a0", "\u2028", "\u0085", "\x0b", "-"]),
    min_size=1,
    max_size=6,
).filter(lambda t: t.strip())


@settings(
    deadline=None, max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(token_text, st.sampled_from(["O", "B-LOC", "I-LOC"])), min_size=1))
def test_every_character_of_every_tab_token_is_kept(
    tmp_path: Path, rows: list[tuple[str, str]]
) -> None:
    content = "".join(f"{token}\t{tag}\n" for token, tag in rows)
    result = _parse(tmp_path, content, "random.conll")
    texts = [doc.text for doc in result.documents]
    assert texts == [" ".join(token for token, _ in rows)]
    held = sum(1 for token, _ in rows if any(c.isspace() for c in token))
    assert result.notes.whitespace_tokens == held
    (doc,) = result.documents
    for span in doc.spans:
        piece = doc.text[span.start : span.end]
        assert piece == piece.strip() and piece
