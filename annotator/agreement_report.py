"""Value types for inter-annotator agreement results, their JSON form and a text table.

The measures themselves live in :mod:`annotator.agreement`; this module only holds the
results and renders them, so that it can be read (and tested) without a store.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from annotator.plurals import counted


@dataclass(frozen=True)
class PRF:
    """Counts of one span comparison of layer ``b`` against layer ``a`` (the reference).

    ``matched`` spans are paired one to one, so the same count serves both directions:
    precision = matched / spans_b, recall = matched / spans_a, and F1 (their harmonic mean,
    2 * matched / (spans_a + spans_b)) is symmetric in ``a`` and ``b``.

    Zero denominators: when neither layer has a span, the layers agree completely and
    precision, recall and F1 are all 1.0; when only one side is empty the undefined ratio is
    0.0 (nothing found, or nothing right), and so is F1.
    """

    matched: int = 0
    spans_a: int = 0
    spans_b: int = 0

    def __add__(self, other: PRF) -> PRF:
        return PRF(
            self.matched + other.matched,
            self.spans_a + other.spans_a,
            self.spans_b + other.spans_b,
        )

    @property
    def precision(self) -> float:
        if self.spans_b == 0:
            return 1.0 if self.spans_a == 0 else 0.0
        return self.matched / self.spans_b

    @property
    def recall(self) -> float:
        if self.spans_a == 0:
            return 1.0 if self.spans_b == 0 else 0.0
        return self.matched / self.spans_a

    @property
    def f1(self) -> float:
        if self.spans_a + self.spans_b == 0:
            return 1.0
        return 2 * self.matched / (self.spans_a + self.spans_b)


def sum_prf(items: Iterable[PRF]) -> PRF:
    """Micro-average: add the counts, then take the ratios."""
    total = PRF()
    for item in items:
        total = total + item
    return total


@dataclass(frozen=True)
class LabelAgreement:
    """Exact and overlap comparison of one pair restricted to one label."""

    exact: PRF
    overlap: PRF

    def __add__(self, other: LabelAgreement) -> LabelAgreement:
        return LabelAgreement(self.exact + other.exact, self.overlap + other.overlap)

    def to_json(self) -> dict[str, Any]:
        return {
            **_prf_json(self.exact, self.overlap),
            "support_a": self.exact.spans_a,
            "support_b": self.exact.spans_b,
        }


@dataclass(frozen=True)
class DocumentAgreement:
    """One pair of layers on one document."""

    document_id: int
    name: str
    exact: PRF
    overlap: PRF
    per_label: dict[str, LabelAgreement]
    kappa: float | None
    tokens: int

    def to_json(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "name": self.name,
            **_prf_json(self.exact, self.overlap),
            "spans_a": self.exact.spans_a,
            "spans_b": self.exact.spans_b,
            "kappa": self.kappa,
            "tokens": self.tokens,
            "per_label": {label: la.to_json() for label, la in sorted(self.per_label.items())},
        }


@dataclass(frozen=True)
class PairAgreement:
    """One pair of layers over the corpus: counts summed over ``per_document`` (micro)."""

    a: str
    b: str
    exact: PRF
    overlap: PRF
    per_label: dict[str, LabelAgreement]
    kappa: float | None
    tokens: int
    per_document: list[DocumentAgreement] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            **_prf_json(self.exact, self.overlap),
            "spans_a": self.exact.spans_a,
            "spans_b": self.exact.spans_b,
            "kappa": self.kappa,
            "tokens": self.tokens,
            "documents": len(self.per_document),
            "per_label": {label: la.to_json() for label, la in sorted(self.per_label.items())},
            "per_document": [doc.to_json() for doc in self.per_document],
        }


@dataclass(frozen=True)
class DocumentScope:
    """A document considered for agreement and the layers that annotated it."""

    document_id: int
    name: str
    annotated_by: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.document_id, "name": self.name, "annotated_by": list(self.annotated_by)}


@dataclass(frozen=True)
class AgreementReport:
    """Agreement of every pair of ``layers``, plus Fleiss' kappa when there are three or more.

    ``fleiss_kappa`` is None with fewer than three layers, or when no token was annotated
    by all of them; ``fleiss_documents`` counts the documents it was computed on.
    """

    layers: list[str]
    documents: list[DocumentScope]
    pairs: list[PairAgreement]
    fleiss_kappa: float | None
    fleiss_documents: int = 0
    fleiss_tokens: int = 0

    def pair(self, a: str, b: str) -> PairAgreement:
        """The pair (a, b) as computed (a is the reference); KeyError if absent."""
        for pair in self.pairs:
            if (pair.a, pair.b) == (a, b):
                return pair
        raise KeyError(f"no pair {a!r}/{b!r} in this report")

    def to_json(self) -> dict[str, Any]:
        return {
            "layers": list(self.layers),
            "documents": [doc.to_json() for doc in self.documents],
            "pairs": [pair.to_json() for pair in self.pairs],
            "fleiss_kappa": self.fleiss_kappa,
            "fleiss_documents": self.fleiss_documents,
            "fleiss_tokens": self.fleiss_tokens,
        }


def _prf_json(exact: PRF, overlap: PRF) -> dict[str, float | int]:
    return {
        "f1_exact": exact.f1,
        "f1_overlap": overlap.f1,
        "precision_exact": exact.precision,
        "recall_exact": exact.recall,
        "precision_overlap": overlap.precision,
        "recall_overlap": overlap.recall,
        "matched_exact": exact.matched,
        "matched_overlap": overlap.matched,
    }


# --- text rendering -------------------------------------------------------------------


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    """Left-aligned first columns, right-aligned numbers; widths from the content."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = []
    for row in [header, *rows]:
        cells = [
            cell.ljust(widths[i]) if i < _text_columns(header) else cell.rjust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    lines.insert(1, "  ".join("-" * w for w in widths))
    return lines


def _text_columns(header: list[str]) -> int:
    return sum(1 for name in header if name in {"A", "B", "Label", "Document"})


def _prf_cells(exact: PRF, overlap: PRF, *kappa: float | None) -> list[str]:
    """Span counts, exact then overlap P/R/F1, then the kappa if one is given."""
    return [
        str(exact.spans_a),
        str(exact.spans_b),
        _num(exact.precision),
        _num(exact.recall),
        _num(exact.f1),
        _num(overlap.precision),
        _num(overlap.recall),
        _num(overlap.f1),
        *(_num(k) for k in kappa),
    ]


_PRF_HEADER = [
    "Spans A",
    "Spans B",
    "P exact",
    "R exact",
    "F1 exact",
    "P overlap",
    "R overlap",
    "F1 overlap",
]


def format_text(report: AgreementReport, *, per_document: bool = False) -> str:
    """A readable plain-text report: one table of pairs, per-label tables, Fleiss' kappa.

    Precision and recall are of B measured against A. With ``per_document`` each pair also
    gets a table with one row per document.
    """
    out: list[str] = [f"Layers: {', '.join(report.layers)}"]
    out.append(f"Documents: {len(report.documents)}")
    if not report.pairs:
        out.append("No pair of layers annotated a common document.")
    else:
        out.append("")
        rows = [
            [p.a, p.b, str(len(p.per_document)), *_prf_cells(p.exact, p.overlap, p.kappa)]
            for p in report.pairs
        ]
        header = ["A", "B", "Docs", *_PRF_HEADER, "Kappa"]
        out.extend(_table(header, rows))
    for pair in report.pairs:
        out.append("")
        out.append(f"Per label, {pair.b} against {pair.a}:")
        if not pair.per_label:
            out.append("  (no spans)")
        else:
            rows = [
                [label, *_prf_cells(la.exact, la.overlap)]
                for label, la in sorted(pair.per_label.items())
            ]
            header = ["Label", *_PRF_HEADER]
            out.extend("  " + line for line in _table(header, rows))
        if per_document and pair.per_document:
            out.append("")
            out.append(f"Per document, {pair.b} against {pair.a}:")
            rows = [
                [doc.name, *_prf_cells(doc.exact, doc.overlap, doc.kappa)]
                for doc in pair.per_document
            ]
            header = ["Document", *_PRF_HEADER, "Kappa"]
            out.extend("  " + line for line in _table(header, rows))
    out.append("")
    if report.fleiss_kappa is None:
        reason = (
            "fewer than three layers"
            if len(report.layers) < 3
            else "no document annotated by every layer"
        )
        out.append(f"Fleiss' kappa: - ({reason})")
    else:
        out.append(
            f"Fleiss' kappa over {counted(len(report.layers), 'layer')}: {report.fleiss_kappa:.3f} "
            f"({counted(report.fleiss_documents, 'document')}, "
            f"{counted(report.fleiss_tokens, 'token')})"
        )
    return "\n".join(out)
