"""Refusals in the words of the text (SpanError.in_text), the window's wording; the
offset wording (.message) stays for files and logs."""

from __future__ import annotations

import pytest

from annotator.span_words import quote
from annotator.spans import OverlapError, Span, SpanError, validate_span

TEXT = "مع الرئيس فلاديمير بوتين اليوم"
LABELS = {"PER", "LOC"}
PRESIDENT = (TEXT.index("الرئيس"), TEXT.index("الرئيس") + len("الرئيس فلاديمير"))
NAME = (TEXT.index("فلاديمير"), TEXT.index(" اليوم"))


def refusal(span: Span, existing: list[Span], policy: str = "flat") -> SpanError:
    with pytest.raises(SpanError) as info:
        validate_span(span, TEXT, LABELS, existing, policy)  # type: ignore[arg-type]
    return info.value


def test_a_crossing_span_is_named_by_its_words() -> None:
    error = refusal(Span(*PRESIDENT, "LOC"), [Span(*NAME, "PER")])
    assert isinstance(error, OverlapError)
    assert error.in_text(TEXT) == "«الرئيس فلاديمير» would cross PER «فلاديمير بوتين»"
    assert error.message.startswith(f"Span {PRESIDENT[0]}-{PRESIDENT[1]} (LOC) overlaps")
    nested = refusal(Span(*PRESIDENT, "LOC"), [Span(*NAME, "PER")], "nested")
    assert nested.in_text(TEXT) == "«الرئيس فلاديمير» would cross PER «فلاديمير بوتين»"


def test_nesting_under_the_flat_policy_and_duplicates() -> None:
    inside = refusal(Span(NAME[0], NAME[0] + len("فلاديمير"), "LOC"), [Span(*NAME, "PER")])
    assert inside.in_text(TEXT) == "«فلاديمير» would overlap PER «فلاديمير بوتين»"
    same = refusal(Span(*NAME, "PER"), [Span(*NAME, "PER")], "nested")
    assert same.in_text(TEXT) == "«فلاديمير بوتين» is already labelled PER"


def test_whitespace_edges_are_named_by_their_words() -> None:
    error = refusal(Span(NAME[0] - 1, NAME[1], "PER"), [])
    assert error.in_text(TEXT) == "« فلاديمير بوتين» starts on whitespace"
    assert error.message == f"Span {NAME[0] - 1}-{NAME[1]} starts on whitespace."


def test_refusals_without_words_fall_back_to_the_message() -> None:
    error = refusal(Span(0, 99, "PER"), [])
    assert error.in_text(TEXT) == error.message.rstrip(".")
    assert "outside the text" in error.in_text(TEXT)


def test_quote_shows_invisible_characters_and_shortens_long_text() -> None:
    assert quote("نص\u200fخفي") == "«نص<U+200F>خفي»"
    assert quote("سطر\nثان") == "«سطر ثان»"
    long = "كلمة " * 30
    quoted = quote(long)
    assert len(quoted) == 2 + 41 and "…" in quoted
    assert quoted.startswith("«كلمة") and quoted.endswith(" »")
