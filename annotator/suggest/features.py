"""CRF features of the tokens of one sentence.

Per token: its key, prefixes and suffixes of 1-3 letters, the clitic-stripped stem and the
clitic (a guess without the memory), the word shape, length, the project memory's view
(the tag the memory's match gives the token, whether the token's key and its stem are
known forms), trigger words (titles and place or organisation nouns that precede names);
the same, prefixed with the offset, for the two tokens on each side; the affixes of the
clitic-stripped stem (الـ, وبـ... would otherwise fill every prefix), the key pairs with
the previous and the next token, the word-shape pair with the previous token (where a run
of digits or Latin letters starts and ends: dates, numbers, web sites), and the position in
the sentence (first, second, last, inside): names open headlines and sentences often.
Memory features are computed by the caller's memory: training passes, for each sentence, a
memory built without that sentence's part of the data (jackknifing), so the CRF learns how
far to trust the memory on names it has not seen.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from annotator.suggest.clitics import strip
from annotator.suggest.memory import ProjectMemory, token_key

__all__ = ["FEATURES_VERSION", "TRIGGERS", "sentence_features", "shape"]

#: Bump when features change: a stored model trained on other features is not used.
FEATURES_VERSION = 3

# Declarative table: words that often stand right before a name of the given kind.
_TRIGGER_WORDS = {
    "PERS": "الرئيس رئيس الملك الامير الشيخ السيد السيدة الدكتور الوزير وزير النائب "
    "الزعيم الجنرال اللواء العقيد المتحدث الناطق الامين الكاتب الشاعر المدرب اللاعب "
    "المستشار القائد الفنان الممثل المغني الاستاذ الحاج",
    "LOC": "مدينة محافظة ولاية دولة عاصمة بلدة قرية جمهورية مملكة منطقة اقليم جزيرة "
    "نهر جبل بحر مخيم حي شارع",
    "ORG": "شركة منظمة حزب حركة جامعة وزارة مجلس جمعية وكالة صحيفة بنك مؤسسة هيئة "
    "اتحاد نادي جبهة مركز مصرف",
}
TRIGGERS: dict[str, str] = {
    token_key(word): kind for kind, words in _TRIGGER_WORDS.items() for word in words.split()
}


def shape(word: str) -> str:
    """``ar``, ``lat``, ``dig``, ``punct``, ``mixed`` or ``other``."""
    kinds = set()
    for ch in word:
        if ch.isdigit():
            kinds.add("dig")
        elif "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff":
            kinds.add("ar")
        elif ch.isalpha():
            kinds.add("lat")
        elif unicodedata.category(ch)[0] in "PS":
            kinds.add("punct")
    if len(kinds) == 1:
        return kinds.pop()
    return "mixed" if kinds else "other"


def _known_label(memory: ProjectMemory, phrase: str) -> str:
    found = memory.label_of(phrase)
    if found is None:
        return "-"
    label, share = found
    return f"{label}{'+' if share >= 0.5 else '?'}"


def _own(kind: str, key: str, gaz: str, memory: ProjectMemory) -> list[str]:
    """Features of one token (of word shape ``kind``) that its neighbours see too (with
    an offset prefix)."""
    guess = strip(key)
    return [
        "k=" + key,
        "st=" + guess.stem,
        "cl=" + guess.prefix,
        "sh=" + kind,
        "gz=" + gaz,
        "mk=" + _known_label(memory, key),
        "ms=" + _known_label(memory, guess.stem),
        "tk=" + memory.token_view(key),
        "oov=" + ("1" if memory.token_total.get(key, 0) == 0 else "0"),
        "tr=" + TRIGGERS.get(key, TRIGGERS.get(guess.stem, "-")),
    ]


def _stem_affixes(key: str) -> list[str]:
    stem = strip(key).stem
    return ["sp2=" + stem[:2], "sp3=" + stem[:3], "ss2=" + stem[-2:], "ss3=" + stem[-3:]]


def _position(i: int, n: int) -> str:
    if i < 2:
        return str(i)
    return "e" if i == n - 1 else "m"


def _memory_tags(keys: Sequence[str], memory: ProjectMemory) -> list[str]:
    """Per token the memory's tag: ``B-X`` / ``I-X`` with ``+`` when the memory's share for
    the phrase is at least one half (``?`` otherwise), ``c`` when it starts inside the token
    (after a proclitic), or ``O``."""
    tags = ["O"] * len(keys)
    for m in memory.find(keys):
        sure = "+" if m.confidence >= 0.5 else "?"
        clitic = "c" if m.cut else ""
        tags[m.first] = f"B{clitic}-{m.label}{sure}"
        for j in range(m.first + 1, m.end):
            tags[j] = f"I-{m.label}{sure}"
    return tags


def sentence_features(words: Sequence[str], memory: ProjectMemory) -> list[list[str]]:
    """One list of feature strings per token of a sentence."""
    keys = [token_key(w) or w for w in words]
    gaz = _memory_tags(keys, memory)
    shapes = [shape(w) for w in words]
    own = [_own(s, k, g, memory) for s, k, g in zip(shapes, keys, gaz, strict=True)]
    n = len(words)
    result: list[list[str]] = []
    for i in range(n):
        key = keys[i]
        feats = ["b", *own[i]]
        feats += [
            "p1=" + key[:1],
            "p2=" + key[:2],
            "p3=" + key[:3],
            "s1=" + key[-1:],
            "s2=" + key[-2:],
            "s3=" + key[-3:],
            "len=" + str(min(len(key), 8)),
            *_stem_affixes(key),
            "pos=" + _position(i, n),
        ]
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < n:
                feats.extend(f"{offset}:{f}" for f in own[j])
            elif j == -1:
                feats.append("BOS")
            elif j == n:
                feats.append("EOS")
        if i > 0:
            feats.append("-1|0:gz=" + gaz[i - 1] + "|" + gaz[i])
            feats.append("-1|0:k=" + keys[i - 1] + "|" + key)
            feats.append("-1|0:sh=" + shapes[i - 1] + "|" + shapes[i])
        if i + 1 < n:
            feats.append("0|1:k=" + key + "|" + keys[i + 1])
        result.append(feats)
    return result
