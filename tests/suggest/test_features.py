"""CRF features: the stem's affixes, the key pairs on both sides, the sentence position."""

from __future__ import annotations

from annotator.suggest.features import sentence_features
from annotator.suggest.memory import ProjectMemory, token_key


def _features(words: list[str]) -> list[set[str]]:
    return [set(f) for f in sentence_features(words, ProjectMemory())]


def test_stem_affixes_skip_the_proclitics() -> None:
    (word,) = _features(["والرئيس"])
    stem = token_key("رئيس")
    assert {"sp2=" + stem[:2], "sp3=" + stem[:3], "ss2=" + stem[-2:], "ss3=" + stem[-3:]} <= word
    assert "p2=" + token_key("وا") in word  # the word's own prefixes keep the clitics


def test_key_pairs_with_the_previous_and_the_next_token() -> None:
    first, second, third = _features(["زار", "الرئيس", "موسكو"])
    assert f"0|1:k={token_key('الرئيس')}|{token_key('موسكو')}" in second
    assert f"-1|0:k={token_key('زار')}|{token_key('الرئيس')}" in second
    assert not any(f.startswith("0|1:") for f in third)
    assert not any(f.startswith("-1|0:") for f in first)


def test_sentence_position() -> None:
    words = ["قال", "الرئيس", "ان", "موسكو", "ترفض"]
    positions = [next(f for f in feats if f.startswith("pos=")) for feats in _features(words)]
    assert positions == ["pos=0", "pos=1", "pos=m", "pos=m", "pos=e"]


def test_shape_pair_with_the_previous_token() -> None:
    first, second, third = _features(["في", "2020", "Reuters"])
    assert "-1|0:sh=ar|dig" in second
    assert "-1|0:sh=dig|lat" in third
    assert not any(f.startswith("-1|0:sh=") for f in first)
