"""Suggestions in the store: their own table, accept/reject as one call each, undo,
rejections that keep a suggestion from coming back, trained models that survive a
reopen; on SQLite and on the PostgreSQL server the suite starts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from annotator.formats.export import ExportOptions, export
from annotator.store import SpanRefused, Store, StoreError
from annotator.store.suggestions import StoredModel

TEXT = "زار بوتين موسكو ثم لروسيا عاد"


@dataclass(frozen=True)
class Item:
    start: int
    end: int
    label: str
    confidence: float


def _setup(store: Store) -> int:
    store.apply_preset("anercorp")
    return store.add_document("d1", TEXT).id


def _offsets(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def _items() -> list[Item]:
    return [
        Item(*_offsets("بوتين"), "PERS", 0.9),
        Item(*_offsets("موسكو"), "LOC", 0.7),
        Item(_offsets("لروسيا")[0] + 1, _offsets("لروسيا")[1], "LOC", 0.95),
    ]


def test_replace_and_list(store: Store) -> None:
    doc = _setup(store)
    stored = store.replace_suggestions(doc, "amal", _items(), model_id=7)
    assert [(s.start, s.end, s.label, s.source, s.model_id) for s in stored] == [
        (i.start, i.end, i.label, "suggested", 7) for i in _items()
    ]
    assert store.suggestions_for(doc, "badr") == []
    # replacing drops what was there
    assert len(store.replace_suggestions(doc, "amal", _items()[:1])) == 1
    # never spans: no counts, no spans, no export
    assert store.spans_for(doc) == []
    assert store.span_counts() == {}


def test_suggestions_are_never_exported(store: Store, tmp_path: Path) -> None:
    doc = _setup(store)
    store.replace_suggestions(doc, "amal", _items())
    store.add_span(doc, "amal", *_offsets("عاد"), "MISC")
    out = tmp_path / "out.conll"
    export(store, ExportOptions(format="conll", layer="amal"), out)
    tags = [line.split("\t")[1] for line in out.read_text(encoding="utf-8").split("\n") if line]
    assert tags == ["O", "O", "O", "O", "O", "B-MISC"]


def test_accept_and_undo(store: Store) -> None:
    doc = _setup(store)
    first = store.replace_suggestions(doc, "amal", _items())[2]
    accepted = store.accept_suggestion(first.id)
    assert accepted.suggestion == first
    assert (accepted.span.start, accepted.span.end, accepted.span.label) == (
        first.start,
        first.end,
        "LOC",
    )
    assert accepted.span.source == "manual" and accepted.span.annotator == "amal"
    assert [s.id for s in store.spans_for(doc, "amal")] == [accepted.span.id]
    assert first.id not in [s.id for s in store.suggestions_for(doc, "amal")]
    restored = store.unaccept_suggestions([accepted])
    assert restored == [first]  # same id, same fields
    assert store.spans_for(doc, "amal") == []
    assert first in store.suggestions_for(doc, "amal")


def test_accept_with_another_label(store: Store) -> None:
    doc = _setup(store)
    first = store.replace_suggestions(doc, "amal", _items())[1]
    assert store.accept_suggestion(first.id, label="ORG").span.label == "ORG"


def test_a_refused_accept_changes_nothing(store: Store) -> None:
    doc = _setup(store)
    target = store.replace_suggestions(doc, "amal", _items())[0]
    store.add_span(doc, "amal", target.start, target.end + 2, "MISC")
    with pytest.raises(SpanRefused):
        store.accept_suggestion(target.id)
    assert target in store.suggestions_for(doc, "amal")
    assert len(store.spans_for(doc, "amal")) == 1


def test_accept_many_skips_refused_ones(store: Store) -> None:
    doc = _setup(store)
    stored = store.replace_suggestions(doc, "amal", _items())
    store.add_span(doc, "amal", stored[0].start, stored[0].end, "MISC")
    done = store.accept_suggestions([s.id for s in stored])
    assert [a.suggestion.id for a in done] == [stored[1].id, stored[2].id]
    assert [s.id for s in store.suggestions_for(doc, "amal")] == [stored[0].id]
    store.unaccept_suggestions(done)
    assert store.suggestions_for(doc, "amal") == stored
    assert [s.label for s in store.spans_for(doc, "amal")] == ["MISC"]


def test_reject_undo_and_never_again(store: Store) -> None:
    doc = _setup(store)
    stored = store.replace_suggestions(doc, "amal", _items())
    rejected = store.reject_suggestion(stored[1].id)
    assert rejected.suggestion == stored[1]
    assert store.suggestions_for(doc, "amal") == [stored[0], stored[2]]
    key = (stored[1].start, stored[1].end, stored[1].label)
    assert store.suggestion_rejections(doc, "amal") == {key}
    # a new prediction run does not bring it back for this document and layer ...
    again = store.replace_suggestions(doc, "amal", _items())
    assert key not in {(s.start, s.end, s.label) for s in again}
    # ... but does for another layer
    assert len(store.replace_suggestions(doc, "badr", _items())) == 3
    # undo: the rejection is forgotten and the suggestion is back
    store.replace_suggestions(doc, "amal", _items()[:1])
    back = store.unreject_suggestion(rejected)
    assert back.start == stored[1].start and back in store.suggestions_for(doc, "amal")
    assert store.suggestion_rejections(doc, "amal") == set()


def test_unknown_suggestion(store: Store) -> None:
    _setup(store)
    with pytest.raises(StoreError, match="no suggestion"):
        store.accept_suggestion(12345)
    with pytest.raises(StoreError, match="no suggestion"):
        store.reject_suggestion(12345)


def test_deleting_a_label_removes_its_suggestions(store: Store) -> None:
    doc = _setup(store)
    store.replace_suggestions(doc, "amal", _items())
    store.delete_label("LOC")
    assert [s.label for s in store.suggestions_for(doc, "amal")] == ["PERS"]


def _model(n: int) -> StoredModel:
    return StoredModel(
        id=0,
        format=101,
        revision=40 + n,
        layers=["gold", "amal"],
        created=datetime(2024, 5, 1, 12, 0, n),
        seconds=3.5,
        f1=0.5 + n / 100,
        entities=100 + n,
        info={"note": f"n{n}"},
        crf=bytes(range(256)) * 10 + bytes([n]),
        memory='{"x": "روسيا"}'.encode(),
    )


def test_models_survive_a_reopen(store_url: str) -> None:
    with Store.open(store_url) as store:
        ids = [store.save_suggest_model(_model(n), keep=2) for n in range(3)]
        assert store.latest_suggest_model(999) is None
    with Store.open(store_url) as store:
        latest = store.latest_suggest_model(101)
        assert latest is not None
        assert latest.id == ids[-1]
        expected = _model(2)
        assert (latest.revision, latest.layers, latest.f1, latest.entities, latest.info) == (
            expected.revision,
            expected.layers,
            expected.f1,
            expected.entities,
            expected.info,
        )
        assert latest.crf == expected.crf and latest.memory == expected.memory
        summary = store.latest_suggest_model(101, data=False)
        assert summary is not None and summary.id == latest.id and summary.crf is None
        # only the two newest are kept
        store.db.connect(reuse_if_open=True)
        count = store.db.execute_sql("SELECT COUNT(*) FROM suggest_model").fetchone()[0]
        assert count == 2


def test_undo_after_the_label_was_renamed(store: Store) -> None:
    """Accepting or rejecting, then renaming the label, then undoing: the suggestion comes
    back under the label's new name (the label is the same), as a removed span would."""
    doc = _setup(store)
    stored = store.replace_suggestions(doc, "amal", _items())
    accepted = store.accept_suggestion(stored[0].id)
    rejected = store.reject_suggestion(stored[1].id)
    store.update_label("PERS", new_name="PER")
    store.update_label("LOC", new_name="PLACE")
    restored = store.unaccept_suggestions([accepted])
    assert [(s.id, s.start, s.label) for s in restored] == [(stored[0].id, stored[0].start, "PER")]
    back = store.unreject_suggestion(rejected)
    assert (back.id, back.start, back.label) == (stored[1].id, stored[1].start, "PLACE")
    now = {(s.id, s.label) for s in store.suggestions_for(doc, "amal")}
    assert {(stored[0].id, "PER"), (stored[1].id, "PLACE")} <= now
    assert store.spans_for(doc, "amal") == []
    assert store.suggestion_rejections(doc, "amal") == set()


def test_undo_after_the_label_was_deleted_is_refused_whole(store: Store) -> None:
    doc = _setup(store)
    accepted = store.accept_suggestion(store.replace_suggestions(doc, "amal", _items())[0].id)
    store.delete_label("MISC")  # another label: undo still works
    store.unaccept_suggestions([accepted])
    accepted = store.accept_suggestion(store.suggestions_for(doc, "amal")[0].id)
    store.delete_label("PERS", relabel_to="ORG")
    with pytest.raises(StoreError, match="no longer exists"):
        store.unaccept_suggestions([accepted])
    assert [s.label for s in store.spans_for(doc, "amal")] == ["ORG"]
