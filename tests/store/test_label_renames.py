"""A renamed label is the same label: an undo step that names it by its old name (a span
to restore, a relabel back) reaches it under its new name, on SQLite and PostgreSQL,
whichever Store renamed it. A deleted label stays refused, even when its id is reused."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from annotator.store import SpanInfo, SpanRefused, Store

TEXT = "زار الرئيس باريس ثم لندن."  # "the president visited Paris then London."
PARIS = (TEXT.index("باريس"), TEXT.index("باريس") + len("باريس"))
LONDON = (TEXT.index("لندن"), TEXT.index("لندن") + len("لندن"))
SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schemas"


@pytest.fixture
def doc(store: Store) -> int:
    store.apply_preset("anercorp")  # PERS LOC ORG MISC
    return store.add_document("news-1", TEXT).id


def _stored(store: Store, doc_id: int) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label) for s in store.spans_for(doc_id, "amal")]


def _removed(store: Store, doc_id: int, label: str) -> SpanInfo:
    """A span labelled ``label`` on Paris, removed as an undo step would remove it."""
    return store.remove_span(store.add_span(doc_id, "amal", *PARIS, label).id)


def test_restoring_a_span_whose_label_was_renamed(store: Store, doc: int) -> None:
    removed = _removed(store, doc, "PERS")
    store.update_label("PERS", new_name="PER")
    restored = store.restore_span(removed)
    assert restored.label == "PER" and restored.id == removed.id
    assert _stored(store, doc) == [(*PARIS, "PER")]


def test_relabelling_to_a_renamed_label(store: Store, doc: int) -> None:
    span = store.add_span(doc, "amal", *PARIS, "PERS")
    store.relabel_span(span.id, "LOC")
    store.update_label("PERS", new_name="PER")
    store.update_label("LOC", new_name="PLACE")
    back = store.relabel_span(span.id, "PERS")  # undo of "Relabel PERS as LOC"
    assert back.label == "PER"
    assert _stored(store, doc) == [(*PARIS, "PER")]
    again = store.relabel_span(span.id, "LOC")  # redo
    assert again.label == "PLACE"
    assert _stored(store, doc) == [(*PARIS, "PLACE")]


def test_every_earlier_name_leads_to_the_current_one(store: Store, doc: int) -> None:
    first = _removed(store, doc, "PERS")
    store.update_label("PERS", new_name="PER")
    second = store.remove_span(store.add_span(doc, "amal", *LONDON, "PER").id)
    store.update_label("PER", new_name="PERSON")
    assert store.restore_span(first).label == "PERSON"
    assert store.restore_span(second).label == "PERSON"
    store.update_label("PERSON", new_name="PERS")  # back to its first name
    store.remove_span(first.id)
    assert store.restore_span(first).label == "PERS"
    assert store.relabel_span(second.id, "PERSON").label == "PERS"
    assert {label.name for label in store.labels()} == {"PERS", "LOC", "ORG", "MISC"}


def test_a_deleted_label_stays_refused(store: Store, doc: int) -> None:
    removed = _removed(store, doc, "MISC")
    kept = store.add_span(doc, "amal", *LONDON, "LOC")
    store.update_label("MISC", new_name="OTHER")
    store.delete_label("OTHER")
    for name in ("MISC", "OTHER"):
        with pytest.raises(SpanRefused, match=f"Unknown label '{name}'"):
            store.restore_span(dataclasses.replace(removed, label=name))
        with pytest.raises(SpanRefused, match=f"Unknown label '{name}'"):
            store.relabel_span(kept.id, name)
    assert _stored(store, doc) == [(*LONDON, "LOC")]


def test_a_reused_label_id_does_not_bring_a_deleted_label_back(store: Store, doc: int) -> None:
    removed = _removed(store, doc, "MISC")  # MISC has the highest id
    misc_id = {label.name: label.id for label in store.labels()}["MISC"]
    store.update_label("MISC", new_name="OTHER")
    store.delete_label("OTHER")
    event = store.add_label("EVENT")
    if store.backend == "sqlite":
        assert event.id == misc_id  # SQLite hands the freed id out again
    with pytest.raises(SpanRefused, match="Unknown label 'MISC'"):
        store.restore_span(removed)
    assert _stored(store, doc) == []


def test_a_label_deleted_after_relabelling_its_spans_stays_refused(store: Store, doc: int) -> None:
    removed = _removed(store, doc, "MISC")
    store.update_label("MISC", new_name="OTHER")
    assert store.delete_label("OTHER", relabel_to="ORG") == 0
    with pytest.raises(SpanRefused, match="Unknown label 'MISC'"):
        store.restore_span(removed)


def test_a_new_label_under_an_old_name_takes_that_name(store: Store, doc: int) -> None:
    removed = _removed(store, doc, "PERS")
    store.update_label("PERS", new_name="PER")
    store.add_label("PERS")  # a different label, created with the freed name
    assert store.restore_span(removed).label == "PERS"
    store.update_label("PERS", new_name="NAME")
    store.update_label("LOC", new_name="PERS")  # and a label renamed to it
    store.remove_span(removed.id)
    assert store.restore_span(removed).label == "PERS"
    assert store.relabel_span(removed.id, "NAME").label == "NAME"
    assert store.relabel_span(removed.id, "LOC").label == "PERS"


def test_a_rename_by_another_store_on_the_same_database(store_url: str) -> None:
    with Store.open(store_url) as mine, Store.open(store_url) as theirs:
        mine.apply_preset("anercorp")
        doc_id = mine.add_document("news-1", TEXT).id
        removed = _removed(mine, doc_id, "PERS")
        relabelled = mine.add_span(doc_id, "amal", *LONDON, "LOC")
        theirs.update_label("PERS", new_name="PER")
        theirs.update_label("LOC", new_name="PLACE")
        assert mine.restore_span(removed).label == "PER"
        assert mine.relabel_span(relabelled.id, "LOC").label == "PLACE"
        assert _stored(theirs, doc_id) == [(*PARIS, "PER"), (*LONDON, "PLACE")]


def test_a_database_of_schema_10_keeps_renames_once_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "v10.annotator"
    shutil.copyfile(SCHEMAS / "v10.annotator", path)
    with Store.open(path) as store:
        doc_id = store.documents()[1].id  # its text: "نص ثان قصير"
        removed = store.remove_span(store.add_span(doc_id, "amal", 0, 2, "PERS").id)
        store.update_label("PERS", new_name="PER")
        assert store.restore_span(removed).label == "PER"
