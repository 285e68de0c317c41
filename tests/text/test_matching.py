from pathlib import Path

import pytest

from annotator.text import find_all, match_key
from annotator.text.matching import find_words

SEEDS = sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))


def test_key_drops_harakat_and_maps_offsets() -> None:
    key = match_key("كيمُ")
    assert key.key == "كيم"
    assert key.offsets == [0, 1, 2, 4]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("أُون", "اون"),
        ("إسرائيل", "اسرائيل"),
        ("آسيا", "اسيا"),
        ("ٱلله", "الله"),
        ("كبيـــر", "كبير"),
        ("\u200fكيم\u200e", "كيم"),
        ("مي\u200cخواهم", "ميخواهم"),
        ("مُحَمَّدٌ", "محمد"),
        ("الْقُرْآنِ", "القران"),
        ("ٰ\u06d6x", "x"),
        ("موسى", "موسى"),  # ى kept unless yeh=True
        ("مدرسة", "مدرسة"),
    ],
)
def test_key(text: str, key: str) -> None:
    assert match_key(text).key == key


def test_optional_yeh_and_teh_marbuta() -> None:
    assert match_key("موسى", yeh=True).key == "موسي"
    assert match_key("مدرسة", teh_marbuta=True).key == "مدرسه"
    assert match_key("مستشفى الجامعة", yeh=True, teh_marbuta=True).key == "مستشفي الجامعه"


def test_offsets_point_at_original_characters() -> None:
    text = "أَحْمَد\u200f ـكيم"
    key = match_key(text)
    assert len(key.offsets) == len(key.key) + 1
    assert key.offsets[-1] == len(text)
    for ch, offset in zip(key.key, key.offsets, strict=False):
        assert text[offset] == ch or (ch == "ا" and text[offset] == "أ")


def test_find_all_across_harakat_and_alef_variants() -> None:
    text = "وصل كيم جونغ أُونَ. اون، وآون"
    hits = find_all(text, "اون")
    # The trailing fatha of أُونَ belongs to the hit.
    assert [text[s:e] for s, e in hits] == ["أُونَ", "اون", "آون"]
    assert find_all(text, "أون") == hits


def test_find_all_whole_word() -> None:
    text = "روسيا لروسيا روسيا، الروسيا"
    assert [s for s, _ in find_all(text, "روسيا")] == [0, 7, 13, 22]
    assert [s for s, _ in find_all(text, "روسيا", whole_word=True)] == [0, 13]


def test_find_all_whole_word_keeps_looking_after_a_partial_hit() -> None:
    # "اا" first matches inside "ااا" (not a whole word), then must find the later word.
    assert find_all("ااا اا", "اا", whole_word=True) == [(4, 6)]


def test_find_all_non_overlapping() -> None:
    assert find_all("ااااا", "اا") == [(0, 2), (2, 4)]


def test_find_all_bidi_marks_at_word_edges_join_the_hit() -> None:
    text = "\u200fكيم\u200f وصل"
    assert find_all(text, "كيم") == [(0, 5)]
    # Inside a word the marks are not extended over.
    assert find_all("ك\u200fيم\u200fب", "يم") == [(2, 4)]


def test_find_all_hits_never_share_glue() -> None:
    # Both hits could claim the RLM between them; the first one keeps it.
    assert find_all("\u200f،\u200f،", "،") == [(0, 3), (3, 4)]


def test_find_all_empty_query() -> None:
    assert find_all("كيم", "") == []
    assert find_all("كيم", "\u064e") == []


def test_find_all_yeh_option() -> None:
    text = "مستشفى مستشفي"
    assert find_all(text, "مستشفي") == [(7, 13)]
    assert find_all(text, "مستشفي", yeh=True) == [(0, 6), (7, 13)]
    assert find_all("المدرسة المدرسه", "مدرسة", teh_marbuta=True) == [(2, 7), (10, 15)]


def test_seed_spelling_variants() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in SEEDS)
    # Every literal occurrence of the spelling is a hit, whatever the hamza on the alef.
    assert len(find_all(text, "كيم جونغ اون")) == text.count("كيم جونغ أون")
    assert len(find_all(text, "كيم يونغ اون")) == text.count("كيم يونغ أون")
    assert len(find_all(text, "كيم جونغ أون")) > 0


@pytest.mark.parametrize("gap", [" ", "\u00a0", "  ", "\t", " \u00a0", "\u2009", "\u3000"])
@pytest.mark.parametrize("typed", [" ", "\u00a0", "  "])
def test_find_words_a_space_in_the_query_matches_any_whitespace_between_words(
    gap: str, typed: str
) -> None:
    """Whitespace of any kind separates words: the query's space matches a run of any
    whitespace within a line, and the hit covers both words."""
    text = f"قال كيم{gap}جونغ أون"
    start = text.index("كيم")
    end = text.index("جونغ") + len("جونغ")
    assert find_words(text, f"كيم{typed}جونغ") == [(start, end)]


def test_find_words_ignores_whitespace_around_the_query() -> None:
    """A space typed before or after the word is not part of the hit (a hit that ended
    on a space could never be labelled)."""
    text = "زار روسيا أمس، وروسيا اليوم"
    hits = [(4, 9), (16, 21)]
    assert find_words(text, "روسيا ") == hits
    assert find_words(text, " روسيا") == hits
    assert find_words(text, "\u00a0روسيا\u00a0") == hits


def test_find_words_does_not_match_across_a_line_break() -> None:
    assert find_words("كيم\nجونغ", "كيم جونغ") == []
