"""Inter-annotator agreement: span P/R/F1, Cohen's kappa and Fleiss' kappa (no Qt).

Definitions
-----------
Spans are compared label by label; layer ``a`` is the reference and ``b`` is measured
against it (precision of b = matched / spans in b, recall = matched / spans in a; F1 is
symmetric).

* Exact match: same start, same end, same label.
* Overlap match: same label and the two spans share at least one character. Each span is
  matched at most once: candidate pairs are taken greedily by the largest number of shared
  characters, ties broken by the positions of the a-span then of the b-span, so the result
  does not depend on the order in which the spans are given.

Counts are added over labels for the overall figures and over documents for the corpus
figures (micro-average), then the ratios are taken.

Cohen's kappa is computed on token-level IOB2 tags: the text is tokenized with
:func:`annotator.text.tokenize` and each layer's spans encoded with
:func:`annotator.tag_schemes.encode`; only the first (outermost) tag column is used, so a nested
inner entity does not count. Whole tokens are compared: a span covering only part of a
token (a name inside a clitic token) tags the whole token. The corpus kappa is one kappa
over the tokens of all documents put together, not an average of per-document kappas.

Fleiss' kappa uses the same token tags, over every selected layer at once (three or more),
on the documents every one of those layers annotated.

Which documents count: a layer *annotated* a document if it set a status of its own for
that document other than ``new``, or it has at least one span there. The document's own
status does not count for any layer: marking a document reviewed sets it, and says
nothing about who labelled the document. A pair of layers is compared on the
documents both annotated, so a layer that has not opened a document yet is not charged with
missing every span in it (and a document an annotator finished with no entity in it still
counts). Pairs without any common document are left out of the report.

Which layers: by default every layer except ``gold`` (the adjudicated result, which would
otherwise be compared with its own sources) that annotated at least one selected document;
``imported`` is included. An explicit list is taken as given.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import combinations
from typing import Any, Literal

from annotator.agreement_report import (
    PRF,
    AgreementReport,
    DocumentAgreement,
    DocumentScope,
    LabelAgreement,
    PairAgreement,
    format_text,
    sum_prf,
)
from annotator.layers import GOLD
from annotator.spans import Span, SpanLike
from annotator.tag_schemes import encode
from annotator.text import tokenize

__all__ = [
    "PRF",
    "AgreementError",
    "AgreementReport",
    "DocumentAgreement",
    "LabelAgreement",
    "PairAgreement",
    "cohen_kappa",
    "compare_spans",
    "compute_agreement",
    "fleiss_kappa",
    "format_text",
    "iob2_tags",
    "span_prf",
]

Match = Literal["exact", "overlap"]


class AgreementError(ValueError):
    """Bad arguments to :func:`compute_agreement` (unknown layer or document, < 2 layers).

    Like the store's errors (:mod:`annotator.store.errors`) it carries a stable ``code``
    and its arguments in ``params``, for a caller that words it in another language."""

    def __init__(self, message: str, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.message, self.code, self.params = message, code, params


# --- span matching ---------------------------------------------------------------------


def _key(span: SpanLike) -> tuple[int, int, str]:
    return (span.start, span.end, span.label)


def _exact_matches(spans_a: Sequence[SpanLike], spans_b: Sequence[SpanLike]) -> int:
    common = Counter(map(_key, spans_a)) & Counter(map(_key, spans_b))
    return sum(common.values())


def _overlap_matches(spans_a: Sequence[SpanLike], spans_b: Sequence[SpanLike]) -> int:
    """Greedy one-to-one matching of same-label spans by largest shared length."""
    a_sorted = sorted(map(_key, spans_a))
    b_sorted = sorted(map(_key, spans_b))
    candidates: list[tuple[int, int, int]] = []
    for i, (a_start, a_end, a_label) in enumerate(a_sorted):
        for j, (b_start, b_end, b_label) in enumerate(b_sorted):
            shared = min(a_end, b_end) - max(a_start, b_start)
            if shared > 0 and a_label == b_label:
                candidates.append((-shared, i, j))
    candidates.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    for _, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
    return len(used_a)


def span_prf(
    spans_a: Iterable[SpanLike], spans_b: Iterable[SpanLike], match: Match = "exact"
) -> PRF:
    """Precision, recall and F1 of ``spans_b`` against ``spans_a`` (the reference).

    ``match="exact"``: same start, end and label. ``match="overlap"``: same label and at
    least one shared character, each span matched at most once (see the module docstring).
    """
    list_a, list_b = list(spans_a), list(spans_b)
    if match == "exact":
        matched = _exact_matches(list_a, list_b)
    elif match == "overlap":
        matched = sum(
            _overlap_matches(
                [s for s in list_a if s.label == label], [s for s in list_b if s.label == label]
            )
            for label in {s.label for s in list_a} & {s.label for s in list_b}
        )
    else:
        raise ValueError(f"match must be 'exact' or 'overlap', not {match!r}")
    return PRF(matched, len(list_a), len(list_b))


def compare_spans(
    spans_a: Iterable[SpanLike], spans_b: Iterable[SpanLike]
) -> dict[str, LabelAgreement]:
    """Exact and overlap counts per label, for every label either side uses."""
    by_label_a: dict[str, list[SpanLike]] = {}
    by_label_b: dict[str, list[SpanLike]] = {}
    for span in spans_a:
        by_label_a.setdefault(span.label, []).append(span)
    for span in spans_b:
        by_label_b.setdefault(span.label, []).append(span)
    result = {}
    for label in sorted(by_label_a.keys() | by_label_b.keys()):
        list_a, list_b = by_label_a.get(label, []), by_label_b.get(label, [])
        result[label] = LabelAgreement(
            exact=span_prf(list_a, list_b, "exact"),
            overlap=span_prf(list_a, list_b, "overlap"),
        )
    return result


# --- kappas ----------------------------------------------------------------------------


def cohen_kappa(tags_a: Sequence[str], tags_b: Sequence[str]) -> float:
    """Cohen's kappa of two raters over the same items.

    kappa = (p_o - p_e) / (1 - p_e), with p_o the share of items given the same category
    and p_e = sum over categories of (share of a in it) * (share of b in it). When p_e is 1
    both raters used one and the same category for everything, and kappa is defined as 1.0.
    """
    if len(tags_a) != len(tags_b):
        raise ValueError(f"cohen_kappa: {len(tags_a)} tags against {len(tags_b)}")
    n = len(tags_a)
    if n == 0:
        raise ValueError("cohen_kappa: no items to compare")
    observed = sum(1 for x, y in zip(tags_a, tags_b, strict=True) if x == y) / n
    count_a, count_b = Counter(tags_a), Counter(tags_b)
    expected = sum(count_a[c] * count_b[c] for c in count_a) / (n * n)
    if expected >= 1.0:
        return 1.0
    return (observed - expected) / (1.0 - expected)


def fleiss_kappa(matrix: Sequence[Sequence[int]]) -> float:
    """Fleiss' kappa; ``matrix[i][j]`` = raters who put subject i in category j.

    Every row must add up to the same number of raters n >= 2. With N subjects:
    P_i = (sum_j n_ij^2 - n) / (n (n - 1)), P = mean of P_i, p_j = sum_i n_ij / (N n),
    P_e = sum_j p_j^2, kappa = (P - P_e) / (1 - P_e); kappa is 1.0 when P_e is 1 (every
    rating in one category).
    """
    if not matrix:
        raise ValueError("fleiss_kappa: no subjects")
    width = len(matrix[0])
    raters = sum(matrix[0])
    if raters < 2:
        raise ValueError("fleiss_kappa: need at least two ratings per subject")
    for i, row in enumerate(matrix):
        if len(row) != width:
            raise ValueError(f"fleiss_kappa: row {i} has {len(row)} categories, not {width}")
        if any(x < 0 for x in row):
            raise ValueError(f"fleiss_kappa: row {i} has a negative count")
        if sum(row) != raters:
            raise ValueError(f"fleiss_kappa: row {i} has {sum(row)} ratings, not {raters}")
    subjects = len(matrix)
    p_bar = (
        sum((sum(x * x for x in row) - raters) / (raters * (raters - 1)) for row in matrix)
        / subjects
    )
    totals = [sum(row[j] for row in matrix) for j in range(width)]
    p_e = sum((t / (subjects * raters)) ** 2 for t in totals)
    if p_e >= 1.0:
        return 1.0
    return (p_bar - p_e) / (1.0 - p_e)


def iob2_tags(text: str, spans: Iterable[SpanLike]) -> list[str]:
    """One IOB2 tag per token of ``text`` (outermost entity only)."""
    tokens = [(token.start, token.end) for token in tokenize(text)]
    return tags_for_tokens(tokens, spans)


def tags_for_tokens(tokens: Sequence[tuple[int, int]], spans: Iterable[SpanLike]) -> list[str]:
    """IOB2 tags of ``spans`` over already computed ``(start, end)`` tokens, first column.

    ``encode`` refuses two spans that need the same token in one column (two names cut
    out of one clitic token, or a span covering no token). Agreement must still be
    reported for such layers, so then each token goes to the span covering most of its
    characters (the longer span on a tie, then the earlier one).
    """
    span_list = [Span(s.start, s.end, s.label) for s in spans]
    try:
        columns = encode(tokens, span_list, scheme="IOB2")
    except ValueError:
        return _tags_by_coverage(tokens, span_list)
    return [column[0] if column else "O" for column in columns]


def _tags_by_coverage(tokens: Sequence[tuple[int, int]], spans: list[Span]) -> list[str]:
    owners: list[int | None] = []
    for start, end in tokens:
        best: tuple[int, int, int, int] | None = None
        for index, span in enumerate(spans):
            shared = min(end, span.end) - max(start, span.start)
            if shared > 0:
                rank = (-shared, -(span.end - span.start), span.start, index)
                best = rank if best is None or rank < best else best
        owners.append(None if best is None else best[3])
    tags = []
    for i, owner in enumerate(owners):
        if owner is None:
            tags.append("O")
        else:
            prefix = "I-" if i > 0 and owners[i - 1] == owner else "B-"
            tags.append(prefix + spans[owner].label)
    return tags


def _fleiss_rows(tag_lists: Sequence[Sequence[str]]) -> list[list[int]]:
    """Per-token category counts across layers (one tag list per layer, equal lengths)."""
    categories = sorted({tag for tags in tag_lists for tag in tags})
    index = {tag: j for j, tag in enumerate(categories)}
    rows = []
    for token_tags in zip(*tag_lists, strict=True):
        row = [0] * len(categories)
        for tag in token_tags:
            row[index[tag]] += 1
        rows.append(row)
    return rows


# --- over a store ----------------------------------------------------------------------


def _select_layers(store: Any, layers: list[str] | None) -> tuple[list[str], bool]:
    known = [info.name for info in store.annotators()]
    if layers is None:
        return [name for name in known if name != GOLD], False
    chosen = list(dict.fromkeys(layers))
    unknown = [name for name in chosen if name not in known]
    if unknown:
        raise AgreementError(
            f"unknown layer {', '.join(map(repr, unknown))} (known: {', '.join(known) or 'none'})",
            "unknown_layer",
            layers=unknown,
            known=known,
        )
    if len(chosen) < 2:
        raise AgreementError("agreement needs at least two layers", "too_few_layers")
    return chosen, True


def _select_documents(store: Any, doc_ids: list[int] | None) -> list[Any]:
    docs = store.documents()
    if doc_ids is None:
        return list(docs)
    by_id = {doc.id: doc for doc in docs}
    unknown = [doc_id for doc_id in dict.fromkeys(doc_ids) if doc_id not in by_id]
    if unknown:
        message = f"unknown document id {', '.join(map(str, unknown))}"
        raise AgreementError(message, "unknown_document_ids", ids=[str(i) for i in unknown])
    return [by_id[doc_id] for doc_id in dict.fromkeys(doc_ids)]


def compute_agreement(
    store: Any, layers: list[str] | None = None, doc_ids: list[int] | None = None
) -> AgreementReport:
    """Agreement of every pair of layers (and Fleiss' kappa for >= 3) over the store.

    ``layers`` defaults to every layer but ``gold`` that annotated a selected document;
    ``doc_ids`` to every document. Raises :class:`AgreementError` for an unknown layer or
    document id, or fewer than two explicit layers. See the module docstring.
    """
    candidates, explicit = _select_layers(store, layers)
    docs = _select_documents(store, doc_ids)
    spans = {layer: store.spans_by_document([d.id for d in docs], layer) for layer in candidates}
    chosen, scope = _scope(store, docs, candidates, explicit, spans)
    tags = _Tags(store, spans)
    pairs = [
        pair
        for a, b in combinations(chosen, 2)
        if (pair := _pair_of(a, b, scope, spans, tags)) is not None
    ]
    fleiss, fleiss_docs, fleiss_tokens = _fleiss(chosen, scope, tags)
    return AgreementReport(
        layers=chosen,
        documents=scope,
        pairs=pairs,
        fleiss_kappa=fleiss,
        fleiss_documents=fleiss_docs,
        fleiss_tokens=fleiss_tokens,
    )


LayerSpans = dict[str, dict[int, list[Any]]]  # layer -> document id -> spans


def _scope(
    store: Any, docs: list[Any], candidates: list[str], explicit: bool, spans: LayerSpans
) -> tuple[list[str], list[DocumentScope]]:
    """The layers compared and, per document, which of them annotated it (spans, or a
    status of its own other than ``new``)."""
    # not the document's own status: "Mark reviewed" sets it, and a layer that never
    # opened the document has not annotated it
    touched = {
        layer: {doc_id for doc_id, status in store.layer_statuses(layer).items() if status != "new"}
        for layer in candidates
    }
    annotated = {
        doc.id: tuple(
            layer for layer in candidates if spans[layer].get(doc.id) or doc.id in touched[layer]
        )
        for doc in docs
    }
    if explicit:
        chosen = candidates
    else:
        active = {layer for names in annotated.values() for layer in names}
        chosen = [layer for layer in candidates if layer in active]
    scope = [
        DocumentScope(doc.id, doc.name, tuple(x for x in annotated[doc.id] if x in chosen))
        for doc in docs
    ]
    return chosen, scope


class _Tags:
    """IOB2 tags per document and layer, over the document's tokens (each computed once)."""

    def __init__(self, store: Any, spans: LayerSpans) -> None:
        self.store = store
        self.spans = spans
        self.tokens: dict[int, list[tuple[int, int]]] = {}
        self.tags: dict[tuple[int, str], list[str]] = {}

    def __call__(self, doc_id: int, layer: str) -> list[str]:
        if doc_id not in self.tokens:
            text = self.store.document(doc_id).text
            self.tokens[doc_id] = [(t.start, t.end) for t in tokenize(text)]
        if (doc_id, layer) not in self.tags:
            self.tags[doc_id, layer] = tags_for_tokens(
                self.tokens[doc_id], self.spans[layer].get(doc_id, [])
            )
        return self.tags[doc_id, layer]


def _pair_of(
    a: str, b: str, scope: list[DocumentScope], spans: LayerSpans, tags: _Tags
) -> PairAgreement | None:
    """Layers ``a`` and ``b`` compared on the documents both annotated (None: no such)."""
    per_doc = []
    all_a: list[str] = []
    all_b: list[str] = []
    for item in scope:
        if a not in item.annotated_by or b not in item.annotated_by:
            continue
        doc_a = spans[a].get(item.document_id, [])
        doc_b = spans[b].get(item.document_id, [])
        tags_a, tags_b = tags(item.document_id, a), tags(item.document_id, b)
        all_a.extend(tags_a)
        all_b.extend(tags_b)
        per_doc.append(
            DocumentAgreement(
                document_id=item.document_id,
                name=item.name,
                exact=span_prf(doc_a, doc_b, "exact"),
                overlap=span_prf(doc_a, doc_b, "overlap"),
                per_label=compare_spans(doc_a, doc_b),
                kappa=cohen_kappa(tags_a, tags_b) if tags_a else None,
                tokens=len(tags_a),
            )
        )
    return _pair(a, b, per_doc, all_a, all_b) if per_doc else None


def _fleiss(
    chosen: list[str], scope: list[DocumentScope], tags: _Tags
) -> tuple[float | None, int, int]:
    """Fleiss' kappa over the documents every chosen layer annotated (3 layers or more),
    with the number of those documents and of their tokens."""
    if len(chosen) < 3:
        return None, 0, 0
    rows: list[list[str]] = [[] for _ in chosen]
    documents = 0
    for item in scope:
        if len(item.annotated_by) == len(chosen):
            documents += 1
            for k, layer in enumerate(chosen):
                rows[k].extend(tags(item.document_id, layer))
    tokens = len(rows[0])
    return (fleiss_kappa(_fleiss_rows(rows)) if tokens else None), documents, tokens


def _pair(
    a: str, b: str, per_doc: list[DocumentAgreement], tags_a: list[str], tags_b: list[str]
) -> PairAgreement:
    per_label: dict[str, LabelAgreement] = {}
    for doc in per_doc:
        for label, la in doc.per_label.items():
            per_label[label] = per_label[label] + la if label in per_label else la
    return PairAgreement(
        a=a,
        b=b,
        exact=sum_prf(doc.exact for doc in per_doc),
        overlap=sum_prf(doc.overlap for doc in per_doc),
        per_label=dict(sorted(per_label.items())),
        kappa=cohen_kappa(tags_a, tags_b) if tags_a else None,
        tokens=len(tags_a),
        per_document=per_doc,
    )
