"""An export that the system stops writing (a full disk, a file size limit) names the
file it was writing in its one line (it said only ``[Errno 27] File too large``) and
leaves no file behind, temporary or not. The limit here is a real one: ``RLIMIT_FSIZE``
in the exporting process (Python ignores ``SIGXFSZ``, so the write fails with EFBIG)."""

from __future__ import annotations

import random
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.store import Store

REPO = Path(__file__).resolve().parents[2]
LIMIT = 100_000  # bytes any one file may reach (the database's -shm file is 32 KB)
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One document of some 600 KB that compresses badly (a DocBin is zlib'ed)."""
    rng = random.Random(7)
    words = ["".join(rng.choices(LETTERS, k=rng.randint(3, 8))) for _ in range(80_000)]
    db = tmp_path_factory.mktemp("big") / "big.db"
    with Store.open(db) as store:
        doc = store.add_document("big", " ".join(words))
        store.add_label("LOC")
        store.add_span(doc.id, "gold", 0, len(words[0]), "LOC")
    return db


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


@pytest.mark.parametrize(
    ("fmt", "output", "written"),
    [
        ("conll", "out.conll", "out.conll"),
        ("jsonl", "out.jsonl", "out.jsonl"),
        ("hf", "out.jsonl", "out.jsonl"),
        ("labelstudio", "out.json", "out.json"),
        ("spacy", "out.spacy", "out.spacy"),
        ("brat", "brat", "brat/big.txt"),
        ("hf-folder", "hf", "hf/train.jsonl"),
    ],
)
def test_a_file_the_system_will_not_grow_is_named(
    big_db: Path, tmp_path: Path, fmt: str, output: str, written: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    command = [sys.executable, "-m", "annotator.cli", "--db", str(big_db), "export"]
    done = subprocess.run(
        [*command, "--format", fmt, "-o", str(out / output)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        preexec_fn=_limited,
    )
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == f"annotator: error: {out / written}: cannot write it: File too large\n"
    assert list(out.rglob("*")) == []
