"""``Store.export_rows`` hands spans over by ``(start, -end, id)``: longest first among
spans sharing a start, and in the order they were added among equal ones."""

from __future__ import annotations

from annotator.store import Store, StoreError


def test_spans_sharing_a_start_come_longest_first(opened: Store) -> None:
    opened.set_policy("nested")
    for label in ("PERS", "LOC", "ORG"):
        opened.add_label(label)
    text = "كيم جونغ أون زار موسكو وبيونغ يانغ"
    first = opened.add_document("a", text).id
    second = opened.add_document("b", text).id
    # added shortest first, so the ids run against the wanted order
    opened.add_span(first, "gold", 0, 3, "PERS")
    opened.add_span(first, "gold", 0, 8, "ORG")
    opened.add_span(first, "gold", 0, 12, "LOC")
    opened.add_span(first, "gold", 17, 22, "LOC")
    try:
        opened.add_span(first, "gold", 0, 8, "PERS")  # the same extent again, if allowed
        same_extent = [(0, 8, "PERS")]
    except StoreError:
        same_extent = []
    opened.add_span(second, "gold", 13, 16, "PERS")
    opened.add_span(second, "gold", 4, 8, "ORG")
    rows = list(opened.export_rows([second, first], "gold"))
    assert [row.id for row in rows] == [second, first]
    assert rows[0].spans == [(4, 8, "ORG"), (13, 16, "PERS")]
    assert rows[1].spans == [
        (0, 12, "LOC"),
        (0, 8, "ORG"),
        *same_extent,
        (0, 3, "PERS"),
        (17, 22, "LOC"),
    ]
