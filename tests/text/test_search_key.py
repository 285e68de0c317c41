"""Search keys: the matching key without offsets, packed so that finding bytes is finding
characters; document titles."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.text.matching import key_text, match_key
from annotator.text.search_key import TITLE_LENGTH, document_title, pack, search_key

# Arabic letters and marks, the alef forms, ASCII (both cases), Latin-1, Persian letters,
# emoji: one-byte characters, escaped ones and the boundary between them.
ALPHABET = st.sampled_from(
    list("ابتثجحخدرزسشصضطظعغفقكلمنهوي")
    + list("أإآٱىةءؤئ")
    + ["\u064e", "\u0651", "\u0640", "\u200f", "\u200c"]
    + list("aZ 9.-\n\t")
    + list("éßÄ«»")
    + list("پچگکی")
    + ["😀", "\U0001d400", "\u0600", "\u06ff", "\ufffd"]
)
TEXTS = st.text(ALPHABET, max_size=40)


def _ascii_lower(text: str) -> str:
    return "".join(c.lower() if c.isascii() else c for c in text)


@settings(max_examples=400, deadline=None)
@given(TEXTS, TEXTS)
def test_finding_packed_bytes_is_finding_the_characters(needle: str, hay: str) -> None:
    packed_needle, packed_hay = pack(needle), pack(hay)
    assert (packed_needle in packed_hay) == (_ascii_lower(needle) in _ascii_lower(hay))
    if packed_needle:
        assert packed_hay.count(packed_needle) == _ascii_lower(hay).count(_ascii_lower(needle))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_key_text_is_the_matching_key(text: str) -> None:
    assert key_text(text) == match_key(text).key
    assert key_text(text, yeh=True, teh_marbuta=True) == (
        match_key(text, yeh=True, teh_marbuta=True).key
    )


def test_a_search_key_ignores_harakat_tatweel_alef_forms_and_ascii_case() -> None:
    assert search_key("الرَّئِيـــس أحمد Kim") == search_key("الرئيس احمد kim")
    assert search_key("إيران") in search_key("زار ايران أمس")
    assert search_key("a\x00b") == b"ab"  # NUL separates documents in the index
    assert b"\x00" not in search_key("".join(chr(c) for c in range(1, 0x3000)))
    assert search_key("روسيا") not in search_key("روسي ا")


def test_document_titles() -> None:
    assert document_title("\n \t\nكيم  جونغ\tأون \nالنص") == "كيم جونغ أون"
    assert document_title("") == document_title(" \n\n ") == ""
    assert document_title("سطر" * 1000) == ("سطر" * 1000)[:TITLE_LENGTH]
    long_line = " " * 5000 + "كلمة " * 100_000
    assert document_title(long_line) == ("كلمة " * 100)[:TITLE_LENGTH].strip()
