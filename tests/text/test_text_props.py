"""Property tests: the text core never crashes and keeps its invariants on any input."""

import itertools
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.text import find_all, match_key, normalize_text, sentence_ranges, tokenize
from annotator.text.chars import BIDI_MARKS, GLUE_CHARS

# No deadline: the machine running the suite may be busy; these are not speed tests.
relaxed = settings(deadline=None)

SPECIAL = (
    "كيمجونغأإآٱاىيةهلروسي"  # letters, alef variants
    "\u064b\u064e\u064f\u0650\u0651\u0652\u0670\u06d6"  # harakat
    "\u0640\u200c\u200d" + BIDI_MARKS + "\u0301\u20dd"  # glue, combining marks
    "،؛؟«»“”.,!?…٪-٫٬0123456789٠١٢٣٤٥٦٧٨٩۰۱۲"  # punctuation, separators, digits
    " \t\n\r\u00a0\u2003\u3000"  # whitespace
    "😀𝐀🇰\U000e0001\U0010fffd"  # astral
)
any_text = st.one_of(st.text(), st.text(alphabet=SPECIAL), st.text(alphabet=SPECIAL + "ab"))
DIGITS = set("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")


def is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def is_glue(ch: str) -> bool:
    return ch in GLUE_CHARS or unicodedata.category(ch) in ("Mn", "Me")


@relaxed
@given(any_text)
def test_tokens_cover_every_non_space_char_once(text: str) -> None:
    tokens = tokenize(text)
    pos = 0
    for tok in tokens:
        assert tok.start >= pos
        assert text[pos : tok.start].isspace() or pos == tok.start
        assert tok.start < tok.end
        assert text[tok.start : tok.end] == tok.text
        assert not any(ch.isspace() for ch in tok.text)
        pos = tok.end
    assert text[pos:] == "" or text[pos:].isspace()


@relaxed
@given(any_text)
def test_punctuation_stands_alone(text: str) -> None:
    for tok in tokenize(text):
        core = [ch for ch in tok.text if not is_glue(ch)]
        punct = [i for i, ch in enumerate(core) if is_punct(ch)]
        if len(core) == 1:
            continue
        # In a longer token every punctuation char is a separator between two digits.
        for i in punct:
            assert 0 < i < len(core) - 1
            assert core[i] in ".,٫٬" and core[i - 1] in DIGITS and core[i + 1] in DIGITS


@relaxed
@given(any_text)
def test_tokens_are_maximal(text: str) -> None:
    tokens = tokenize(text)
    for a, b in itertools.pairwise(tokens):
        if a.end != b.start:
            continue
        # Touching tokens: one of them must be a punctuation token.
        assert any(
            sum(1 for ch in t.text if not is_glue(ch)) == 1 and any(is_punct(ch) for ch in t.text)
            for t in (a, b)
        ), (a, b)


@relaxed
@given(any_text)
def test_glue_only_tokens_stand_between_spaces(text: str) -> None:
    for tok in tokenize(text):
        if all(is_glue(ch) for ch in tok.text):
            assert tok.start == 0 or text[tok.start - 1].isspace()
            assert tok.end == len(text) or text[tok.end].isspace()


@relaxed
@given(any_text)
def test_decimal_numbers_stay_whole(text: str) -> None:
    inside = set()
    for tok in tokenize(text):
        inside.update(range(tok.start + 1, tok.end - 1))
    for i in range(1, len(text) - 1):
        if text[i] in ".,٫٬" and text[i - 1] in DIGITS and text[i + 1] in DIGITS:
            assert i in inside


@relaxed
@given(any_text)
def test_sentences_partition_tokens(text: str) -> None:
    tokens = tokenize(text)
    ranges = sentence_ranges(text, tokens)
    if not tokens:
        assert ranges == []
        return
    assert ranges[0][0] == 0 and ranges[-1][1] == len(tokens)
    for (a, b), (c, _) in zip(ranges, [*ranges[1:], (len(tokens), 0)], strict=True):
        assert a < b == c
    starts = {a for a, _ in ranges}
    for i in range(1, len(tokens)):
        if "\n" in text[tokens[i - 1].end : tokens[i].start]:
            assert i in starts


@relaxed
@given(any_text)
def test_normalize_text_only_touches_bom_and_line_ends(text: str) -> None:
    out = normalize_text(text)
    assert "\r" not in out
    body = text[1:] if text.startswith("\ufeff") else text
    assert out == body.replace("\r\n", "\n").replace("\r", "\n")
    assert normalize_text(out) == out or out.startswith("\ufeff")


@relaxed
@given(any_text, st.booleans(), st.booleans())
def test_key_offsets(text: str, yeh: bool, teh: bool) -> None:
    key = match_key(text, yeh=yeh, teh_marbuta=teh)
    assert len(key.offsets) == len(key.key) + 1
    assert key.offsets[-1] == len(text)
    assert key.offsets == sorted(set(key.offsets))
    for ch, off in zip(key.key, key.offsets, strict=False):
        assert match_key(text[off], yeh=yeh, teh_marbuta=teh).key == ch


query_text = st.text(alphabet=SPECIAL, max_size=40)


@relaxed
@given(st.data(), query_text, st.booleans(), st.booleans())
def test_find_all_hits_match_the_query(
    data: st.DataObject, text: str, yeh: bool, teh: bool
) -> None:
    if text and data.draw(st.booleans()):
        a = data.draw(st.integers(0, len(text) - 1))
        b = data.draw(st.integers(a + 1, len(text)))
        query = text[a:b]
    else:
        query = data.draw(st.text(alphabet=SPECIAL, max_size=4))
    options = {"yeh": yeh, "teh_marbuta": teh}
    needle = match_key(query, **options).key
    hits = find_all(text, query, **options)
    if not needle:
        assert hits == []
        return
    previous_end = 0
    for start, end in hits:
        assert previous_end <= start < end <= len(text)
        assert match_key(text[start:end], **options).key == needle
        previous_end = end
    # As many hits as non-overlapping occurrences in the key (str.count counts those).
    assert len(hits) == match_key(text, **options).key.count(needle)
    whole = find_all(text, query, whole_word=True, **options)
    for start, end in whole:
        assert match_key(text[start:end], **options).key == needle
    for start, end in whole:
        assert start == 0 or text[start - 1].isspace() or is_punct(text[start - 1])
        assert end == len(text) or text[end].isspace() or is_punct(text[end])
