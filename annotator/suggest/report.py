"""Text and JSON reports of ``suggest evaluate``.

``assistant`` is what the assistant suggests (the CRF's spans with the project memory's
matches they leave free); ``crf`` the CRF's spans alone; ``memory`` the memory alone. Without
a CRF the first two are None (the assistant is then the memory)."""

from __future__ import annotations

from typing import Any

from annotator.plurals import counted
from annotator.suggest.crf import unavailable_reason
from annotator.suggest.data import TrainingData
from annotator.suggest.evaluate import Evaluation, Scores

__all__ = ["evaluation_json", "evaluation_text"]


def evaluation_json(result: Evaluation, data: TrainingData) -> dict[str, Any]:
    return {
        "layers": data.layers,
        "documents": data.documents,
        "sentences": len(data.units),
        "folds": result.folds,
        "assistant": None if result.assistant is None else result.assistant.to_json(),
        "crf": None if result.crf is None else result.crf.to_json(),
        "memory": result.memory.to_json(),
        "train_seconds": [round(s, 3) for s in result.seconds],
    }


def _table(title: str, scores: Scores) -> list[str]:
    lines = [title, f"  {'label':<12} {'precision':>9} {'recall':>9} {'f1':>9} {'support':>8}"]
    for label, (p, r, f, n) in sorted(scores.per_label.items()):
        lines.append(f"  {label:<12} {p:>9.3f} {r:>9.3f} {f:>9.3f} {n:>8}")
    lines.append(
        f"  {'overall':<12} {scores.precision:>9.3f} {scores.recall:>9.3f} "
        f"{scores.f1:>9.3f} {scores.support:>8}"
    )
    return lines


def evaluation_text(result: Evaluation, data: TrainingData) -> str:
    head = (
        f"{result.folds}-fold cross-validation on {counted(len(data.units), 'sentence')} of "
        f"{counted(data.documents, 'document')} from {', '.join(data.layers)} "
        "(seqeval strict, IOB2)"
    )
    lines = [head]
    if result.assistant is not None and result.crf is not None:
        lines += _table(
            "assistant (CRF, and the project memory where it is silent)", result.assistant
        )
        crf = result.crf
        lines.append(
            f"CRF alone: precision {crf.precision:.3f}, recall {crf.recall:.3f}, f1 {crf.f1:.3f}"
        )
    else:
        reason = unavailable_reason()
        lines.append(
            "CRF: none trained: no entities to learn from"
            if reason is None
            else f"CRF: not available ({reason})"
        )
    lines += _table("project memory alone", result.memory)
    return "\n".join(lines)
