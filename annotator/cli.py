"""The ``annotator`` command line.

``annotator [DB]`` opens the window; subcommands import, export and inspect a database.
Exit status: 0 success, 2 usage error (argparse), 1 any other error, reported as one line
``annotator: error: <message>`` on stderr without a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from typing import Any

from annotator import __version__

PROG = "annotator"
SUBCOMMANDS = ("import", "export", "stats", "labels", "agreement", "assign")
PRESETS = ("conll2003", "anercorp", "wojood")


class CliError(Exception):
    """A user-facing failure: printed as one line, exit status 1."""


def default_database() -> str:
    env = os.environ.get("ANNOTATOR_DB")
    if env:
        return env
    from annotator.paths import default_database_path

    return str(default_database_path())


def _db_option(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS if suppress else None,
        help="SQLite path or postgresql:// URL (default: $ANNOTATOR_DB, else the user data dir)",
    )


def build_parser() -> argparse.ArgumentParser:
    from annotator.formats import EXPORT_FORMATS, HF_UNITS, IMPORT_FORMATS

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Label named entities in Arabic news text. Without a subcommand, "
        "`annotator [DB]` opens the annotation window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _db_option(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", help="import text, JSONL/JSON, doccano, Label Studio or CoNLL")
    _db_option(p, suppress=True)
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of .txt files")
    p.add_argument("--format", choices=IMPORT_FORMATS, help="default: guessed per file")
    p.add_argument("--scheme", choices=("iob1", "iob2", "bioes"), help="CoNLL tag scheme")
    p.add_argument("--annotator", default="imported", metavar="NAME", help="layer for spans")
    p.add_argument("--add-labels", action="store_true", help="add labels not yet defined")
    p.add_argument(
        "--policy", choices=("flat", "nested"), help="set the overlap policy (nested CoNLL)"
    )

    p = sub.add_parser("export", help="export CoNLL, JSONL, JSON or Hugging Face JSON lines")
    _db_option(p, suppress=True)
    p.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    p.add_argument(
        "--scheme",
        choices=("iob2", "iob1", "bioes"),
        default="iob2",
        help="CoNLL tag scheme (spaCy mis-reads BIOES: B-X E-X becomes two entities)",
    )
    p.add_argument(
        "--layer",
        default=None,
        help="annotator layer (default: gold if it has spans, else the only layer with spans)",
    )
    p.add_argument("--status", choices=("new", "in_progress", "done", "reviewed"))
    p.add_argument("--docstart", action="store_true", help="CoNLL: -DOCSTART- and 4 columns")
    p.add_argument("--whole-tokens", action="store_true", help="expand spans to whole tokens")
    p.add_argument("--sep", choices=("tab", "space"), default="tab", help="CoNLL separator")
    p.add_argument("--split", metavar="TRAIN/DEV/TEST", help="e.g. 80/10/10: -o is a folder")
    p.add_argument("--seed", type=int, default=0, help="shuffle seed for --split")
    p.add_argument(
        "--hf-unit",
        choices=HF_UNITS,
        default="sentence",
        help="hf: one row per sentence (default) or per document",
    )
    p.add_argument("-o", "--output", required=True, metavar="OUT")

    p = sub.add_parser("stats", help="documents by status, spans by label and layer")
    _db_option(p, suppress=True)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("labels", help="list, add or edit labels, or apply a preset")
    _db_option(p, suppress=True)
    p.add_argument("--preset", choices=PRESETS, help="add a preset label set")
    lsub = p.add_subparsers(dest="labels_command", metavar="ACTION")
    a = lsub.add_parser("add", help="add a label")
    _db_option(a, suppress=True)
    a.add_argument("name")
    a.add_argument("--color", help="#rrggbb")
    a.add_argument("--hotkey")
    e = lsub.add_parser("edit", help="rename or recolour a label")
    _db_option(e, suppress=True)
    e.add_argument("name")
    e.add_argument("--rename", metavar="NEW_NAME")
    e.add_argument("--color")
    e.add_argument("--hotkey")
    e.add_argument("--order", type=int)
    d = lsub.add_parser("delete", help="delete a label")
    _db_option(d, suppress=True)
    d.add_argument("name")
    d.add_argument("--relabel-to", metavar="NAME", help="relabel its spans instead")

    p = sub.add_parser("agreement", help="inter-annotator agreement between layers")
    _db_option(p, suppress=True)
    p.add_argument("--layers", help="comma-separated layer names (default: all)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("assign", help="assign documents to an annotator, or list assignments")
    _db_option(p, suppress=True)
    p.add_argument("annotator", nargs="?", help="annotator (layer) name; none: list")
    p.add_argument("documents", nargs="*", metavar="DOC", help="document names or ids")
    p.add_argument("--remove", action="store_true", help="remove these assignments")
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Open the annotation window.")
    _db_option(parser, suppress=False)
    parser.add_argument("database", nargs="?", metavar="DB", help="database path or URL")
    return parser


def _first_positional(argv: Sequence[str]) -> str | None:
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg == "--db":
            skip = True
            continue
        if not arg.startswith("-"):
            return arg
    return None


def open_store(url: str) -> Any:
    from annotator.store import Store

    return Store.open(url)


# --- commands ---------------------------------------------------------------------------------


def cmd_import(store: Any, args: argparse.Namespace) -> None:
    from annotator.formats.importer import format_report, import_paths

    report = import_paths(
        store,
        args.paths,
        fmt=args.format,
        scheme=args.scheme.upper() if args.scheme else None,
        annotator=args.annotator,
        add_labels=args.add_labels,
        policy=args.policy,
    )
    print(format_report(report, len(args.paths)))


def cmd_export(store: Any, args: argparse.Namespace, db_url: str) -> None:
    from annotator.formats.export import ExportOptions, export, parse_split

    options = ExportOptions(
        format=args.format,
        scheme=args.scheme.upper(),
        layer=args.layer,
        status=args.status,
        docstart=args.docstart,
        whole_tokens=args.whole_tokens,
        sep="\t" if args.sep == "tab" else " ",
        split=parse_split(args.split) if args.split else None,
        seed=args.seed,
        hf_unit=args.hf_unit,
    )
    if args.format == "conll" and options.scheme == "BIOES":
        print(
            "note: spaCy reads BIOES B-X E-X as two entities; use IOB2 for spaCy", file=sys.stderr
        )
    result = export(store, options, args.output, database=db_url)
    for output, count in result.stale.items():
        print(f"removed {count} stale temporary file(s) of {output}", file=sys.stderr)
    print(
        f"exported {result.documents} documents, {result.spans} spans from layer "
        f"{result.layer!r} to {', '.join(str(p) for p in result.files)}"
    )


def cmd_stats(store: Any, args: argparse.Namespace) -> None:
    docs = store.documents()
    by_status = Counter(d.status for d in docs)
    ids = [d.id for d in docs]
    layers: dict[str, dict[str, int]] = {}
    by_label: Counter[str] = Counter()
    for info in store.annotators():
        counts: Counter[str] = Counter()
        for spans in store.spans_by_document(ids, info.name).values():
            counts.update(s.label for s in spans)
        if counts:
            layers[info.name] = dict(sorted(counts.items()))
            by_label.update(counts)
    data = {
        "documents": len(docs),
        "documents_by_status": {s: by_status[s] for s in sorted(by_status)},
        "spans": sum(by_label.values()),
        "spans_by_label": dict(sorted(by_label.items())),
        "spans_by_layer": layers,
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, sort_keys=True))
        return
    print(f"documents: {data['documents']}")
    for status, n in data["documents_by_status"].items():
        print(f"  {status}: {n}")
    print(f"spans: {data['spans']}")
    for label, n in data["spans_by_label"].items():
        print(f"  {label}: {n}")
    for layer, counts in layers.items():
        print(f"layer {layer}: {sum(counts.values())} spans")
        for label, n in counts.items():
            print(f"  {label}: {n}")


def cmd_labels(store: Any, args: argparse.Namespace) -> None:
    action = getattr(args, "labels_command", None)
    if args.preset:
        store.apply_preset(args.preset)
    if action == "add":
        store.add_label(args.name, color=args.color, hotkey=args.hotkey)
    elif action == "edit":
        if not any(v is not None for v in (args.rename, args.color, args.hotkey, args.order)):
            raise CliError("labels edit: give --rename, --color, --hotkey or --order")
        store.update_label(
            args.name, new_name=args.rename, color=args.color, hotkey=args.hotkey, order=args.order
        )
    elif action == "delete":
        changed = store.delete_label(args.name, relabel_to=args.relabel_to)
        print(f"deleted label {args.name!r} ({changed} spans affected)")
    for label in store.labels():
        hotkey = f"  [{label.hotkey}]" if label.hotkey else ""
        print(f"{label.name}\t{label.color}{hotkey}")


def cmd_agreement(store: Any, args: argparse.Namespace) -> None:
    try:
        from annotator.agreement import compute_agreement, format_text
    except ImportError as exc:
        raise CliError(f"agreement is not available ({exc})") from None
    layers = [x.strip() for x in args.layers.split(",") if x.strip()] if args.layers else None
    report = compute_agreement(store, layers=layers, doc_ids=None)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, sort_keys=True, indent=2))
    else:
        print(format_text(report))


def cmd_assign(store: Any, args: argparse.Namespace) -> None:
    documents = store.documents()
    names = {doc.id: doc.name for doc in documents}
    if not args.annotator:
        assigned = store.assignments()
        for doc in documents:
            print(f"{doc.name}\t{', '.join(assigned.get(doc.id, [])) or '(everyone)'}")
        return
    if not args.documents:
        raise CliError("name the documents to assign (names or ids)")
    by_name = {doc.name: doc.id for doc in documents}
    chosen, unknown = [], []
    for ref in args.documents:
        doc_id = by_name.get(ref)
        if doc_id is None and ref.isdigit() and int(ref) in names:
            doc_id = int(ref)
        (chosen if doc_id is not None else unknown).append(doc_id if doc_id else ref)
    if unknown:
        raise CliError(f"unknown documents: {', '.join(unknown)}")
    change = store.unassign if args.remove else store.assign
    changed = sum(1 for doc_id in chosen if change(doc_id, args.annotator))
    verb = "unassigned from" if args.remove else "assigned to"
    print(f"{changed} of {len(chosen)} documents {verb} {args.annotator}")


def run_gui(argv: Sequence[str]) -> int:
    args = build_gui_parser().parse_args(argv)
    try:
        from annotator.gui.app import main as gui_main
    except ImportError as exc:
        raise CliError(f"the window cannot start: {exc}") from None
    gui_argv = [a for a in (args.database or args.db,) if a]
    return int(gui_main(gui_argv) or 0)


def _dispatch(argv: Sequence[str]) -> int:
    first = _first_positional(argv)
    if first not in SUBCOMMANDS and not {"-h", "--help", "--version"} & set(argv):
        return run_gui(argv)
    args = build_parser().parse_args(argv)
    if args.command is None:
        return run_gui(argv)
    db_url = args.db or default_database()
    store = open_store(db_url)
    try:
        if args.command == "import":
            cmd_import(store, args)
        elif args.command == "export":
            cmd_export(store, args, db_url)
        elif args.command == "stats":
            cmd_stats(store, args)
        elif args.command == "labels":
            cmd_labels(store, args)
        elif args.command == "assign":
            cmd_assign(store, args)
        else:
            cmd_agreement(store, args)
    finally:
        store.close()
    return 0


def _one_line(exc: BaseException) -> str:
    text = getattr(exc, "message", None) or str(exc) or exc.__class__.__name__
    if isinstance(exc, OSError) and exc.filename and exc.strerror:
        text = f"{exc.filename}: {exc.strerror}"
    return " ".join(str(text).split())


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit status (the console script passes it to sys.exit)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in argv:
        from annotator.selftest import run_self_test

        return run_self_test()
    from annotator.store.errors import StoreError  # no peewee: errors.py is plain Python

    expected = (CliError, OSError, ValueError, LookupError, StoreError)
    try:
        return _dispatch(argv)
    except expected as exc:
        print(f"{PROG}: error: {_one_line(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # last resort: a bug, still one line and no traceback
        name = exc.__class__.__name__
        print(f"{PROG}: error: unexpected {name}: {_one_line(exc)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
