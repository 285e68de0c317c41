"""Project settings kept in the database: the overlap policy (a switch to flat names what
stands in the way) and the default export tag scheme, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from annotator.store import Store, StoreError

TEXT = "زار الرئيس فلاديمير بوتين موسكو ثم لندن."


def _at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def test_a_switch_to_flat_says_how_many_spans_overlap_and_in_which_documents(
    store: Store,
) -> None:
    store.apply_preset("anercorp")
    store.set_policy("nested")
    first = store.add_document("news-first", TEXT).id
    second = store.add_document("news-second", TEXT + " ").id
    clean = store.add_document("news-clean", TEXT + "  ").id
    name = _at("فلاديمير بوتين")
    store.add_span(first, "amal", *name, "PERS")
    store.add_span(first, "amal", *_at("بوتين"), "PERS")  # inside the full name
    store.add_span(first, "amal", *_at("فلاديمير"), "MISC")  # inside it too
    store.add_span(second, "badr", *_at("الرئيس فلاديمير بوتين"), "PERS")
    store.add_span(second, "badr", *name, "PERS")  # inside the first one
    store.add_span(second, "amal", *name, "PERS")  # another layer: no clash
    store.add_span(clean, "amal", *_at("موسكو"), "LOC")
    store.add_span(clean, "badr", *_at("موسكو"), "LOC")
    with pytest.raises(StoreError) as refused:
        store.set_policy("flat")
    assert refused.value.message == (
        "cannot switch to the flat policy: 3 spans overlap another span of its layer, in 2 "
        "documents: news-first, news-second (remove or shorten them first)"
    )
    assert store.policy == "nested"
    store.set_policy("nested")  # no-op, allowed


def test_one_overlap_is_named_in_the_singular(store: Store) -> None:
    store.apply_preset("anercorp")
    store.set_policy("nested")
    doc = store.add_document("only", TEXT).id
    store.add_span(doc, "amal", *_at("فلاديمير بوتين"), "PERS")
    store.add_span(doc, "amal", *_at("بوتين"), "PERS")
    with pytest.raises(
        StoreError, match="1 span overlaps another span of its layer, in 1 document: only "
    ):
        store.set_policy("flat")
    store.remove_span(store.spans_for(doc)[1].id)
    store.set_policy("flat")
    assert store.policy == "flat"


def test_many_documents_are_listed_up_to_five(store: Store) -> None:
    store.apply_preset("anercorp")
    store.set_policy("nested")
    for n in range(7):
        doc = store.add_document(f"doc-{n}", TEXT + " " * n).id
        store.add_span(doc, "amal", *_at("فلاديمير بوتين"), "PERS")
        store.add_span(doc, "amal", *_at("بوتين"), "PERS")
    with pytest.raises(
        StoreError,
        match=r"in 7 documents: doc-0, doc-1, doc-2, doc-3, "
        r"doc-4 and 2 more",
    ):
        store.set_policy("flat")


def test_the_export_scheme_defaults_to_iob2_and_is_kept(store: Store, store_url: str) -> None:
    assert store.export_scheme() == "IOB2"
    before = store.revision()
    store.set_export_scheme("BIOES")
    assert store.export_scheme() == "BIOES"
    assert store.setting("export_scheme") == "BIOES"
    assert store.revision() > before  # a change other windows see
    with pytest.raises(StoreError, match="tag scheme must be one of IOB1, IOB2, BIOES"):
        store.set_export_scheme("bilou")
    assert store.export_scheme() == "BIOES"
    with Store.open(store_url) as again:
        assert again.export_scheme() == "BIOES"
