"""Inter-annotator agreement: pure measures on plain data, then three layers in a store.

Every expected number below is worked out by hand in the comments from the spans the test
writes, not taken from the code's output.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping
from fractions import Fraction
from pathlib import Path

import pytest

from annotator.agreement import (
    PRF,
    AgreementError,
    cohen_kappa,
    compare_spans,
    compute_agreement,
    fleiss_kappa,
    format_text,
    iob2_tags,
    span_prf,
)
from annotator.spans import Span
from annotator.text import normalize_text, tokenize

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


# --- span P/R/F1 on plain data ---------------------------------------------------------


def test_exact_match_needs_same_start_end_and_label() -> None:
    a = [Span(0, 5, "PER"), Span(10, 15, "LOC"), Span(20, 25, "ORG")]
    b = [Span(0, 5, "PER"), Span(10, 15, "ORG"), Span(21, 25, "ORG"), Span(30, 32, "LOC")]
    prf = span_prf(a, b, "exact")
    # only (0, 5, PER) is identical: 1 matched, 3 in a, 4 in b
    assert (prf.matched, prf.spans_a, prf.spans_b) == (1, 3, 4)
    assert prf.precision == pytest.approx(1 / 4)
    assert prf.recall == pytest.approx(1 / 3)
    # F1 = 2PR/(P+R) = 2 * (1/12) / (7/12) = 2/7
    assert prf.f1 == pytest.approx(2 / 7)


def test_overlap_match_needs_same_label_and_a_shared_character() -> None:
    a = [Span(0, 5, "PER"), Span(10, 15, "LOC"), Span(20, 25, "ORG")]
    b = [Span(4, 8, "PER"), Span(12, 14, "ORG"), Span(25, 30, "ORG")]
    prf = span_prf(a, b, "overlap")
    # (0,5)/(4,8) share character 4 -> match; LOC vs ORG -> no; (20,25)/(25,30) only touch
    assert prf.matched == 1
    assert prf.precision == pytest.approx(1 / 3)
    assert prf.recall == pytest.approx(1 / 3)


def test_overlap_match_is_one_to_one() -> None:
    # one long span in a, two short ones inside it in b: only one of them can match
    prf = span_prf([Span(0, 10, "PER")], [Span(0, 4, "PER"), Span(5, 10, "PER")], "overlap")
    assert (prf.matched, prf.precision, prf.recall) == (1, 0.5, 1.0)


def test_overlap_match_takes_largest_overlap_first_in_any_order() -> None:
    # a1=(0,10) a2=(1,4); b1=(2,4) b2=(5,10).
    # shared characters: a1-b2 = 5, a1-b1 = 2, a2-b1 = 2, a2-b2 = 0.
    # Greedy by size pairs a1-b2 first, then a2-b1: 2 matches. Pairing a1 with its
    # first overlapping b by position (b1) would leave a2 nothing and give only 1.
    a = [Span(0, 10, "LOC"), Span(1, 4, "LOC")]
    b = [Span(2, 4, "LOC"), Span(5, 10, "LOC")]
    for pa in itertools.permutations(a):
        for pb in itertools.permutations(b):
            assert span_prf(pa, pb, "overlap").matched == 2


def test_empty_layers() -> None:
    both_empty = span_prf([], [], "exact")
    assert (both_empty.precision, both_empty.recall, both_empty.f1) == (1.0, 1.0, 1.0)
    nothing_found = span_prf([Span(0, 3, "PER")], [], "overlap")
    assert (nothing_found.precision, nothing_found.recall, nothing_found.f1) == (0.0, 0.0, 0.0)
    nothing_expected = span_prf([], [Span(0, 3, "PER")], "exact")
    assert (nothing_expected.precision, nothing_expected.recall) == (0.0, 0.0)


def test_f1_is_symmetric_and_prf_adds_counts() -> None:
    a = [Span(0, 5, "PER"), Span(10, 15, "LOC")]
    b = [Span(0, 5, "PER")]
    assert span_prf(a, b).f1 == span_prf(b, a).f1 == pytest.approx(2 / 3)
    total = PRF(1, 2, 1) + PRF(3, 3, 5)
    # micro: 4 matched of 5 in a and 6 in b
    assert (total.precision, total.recall) == (pytest.approx(4 / 6), pytest.approx(4 / 5))


def test_unknown_match_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="overlap"):
        span_prf([], [], "fuzzy")  # type: ignore[arg-type]


def test_compare_spans_per_label() -> None:
    a = [Span(0, 5, "PER"), Span(10, 15, "LOC"), Span(20, 25, "LOC")]
    b = [Span(0, 4, "PER"), Span(10, 15, "LOC"), Span(30, 35, "ORG")]
    per_label = compare_spans(a, b)
    assert sorted(per_label) == ["LOC", "ORG", "PER"]
    # PER: boundary differs -> exact 0/1, overlap 1/1
    assert (per_label["PER"].exact.matched, per_label["PER"].overlap.matched) == (0, 1)
    # LOC: one of two found -> P 1/1, R 1/2
    assert (per_label["LOC"].exact.precision, per_label["LOC"].exact.recall) == (1.0, 0.5)
    # ORG: only in b
    assert (per_label["ORG"].exact.spans_a, per_label["ORG"].exact.spans_b) == (0, 1)
    assert per_label["ORG"].overlap.f1 == 0.0


# --- kappas on textbook data -----------------------------------------------------------


def test_cohen_kappa_textbook_two_by_two() -> None:
    # 50 items: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no.
    # p_o = (20 + 15) / 50 = 0.7
    # a says yes 25/50 = 0.5, b says yes 30/50 = 0.6
    # p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5
    # kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4
    a = ["yes"] * 20 + ["yes"] * 5 + ["no"] * 10 + ["no"] * 15
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)
    assert cohen_kappa(b, a) == pytest.approx(0.4)


def test_cohen_kappa_edge_cases() -> None:
    assert cohen_kappa(["O", "O", "O"], ["O", "O", "O"]) == 1.0  # p_e = 1: defined as 1
    assert cohen_kappa(["B-PER", "O"], ["B-PER", "O"]) == 1.0
    # complete disagreement on two balanced categories: p_o = 0, p_e = 0.5 -> -1
    assert cohen_kappa(["x", "y"], ["y", "x"]) == pytest.approx(-1.0)
    with pytest.raises(ValueError, match="against"):
        cohen_kappa(["O"], ["O", "O"])
    with pytest.raises(ValueError, match="no items"):
        cohen_kappa([], [])


# Fleiss (1971) as worked on Wikipedia: 10 subjects, 14 raters, 5 categories.
FLEISS_TABLE = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]


def test_fleiss_kappa_worked_example() -> None:
    # sum_j n_ij^2 - 14 per row: 182, 46, 56, 80, 60, 84, 44, 32, 52, 52 -> total 688
    # P_bar = 688 / (10 * 14 * 13) = 688 / 1820 = 0.37802
    # column totals 20, 28, 39, 21, 32 of 140 ratings:
    # P_e = (400 + 784 + 1521 + 441 + 1024) / 140^2 = 4170 / 19600 = 0.21276
    # kappa = (P_bar - P_e) / (1 - P_e) = 0.20993
    p_bar = Fraction(688, 1820)
    p_e = Fraction(4170, 19600)
    expected = (p_bar - p_e) / (1 - p_e)
    assert fleiss_kappa(FLEISS_TABLE) == pytest.approx(float(expected), abs=1e-12)
    assert fleiss_kappa(FLEISS_TABLE) == pytest.approx(0.210, abs=5e-4)


def test_fleiss_kappa_agrees_with_cohen_style_extremes_and_checks_input() -> None:
    assert fleiss_kappa([[3, 0], [3, 0]]) == 1.0  # one category for everything
    assert fleiss_kappa([[3, 0], [0, 3]]) == pytest.approx(1.0)  # unanimous, two categories
    with pytest.raises(ValueError, match="row 1"):
        fleiss_kappa([[2, 1], [1, 1]])
    with pytest.raises(ValueError, match="no subjects"):
        fleiss_kappa([])


def test_iob2_tags_first_column_per_token() -> None:
    text = "وصل كيم جونغ أون إلى روسيا."
    tokens = tokenize(text)
    start = text.index("كيم")
    spans = [Span(start, start + len("كيم جونغ أون"), "PER"), Span(21, 26, "LOC")]
    assert text[21:26] == "روسيا"
    tags = iob2_tags(text, spans)
    assert len(tags) == len(tokens)
    assert [t.text for t in tokens] == ["وصل", "كيم", "جونغ", "أون", "إلى", "روسيا", "."]
    assert tags == ["O", "B-PER", "I-PER", "I-PER", "O", "B-LOC", "O"]


def test_iob2_tags_use_the_outermost_entity() -> None:
    text = "وصل رئيس كوريا الشمالية"
    outer = Span(text.index("رئيس"), len(text), "PER")
    inner = Span(text.index("كوريا"), len(text), "LOC")
    assert iob2_tags(text, [inner, outer]) == ["O", "B-PER", "I-PER", "I-PER"]


def test_iob2_tags_two_spans_in_one_token() -> None:
    # ل and روسيا are both cut out of the single token لروسيا: the token goes to the span
    # covering more of it (روسيا, 5 of 6 characters)
    text = "لروسيا وموسكو"
    spans = [Span(0, 1, "PER"), Span(1, 6, "LOC"), Span(8, 13, "LOC")]
    assert [t.text for t in tokenize(text)] == ["لروسيا", "وموسكو"]
    assert iob2_tags(text, spans) == ["B-LOC", "B-LOC"]


# --- three layers written through the store --------------------------------------------


def _seed_texts() -> list[tuple[str, str]]:
    return [
        (path.stem, normalize_text(path.read_text(encoding="utf-8")))
        for path in sorted(SEEDS.glob("*.txt"))
    ]


def _at(text: str, phrase: str, label: str) -> tuple[int, int, str]:
    """The first occurrence of ``phrase`` as a span."""
    start = text.index(phrase)
    return (start, start + len(phrase), label)


def _kappa(n: int, agree: int, counts_a: Mapping[str, int], counts_b: Mapping[str, int]) -> float:
    """Cohen's kappa from a hand count: (p_o - p_e) / (1 - p_e)."""
    p_o = Fraction(agree, n)
    p_e = sum(Fraction(counts_a[c] * counts_b.get(c, 0), n * n) for c in counts_a)
    return float((p_o - p_e) / (1 - p_e))


@pytest.fixture
def corpus(store):  # type: ignore[no-untyped-def]
    """Seeds 0-4 in the store; layers ali (reference), badr and chadi.

    Seed 0: ali marks 6 spans. badr agrees on 3 (كيم جونغ أون, روسيا, أوكرانيا), marks
    only بوتين of فلاديمير بوتين (boundary), calls موسكو ORG (label) and misses
    كوريا الشمالية (missing span). chadi copies ali exactly.
    Seed 1: ali 2 spans, badr the same 2 plus موسكو LOC.
    Seed 2: ali done, badr in progress, neither has a span.
    Seed 3: only ali (done).  Seed 4: nobody.  A gold layer exists and is ignored.
    """
    known = {info.name for info in store.labels()}
    for label in ("PER", "LOC", "ORG"):
        if label not in known:
            store.add_label(label)
    docs = [store.add_document(name, text) for name, text in _seed_texts()]
    texts = [store.document(doc.id).text for doc in docs]
    t0, t1 = texts[0], texts[1]
    ali0 = [
        _at(t0, "كيم جونغ أون", "PER"),
        _at(t0, "روسيا", "LOC"),
        _at(t0, "فلاديمير بوتين", "PER"),
        _at(t0, "موسكو", "LOC"),
        _at(t0, "أوكرانيا", "LOC"),
        _at(t0, "كوريا الشمالية", "LOC"),
    ]
    badr0 = [
        _at(t0, "كيم جونغ أون", "PER"),
        _at(t0, "روسيا", "LOC"),
        _at(t0, "بوتين", "PER"),
        _at(t0, "موسكو", "ORG"),
        _at(t0, "أوكرانيا", "LOC"),
    ]
    ali1 = [_at(t1, "واشنطن", "LOC"), _at(t1, "كيم يونغ أون", "PER")]
    badr1 = [*ali1, _at(t1, "موسكو", "LOC")]
    for layer in ("ali", "badr", "chadi", "gold"):
        store.annotator(layer)
    writes = [
        ("ali", 0, ali0),
        ("badr", 0, badr0),
        ("chadi", 0, ali0),
        ("ali", 1, ali1),
        ("badr", 1, badr1),
        ("gold", 0, ali0[:2]),
    ]
    for layer, index, spans in writes:
        for start, end, label in spans:
            store.add_span(docs[index].id, layer, start, end, label)
    store.set_status(docs[2].id, "done", annotator="ali")
    store.set_status(docs[2].id, "in_progress", annotator="badr")
    store.set_status(docs[3].id, "done", annotator="ali")
    return store, docs, texts


def test_report_scope_and_layers(corpus) -> None:  # type: ignore[no-untyped-def]
    store, docs, _ = corpus
    report = compute_agreement(store)
    assert report.layers == ["ali", "badr", "chadi"]  # gold left out by default
    by_id = {scope.document_id: scope.annotated_by for scope in report.documents}
    assert by_id[docs[0].id] == ("ali", "badr", "chadi")
    assert by_id[docs[1].id] == ("ali", "badr")
    assert by_id[docs[2].id] == ("ali", "badr")  # statuses only, no spans
    assert by_id[docs[3].id] == ("ali",)
    assert by_id[docs[4].id] == ()
    assert [(p.a, p.b) for p in report.pairs] == [
        ("ali", "badr"),
        ("ali", "chadi"),
        ("badr", "chadi"),
    ]
    ab = report.pair("ali", "badr")
    assert [d.document_id for d in ab.per_document] == [docs[0].id, docs[1].id, docs[2].id]
    assert [d.document_id for d in report.pair("ali", "chadi").per_document] == [docs[0].id]


def test_disagreements_on_one_document(corpus) -> None:  # type: ignore[no-untyped-def]
    store, _, texts = corpus
    ab = compute_agreement(store, layers=["ali", "badr"]).pair("ali", "badr")
    doc0 = ab.per_document[0]
    # exact: 3 identical of ali's 6 and badr's 5 -> P 3/5, R 3/6, F1 6/11
    assert (doc0.exact.matched, doc0.exact.spans_a, doc0.exact.spans_b) == (3, 6, 5)
    assert doc0.exact.precision == pytest.approx(0.6)
    assert doc0.exact.recall == pytest.approx(0.5)
    assert doc0.exact.f1 == pytest.approx(6 / 11)
    # overlap: بوتين inside فلاديمير بوتين also counts -> 4: P 4/5, R 4/6, F1 8/11
    assert doc0.overlap.matched == 4
    assert doc0.overlap.precision == pytest.approx(0.8)
    assert doc0.overlap.recall == pytest.approx(4 / 6)
    assert doc0.overlap.f1 == pytest.approx(8 / 11)
    per = doc0.per_label
    # PER: ali 2, badr 2; exact 1 (كيم), overlap 2
    assert (per["PER"].exact.precision, per["PER"].exact.recall) == (0.5, 0.5)
    assert per["PER"].overlap.f1 == 1.0
    # LOC: ali 4, badr 2 (روسيا, أوكرانيا), both found -> P 1, R 1/2, F1 2/3
    assert (per["LOC"].exact.precision, per["LOC"].exact.recall) == (1.0, 0.5)
    assert per["LOC"].exact.f1 == pytest.approx(2 / 3)
    assert per["LOC"].overlap.f1 == pytest.approx(2 / 3)
    # ORG: only badr's موسكو
    assert (per["ORG"].exact.spans_a, per["ORG"].exact.spans_b, per["ORG"].exact.f1) == (0, 1, 0)

    # Token kappa. Tokens differing: فلاديمير (B-PER/O), بوتين (I-PER/B-PER),
    # موسكو (B-LOC/B-ORG), كوريا (B-LOC/O), الشمالية (I-LOC/O): 5 of T.
    # ali tags: B-PER 2, I-PER 3, B-LOC 4, I-LOC 1, O T-10
    # badr tags: B-PER 2, I-PER 2, B-LOC 2, B-ORG 1, O T-7
    n = len(tokenize(texts[0]))
    expected = _kappa(
        n,
        n - 5,
        {"B-PER": 2, "I-PER": 3, "B-LOC": 4, "I-LOC": 1, "O": n - 10},
        {"B-PER": 2, "I-PER": 2, "B-LOC": 2, "B-ORG": 1, "O": n - 7},
    )
    assert doc0.tokens == n
    assert doc0.kappa == pytest.approx(expected)
    assert 0 < doc0.kappa < 1


def test_corpus_micro_average_and_kappa(corpus) -> None:  # type: ignore[no-untyped-def]
    store, _, texts = corpus
    ab = compute_agreement(store).pair("ali", "badr")
    doc1, doc2 = ab.per_document[1], ab.per_document[2]
    # seed 1: 2 identical, badr adds موسكو -> P 2/3, R 1
    assert (doc1.exact.precision, doc1.exact.recall) == (pytest.approx(2 / 3), 1.0)
    # seed 2: both annotated, no spans: full agreement, all tags O -> kappa 1
    assert (doc2.exact.f1, doc2.overlap.f1, doc2.kappa) == (1.0, 1.0, 1.0)
    # corpus exact: matched 3+2+0 = 5, ali 6+2 = 8, badr 5+3 = 8 -> P = R = F1 = 5/8
    assert (ab.exact.matched, ab.exact.spans_a, ab.exact.spans_b) == (5, 8, 8)
    assert ab.exact.f1 == pytest.approx(0.625)
    # corpus overlap: 4+2 = 6 of 8 -> 0.75
    assert (ab.overlap.precision, ab.overlap.recall, ab.overlap.f1) == (0.75, 0.75, 0.75)
    # per label over the corpus: LOC ali 4+1 = 5, badr 2+2 = 4, exact 2+1 = 3
    loc = ab.per_label["LOC"].exact
    assert (loc.precision, loc.recall) == (0.75, 0.6)
    assert loc.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    # PER ali 2+1, badr 2+1; exact 1+1 = 2, overlap 2+1 = 3
    assert ab.per_label["PER"].exact.f1 == pytest.approx(2 / 3)
    assert ab.per_label["PER"].overlap.f1 == 1.0

    # corpus kappa over seeds 0-2 together (N = T0 + T1 + T2 tokens):
    # disagreements 5 (seed 0) + 1 (موسكو in seed 1) + 0
    # ali: B-PER 2+1, I-PER 3+2, B-LOC 4+1, I-LOC 1, O the rest (N - 14)
    # badr: B-PER 2+1, I-PER 2+2, B-LOC 2+2, B-ORG 1, O the rest (N - 12)
    n = sum(len(tokenize(texts[i])) for i in range(3))
    expected = _kappa(
        n,
        n - 6,
        {"B-PER": 3, "I-PER": 5, "B-LOC": 5, "I-LOC": 1, "O": n - 14},
        {"B-PER": 3, "I-PER": 4, "B-LOC": 4, "B-ORG": 1, "O": n - 12},
    )
    assert ab.tokens == n
    assert ab.kappa == pytest.approx(expected)


def test_identical_and_reversed_pairs(corpus) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = corpus
    report = compute_agreement(store)
    ac = report.pair("ali", "chadi")
    assert (ac.exact.f1, ac.overlap.f1, ac.kappa) == (1.0, 1.0, 1.0)
    # badr is now the reference for chadi (= ali on seed 0): P 3/6, R 3/5
    bc = report.pair("badr", "chadi")
    assert (bc.exact.precision, bc.exact.recall) == (0.5, 0.6)
    assert bc.exact.f1 == pytest.approx(6 / 11)


def test_fleiss_kappa_over_three_layers(corpus) -> None:  # type: ignore[no-untyped-def]
    store, _, texts = corpus
    report = compute_agreement(store)
    # only seed 0 is annotated by all three layers
    assert (report.fleiss_documents, report.fleiss_tokens) == (1, len(tokenize(texts[0])))
    n = len(tokenize(texts[0]))
    # 5 tokens split 2-1 (ali and chadi against badr): P_i = (2^2 + 1^2 - 3) / (3 * 2) = 1/3
    # the other n - 5 are unanimous: P_i = 1
    p_bar = (Fraction(n - 5) + 5 * Fraction(1, 3)) / n
    # ratings per tag over 3n: B-PER 2+2+2, I-PER 3+2+3, B-LOC 4+2+4, I-LOC 1+0+1,
    # B-ORG 0+1+0, O the rest 3n - 27
    totals = [6, 8, 10, 2, 1, 3 * n - 27]
    p_e = sum(Fraction(t, 3 * n) ** 2 for t in totals)
    assert report.fleiss_kappa == pytest.approx(float((p_bar - p_e) / (1 - p_e)))

    two = compute_agreement(store, layers=["ali", "badr"])
    assert two.fleiss_kappa is None


def test_layer_and_document_selection(corpus) -> None:  # type: ignore[no-untyped-def]
    store, docs, _ = corpus
    only_seed1 = compute_agreement(store, layers=["badr", "ali"], doc_ids=[docs[1].id])
    assert [(p.a, p.b) for p in only_seed1.pairs] == [("badr", "ali")]
    pair = only_seed1.pairs[0]
    # ali measured against badr on seed 1: P 2/2, R 2/3
    assert (pair.exact.precision, pair.exact.recall) == (1.0, pytest.approx(2 / 3))
    with_gold = compute_agreement(store, layers=["gold", "ali"])
    # gold holds ali's first 2 spans of seed 0 and nothing on seeds 1-3 (not annotated)
    assert [d.document_id for d in with_gold.pairs[0].per_document] == [docs[0].id]
    assert with_gold.pairs[0].exact.recall == 1.0
    with pytest.raises(AgreementError, match="nobody"):
        compute_agreement(store, layers=["ali", "nobody"])
    with pytest.raises(AgreementError, match="two layers"):
        compute_agreement(store, layers=["ali"])
    with pytest.raises(AgreementError, match="999999"):
        compute_agreement(store, doc_ids=[999999])


def test_json_and_text_output(corpus) -> None:  # type: ignore[no-untyped-def]
    store, _, _ = corpus
    data = json.loads(json.dumps(compute_agreement(store).to_json()))
    assert data["layers"] == ["ali", "badr", "chadi"]
    assert len(data["documents"]) == 5
    first = data["pairs"][0]
    assert (first["a"], first["b"]) == ("ali", "badr")
    assert first["f1_exact"] == pytest.approx(0.625)
    assert first["f1_overlap"] == pytest.approx(0.75)
    for key in ("precision_exact", "recall_exact", "precision_overlap", "recall_overlap"):
        assert 0.0 <= first[key] <= 1.0
    assert set(first["per_label"]) == {"LOC", "ORG", "PER"}
    assert first["per_label"]["LOC"]["support_a"] == 5
    assert first["per_label"]["LOC"]["support_b"] == 4
    assert first["per_label"]["LOC"]["recall_exact"] == pytest.approx(0.6)
    assert len(first["per_document"]) == 3
    assert isinstance(first["kappa"], float)
    assert isinstance(data["fleiss_kappa"], float)
    assert compute_agreement(store, layers=["ali", "badr"]).to_json()["fleiss_kappa"] is None

    text = format_text(compute_agreement(store), per_document=True)
    assert "ali" in text and "chadi" in text
    assert "0.625" in text  # corpus F1 exact of ali/badr
    assert "0.750" in text
    assert "Fleiss' kappa over 3 layers" in text
    assert "Per document, badr against ali" in text


def test_no_annotations_gives_empty_report(store) -> None:  # type: ignore[no-untyped-def]
    name, text = _seed_texts()[0]
    store.add_document(name, text)
    report = compute_agreement(store)
    assert report.pairs == []
    assert report.fleiss_kappa is None
    assert "No pair" in format_text(report)


def test_a_review_does_not_count_as_work_of_layers_that_never_opened_the_document(
    corpus,  # type: ignore[no-untyped-def]
) -> None:
    """Marking a document reviewed sets the document's own status; layers that never set
    a status there nor labelled it (chadi on seed 1, an empty ``imported`` layer) must not
    then count as having annotated it and be charged with missing every span."""
    store, docs, _ = corpus
    store.annotator("imported")  # a layer with no spans and no status (a text import)
    before = compute_agreement(store)
    with store.atomic():  # what the adjudication window's "Mark reviewed" writes
        store.set_status(docs[1].id, "reviewed")
        store.set_status(docs[1].id, "reviewed", "gold")
    after = compute_agreement(store)
    assert after.layers == before.layers == ["ali", "badr", "chadi"]
    by_id = {scope.document_id: scope.annotated_by for scope in after.documents}
    assert by_id[docs[1].id] == ("ali", "badr")
    assert after.to_json() == before.to_json()
