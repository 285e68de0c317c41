"""The document filter's index: which documents' name or text hold a query."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator import document_filter
from annotator.document_filter import DocumentIndex
from annotator.text.matching import match_key
from annotator.text.search_key import search_key

DOCS = {
    1: ("seoul", "زار كيم جونغ أون بيونغ يانغ."),
    2: ("moscow", "قال الرَّئِيسُ الروسي بوتين في موسكو"),
    3: ("paris", "وصل الرئيــس إلى باريس"),
    4: ("kim-2", "Kim Jong Un met Putin"),
}


def _index(docs: dict[int, tuple[str, str]] = DOCS) -> DocumentIndex:
    built = DocumentIndex.build((i, search_key(f"{n}\n{t}")) for i, (n, t) in docs.items())
    assert built is not None
    return built


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("الرئيس", {2, 3}),  # harakat and tatweel in the texts are ignored
        ("الرَّئيس", {2, 3}),  # and in the query
        ("اون", {1}),  # alef forms unified
        ("  بيونغ   يانغ ", {1}),  # whitespace of the query trimmed and single
        ("KIM", {4}),  # ASCII letters in any case
        ("moscow", {2}),  # names too
        ("بوتين", {2}),
        ("بوتين موسكو", set()),
        ("seoul زار", set()),  # no match from the name into the text
        ("", {1, 2, 3, 4}),
        ("\x00", {1, 2, 3, 4}),
    ],
)
def test_queries(query: str, expected: set[int]) -> None:
    assert _index().matching(query) == expected


def test_within_limits_the_answer_and_narrowing_gives_the_same() -> None:
    index = _index()
    assert index.matching("الر", within={2}) == {2}
    assert index.matching("الرئيس", within={2, 3, 99}) == {2, 3}
    assert index.matching("", within={1, 99}) == {1}
    previous = index.matching("ب")
    assert previous is not None
    assert index.matching("بوتين", within=previous) == index.matching("بوتين") == {2}


def test_documents_are_added_once_and_cancelling_adds_nothing() -> None:
    index = _index()
    assert index.add([(5, search_key("new\nموسكو")), (2, b"ignored")])
    assert len(index) == 5 and 5 in index and 6 not in index
    assert index.matching("موسكو") == {2, 5}
    assert not index.add([(6, search_key("x\nموسكو"))], cancelled=lambda: True)
    assert 6 not in index and index.matching("موسكو") == {2, 5}
    assert DocumentIndex.build([(1, b"a")], cancelled=lambda: True) is None


def test_a_long_scan_is_cut_in_slices_and_can_be_cancelled(monkeypatch) -> None:
    monkeypatch.setattr(document_filter, "SLICE", 8)  # many slices, hits across their edges
    docs = {i: (f"d{i}", "كلمة " * (i % 7) + ("موسكو" if i % 3 == 0 else "")) for i in range(60)}
    index = _index(docs)
    assert index.matching("موسكو") == {i for i in docs if i % 3 == 0}
    assert index.matching("زززز", cancelled=lambda: True) is None


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.text(st.sampled_from(list("ابتأإةى َ ـa")), max_size=12), max_size=8),
    st.text(st.sampled_from(list("ابتأإةىa ")), min_size=1, max_size=3),
)
def test_the_index_agrees_with_the_matching_key(texts: list[str], query: str) -> None:
    docs = {i: ("", text) for i, text in enumerate(texts)}
    needle = match_key(" ".join(query.split())).key
    expected = {i for i, (_n, text) in docs.items() if needle and needle in match_key(text).key}
    answer = _index(docs).matching(query)
    assert answer == (expected if needle else set(docs))


def test_a_space_in_the_query_matches_any_whitespace_within_a_line() -> None:
    docs = {
        1: ("nbsp", "زار كيم\u00a0جونغ أون"),
        2: ("tab", "زار كيم \t جونغ"),
        3: ("line", "زار كيم\nجونغ"),  # never across a line
        4: ("em", "كيم\u2003\u2003جونغ"),
        5: ("mark", "كيم \u200f جونغ"),  # a bidi mark between two spaces
        6: ("other", "كيم أون"),
    }
    assert _index(docs).matching("كيم جونغ") == {1, 2, 4, 5}
    assert _index(docs).matching("كيم\u00a0جونغ") == {1, 2, 4, 5}
