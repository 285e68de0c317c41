"""Shared fixtures: offscreen Qt, per-session settings folders, store on both backends."""

from __future__ import annotations

import atexit
import os
import signal
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings and default data locations go to a throw-away folder, before the app is imported.
_SESSION_HOME = tempfile.mkdtemp(prefix="annotator-test-home-")
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_SESSION_HOME, _var.lower())

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from pg_server import PostgresServer, find_bin_dir  # noqa: E402


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """A private PostgreSQL server for the session; skipped if PostgreSQL is missing
    (a failure instead when ``CI=true``)."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("PostgreSQL is not installed (initdb not found) and CI=true")
        pytest.skip("PostgreSQL is not installed (initdb not found)")
    server = PostgresServer(bin_dir)
    # pg_ctl detaches the server: stop it even if the run is ended by SIGTERM (a timeout).
    atexit.register(server.stop)
    previous = signal.getsignal(signal.SIGTERM)
    if previous is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        atexit.unregister(server.stop)
        if previous is signal.SIG_DFL:
            signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")  # pytest then runs fixture teardown


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database target on each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "test.annotator")
    server: PostgresServer = request.getfixturevalue("pg_server")
    return server.create_database()


@pytest.fixture
def store(store_url: str) -> Iterator[object]:
    """An opened :class:`annotator.store.Store` on ``store_url``."""
    from annotator.store import Store

    opened = Store.open(store_url)
    try:
        yield opened
    finally:
        opened.close()
