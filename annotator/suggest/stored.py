"""Trained models in the database: the newest one of the current format is the project's.

Every member of a team reads the same row, so everyone sees the same suggestions. A row
whose CRF cannot be loaded here (python-crfsuite missing) still gives the memory.
"""

from __future__ import annotations

from typing import Any

from annotator.store.suggestions import StoredModel
from annotator.store.util import now
from annotator.suggest.crf import model_digest
from annotator.suggest.memory import ProjectMemory
from annotator.suggest.model import MODEL_FORMAT, SuggestModel, TrainingInfo

__all__ = ["latest_info", "load_latest", "save"]


def save(store: Any, model: SuggestModel) -> int:
    """Store ``model`` in one short transaction; its id."""
    info = model.info
    row = StoredModel(
        id=0,
        format=MODEL_FORMAT,
        revision=info.revision,
        layers=list(info.layers),
        created=now(),
        seconds=info.seconds,
        f1=info.f1,
        entities=info.entities,
        info={**info.to_dict(), **_digest(model.crf_model)},
        crf=model.crf_model,
        memory=model.memory.to_json().encode("utf-8"),
    )
    return int(store.save_suggest_model(row))


_DIGEST = "crf_sha256"  # the CRF bytes' SHA-256, in the row's info


def _digest(crf_model: bytes | None) -> dict[str, str]:
    return {} if crf_model is None else {_DIGEST: model_digest(crf_model)}


def _training_info(row: StoredModel) -> TrainingInfo:
    info = TrainingInfo.from_dict(row.info)
    info.layers, info.revision, info.seconds = row.layers, row.revision, row.seconds
    info.f1, info.entities = row.f1, row.entities
    return info


def load_latest(store: Any) -> tuple[int, SuggestModel] | None:
    """The newest stored model of this format and its id, or None. A CRF whose bytes are
    damaged is left out (``model.damaged`` says so): the model is then the memory alone.
    A damaged project memory is left out too (an empty memory, ``model.damaged`` says
    so): the CRF, when sound, still predicts, and the command line trains a new model.
    A row whose layers or info cannot be read is damaged as a whole (its CRF unopened)."""
    row = store.latest_suggest_model(MODEL_FORMAT)
    if row is None:
        return None
    memory, problem = _memory(row.memory)
    digest = row.info.get(_DIGEST)
    crf = row.crf
    if row.problem:  # the CRF's checksum was in the damaged info: do not open it
        crf, problem = None, f"the stored model is damaged: {row.problem}"
    model = SuggestModel(memory, crf, _training_info(row), crf_digest=digest)
    if problem is not None and model.damaged is None:
        model.damaged = model.info.note = problem
        model.info.crf = model.uses_crf
    return row.id, model


def _memory(data: bytes) -> tuple[ProjectMemory, str | None]:
    """The stored project memory, or an empty one and why it is damaged."""
    try:
        return ProjectMemory.from_json(data.decode("utf-8")), None
    except ValueError as exc:  # UnicodeDecodeError too
        return ProjectMemory(), f"the project memory is damaged: {exc}"


def latest_info(store: Any) -> tuple[int, TrainingInfo, Any] | None:
    """``(id, training info, created)`` of the newest model without reading its bytes."""
    row = store.latest_suggest_model(MODEL_FORMAT, data=False)
    if row is None:
        return None
    return row.id, _training_info(row), row.created
