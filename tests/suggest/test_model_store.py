"""A trained model is kept in the database: the same suggestions after a reopen, and for
every member of a team on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from annotator.store import Store
from annotator.suggest import assistant, stored
from annotator.suggest.model import MODEL_FORMAT

from .conftest import load_wojood


def test_model_survives_a_restart_and_is_shared(store_url: str, wojood_small: Path) -> None:
    with Store.open(store_url) as store:
        load_wojood(store, wojood_small)
        doc = store.documents()[0].id
        text = store.document(doc).text
        store.add_document("new", text[:2000].replace("\n", " "))
        trained = assistant.train(store, ["imported"], held_out=False)
        new_doc = store.documents()[-1].id
        before = assistant.predict_documents(store, trained.model, [new_doc], "amal")[new_doc]
        assert before, "the model predicts entities on text it learned from"
    with Store.open(store_url) as first, Store.open(store_url) as second:
        for store in (first, second):  # two annotators' connections
            loaded = stored.load_latest(store)
            assert loaded is not None
            model_id, model = loaded
            assert model_id == trained.model_id
            assert model.uses_crf and model.info.layers == ["imported"]
            assert model.info.entities == trained.model.info.entities
            after = assistant.predict_documents(store, model, [new_doc], "amal")[new_doc]
            assert after == before
        row = first.latest_suggest_model(MODEL_FORMAT, data=False)
        assert row is not None and row.revision == trained.data.revision


def test_refresh_writes_only_changes_and_respects_rejections(
    store_url: str, wojood_small: Path
) -> None:
    with Store.open(store_url) as store:
        load_wojood(store, wojood_small)
        text = store.document(store.documents()[0].id).text
        doc = store.add_document("new", text[:1500].replace("\n", " ")).id
        trained = assistant.train(store, ["imported"], held_out=False)
        shown = assistant.refresh(store, trained.model, trained.model_id, doc, "amal")
        assert shown and all(s.source == "suggested" for s in shown)
        revision = store.revision()
        assert assistant.refresh(store, trained.model, trained.model_id, doc, "amal") == shown
        assert store.revision() == revision  # nothing changed: nothing written
        store.reject_suggestion(shown[0].id)
        store.accept_suggestion(shown[1].id)
        again = assistant.refresh(store, trained.model, trained.model_id, doc, "amal")
        assert shown[0] not in again and shown[1] not in again
        assert {s.id for s in again} == {s.id for s in shown[2:]}
