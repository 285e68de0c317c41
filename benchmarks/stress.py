"""``make stress``: the long versions of the robustness tests.

Runs hundreds of SIGKILLs against a span-editing process and dozens against imports,
then feeds every importer (and the CLI) generated hostile files. The last stdout line is
one JSON object: ``kills``, ``lost_acknowledged``, ``integrity_failures``, ``fuzz_cases``,
``uncaught`` (and more detail). The exit status is 1 when anything was lost, corrupted,
half-imported or crashed.

The generators and checkers here are shared with ``tests/robustness``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.robustness import crash_worker as cw

FORMATS = ("text", "jsonl", "json", "doccano", "labelstudio", "conll")
ARABIC = "زار الرئيس المصري القاهرة أمس، وقال: «مرحباً» ٣٫٥ ‏ـ"

# --- hostile files -----------------------------------------------------------------------------


def valid_samples() -> dict[str, bytes]:
    """A small valid file per format (truncations of these are a test case)."""
    record = {"name": "n", "text": "زار بوتين موسكو", "label": [[4, 9, "PER"], [10, 15, "LOC"]]}
    task = {
        "id": 1,
        "data": {"text": "زار بوتين موسكو"},
        "annotations": [
            {"result": [{"value": {"start": 4, "end": 9, "text": "بوتين", "labels": ["PER"]}}]}
        ],
    }
    return {
        "text": "زار بوتين موسكو.\nوقال إن العلاقات جيدة.\n".encode(),
        "jsonl": (json.dumps(record, ensure_ascii=False) + "\n").encode() * 3,
        "json": json.dumps([record, record], ensure_ascii=False).encode(),
        "doccano": (json.dumps(record, ensure_ascii=False) + "\n").encode(),
        "labelstudio": json.dumps([task], ensure_ascii=False).encode(),
        "conll": "زار\tO\nبوتين\tB-PER\nموسكو\tB-LOC\n\nوقال\tO\n".encode(),
    }


def fixed_cases(big_line_bytes: int = 20_000_000) -> dict[str, bytes]:
    """Named hostile inputs; ``big_line_bytes`` sizes the single-line file."""
    sample = valid_samples()
    record = json.dumps({"text": "في القاهرة", "label": [[3, 10, "LOC"]]}, ensure_ascii=False)
    line_unit = "كلمة "
    big = (line_unit * (big_line_bytes // len(line_unit.encode()))).encode()
    return {
        "empty": b"",
        "bom_only": b"\xef\xbb\xbf",
        "utf16": record.encode("utf-16"),
        "utf16_conll": sample["conll"].decode().encode("utf-16-le"),
        "latin1": "café naïve, résumé\n".encode("latin-1"),
        "nul_text": "في\x00القاهرة\n".encode(),
        "nul_json": b'{"text": "a\\u0000b"}\n',
        "raw_nul_bytes": b"\x00" * 1000,
        "big_line": big,
        "deep_array": b"[" * 100_000,
        "deep_balanced": b"[" * 100_000 + b"]" * 100_000,
        "deep_in_record": b'{"text": "x", "meta": ' + b'{"a":' * 50_000 + b"1" + b"}" * 50_001,
        "surrogate": b'{"text": "abc\\udc00", "label": [[0, 3, "LOC"]]}\n',
        "shape_object": b'{"a": 1}',
        "shape_scalars": b'[1, 2.5, "x", null, true]',
        "shape_text_number": b'{"text": 5}\n',
        "shape_float_offsets": b'{"text": "abc", "label": [[0, 1e400, "LOC"]]}\n',
        "shape_label_number": b'{"text": "abc", "label": [[0, 2, 5]]}\n',
        "shape_label_string": b'{"text": "abc", "label": "LOC"}\n',
        "shape_huge_int": b'{"text": "abc", "label": [[0, 99999999999999999999999, "LOC"]]}\n',
        "shape_negative": b'{"text": "abc", "label": [[-1, 2, "LOC"]]}\n',
        "shape_spans_dict": b'{"text": "abc", "spans": {"start": 0}}\n',
        "shape_bad_label_name": b'{"text": "abc", "label": [[0, 2, "A B"]]}\n',
        "ls_annotations_int": b'[{"data": {"text": "abc"}, "annotations": 5}]',
        "ls_result_dict": b'[{"data": {"text": "abc"}, "annotations": [{"result": {"a": 1}}]}]',
        "ls_data_list": b'[{"data": ["abc"]}]',
        "ls_start_string": (
            b'[{"data": {"text": "abc"}, "annotations": [{"result": '
            b'[{"value": {"start": "0", "end": 2, "labels": ["LOC"]}}]}]}]'
        ),
        "conll_ragged": "زار O\nبوتين B-PER I-PER X\nموسكو B-LOC\n\n a\n".encode(),
        "conll_ragged_tags": b"a O B-LOC\nb I-LOC\nc O O O O O O\n",
        "conll_crossing": b"a I-LOC O\nb B-LOC I-PER\n",
        "conll_token_only": "زار\nبوتين\n".encode(),
        "conll_bad_tag": b"a B-\nb I-LOC\n",
        "conll_docstart_only": b"-DOCSTART- -X- O O\n\n",
        "conll_whitespace_tokens": (
            "New York\tB-LOC\nCity\tI-LOC\nفي\u00a0القاهرة\tB-LOC\n\u2028x\u0085\tO\n"
            " \u00a0\tO\nوزير\u000bالخارجية\tB-PER\n"
        ).encode(),
        "conll_space_tokens": "عبد الله B-PER\nقال O\nفي O\n".encode(),
        "conll_whitespace_entity": "زار\tO\n\u00a0\tB-LOC\n".encode(),
        "conll_bioes_e_first": b"a E-PERS\nb B-PERS\n",
        "conll_bioes_s_inside": b"a B-PER\nb S-PER\nc E-PER\n",
        "conll_bioes_unclosed": b"a B-PER\nb O\nc I-LOC\nd E-LOC\ne S-ORG\n",
        "conll_iob1_bad_b": b"a I-PER\nb O\nc B-LOC\n",
        "nan_meta": b'{"text": "abc", "meta": {"score": NaN}}\n',
        "infinity_meta": b'{"text": "abc", "meta": {"a": [1, -Infinity]}}\n',
        "huge_float_meta": b'{"text": "abc", "meta": {"a": 1e400}}\n',
        "nan_array": b'[{"text": "abc",\n  "meta": {"x": Infinity}}]',
        "ls_relations": json.dumps([_ls_task_with_relations()], ensure_ascii=False).encode(),
        **{f"truncated_{fmt}": data[: len(data) * 2 // 3] for fmt, data in sample.items()},
    }


def _ls_task_with_relations() -> dict[str, object]:
    """A Label Studio task whose results mix labels, a relation and other controls."""
    text = "زار بوتين موسكو"
    labels = [
        {"id": "a1", "type": "labels", "from_name": "label", "to_name": "text",
         "value": {"start": 4, "end": 9, "text": "بوتين", "labels": ["PER"]}},
        {"id": "b2", "type": "labels", "from_name": "label", "to_name": "text",
         "value": {"start": 10, "end": 15, "text": "موسكو", "labels": ["LOC"]}},
    ]  # fmt: skip
    others = [
        {"from_id": "a1", "to_id": "b2", "type": "relation", "direction": "right"},
        {"id": "c3", "type": "choices", "value": {"choices": ["news"]}},
        {"id": "d4", "type": "textarea", "value": {"text": ["note"]}},
        {"id": "e5", "type": "rating", "value": {"rating": 3}},
    ]
    return {"id": 9, "data": {"text": text}, "annotations": [{"result": labels + others}]}


def random_case(rng: random.Random) -> bytes:
    """Random bytes, or a valid sample mutated (cut, bytes flipped, lines shuffled)."""
    kind = rng.randrange(4)
    if kind == 0:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
    data = bytearray(rng.choice(list(valid_samples().values())))
    if kind == 1 and data:
        data = data[: rng.randrange(len(data))]
    elif kind == 2:
        for _ in range(rng.randrange(1, 6)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
    else:
        lines = bytes(data).split(b"\n")
        rng.shuffle(lines)
        data = bytearray(b"\n".join([*lines, ARABIC.encode()[: rng.randrange(40)]]))
    return bytes(data)


# --- checks ------------------------------------------------------------------------------------


@dataclass
class FuzzStats:
    cases: int = 0
    imported: int = 0
    refused: int = 0
    uncaught: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: FuzzStats) -> None:
        self.cases += other.cases
        self.imported += other.imported
        self.refused += other.refused
        self.uncaught += other.uncaught
        self.problems.extend(other.problems)


def check_import(db: Path, file: Path, fmt: str | None, stats: FuzzStats) -> str:
    """Import ``file``: a clean import, or the format's error naming the file with the
    database unchanged. Returns "ok", "refused" or "problem" (recorded in ``stats``)."""
    from annotator.formats.common import FormatError, display_path
    from annotator.formats.import_files import import_paths
    from annotator.store import Store, StoreError

    stats.cases += 1
    before = cw.table_counts(db)
    store = Store.open(db)
    try:
        import_paths(store, [file], fmt=fmt, add_labels=True)
    except (FormatError, StoreError) as exc:
        message = str(exc)
        after = cw.table_counts(db)
        if after != before:
            stats.problems.append(f"{file.name} as {fmt}: database changed by a failed import")
            return "problem"
        shown = display_path(file)
        if not message.startswith(shown) or len(message) <= len(shown) + 2:
            stats.problems.append(f"{file.name} as {fmt}: error does not name the file: {message}")
            return "problem"
        stats.refused += 1
        return "refused"
    except Exception as exc:
        stats.uncaught += 1
        stats.problems.append(f"{file.name} as {fmt}: uncaught {exc.__class__.__name__}: {exc}")
        return "problem"
    finally:
        store.close()
    stats.imported += 1
    return "ok"


def check_cli(db: Path, file: Path, fmt: str | None, stats: FuzzStats) -> str:
    """The CLI on ``file``: exit 0, or exit 1 with one stderr line and no traceback."""
    from annotator.cli import main as cli_main

    stats.cases += 1
    args = ["--db", str(db), "import", str(file), "--add-labels"]
    if fmt:
        args += ["--format", fmt]
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = cli_main(args)
    except BaseException as exc:
        stats.uncaught += 1
        stats.problems.append(f"cli {file.name} as {fmt}: raised {exc.__class__.__name__}")
        return "problem"
    text = err.getvalue()
    if status == 0:
        stats.imported += 1
        return "ok"
    if status != 1 or text.count("\n") != 1 or "Traceback" in text or "unexpected" in text:
        stats.uncaught += "unexpected" in text
        stats.problems.append(f"cli {file.name} as {fmt}: status {status}, stderr {text[:300]!r}")
        return "problem"
    stats.refused += 1
    return "refused"


def fresh_db(folder: Path, name: str) -> Path:
    from annotator.store import Store

    path = folder / f"{name}.annotator"
    with Store.open(path) as store:
        store.apply_preset("conll2003")
        store.add_document("existing", "نص موجود من قبل")
    return path


def fuzz_files(folder: Path, cases: dict[str, bytes], stats: FuzzStats, cli: bool) -> None:
    """Every case through every importer (and format guessing); the CLI too if ``cli``."""
    db = fresh_db(folder, "fuzz")
    for name, data in cases.items():
        path = folder / f"{name}.in"
        path.write_bytes(data)
        for fmt in (*FORMATS, None):
            check_import(db, path, fmt, stats)
            if cli:
                check_cli(db, path, fmt, stats)
        path.unlink()


def _hostile_paths(folder: Path) -> dict[str, tuple[Path, str | None]]:
    """Hostile paths rather than contents: a folder with links leaving it and special
    files, a FIFO and a device given by name, file names that are not UTF-8."""
    import os

    outside = folder / "outside.txt"
    outside.write_text("SECRET-OUTSIDE", encoding="utf-8")
    tree = folder / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "a.txt").write_text(ARABIC, encoding="utf-8")
    (tree / "host.txt").symlink_to(outside)
    (tree / "sub" / "up").symlink_to(folder)
    (tree / "sub" / "loop").symlink_to(tree)
    os.mkfifo(tree / "pipe.txt")
    fifo = folder / "given.fifo"
    os.mkfifo(fifo)
    raw = os.fsencode(folder)
    bad_text = Path(os.fsdecode(os.path.join(raw, b"caf\xe9.txt")))
    bad_text.write_text(ARABIC, encoding="utf-8")
    bad_json = Path(os.fsdecode(os.path.join(raw, b"\xff.jsonl")))
    bad_json.write_bytes(b'{"text": "abc"}\n{"text": 5}\n')
    return {
        "tree": (tree, None),
        "tree_text": (tree, "text"),
        "fifo": (fifo, None),
        "fifo_jsonl": (fifo, "jsonl"),
        "dev_zero": (Path("/dev/zero"), "text"),
        "bad_name_text": (bad_text, None),
        "bad_name_json": (bad_json, "jsonl"),
    }


def fuzz_paths(folder: Path, stats: FuzzStats) -> None:
    """The hostile paths through the importer and the CLI; a folder import must never
    take in what a link outside points at."""
    folder.mkdir(parents=True, exist_ok=True)
    db = fresh_db(folder, "paths")
    for name, (path, fmt) in _hostile_paths(folder).items():
        check_import(db, path, fmt, stats)
        check_cli(db, path, fmt, stats)
        with sqlite3.connect(db) as con:
            leaked = con.execute("SELECT count(*) FROM document WHERE text LIKE '%SECRET%'")
            if leaked.fetchone()[0]:
                stats.problems.append(f"{name}: a link leaving the folder was followed")


def fuzz_oversized(folder: Path, stats: FuzzStats) -> None:
    """Lines and documents over a lowered limit (1 MB per document): refused, not read."""
    import os

    folder.mkdir(parents=True, exist_ok=True)
    line = json.dumps({"text": "كلمة " * 400_000}, ensure_ascii=False).encode() + b"\n"
    cases = {
        "oversized_jsonl_line": line,
        "oversized_escaped_line": json.dumps({"text": "كلمة " * 150_000}).encode() + b"\n",
        "oversized_text": ("كلمة " * 300_000).encode(),
        "oversized_conll": "".join(f"كلمة{i}\tO\n" for i in range(200_000)).encode(),
    }
    previous = os.environ.get("ANNOTATOR_IMPORT_MAX_DOCUMENT_MB")
    os.environ["ANNOTATOR_IMPORT_MAX_DOCUMENT_MB"] = "1"
    try:
        before = stats.imported
        fuzz_files(folder, cases, stats, cli=True)
        if stats.imported != before:
            stats.problems.append("a file over the document limit was imported")
    finally:
        if previous is None:
            del os.environ["ANNOTATOR_IMPORT_MAX_DOCUMENT_MB"]
        else:
            os.environ["ANNOTATOR_IMPORT_MAX_DOCUMENT_MB"] = previous


# --- main ----------------------------------------------------------------------------------------


def run(kills: int, import_kills: int, random_cases: int, seed: int) -> dict[str, object]:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="annotator-stress-") as tmp:
        folder = Path(tmp)
        spans = cw.span_kills(folder / "spans.annotator", kills, seed=seed)
        source = folder / "big.jsonl"
        documents = 5000
        span_count = cw.write_import_file(source, documents, seed)
        imports = cw.import_kills(
            folder / "import.annotator", source, documents, span_count, import_kills, seed
        )
        fuzz = FuzzStats()
        fuzz_files(folder, fixed_cases(), fuzz, cli=True)
        fuzz_paths(folder / "paths", fuzz)
        fuzz_oversized(folder / "oversized", fuzz)
        rng = random.Random(seed)
        generated = {f"random_{i}": random_case(rng) for i in range(random_cases)}
        fuzz_files(folder, generated, fuzz, cli=False)
    failures = spans.failures + imports.failures + fuzz.problems
    return {
        "kills": spans.kills + imports.kills,
        "span_kills": spans.kills,
        "import_kills": imports.kills,
        "acknowledged": spans.acknowledged,
        "inflight_at_kill": spans.inflight,
        "interrupted_imports": imports.interrupted_writes,
        "lost_acknowledged": spans.lost_acknowledged,
        "partial_imports": imports.partial_imports,
        "integrity_failures": spans.integrity_failures + imports.integrity_failures,
        "fuzz_cases": fuzz.cases,
        "fuzz_imported": fuzz.imported,
        "fuzz_refused": fuzz.refused,
        "uncaught": fuzz.uncaught,
        "problems": len(failures),
        "first_problems": failures[:5],
        "seconds": round(time.monotonic() - started, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=300)
    parser.add_argument("--import-kills", type=int, default=30)
    parser.add_argument("--random-cases", type=int, default=400)
    parser.add_argument("--seed", type=int, default=int(time.time()) % 100_000)
    args = parser.parse_args(argv)
    print(f"stress: seed {args.seed}", file=sys.stderr)
    result = run(args.kills, args.import_kills, args.random_cases, args.seed)
    print(json.dumps(result, ensure_ascii=False))
    return 1 if result["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
