"""With a CRF the assistant still suggests what the project memory knows.

An annotator's first minutes: one name labelled in one document, the document marked
done, the model trained. In the next document the name's repeats (and its form behind a
proclitic) are suggested at a confidence the window shows, even though a CRF trained on
one entity is unsure of them. Where the CRF and the memory disagree, the CRF's span wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from annotator.store import Store
from annotator.suggest import assistant
from annotator.suggest.data import prediction_units
from annotator.suggest.memory import ProjectMemory, token_key
from annotator.suggest.model import Predicted, SuggestModel

NAME = "فلاديمير بوتين"
FIRST = (
    "ذكر مسؤولون أن الزعيم الكوري الشمالي وصل إلى روسيا اليوم الثلاثاء قبل اجتماع متوقع "
    f"مع الرئيس {NAME}. وقال المتحدث إن الاجتماع سيعقد في مدينة فلاديفوستوك."
)
SECOND = (
    f"التقى {NAME} اليوم بوفد من رجال الأعمال. وأعلن الكرملين أن {NAME} سيزور "
    f"الصين قريبا. وقال مستشار لفلاديمير بوتين إن الزيارة مهمة."
)


@pytest.fixture
def one_name(tmp_path: Path) -> tuple[Store, int, SuggestModel]:
    """A project where one name is labelled once, its document done, a model trained;
    and a second document where the name comes back."""
    store = Store.open(str(tmp_path / "p.annotator"))
    store.apply_preset("anercorp")
    first = store.add_document("first", FIRST).id
    second = store.add_document("second", SECOND).id
    start = FIRST.index(NAME)
    store.add_span(first, "amal", start, start + len(NAME), "PERS")
    store.set_status(first, "done", "amal")
    trained = assistant.train(store, held_out=False)
    yield store, second, trained.model
    store.close()


def test_one_labelled_name_is_suggested_in_the_next_document(one_name) -> None:
    store, doc, model = one_name
    assert model.uses_crf and model.info.entities == 1
    shown = assistant.shown_predictions(store, model, doc, "amal")
    found = {(SECOND[p.start : p.end], p.start, p.label) for p in shown}
    plain = [i for i in range(len(SECOND)) if SECOND.startswith(NAME, i)]
    clitic = SECOND.index("لفلاديمير") + 1  # the name behind the proclitic ل
    assert len(plain) == 3 and clitic in plain  # two repeats and the clitic form
    assert found == {(NAME, at, "PERS") for at in plain}
    assert all(p.confidence >= assistant.SHOWN_MIN_CONFIDENCE for p in shown)


def test_the_memory_alone_finds_the_same(one_name) -> None:
    store, doc, model = one_name
    units = prediction_units(store, [doc])[doc]
    memory = {(p.start, p.end, p.label) for p in model.predict_memory(units)}
    assert memory == {(p.start, p.end, p.label) for p in model.predict(units)}


class _Tagger:
    """Stands for a trained CRF: tags given per word (by the word's key), ``O`` for
    the others, with the marginal given."""

    def __init__(self, tags: dict[str, str], marginal: float) -> None:
        self.tags = {token_key(word): tag for word, tag in tags.items()}
        self.marginal = marginal

    def tag(self, features: Sequence[Sequence[str]]) -> tuple[list[str], list[float]]:
        words = [next(f[2:] for f in feats if f.startswith("k=")) for feats in features]
        tags = [self.tags.get(word, "O") for word in words]
        return tags, [1.0 if tag == "O" else self.marginal for tag in tags]


def _model(tags: dict[str, str], marginal: float) -> tuple[SuggestModel, list]:
    memory = ProjectMemory()
    memory.add([token_key(w) for w in NAME.split()], "PERS")
    memory.add([token_key("الكرملين")], "ORG")
    model = SuggestModel(memory, None)
    model._tagger = _Tagger(tags, marginal)  # type: ignore[assignment]
    with Store.open(":memory:") as store:
        doc = store.add_document("d", SECOND).id
        units = prediction_units(store, [doc])[doc]
    return model, units


def _spans(found: list[Predicted]) -> list[tuple[str, str, float]]:
    return [(SECOND[p.start : p.end], p.label, round(p.confidence, 3)) for p in found]


def test_crf_spans_win_over_overlapping_memory_matches() -> None:
    # the CRF tags بوتين alone, as ORG: where it overlaps the memory's PERS phrase it wins
    model, units = _model({"بوتين": "B-ORG"}, 0.6)
    found = _spans(model.predict(units))
    assert found.count(("بوتين", "ORG", 0.6)) == 3
    assert (NAME, "PERS", 1.0) not in found
    # and the memory's other match, which no CRF span overlaps, is added
    assert ("الكرملين", "ORG", 1.0) in found
    assert [p.start for p in model.predict(units)] == sorted(p.start for p in model.predict(units))


def test_agreeing_spans_take_the_higher_confidence() -> None:
    model, units = _model({"فلاديمير": "B-PERS", "بوتين": "I-PERS"}, 0.5)
    found = _spans(model.predict(units))
    assert found.count((NAME, "PERS", 1.0)) == 3  # the memory's share, not 0.25
    assert len(found) == 4
