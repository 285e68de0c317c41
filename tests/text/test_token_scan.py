"""The tokenizer's fast scan finds exactly the tokens of the rule pattern.

``token_pattern()`` states the token rules; the tokenizer scans with a faster pattern
(gap consumed, plain words first). The reference here searches for the rule pattern the
straightforward way: every match is a token, everything between matches whitespace.
"""

import re
from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.text import tokenize
from annotator.text.chars import BIDI_MARKS
from annotator.text.tokens import token_offsets, token_pattern

relaxed = settings(deadline=None, max_examples=400)

ODD = (
    "كيمجونغأإآٱاىيةهلروسيبوتفال"  # letters (clitics و ف ب ل ك and ال among them)
    "\u064b\u064e\u064f\u0650\u0651\u0652\u0670\u06d6\u0640\u200c\u200d"  # harakat, glue
    + BIDI_MARKS
    + "\u0301\u20dd\u0489"  # combining and enclosing marks
    "،؛؟«»“”.,!?…٪-٫٬$+0123456789٠١٢٣٤٥٦٧٨٩۰۱۲"  # punctuation, symbols, digits
    " \t\n\r\u00a0\u2003\u3000\u2028\u2029\u0085\x0b\x0c\x1c"  # whitespace of every kind
    "😀𝐀🇰\U000e0001\U0010fffd\U0001f3fb\U00011000\U000110b9\U0001e944"  # astral
    "\u200b\ufeff\ud7ff\ue000"  # zero-width space, BOM, BMP edges
)
odd_text = st.one_of(
    st.text(alphabet=ODD),
    st.text(alphabet=ODD + "ab", min_size=20),
    st.lists(st.sampled_from(["لروسيا", "وبوتين", "فالرئيس", "ب3.5م", "«كيم»", " ", "\n"])).map(
        "".join
    ),
    st.text(),
)


def reference_offsets(text: str) -> tuple[array, array]:
    """Starts and ends of the rule pattern's matches, found one by one."""
    starts, ends = array("I"), array("I")
    for match in re.finditer(token_pattern(), text):
        starts.append(match.start())
        ends.append(match.end())
    return starts, ends


@relaxed
@given(odd_text)
def test_scan_finds_the_rule_patterns_tokens(text: str) -> None:
    starts, ends = reference_offsets(text)
    assert token_offsets(text) == (starts, ends)
    found = tokenize(text)
    assert [(t.start, t.end) for t in found] == list(zip(starts, ends, strict=True))
    assert [t.text for t in found] == [text[s:e] for s, e in zip(starts, ends, strict=True)]


@relaxed
@given(odd_text, st.integers(min_value=1, max_value=12))
def test_scan_in_small_pieces_finds_the_same_tokens(text: str, piece: int) -> None:
    assert token_offsets(text, piece) == reference_offsets(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\u2028",
        "a\u00a0b",
        "لروسيا\u200f.",
        "\u200fلروسيا",
        "ـ.ـ كلمة",
        "٣٫٥ 3.5. ,5",
        "😀😀 𝐀b",
        "وال\u064eكتاب\u0640",
        "x\u0301 \u0301 .\u0301",
        "كلمة \n",
    ],
)
def test_scan_examples(text: str) -> None:
    assert token_offsets(text) == reference_offsets(text)


WHITESPACE = " \t\n\r\u00a0\u2003\u3000\u2028\u2029\u0085\x0b\x0c\x1c"
word = st.text(alphabet="".join(c for c in ODD + "ab" if c not in WHITESPACE), min_size=1)
# Words separated by single whitespace characters, maybe one at the end: the texts whose
# words are found by str.split (everything else is scanned whole).
single_spaced = st.tuples(
    st.lists(st.tuples(word, st.sampled_from(WHITESPACE)), min_size=1),
    st.sampled_from(["", " ", "\n"]),
).map(lambda t: "".join(w + gap for w, gap in t[0])[:-1] + t[1])


@relaxed
@given(single_spaced, st.integers(min_value=1, max_value=40))
def test_single_spaced_words_give_the_rule_patterns_tokens(text: str, piece: int) -> None:
    assert token_offsets(text) == reference_offsets(text)
    assert token_offsets(text, piece) == reference_offsets(text)


@pytest.mark.parametrize(
    "text",
    ["كلمة . كلمة", "a.b ٣٫٥ x", "«كيم» جونغ", "😀 😀x", "ب3.5م\nو", "a b\u3000c.\u2028"],
)
def test_single_spaced_examples(text: str) -> None:
    assert token_offsets(text) == reference_offsets(text)
