"""An annotator's first minutes with the assistant: one name labelled in the first seed
article, the article marked done (the model retrains); the next article opens with every
repeat of that name suggested, though a CRF trained on one entity is unsure of them."""

from __future__ import annotations

import pytest

from annotator.store import Store
from annotator.suggest import assistant
from annotator.text import find_all

pytestmark = pytest.mark.gui  # Qt warnings fail every GUI test (tests/qt_messages.py)

NAME = "فلاديمير بوتين"


def test_the_first_labelled_name_is_suggested_in_the_next_document(
    qtbot, db_path, make_window
) -> None:
    window = make_window(db_path)
    layer, first = window.annotator(), window.current_document_id()
    start, end = find_all(window.article_view.text(), NAME, whole_word=True)[0]
    window.store.add_span(first, layer, start, end, "PERS")
    window.mark_done()  # retrains in the worker process, opens the next document
    qtbot.waitUntil(lambda: window.assistant.model is not None, timeout=120_000)
    doc = window.current_document_id()
    repeats = find_all(window.article_view.text(), NAME, whole_word=True)
    assert doc != first and len(repeats) == 3
    qtbot.waitUntil(lambda: bool(window.assistant.overlay.items()), timeout=20_000)
    shown = {(s.start, s.end, s.label) for s in window.assistant.overlay.items()}
    assert {(a, b, "PERS") for a, b in repeats} <= shown
    assert all(
        s.confidence >= assistant.SHOWN_MIN_CONFIDENCE for s in window.assistant.overlay.items()
    )
    with Store.open(db_path) as store:  # stored for review, never labels
        found = {(s.start, s.end, s.label) for s in store.suggestions_for(doc, layer)}
        assert found == shown and store.spans_for(doc, layer) == []
