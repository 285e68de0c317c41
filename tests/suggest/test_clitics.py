"""The clitic rules: a proclitic is split off only when the stem is a known entity form."""

from __future__ import annotations

import pytest

from annotator.suggest.clitics import Split, split_known, splits, strip
from annotator.suggest.memory import ProjectMemory, token_key

NAMES = ["بوتين", "لبنان", "واشنطن", "بغداد", "فلسطين"]
KNOWN = {token_key(w) for w in ["روسيا", "موسكو", "الكرملين", *NAMES]}


def known(stem: str) -> bool:
    return stem in KNOWN


@pytest.mark.parametrize(
    ("word", "prefix", "stem", "name_in_text"),
    [
        ("لروسيا", "ل", "روسيا", "روسيا"),
        ("وبموسكو", "وب", "موسكو", "موسكو"),
        # ل + (ا)لكرملين: the article's alef is dropped after ل
        ("للكرملين", "ل", "الكرملين", "لكرملين"),
        ("وللكرملين", "ول", "الكرملين", "لكرملين"),
        ("بالكرملين", "ب", "الكرملين", "الكرملين"),
        ("وروسيا", "و", "روسيا", "روسيا"),
        ("فبموسكو", "فب", "موسكو", "موسكو"),
        ("كروسيا", "ك", "روسيا", "روسيا"),
        ("وبوتين", "و", "بوتين", "بوتين"),
    ],
)
def test_known_stems_are_split_off(word: str, prefix: str, stem: str, name_in_text: str) -> None:
    found = split_known(token_key(word), known)
    assert found is not None
    assert (found.prefix, found.stem) == (prefix, token_key(stem))
    assert token_key(word)[found.cut :] == token_key(name_in_text)


@pytest.mark.parametrize("name", NAMES)
def test_letters_of_a_name_are_never_cut(name: str) -> None:
    assert split_known(token_key(name), known) == Split("", token_key(name), 0)
    # Unknown to the memory: still whole, whatever its first letters look like.
    assert split_known(token_key(name), lambda stem: False) is None


@pytest.mark.parametrize("name", NAMES)
def test_a_name_stays_whole_even_when_its_rest_is_known(name: str) -> None:
    rest = {c.stem for c in splits(token_key(name))}
    assert split_known(token_key(name), lambda s: s in rest | {token_key(name)}) == Split(
        "", token_key(name), 0
    )


@pytest.mark.parametrize("word", ["لباريس", "وبطوكيو", "للمريخ", "فالقاهرة"])
def test_unknown_stems_are_not_split(word: str) -> None:
    assert split_known(token_key(word), known) is None


def test_combinations_are_recognised() -> None:
    prefixes = {c.prefix for c in splits(token_key("وبالقاهرة"))}
    assert {"و", "وب", "وبال"} <= prefixes
    assert {"ل", "لل"} <= {c.prefix for c in splits(token_key("للقاهرة"))}
    assert {"ف", "فال"} <= {c.prefix for c in splits(token_key("فالقاهرة"))}
    assert {"ك", "كال"} <= {c.prefix for c in splits(token_key("كالقاهرة"))}


def test_a_stem_needs_two_letters() -> None:
    assert all(len(c.stem) >= 2 for c in splits("وبي"))
    assert splits("وب") == ()


def test_harakat_do_not_hide_a_clitic() -> None:
    found = split_known(token_key("لِرُوسْيَا"), known)
    assert found is not None and found.stem == token_key("روسيا")


def test_strip_guesses_without_a_memory() -> None:
    assert strip(token_key("والقاهرة")).prefix == "وال"
    assert strip(token_key("مصر")).prefix == ""  # ب/ل guesses keep three letters


def test_memory_finds_the_name_inside_a_clitic_token() -> None:
    memory = ProjectMemory()
    memory.add([token_key("روسيا")], "GPE")
    memory.add([token_key("مجلس"), token_key("الأمن")], "ORG")
    memory.add([token_key("بوتين")], "PERS")
    words = ["زار", "بوتين", "لروسيا", "ولمجلس", "الأمن", "لباريس"]
    found = memory.find([token_key(w) for w in words])
    assert [(m.first, m.end, m.cut, m.label) for m in found] == [
        (1, 2, 0, "PERS"),
        (2, 3, 1, "GPE"),
        (3, 5, 2, "ORG"),
    ]
