"""A CRF suggestion's confidence: the product of its tags' marginal probabilities."""

from __future__ import annotations

import pytest

from annotator.suggest.corpus import Sentence, decode_spans


def test_confidence_falls_with_each_uncertain_token() -> None:
    sent = Sentence(["زار", "كيم", "جونغ", "أون", "موسكو"], [0, 4, 8, 13, 17],
                    [3, 7, 12, 16, 22], None)  # fmt: skip
    tags = ["O", "B-PERS", "I-PERS", "I-PERS", "B-GPE"]
    found = decode_spans(sent, tags, [1.0, 0.9, 0.8, 0.95, 0.7])
    assert [(s, e, label) for s, e, label, _c in found] == [(4, 16, "PERS"), (17, 22, "GPE")]
    assert found[0][3] == pytest.approx(0.9 * 0.8 * 0.95)  # not the smallest, 0.8
    assert found[1][3] == pytest.approx(0.7)
