"""The application imports peewee without the PostgreSQL driver; the store's PostgreSQL
connections still work in that process.

Each case runs in a fresh interpreter: the test process itself may have imported the
driver already (then nothing is hidden, which the last case checks too).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(code: str, *args: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


SQLITE = """
import json, sys
from annotator.store.peewee_loader import import_peewee
import_peewee()
from annotator.store import Store
with Store.open(sys.argv[1]) as store:
    store.add_label("LOC")
    doc = store.add_document("d", "في القاهرة")
    store.add_span(doc.id, "gold", 3, 10, "LOC")
    spans = [(s.start, s.end, s.label) for s in store.spans_for(doc.id)]
print(json.dumps({"driver": "psycopg2" in sys.modules, "spans": spans}))
"""

POSTGRES = """
import json, sys
from annotator.store.peewee_loader import import_peewee
import_peewee()
from annotator.store import Store
hidden = "psycopg2" not in sys.modules
with Store.open(sys.argv[1]) as store:
    store.add_label("PER")
    doc = store.add_document("d", "قال محمد")
    store.add_span(doc.id, "gold", 4, 8, "PER")
    spans = [(s.start, s.end, s.label) for s in store.spans_for(doc.id)]
    rows = list(store.export_rows([doc.id], "gold"))
print(json.dumps({"hidden": hidden, "driver": "psycopg2" in sys.modules, "spans": spans,
                  "boundaries": rows[0].boundaries is not None}))
"""


def test_sqlite_never_imports_the_postgresql_driver(tmp_path: Path) -> None:
    result = run(SQLITE, str(tmp_path / "a.annotator"))
    assert result == {"driver": False, "spans": [[3, 10, "LOC"]]}


@pytest.mark.postgres
def test_postgresql_works_after_peewee_was_imported_without_the_driver(
    pg_server: object,
) -> None:
    result = run(POSTGRES, pg_server.create_database())
    # "محمد" is code points 4-8 of "قال محمد"; the boundary cache is a bytea column
    assert result == {
        "hidden": True,
        "driver": True,
        "spans": [[4, 8, "PER"]],
        "boundaries": True,
    }


def test_nothing_is_hidden_once_the_driver_is_imported() -> None:
    pytest.importorskip("psycopg2")
    code = "import json, psycopg2\nfrom annotator.store.peewee_loader import import_peewee\n"
    code += "import_peewee()\nimport peewee\n"
    result = run(code + "print(json.dumps({'same': peewee.psycopg2 is psycopg2}))")
    assert result == {"same": True}
