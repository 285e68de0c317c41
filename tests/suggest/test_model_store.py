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


def test_rank_uncertain_orders_unfinished_documents(tmp_path: Path, wojood_small: Path) -> None:
    with Store.open(str(tmp_path / "r.annotator")) as store:
        load_wojood(store, wojood_small)
        source = store.documents()[0].id
        text = store.document(source).text
        plain = store.add_document("plain", "و و و و").id
        hard = store.add_document("hard", text[:800].replace("\n", " ")).id
        done = store.add_document("done", text[:300]).id
        store.set_status(done, "done", "amal")
        store.set_status(source, "done", "amal")
        trained = assistant.train(store, ["imported"], held_out=False)
        ranked = assistant.rank_uncertain(store, trained.model, "amal")
        assert [doc for doc, _c in ranked] == [hard, plain]  # finished ones left out
        assert 0.0 <= ranked[0][1] < ranked[1][1] <= 1.0


def test_without_conflicts() -> None:
    from annotator.store.types import SpanInfo
    from annotator.suggest.model import Predicted

    found = [Predicted(0, 5, "LOC", 0.9), Predicted(6, 9, "PERS", 0.8), Predicted(10, 12, "ORG", 1)]
    spans = [SpanInfo(1, 1, "amal", 8, 11, "MISC", "manual")]
    assert assistant.without_conflicts(found, spans) == found[:1]
