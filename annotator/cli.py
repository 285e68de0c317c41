"""The ``annotator`` command line.

``annotator [DB]`` opens the window; subcommands import, export and inspect a database.
Exit status: 0 success, 2 usage error (argparse), 1 any other error, reported as one line
``annotator: error: <message>`` on stderr without a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

from annotator import __version__
from annotator.cli_store import CliError, creates_project, database_error, open_store
from annotator.database_choice import ENV_VAR, add_window_options, choose_database, window_parser
from annotator.plurals import counted, noun

PROG = "annotator"
SUBCOMMANDS = ("import", "export", "stats", "labels", "agreement", "assign", "suggest")
PRESETS = ("conll2003", "anercorp", "wojood")


def _db_option(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS if suppress else None,
        help=f"SQLite path or postgresql:// URL (default: ${ENV_VAR}, else the user data dir)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The subcommands and their options: a declarative table, longer than a function."""
    from annotator.formats.common import EXPORT_FORMATS, HF_UNITS, IMPORT_FORMATS
    from annotator.formats.registry import EXPORT_FORMAT_TABLE, SPACY_SPANS

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Label named entities in Arabic news text. Without a subcommand, "
        "`annotator [DB]` opens the annotation window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _db_option(parser, suppress=False)
    add_window_options(parser, self_test=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "import", help="import text, JSONL/JSON, doccano, Label Studio, CoNLL or brat"
    )
    _db_option(p, suppress=True)
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="files, folders of .txt files, brat folders"
    )
    p.add_argument("--format", choices=IMPORT_FORMATS, help="default: guessed per file")
    p.add_argument("--scheme", choices=("iob1", "iob2", "bioes"), help="CoNLL tag scheme")
    p.add_argument("--annotator", default="imported", metavar="NAME", help="layer for spans")
    p.add_argument("--add-labels", action="store_true", help="add labels not yet defined")
    p.add_argument(
        "--policy", choices=("flat", "nested"), help="set the overlap policy (nested CoNLL)"
    )

    width = max(len(spec.name) for spec in EXPORT_FORMAT_TABLE)
    p = sub.add_parser(
        "export",
        help="export CoNLL, JSON, Hugging Face, spaCy, brat or Label Studio",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="formats:\n"
        + "".join(f"  {s.name:<{width}}  {s.summary}\n" for s in EXPORT_FORMAT_TABLE),
    )
    _db_option(p, suppress=True)
    p.add_argument("--format", choices=EXPORT_FORMATS, required=True, help="see the list below")
    p.add_argument(
        "--scheme",
        choices=("iob2", "iob1", "bioes"),
        help="CoNLL tag scheme (default: the project's, Project > Settings in the window, "
        "else iob2; spaCy mis-reads BIOES: B-X E-X becomes two entities)",
    )
    p.add_argument(
        "--layer",
        default=None,
        help="annotator layer (default: gold if it has spans, else the only layer with spans, "
        "else the only layer)",
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
        help="hf, hf-folder: one row per sentence (default) or per document",
    )
    p.add_argument(
        "--spacy-spans",
        choices=SPACY_SPANS,
        default="ents",
        help="spacy: doc.ents (outermost spans, the default) or doc.spans['sc'] (all spans)",
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="a file; a folder for --split, brat, hf-folder",
    )

    p = sub.add_parser("stats", help="documents by status, spans by label and layer, time")
    _db_option(p, suppress=True)
    p.add_argument("--json", action="store_true")
    p.add_argument("--days", action="store_true", help="--json: progress over days too")

    p = sub.add_parser("labels", help="list, add or edit labels, or apply a preset")
    _db_option(p, suppress=True)
    p.add_argument("--preset", choices=PRESETS, help="add a preset label set")
    p.add_argument("--json", action="store_true", help="the labels file: labels, guidelines")
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
    i = lsub.add_parser("import", help="restore labels and guidelines from a labels.json")
    _db_option(i, suppress=True)
    i.add_argument("file", metavar="FILE")

    p = sub.add_parser("agreement", help="inter-annotator agreement between layers")
    _db_option(p, suppress=True)
    p.add_argument("--layers", help="comma-separated layer names (default: all)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("assign", help="assign documents to an annotator, or list assignments")
    _db_option(p, suppress=True)
    p.add_argument("annotator", nargs="?", help="annotator (layer) name; none: list")
    p.add_argument("documents", nargs="*", metavar="DOC", help="document names or ids")
    p.add_argument("--remove", action="store_true", help="remove these assignments")
    from annotator.suggest import cli as suggest_cli

    suggest_cli.add_parser(sub, lambda parser: _db_option(parser, suppress=True))
    return parser


def _first_positional(argv: Sequence[str]) -> str | None:
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in ("--db", "--lang"):  # the window's options that take a value
            skip = True
            continue
        if not arg.startswith("-"):
            return arg
    return None


# --- commands ---------------------------------------------------------------------------------


def cmd_import(store: Any, args: argparse.Namespace) -> None:
    from annotator.formats.import_files import format_report, import_paths

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
    from annotator.formats.errors import display_path
    from annotator.formats.export import ExportOptions, export, parse_split

    options = ExportOptions(
        format=args.format,
        scheme=args.scheme.upper() if args.scheme else store.export_scheme(),
        layer=args.layer,
        status=args.status,
        docstart=args.docstart,
        whole_tokens=args.whole_tokens,
        sep="\t" if args.sep == "tab" else " ",
        split=parse_split(args.split) if args.split else None,
        seed=args.seed,
        hf_unit=args.hf_unit,
        spacy_spans=args.spacy_spans,
    )
    if args.format == "conll" and options.scheme == "BIOES":
        print(
            "note: spaCy reads BIOES B-X E-X as two entities; use IOB2 for spaCy", file=sys.stderr
        )
    result = export(store, options, args.output, database=db_url)
    for output, count in result.stale.items():
        stale = counted(count, "stale temporary file")
        print(f"removed {stale} of {display_path(output)}", file=sys.stderr)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    print(
        f"exported {counted(result.documents, 'document')}, {counted(result.spans, 'span')} "
        f"from layer "
        f"{result.layer!r} to {', '.join(display_path(p) for p in result.files)}"
    )


def stats_data(store: Any, *, days: bool = False) -> dict[str, Any]:
    """What ``annotator stats`` reports, from grouped count queries (no span is read);
    the definitions are in :mod:`annotator.statistics`."""
    from annotator.statistics import collect

    return collect(store, days=days).to_json()


def cmd_stats(store: Any, args: argparse.Namespace) -> None:
    from annotator.text.chars import visible_form  # names made before the rule may hold any

    data = stats_data(store, days=args.days)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, sort_keys=True))
        return
    print(f"documents: {data['documents']}")
    for status, n in data["documents_by_status"].items():
        print(f"  {status}: {n}")
    print(f"spans: {data['spans']}")
    for label, n in data["spans_by_label"].items():
        print(f"  {label}: {n}")
    for layer, statuses in data["documents_by_layer_status"].items():
        counts = data["spans_by_layer"].get(layer, {})
        shown = ", ".join(f"{status} {n}" for status, n in statuses.items())
        spans = counted(sum(counts.values()), "span")
        print(f"layer {visible_form(layer)}: {spans}; documents: {shown}")
        for label, n in counts.items():
            print(f"  {visible_form(label)}: {n}")
    _print_time(data.get("time"))


def _print_time(time: dict[str, Any] | None) -> None:
    """Active time and entities per hour per annotator (when any is recorded)."""
    from annotator.statistics import format_duration
    from annotator.text.chars import visible_form

    if not time:
        return
    print("active time (in the window, input in the last minute):")
    for name, figures in time["annotators"].items():
        rate = figures["entities_per_hour"]
        shown = "-" if rate is None else f"{rate:.1f}"
        print(
            f"  {visible_form(name)}: {format_duration(figures['active_seconds'])}, "
            f"{counted(figures['manual_spans'], 'entity')} by hand, {shown} per hour"
        )


def cmd_labels(store: Any, args: argparse.Namespace) -> None:
    from annotator.text.chars import visible_form  # names made before the rule may hold any

    action = getattr(args, "labels_command", None)
    if action == "import":
        from annotator.formats.labels_file import apply_label_set, read_labels_file

        print(apply_label_set(store, read_labels_file(args.file)).line())
    if args.json:
        from annotator.formats.labels_file import dump_labels_file

        print(dump_labels_file(store.labels(), store.guidelines()), end="")
        return
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
        print(f"deleted label {visible_form(args.name)!r} ({counted(changed, 'span')} affected)")
    for label in store.labels():
        hotkey = f"  [{visible_form(label.hotkey)}]" if label.hotkey else ""
        print(f"{visible_form(label.name)}\t{label.color}{hotkey}")


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
    if args.annotator is None:
        assigned = store.assignments()
        for doc in documents:
            print(f"{doc.name}\t{', '.join(assigned.get(doc.id, [])) or '(everyone)'}")
        return
    if not args.documents:
        raise CliError("name the documents to assign (names or ids)")
    by_name = {doc.name: doc.id for doc in documents}
    chosen: list[int] = []
    unknown: list[str] = []
    for ref in args.documents:
        doc_id = by_name.get(ref)
        if doc_id is None and ref.isdigit() and int(ref) in names:
            doc_id = int(ref)
        if doc_id is None:
            unknown.append(ref)
        else:
            chosen.append(doc_id)
    if unknown:
        raise CliError(f"{noun(len(unknown), 'unknown document')}: {', '.join(unknown)}")
    change = store.unassign if args.remove else store.assign
    changed = len([doc_id for doc_id in chosen if change(doc_id, args.annotator)])
    verb = "unassigned from" if args.remove else "assigned to"
    shown = args.annotator if args.remove else store.annotator(args.annotator).name
    print(f"{changed} of {counted(len(chosen), 'document')} {verb} {shown.strip()}")


def _scrub(text: str, argv: Sequence[str]) -> str:
    """``text`` with every database URL the user gave (an argument, ``--db=URL`` or
    ``$ANNOTATOR_DB``) replaced by its redacted form: error lines never show a password."""
    from annotator.urls import redact_url

    given = {*argv, os.environ.get("ANNOTATOR_DB", "")}
    for value in sorted(given, key=len, reverse=True):
        shown = redact_url(value) if value else value
        if shown != value:
            text = text.replace(value, shown)
    return text


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str]) -> argparse.Namespace:
    """``parser.parse_args(argv)``; a usage error's message is printed through
    :func:`_scrub` (argparse repeats unrecognised arguments, URLs among them)."""
    buffer = io.StringIO()
    try:
        with contextlib.redirect_stderr(buffer):
            return parser.parse_args(argv)
    finally:
        sys.stderr.write(_scrub(buffer.getvalue(), argv))


def run_gui(argv: Sequence[str]) -> int:
    """``annotator [--db URL] [--lang ar|en|system] [DB]``: the window (a usage error is
    reported before Qt loads); its database: :func:`database_choice.choose_database`."""
    from annotator.database_choice import mistyped_command

    database = _parse(window_parser(PROG), argv).database
    if (command := mistyped_command(database, SUBCOMMANDS)) is not None:
        build_parser().error(f"unknown command {database!r}: did you mean {command!r}?")
    try:
        from annotator.gui.app import main as gui_main
    except ImportError as exc:
        raise CliError(f"the window cannot start: {exc}") from None
    return int(gui_main(list(argv)) or 0)


def _dispatch(argv: Sequence[str]) -> int:
    first = _first_positional(argv)
    if first not in SUBCOMMANDS and not {"-h", "--help", "--version"} & set(argv):
        return run_gui(argv)
    args = _parse(build_parser(), argv)
    if args.command is None:
        return run_gui(argv)
    db_url = choose_database(None, args.db)
    store = open_store(db_url, creates_project(args))
    try:
        _run_command(store, args, db_url)
    except Exception as exc:
        error = database_error(store, exc)
        if error is None:
            raise
        raise error from exc
    finally:
        store.close()
    return 0


def _run_command(store: Any, args: argparse.Namespace, db_url: str) -> None:
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
    elif args.command == "suggest":
        from annotator.suggest import cli as suggest_cli

        suggest_cli.run(store, args)
    else:
        cmd_agreement(store, args)


def _one_line(exc: BaseException, argv: Sequence[str] = ()) -> str:
    """The message on one line; an argument holding a line break or another invisible
    character (a path ``a\nb``), or the start of one (its folder), is shown escaped
    (``a<U+000A>b``), not joined with a space into the name of another file."""
    from annotator.text.chars import visible_form

    text = str(getattr(exc, "message", None) or str(exc) or exc.__class__.__name__)
    if isinstance(exc, OSError) and exc.filename and exc.strerror:
        text = f"{exc.filename}: {exc.strerror}"
    for value in set(argv):
        first = next((i for i, ch in enumerate(value) if visible_form(ch) != ch), -1)
        for end in range(len(value), first, -1) if first >= 0 else ():  # its folders too
            text = text.replace(value[:end], visible_form(value[:end]))
    return " ".join(text.split())


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit status (the console script passes it to sys.exit).
    Output that cannot be encoded or written never changes it (:mod:`annotator.console`)."""
    from annotator.console import guarded_output

    with guarded_output():
        return _main(list(sys.argv[1:] if argv is None else argv))


def _main(argv: list[str]) -> int:
    if "--self-test" in argv:
        from annotator.selftest import run_self_test

        return run_self_test()
    from annotator.cli_signals import Stopped, stopping_signals
    from annotator.formats.errors import MissingExtraError
    from annotator.store.errors import StoreError  # no peewee: errors.py is plain Python

    expected = (CliError, OSError, ValueError, LookupError, StoreError, MissingExtraError)
    try:
        with stopping_signals():
            status = _dispatch(argv)
        sys.stdout.flush()  # a full disk under the output is the command's failure
        return status
    except Stopped as stop:
        print(f"{PROG}: {stop.words}", file=sys.stderr)
        return stop.status
    except expected as exc:
        print(f"{PROG}: error: {_scrub(_one_line(exc, argv), argv)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except MemoryError:  # a huge input under a memory limit: transactions were rolled back
        print(
            f"{PROG}: error: out of memory (the command stopped; nothing half-written was kept)",
            file=sys.stderr,
        )
        return 1
    except Exception as exc:  # last resort: a bug, still one line and no traceback
        name = exc.__class__.__name__
        text = _scrub(_one_line(exc, argv), argv)
        print(f"{PROG}: error: unexpected {name}: {text}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
