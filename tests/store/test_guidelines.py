"""Label guidelines (descriptions per language, examples) and the project's guideline text:
stored, shared through the database, validated; presets carry Arabic and English."""

from __future__ import annotations

import pytest

from annotator.store import PRESETS, LabelInfo, Store, StoreError


def _label(store: Store, name: str) -> LabelInfo:
    return next(label for label in store.labels() if label.name == name)


def test_a_label_keeps_its_guideline_across_connections(store_url: str) -> None:
    with Store.open(store_url) as store:
        store.add_label("PERS")
        store.update_label(
            "PERS",
            descriptions={"ar": "أسماء الأشخاص\r\nمع الألقاب", "en": "People"},
            positive_examples=["محمد في «زار محمد القاهرة»", "  "],
            negative_examples=["المصري (صفة، لا اسم)"],
        )
    with Store.open(store_url) as other:  # a team member's copy
        info = _label(other, "PERS")
    assert info.descriptions == {"ar": "أسماء الأشخاص\nمع الألقاب", "en": "People"}
    assert info.positive_examples == ("محمد في «زار محمد القاهرة»",)  # blank ones left out
    assert info.negative_examples == ("المصري (صفة، لا اسم)",)
    assert info.description_for("ar") == "أسماء الأشخاص\nمع الألقاب"
    assert info.description == "People"


def test_descriptions_change_per_language_and_examples_are_replaced(store: Store) -> None:
    store.add_label("LOC")
    store.update_label("LOC", descriptions={"en": "Places", "ar": "أماكن"}, positive_examples=["a"])
    store.update_label("LOC", descriptions={"ar": "الأماكن"})  # English kept
    assert _label(store, "LOC").descriptions == {"ar": "الأماكن", "en": "Places"}
    store.update_label("LOC", descriptions={"en": ""}, positive_examples=[])
    info = _label(store, "LOC")
    assert info.descriptions == {"ar": "الأماكن"}
    assert info.positive_examples == ()
    assert info.description_for("fr") == "الأماكن"  # any there is, when none in the language


def test_other_changes_leave_the_guideline_alone(store: Store) -> None:
    store.add_label("ORG")
    store.update_label("ORG", descriptions={"en": "Organisations"}, negative_examples=["x"])
    info = store.update_label("ORG", new_name="ORGANISATION", color="#123456")
    assert info.descriptions == {"en": "Organisations"}
    assert info.negative_examples == ("x",)
    assert _label(store, "ORGANISATION") == info


def test_deleting_a_label_deletes_its_guideline(store: Store) -> None:
    store.add_label("MISC")
    store.update_label("MISC", descriptions={"en": "Other"})
    store.delete_label("MISC")
    store.add_label("MISC")
    assert _label(store, "MISC").descriptions == {}
    assert store.m.label_guideline.select().count() == 0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"descriptions": {"english": "x"}}, "invalid description language 'english'"),
        ({"descriptions": {"en": "a\x00b"}}, "NUL character"),
        ({"descriptions": {"en": "x" * 5001}}, "longer than 5000 characters"),
        ({"descriptions": "People"}, "give a mapping"),
        ({"positive_examples": "محمد"}, "give a list of text"),
        ({"positive_examples": ["سطر\nسطر"]}, "an example is one line"),
        ({"negative_examples": [3]}, "it must be text"),
        ({"negative_examples": ["\ud800"]}, "lone surrogate"),
        ({"positive_examples": ["x"] * 101}, "at most 100"),
    ],
)
def test_bad_guidelines_are_refused_and_change_nothing(
    store: Store, change: dict[str, object], message: str
) -> None:
    store.add_label("PERS")
    store.update_label("PERS", descriptions={"en": "People"}, positive_examples=["محمد"])
    before = (_label(store, "PERS"), store.revision())
    with pytest.raises(StoreError, match=message):
        store.update_label("PERS", color="#000000", **change)  # type: ignore[arg-type]
    assert (_label(store, "PERS"), store.revision()) == before


def test_presets_come_with_arabic_and_english_descriptions(store: Store) -> None:
    for name, items in PRESETS.items():
        for item in items:
            assert set(item.descriptions) == {"ar", "en"}, (name, item.name)
            arabic = item.descriptions["ar"]
            assert any("\u0621" <= ch <= "\u064a" for ch in arabic), (name, item.name)
            assert item.descriptions["en"].isascii(), (name, item.name)
    store.apply_preset("wojood")
    labels = store.labels()
    assert len(labels) == 21
    assert all(set(label.descriptions) == {"ar", "en"} for label in labels)
    assert _label(store, "GPE").description.startswith("Geopolitical")


def test_a_preset_fills_only_missing_descriptions(store: Store) -> None:
    store.add_label("PERS", color="#000000")
    store.add_label("LOC")
    store.update_label("LOC", descriptions={"ar": "وصف الفريق"})
    assert store.apply_preset("anercorp") == ["ORG", "MISC"]
    assert _label(store, "LOC").descriptions == {"ar": "وصف الفريق"}  # the team's kept
    pers = _label(store, "PERS")
    assert pers.color == "#000000"  # the label itself is kept
    assert pers.descriptions["en"].startswith("Names of people")


def test_project_guidelines(store_url: str) -> None:
    with Store.open(store_url) as store:
        assert store.guidelines() == ""
        text = "اكتب الأسماء كاملة.\r\n<b>not markup</b> &amp;\n"
        assert store.set_guidelines(text) == "اكتب الأسماء كاملة.\n<b>not markup</b> &amp;"
        with pytest.raises(StoreError, match="NUL"):
            store.set_guidelines("a\x00")
    with Store.open(store_url) as store:
        assert store.guidelines() == "اكتب الأسماء كاملة.\n<b>not markup</b> &amp;"
        store.set_guidelines("")
        assert store.guidelines() == ""


def test_old_label_info_constructor_still_works() -> None:
    info = LabelInfo(1, "PERS", "#e57373", "1", 0)
    assert (info.descriptions, info.positive_examples, info.description) == ({}, (), "")
    assert hash(info) == hash(LabelInfo(1, "PERS", "#e57373", "1", 0))


def test_project_guidelines_are_not_replaced_over_a_change_made_elsewhere(
    store_url: str,
) -> None:
    """Two members edit the project text from the same starting point: the second save
    names what it started from and is refused, so the first member's text is kept."""
    with Store.open(store_url) as first, Store.open(store_url) as second:
        first.set_guidelines("القديم")
        started_from = second.guidelines()
        first.set_guidelines("نص عمرو", expected="القديم")
        with pytest.raises(StoreError, match="changed elsewhere"):
            second.set_guidelines("نص بدر", expected=started_from)
        assert second.guidelines() == "نص عمرو"
        assert second.set_guidelines("نص بدر", expected="نص عمرو") == "نص بدر"
