"""Fixtures for the robustness tests: the repository root on ``sys.path`` (for the
crash worker and the ``benchmarks`` harness shared with ``make stress``) and small databases."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
