"""Label and annotator (layer) names: surrounding whitespace is trimmed; control, format
(bidi controls, zero-width characters), separator and other invisible characters are
refused with a message naming the character, wherever a name is made."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.cli import main
from annotator.store import ImportItem, Store, StoreError
from annotator.text.chars import BIDI_MARKS, describe_char, invisible_char, visible_form

OTHER_INVISIBLE = "\u00a0\u2007\u3000\u034f\u115f\u3164\ufe0f\u2800\U000e0041\U000e0100"
invisible = st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Cs"]) | st.sampled_from(
    OTHER_INVISIBLE
)
visible_part = st.text(
    alphabet=st.characters(categories=["L", "M", "N", "P", "S"]).filter(
        lambda ch: invisible_char(ch) is None
    ),
    max_size=8,
)
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _names_the_character(message: str, ch: str) -> bool:
    return f"U+{ord(ch):04X}" in message and ch not in message


def test_every_bidi_mark_and_zero_width_character_is_invisible() -> None:
    for ch in BIDI_MARKS + "\u200b\u200c\u200d\u2060\ufeff\u00ad\n\t\r\u2028\u2029\x00":
        assert invisible_char(f"A{ch}B") == ch, describe_char(ch)
    for name in ("PERS", "B-LOC", "محمد", "مُحَمَّد", "Amal Badr", "ORG.2", "日本"):
        assert invisible_char(name) is None


def test_descriptions_and_visible_form() -> None:
    assert describe_char("\u200b") == "U+200B ZERO WIDTH SPACE"
    assert describe_char("\n") == "U+000A (a control character)"
    assert visible_form("\u202eSREP") == "<U+202E>SREP"
    assert visible_form("PE\u200bRS") == "PE<U+200B>RS"


@SETTINGS
@given(before=visible_part, hidden=invisible, after=visible_part)
def test_invisible_characters_are_refused_in_label_names(
    store: Store, before: str, hidden: str, after: str
) -> None:
    name = f"X{before}{hidden}{after}Y"  # not at the ends: those are trimmed when spaces
    with pytest.raises(StoreError) as caught:
        store.add_label(name)
    assert _names_the_character(caught.value.message, hidden), caught.value.message
    assert store.labels() == []


@SETTINGS
@given(before=visible_part, hidden=invisible, after=visible_part)
def test_invisible_characters_are_refused_in_annotator_names(
    store: Store, before: str, hidden: str, after: str
) -> None:
    name = f"A{before}{hidden}{after}Z"
    doc = store.find_document("d", "نص") or store.add_document("d", "نص")
    attempts = [
        lambda: store.annotator(name),
        lambda: store.set_status(doc.id, "done", name),
        lambda: store.assign(doc.id, name),
        lambda: store.import_batch([ImportItem("e", "نص آخر")], name),
    ]
    for attempt in attempts:
        with pytest.raises(StoreError) as caught:
            attempt()
        assert _names_the_character(caught.value.message, hidden), caught.value.message
    assert store.annotators() == []


def test_label_rename_and_preset_go_through_the_same_rule(store: Store) -> None:
    store.add_label("PERS")
    with pytest.raises(StoreError, match=re.escape("U+202E")):
        store.update_label("PERS", new_name="\u202eSREP")
    with pytest.raises(StoreError, match=re.escape("U+200B")):
        store.add_label("PE\u200bRS")
    assert [label.name for label in store.labels()] == ["PERS"]
    assert store.apply_preset("conll2003") == ["PER", "LOC", "ORG", "MISC"]


def test_surrounding_whitespace_is_trimmed(store: Store) -> None:
    label = store.add_label(" \tPERS\u00a0\n")
    assert label.name == "PERS"
    assert store.update_label("PERS", new_name=" LOC ").name == "LOC"
    amal = store.annotator("  amal\u2028")
    assert amal.name == "amal"
    assert store.annotator("amal") == amal
    doc = store.add_document("d", "زار محمد القاهرة")
    span = store.add_span(doc.id, " amal ", 4, 8, "LOC")
    assert span.annotator == "amal"
    assert [a.name for a in store.annotators()] == ["amal"]


def test_hotkeys_are_checked_too(store: Store) -> None:
    with pytest.raises(StoreError, match="1 to 20 characters"):
        store.add_label("PERS", hotkey="x" * 21)
    with pytest.raises(StoreError, match=re.escape("U+200F")):
        store.add_label("PERS", hotkey="1\u200f")
    assert store.add_label("PERS", hotkey="Ctrl+1").hotkey == "Ctrl+1"


def test_names_made_before_the_rule_still_work(store: Store) -> None:
    store.db.execute_sql("INSERT INTO annotator (name) VALUES ('old\u200b')")
    doc = store.add_document("d", "زار محمد القاهرة")
    span = store.add_span(doc.id, "old\u200b", 4, 8, "LOC") if store.labels() else None
    assert span is None  # no label yet: the layer itself was accepted
    store.add_label("LOC")
    assert store.add_span(doc.id, "old\u200b", 4, 8, "LOC").annotator == "old\u200b"


def test_cli_refuses_with_one_line_naming_the_character(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"{tmp_path}/names.annotator"
    assert main(["--db", db, "labels", "add", "PE\u200bRS"]) == 1
    err = capsys.readouterr().err
    assert "U+200B ZERO WIDTH SPACE" in err and err.count("\n") == 1
    assert "\u200b" not in err
    assert main(["--db", db, "labels", "add", "\u202eSREP"]) == 1
    err = capsys.readouterr().err
    assert "U+202E" in err and "\u202e" not in err
    assert main(["--db", db, "labels", "add", "  ORG  "]) == 0
    assert capsys.readouterr().out.split("\t")[0] == "ORG"


@pytest.mark.parametrize("ch", ["\u2066", "\u061c", "\u180e", "\U000e0001"])
def test_categories_cover_the_named_examples(ch: str) -> None:
    assert unicodedata.category(ch) == "Cf"
    assert invisible_char(ch) == ch
