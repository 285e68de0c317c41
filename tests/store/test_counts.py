"""The grouped count queries behind ``annotator stats``, the label dialog and the default
export layer (both backends)."""

from __future__ import annotations

from annotator.store import Store


def _labelled(store: Store) -> int:
    doc = store.add_document("a", "زار محمد القاهرة ثم دمشق").id
    store.apply_preset("anercorp")
    store.add_span(doc, "amal", 4, 8, "PERS")
    store.add_span(doc, "amal", 9, 16, "LOC")
    store.add_span(doc, "amal", 20, 24, "LOC", source="imported")
    store.add_span(doc, "badr", 4, 8, "PERS")
    store.add_span(doc, "badr", 9, 16, "LOC", source="suggested")
    store.add_span(doc, "sugg", 20, 24, "LOC", source="suggested")
    return doc


def test_layer_counts_leave_out_suggestions_and_list_empty_layers(store: Store) -> None:
    _labelled(store)
    store.add_span(store.add_document("b", "نص").id, "gold", 0, 2, "MISC", source="suggested")
    assert store.layer_span_counts() == {"amal": 3, "badr": 1, "sugg": 0, "gold": 0}


def test_layer_counts_are_the_sums_of_the_label_counts(store: Store) -> None:
    _labelled(store)
    by_label = store.span_counts()
    assert by_label == {("amal", "PERS"): 1, ("amal", "LOC"): 2, ("badr", "PERS"): 1}
    sums: dict[str, int] = {}
    for (layer, _label), n in by_label.items():
        sums[layer] = sums.get(layer, 0) + n
    assert {k: v for k, v in store.layer_span_counts().items() if v} == sums


def test_a_store_without_layers_has_no_counts(store: Store) -> None:
    store.add_document("a", "نص")
    assert store.layer_span_counts() == {}
    assert store.span_counts() == {}
