from pathlib import Path

import pytest

from annotator.text import Token, tokenize

SEEDS = sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))


def texts(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("لروسيا", ["لروسيا"]),
        ("قال: «كيم»", ["قال", ":", "«", "كيم", "»"]),
        ("نعم، لا؛ لماذا؟", ["نعم", "،", "لا", "؛", "لماذا", "؟"]),
        ("“خداع”", ["“", "خداع", "”"]),
        ("ارتفع ٥٪", ["ارتفع", "٥", "٪"]),
        ("3.5 ٣٫٥ ۱۲٫۵ 1,000 ١٬٠٠٠", ["3.5", "٣٫٥", "۱۲٫۵", "1,000", "١٬٠٠٠"]),
        ("عام 2019.", ["عام", "2019", "."]),
        ("3. .5 ,5 5,", ["3", ".", ".", "5", ",", "5", "5", ","]),
        ("ب3.5م", ["ب3.5م"]),  # the number rule works inside a word
        ("1.2.3", ["1.2.3"]),
        ("a-b", ["a", "-", "b"]),
        ("كبيـــر", ["كبيـــر"]),  # tatweel
        ("ميلاً شمالًا", ["ميلاً", "شمالًا"]),  # tanwin
        ("يشنّها", ["يشنّها"]),  # shadda
        ("مي\u200cخواهم", ["مي\u200cخواهم"]),  # ZWNJ inside a word
        ("a\u00a0b\u2003c\u3000d", ["a", "b", "c", "d"]),  # NBSP, em space, ideographic
        ("x\u2028y\u2029z\tw", ["x", "y", "z", "w"]),
        ("", []),
        (" \n\t ", []),
    ],
)
def test_examples(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_bidi_marks_glued_to_words_stay_in_them() -> None:
    assert texts("\u200fكيم\u200e وصل") == ["\u200fكيم\u200e", "وصل"]
    assert texts("ab\u202bcd\u202c") == ["ab\u202bcd\u202c"]
    assert texts("\u2067كيم\u2069") == ["\u2067كيم\u2069"]


def test_lone_bidi_mark_is_its_own_token() -> None:
    assert texts("أ \u200f ب") == ["أ", "\u200f", "ب"]
    assert texts("\u061c") == ["\u061c"]


def test_glue_next_to_punctuation() -> None:
    # Glue between punctuation and a word belongs to the word ...
    assert texts("«\u200fكيم\u200f»") == ["«", "\u200fكيم\u200f", "»"]
    # ... glue touching only punctuation belongs to the punctuation.
    assert texts("\u200f« »\u200f") == ["\u200f«", "»\u200f"]
    assert texts("»\u200f«") == ["»\u200f", "«"]


def test_combining_marks_after_punctuation_stay_with_it() -> None:
    assert texts("«\u064eكيم") == ["«\u064e", "كيم"]
    assert texts("-\u0301\u20dd x") == ["-\u0301\u20dd", "x"]  # Mn and Me


def test_astral_characters() -> None:
    text = "كيم😀بوتين 𝐀𝐁 🇰🇵"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["كيم", "😀", "بوتين", "𝐀𝐁", "🇰", "🇵"]
    assert [(t.start, t.end) for t in tokens] == [
        (0, 3),
        (3, 4),
        (4, 9),
        (10, 12),
        (13, 14),
        (14, 15),
    ]


def test_offsets_and_value_semantics() -> None:
    tokens = tokenize("  وصل كيم،\nإلى")
    assert tokens == [
        Token("وصل", 2, 5),
        Token("كيم", 6, 9),
        Token("،", 9, 10),
        Token("إلى", 11, 14),
    ]
    with pytest.raises(AttributeError):
        tokens[0].start = 3  # type: ignore[misc]
    assert len({tokens[0], Token("وصل", 2, 5)}) == 1


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_seed_articles(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    tokens = tokenize(text)
    assert tokens
    assert all(text[t.start : t.end] == t.text for t in tokens)
    # Removing the tokens leaves only whitespace.
    rest = list(text)
    for t in tokens:
        rest[t.start : t.end] = [" "] * (t.end - t.start)
    assert "".join(rest).isspace()
    # Independent check: on these articles a token is a whitespace-separated chunk split
    # further only around punctuation, so the token count is at least the chunk count.
    assert len(tokens) >= len(text.split())


def test_seed_phrases() -> None:
    text = SEEDS[0].read_text(encoding="utf-8")
    words = texts(text)
    assert words[words.index("كيم") : words.index("كيم") + 3] == ["كيم", "جونغ", "أون"]
    assert "روسيا" in words
    assert "425" in words
    assert "ميلاً" in words
