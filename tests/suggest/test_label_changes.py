"""Labels renamed or deleted after the model was trained: the model's predictions carry
the names it learned, and the assistant suggests them under each label's current name; a
deleted label's predictions are not suggested (nobody could accept them), in the window,
in ``suggest apply`` and in ``suggest predict`` alike."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.store import Store
from annotator.suggest import assistant

NAME = "فلاديمير بوتين"
PLACE = "موسكو"
FIRST = f"قال الرئيس {NAME} في {PLACE} إن الاجتماع سيعقد قريبا."
SECOND = f"التقى {NAME} اليوم بوفد من {PLACE} وقال إن الزيارة مهمة."


@pytest.fixture
def trained(tmp_path: Path) -> Iterator[tuple[Store, int, assistant.Trained]]:
    store = Store.open(str(tmp_path / "p.annotator"))
    store.apply_preset("anercorp")
    first = store.add_document("first", FIRST).id
    second = store.add_document("second", SECOND).id
    for word, label in ((NAME, "PERS"), (PLACE, "LOC")):
        start = FIRST.index(word)
        store.add_span(first, "amal", start, start + len(word), label)
    store.set_status(first, "done", "amal")
    yield store, second, assistant.train(store, held_out=False)
    store.close()


def _found(items) -> set[tuple[str, str]]:
    return {(SECOND[p.start : p.end], p.label) for p in items}


def test_a_renamed_label_is_suggested_under_its_new_name(trained) -> None:
    store, doc, model = trained
    before = _found(assistant.shown_predictions(store, model.model, doc, "amal"))
    assert before == {(NAME, "PERS"), (PLACE, "LOC")}
    store.update_label("PERS", new_name="PER")
    shown = assistant.refresh(store, model.model, model.model_id, doc, "amal")
    assert _found(shown) == {(NAME, "PER"), (PLACE, "LOC")}
    predicted = assistant.predict_documents(store, model.model, [doc], None)
    assert _found(predicted[doc]) == {(NAME, "PER"), (PLACE, "LOC")}
    report = assistant.apply(store, model.model, model.model_id, [doc], "badr")
    assert report.suggestions == 2


def test_a_deleted_label_is_not_suggested(trained) -> None:
    store, doc, model = trained
    store.delete_label("LOC")
    predicted = assistant.predict_documents(store, model.model, [doc], None)
    assert _found(predicted[doc]) == {(NAME, "PERS")}
    assert _found(assistant.refresh(store, model.model, model.model_id, doc, "amal")) == {
        (NAME, "PERS")
    }
