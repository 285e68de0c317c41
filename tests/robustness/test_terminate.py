"""SIGTERM (``kill PID``, a shutdown, ``timeout``) and SIGHUP (the terminal closed) stop a
command the way Ctrl+C does: an export removes its temporary files and the folders it
created, an import rolls back, and the command says so in one line."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from annotator.cli import main as cli_main
from annotator.formats import export as export_module
from annotator.store import Store


def _database(path: Path) -> str:
    with Store.open(str(path)) as store:
        store.add_label("LOC")
        for i in range(5):
            doc = store.add_document(f"d{i}", "زار موسكو")
            store.add_span(doc.id, "amal", 4, 9, "LOC")
    return str(path)


@pytest.mark.parametrize(("sig", "status"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
@pytest.mark.parametrize("fmt", ["conll", "hf-folder", "brat"])
def test_a_signal_midway_leaves_no_file_and_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    sig: signal.Signals,
    status: int,
    fmt: str,
) -> None:
    db = _database(tmp_path / "p.annotator")
    tick = export_module._Ticker.tick

    def tick_then_signal(self: export_module._Ticker) -> None:
        tick(self)
        if self.done == 2:
            os.kill(os.getpid(), sig)

    monkeypatch.setattr(export_module._Ticker, "tick", tick_then_signal)
    out = tmp_path / "out" / "deeper"
    before = signal.getsignal(sig)
    capsys.readouterr()
    assert cli_main(["--db", db, "export", "--format", fmt, "-o", str(out)]) == status
    err = capsys.readouterr().err
    assert err == f"annotator: {'terminated' if sig == signal.SIGTERM else 'hung up'}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.annotator"]
    assert signal.getsignal(sig) == before  # the handler lives as long as the command
