"""Helpers for the gold-standard and team-mode tests."""

from __future__ import annotations

import subprocess
from collections.abc import Callable


def _pg_ctl(server, *args: str) -> None:
    command = [str(server.bin_dir / "pg_ctl"), "-D", str(server.data), *args]
    if server.as_root:
        command = ["runuser", "-u", "postgres", "--", *command]
    subprocess.run(command, check=True, capture_output=True, text=True, timeout=60)


def stop_server(server) -> None:
    _pg_ctl(server, "-m", "fast", "-w", "stop")


def start_server(server) -> None:
    """Start the stopped server again (same port, folder and options as the fixture's)."""
    if _pg_ctl_status(server) == 0:
        return
    options = f"-p {server.port} -k {server.sockets} -c listen_addresses=127.0.0.1 -c fsync=off"
    _pg_ctl(server, "-l", str(server.log), "-o", options, "-w", "-t", "60", "start")


def _pg_ctl_status(server) -> int:
    command = [str(server.bin_dir / "pg_ctl"), "-D", str(server.data), "status"]
    if server.as_root:
        command = ["runuser", "-u", "postgres", "--", *command]
    return subprocess.run(command, capture_output=True, timeout=60).returncode


def restart_server(server, while_down: Callable[[], None]) -> None:
    """Stop the test PostgreSQL server, run ``while_down``, start it again (always)."""
    stop_server(server)
    try:
        while_down()
    finally:
        start_server(server)
