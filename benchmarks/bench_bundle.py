"""Installed-application figures: bundle start to window shown, and the .deb size.

Uses the PyInstaller bundle in dist/ (``make package`` builds it; built here when missing
and PyInstaller is available). The bundle is started offscreen on a temporary database
holding the sample corpus, with ``ANNOTATOR_EXIT_AFTER_SHOW=1`` so the window quits right
after it is shown. ``bundle_startup_s`` is the median, over a few runs after one warm-up,
of the time from process start until the app reports the window shown (or, if it prints
nothing, until the process exits).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "annotator" / "annotator"
RUNS = 3
TIMEOUT_S = 120.0


def _pyinstaller() -> str | None:
    local = ROOT / ".venv" / "bin" / "pyinstaller"
    return str(local) if local.exists() else shutil.which("pyinstaller")


def ensure_bundle() -> Path:
    if BUNDLE.exists() and any((ROOT / "dist").glob("annotator_*.deb")):
        return BUNDLE
    if _pyinstaller() is None or shutil.which("dpkg-deb") is None:
        raise RuntimeError("no bundle in dist/ and PyInstaller or dpkg-deb is missing")
    print("[bench] building the bundle (packaging/build.sh) ...", file=sys.stderr, flush=True)
    subprocess.run(
        ["sh", str(ROOT / "packaging" / "build.sh")],
        check=True,
        stdout=sys.stderr,
        cwd=ROOT,
    )
    return BUNDLE


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        ANNOTATOR_EXIT_AFTER_SHOW="1",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    env.pop("ANNOTATOR_DB", None)
    return env


def time_to_shown(bundle: Path, database: Path, env: dict[str, str]) -> float:
    """Seconds from spawning the bundle to its "shown" line (else to its exit)."""
    shown: list[float] = []
    err_lines: list[str] = []
    started = time.perf_counter()
    proc = subprocess.Popen(
        [str(bundle), str(database)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )

    def watch_stdout() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if not shown and "shown" in line.lower():
                shown.append(time.perf_counter() - started)

    def drain_stderr() -> None:
        assert proc.stderr is not None
        err_lines.extend(proc.stderr)

    readers = [threading.Thread(target=f, daemon=True) for f in (watch_stdout, drain_stderr)]
    for reader in readers:
        reader.start()
    try:
        proc.wait(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise RuntimeError(f"the bundle did not quit within {TIMEOUT_S:.0f} s") from None
    ended = time.perf_counter() - started
    for reader in readers:
        reader.join(timeout=5)
    if proc.returncode != 0:
        last = ([x.strip() for x in err_lines if x.strip()] or ["no message"])[-1]
        raise RuntimeError(f"the bundle exited with status {proc.returncode}: {last}")
    return shown[0] if shown else ended


def run() -> dict[str, float]:
    bundle = ensure_bundle()
    debs = sorted((ROOT / "dist").glob("annotator_*.deb"))
    with tempfile.TemporaryDirectory(prefix="annotator-bench-bundle-") as tmp:
        home = Path(tmp)
        env = _environment(home)
        database = home / "bench.annotator"
        seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
        subprocess.run(
            [str(bundle), "import", "--db", str(database), *seeds],
            check=True,
            capture_output=True,
            env=env,
            timeout=TIMEOUT_S,
        )
        time_to_shown(bundle, database, env)  # warm-up: file cache, font cache
        timings = [time_to_shown(bundle, database, env) for _ in range(RUNS)]
    result = {"bundle_startup_s": round(statistics.median(timings), 3)}
    if debs:
        result["deb_mb"] = round(debs[-1].stat().st_size / 1e6, 1)
    result["bundle_mb"] = round(
        sum(p.lstat().st_size for p in bundle.parent.rglob("*") if not p.is_dir()) / 1e6, 1
    )
    return result


if __name__ == "__main__":
    print(run())
