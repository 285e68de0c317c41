"""Code points <-> UTF-16 units: the conversion every Qt position goes through."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.gui.offsets import Utf16Map


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_arabic_and_latin_are_identity() -> None:
    text = "وصل إلى روسيا abc 123"
    mapping = Utf16Map(text)
    assert [mapping.to_utf16(i) for i in range(len(text) + 1)] == list(range(len(text) + 1))


def test_emoji_shifts_later_offsets_by_one_unit() -> None:
    text = "a😀b😀c"
    to_utf16, from_utf16 = Utf16Map(text).to_utf16, Utf16Map(text).from_utf16
    # 'b' is code point 2 and UTF-16 unit 3; 'c' is code point 4 and unit 6.
    assert to_utf16(2) == 3
    assert to_utf16(4) == 6
    assert to_utf16(5) == 7
    assert from_utf16(3) == 2
    assert from_utf16(6) == 4
    # the low surrogate of the first emoji snaps back to the emoji
    assert from_utf16(2) == 1


@given(st.text(alphabet=st.sampled_from(["a", "ب", "\u064e", "😀", "𝕏", " ", "\n"]), max_size=40))
def test_round_trip_matches_utf16_encoding(text: str) -> None:
    mapping = Utf16Map(text)
    for i in range(len(text) + 1):
        unit = mapping.to_utf16(i)
        assert unit == _utf16_len(text[:i])
        assert mapping.from_utf16(unit) == i
    assert mapping.length_u16 == _utf16_len(text)
