"""SIGKILL at random moments: nothing acknowledged is lost, no import is half-applied."""

from __future__ import annotations

from pathlib import Path

from tests.robustness import crash_worker as cw

KILLS = 30


def test_explains_accepts_only_acknowledged_or_inflight() -> None:
    """The checker itself: it must reject a lost or an invented change."""
    acked = {1: (0, 4, "LOC"), 2: (5, 9, "PER")}
    relabel = {"op": "relabel", "id": 2, "label": "ORG"}
    assert cw.explains(acked, acked, relabel)
    assert cw.explains({1: (0, 4, "LOC"), 2: (5, 9, "ORG")}, acked, relabel)
    assert not cw.explains({1: (0, 4, "LOC")}, acked, relabel)  # span 2 lost
    assert not cw.explains({1: (0, 4, "LOC")}, acked, None)
    add = {"op": "add", "spans": [[10, 14, "MISC"]]}
    assert cw.explains({**acked, 7: (10, 14, "MISC")}, acked, add)
    assert not cw.explains({**acked, 7: (10, 14, "LOC")}, acked, add)
    assert not cw.explains({**acked, 7: (10, 14, "MISC")}, acked, None)
    remove = {"op": "remove", "id": 1}
    assert cw.explains({2: (5, 9, "PER")}, acked, remove)
    assert not cw.explains({}, acked, remove)


def test_span_edits_survive_sigkill(tmp_path: Path) -> None:
    stats = cw.span_kills(tmp_path / "crash.annotator", KILLS, seed=5, max_delay=0.15)
    assert stats.failures == []
    assert stats.kills == KILLS
    assert stats.integrity_failures == 0 and stats.lost_acknowledged == 0
    # the kills really landed while the child was working
    assert stats.acknowledged >= KILLS * 5
    assert stats.inflight >= KILLS // 2


def test_import_killed_halfway_leaves_database_as_before(tmp_path: Path) -> None:
    source = tmp_path / "big.jsonl"
    documents = 3000
    spans = cw.write_import_file(source, documents)
    stats = cw.import_kills(tmp_path / "import.annotator", source, documents, spans, 6, seed=3)
    assert stats.failures == []
    assert stats.partial_imports == 0 and stats.integrity_failures == 0
    assert stats.interrupted_writes >= 1  # some kill did land inside the write transaction
