"""Run every ``benchmarks/bench_*.py`` module's ``run() -> dict`` in turn.

Progress goes to stderr; the last stdout line is one JSON object merging all results. A
module that fails adds ``{"<name>_error": "<message>"}`` instead of stopping the run.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
import traceback
from pathlib import Path


def main() -> int:
    results: dict[str, object] = {}
    for path in sorted(Path(__file__).resolve().parent.glob("bench_*.py")):
        name = path.stem
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            results.update(module.run())
        except Exception as exc:  # one broken benchmark must not hide the others
            traceback.print_exc(file=sys.stderr)
            results[f"{name}_error"] = f"{type(exc).__name__}: {exc}"
        print(f"[bench] {name} done in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    print(json.dumps(results, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
