"""Document boundaries (the exporter's tokens and sentences) and their packed cache form."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from format_helpers import SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.text import sentence_ranges, tokenize
from annotator.text.boundaries import (
    Boundaries,
    boundaries,
    pack_boundaries,
    unpack_boundaries,
)
from annotator.text.chars import _scan
from annotator.text.sentences import _sentence_ranges_stepwise

# Characters that exercise every tokenizer and sentence rule: Arabic letters, harakat,
# tatweel, bidi marks, final marks, closing quotes, digits with separators, whitespace.
ALPHABET = "ab لروسيا\u064e\u0640\u200f\u200c.!?؟…»”)(«\n\t 3٫5,٣"
texts = st.text(alphabet=ALPHABET, max_size=40)


def _expected(text: str) -> Boundaries:
    found = tokenize(text)
    return Boundaries(
        [t.start for t in found],
        [t.end for t in found],
        [first for first, _end in sentence_ranges(text, found)],
    )


@given(texts)
@settings(max_examples=400, deadline=None)
def test_boundaries_agree_with_tokenize_and_sentence_ranges(text: str) -> None:
    assert boundaries(text) == _expected(text)


@given(texts)
@settings(max_examples=400, deadline=None)
def test_sentence_ranges_agree_with_the_stepwise_rules(text: str) -> None:
    tokens = tokenize(text)
    assert sentence_ranges(text, tokens) == _sentence_ranges_stepwise(text, tokens)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_boundaries(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = boundaries(text)
    assert found == _expected(text)
    assert len(found.sentence_starts) > 5
    assert unpack_boundaries(pack_boundaries(found)) == found


def test_whitespace_tokens_follow_spaces_and_lines() -> None:
    text = "كيم  جونغ\n\nأون .\n  \nوصل"
    found = boundaries(text, whitespace=True)
    words = [text[a:b] for a, b in zip(found.starts, found.ends, strict=True)]
    assert words == ["كيم", "جونغ", "أون", ".", "وصل"]
    assert found.sentence_starts == [0, 2, 4]
    assert boundaries("", whitespace=True) == Boundaries([], [], [])


def test_pack_round_trip_and_malformed_data() -> None:
    found = Boundaries([0, 4, 9], [3, 8, 70000], [0, 2])
    data = pack_boundaries(found)
    assert len(data) == 4 * (1 + 3 + 3 + 2)
    assert data[:4] == (3).to_bytes(4, "little")
    assert unpack_boundaries(memoryview(data)) == found
    assert unpack_boundaries(pack_boundaries(Boundaries([], [], []))) == Boundaries([], [], [])
    with pytest.raises(ValueError, match="truncated"):
        unpack_boundaries(data[:12])
    with pytest.raises(ValueError, match="multiple of 4"):
        unpack_boundaries(data[:-1])
    with pytest.raises(ValueError, match="truncated"):
        unpack_boundaries(b"")


def _naive_scan(prefixes: tuple[str, ...], lo: int, hi: int) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for code in range(lo, hi):
        if unicodedata.category(chr(code)).startswith(prefixes):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return ranges


@pytest.mark.parametrize("prefixes", [("P", "S"), ("Mn", "Me"), ("Pe", "Pf"), ("Zs",)])
def test_category_ranges_match_a_code_point_scan(prefixes: tuple[str, ...]) -> None:
    for lo, hi in ((0, 0x10000), (0x10000, 0x20000), (0xE0000, 0xE1000)):
        assert _scan(prefixes, lo, hi) == _naive_scan(prefixes, lo, hi)
