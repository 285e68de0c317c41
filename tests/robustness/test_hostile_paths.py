"""The stress run's hostile paths (links, special files, undecodable names) and oversized
inputs, once each: refused or imported cleanly, never read past a limit."""

from __future__ import annotations

from pathlib import Path

from benchmarks import stress


def test_hostile_paths(tmp_path: Path) -> None:
    stats = stress.FuzzStats()
    stress.fuzz_paths(tmp_path, stats)
    assert stats.problems == [] and stats.uncaught == 0
    assert stats.cases == 14
    assert stats.imported == 4  # the folder (twice as given, twice as text)


def test_oversized_inputs_are_refused(tmp_path: Path) -> None:
    stats = stress.FuzzStats()
    stress.fuzz_oversized(tmp_path, stats)
    assert stats.problems == [] and stats.uncaught == 0
    assert stats.imported == 0 and stats.refused == stats.cases == 4 * 2 * 7
