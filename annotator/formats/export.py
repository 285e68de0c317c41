"""Export: choose the layer and documents, then write CoNLL, JSONL, JSON or Hugging Face
JSON lines (one file per split), all files renamed into place only when complete.

One loop: rows from the store (``Store.export_rows``: texts, one layer's spans and the
cached token boundaries, read in chunks) -> :func:`~annotator.formats.prepare.prepare`
(tokens cut at span edges, sentences) -> the format's writer in
:mod:`annotator.formats.writers` (pieces of bounded size) -> the temporary file of
:mod:`annotator.formats.atomic`. Callers that want progress reports or a way to cancel
pass ``progress`` and ``cancelled`` to :func:`export`.

Outputs: an existing output that is not a regular file (a symbolic link, FIFO, device,
socket) is refused before anything is written; stale temporaries that a killed export of
the same output left are removed first and counted in :attr:`ExportResult.stale`. JSON
formats get a labels file named after the output (``out.jsonl`` -> ``out.labels.json``;
``DIR/labels.json`` for a split into ``DIR``).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from annotator.formats.atomic import atomic_files, check_replaceable, remove_stale_temporaries
from annotator.formats.common import HF_UNITS, FormatError
from annotator.formats.prepare import Prepared, prepare, sentence_tags
from annotator.formats.writers import conll_pieces, dump, hf_pieces, jsonl_pieces, jsonl_record
from annotator.layers import default_layer, describe_layers
from annotator.text.boundaries import unpack_boundaries
from annotator.text.tokens import gc_paused

if TYPE_CHECKING:
    from annotator.store import Store
    from annotator.store.boundary_cache import ExportRow

__all__ = [
    "HF_UNITS",
    "SUFFIXES",
    "ExportCancelled",
    "ExportOptions",
    "ExportResult",
    "Prepared",
    "choose_layer",
    "export",
    "jsonl_record",
    "label_file",
    "labels_path",
    "parse_split",
    "prepare",
    "sentence_tags",
    "split_documents",
]

SUFFIXES = {"conll": ".conll", "jsonl": ".jsonl", "json": ".json", "hf": ".jsonl"}
SPLIT_NAMES = {2: ("train", "test"), 3: ("train", "dev", "test")}
_PROGRESS_STEPS = 200  # at most about this many progress reports per export

Progress = Callable[[int, int], None]  # progress(documents done, documents in total)
Cancelled = Callable[[], bool]  # True once the export should stop


class ExportCancelled(Exception):  # noqa: N818 - the name the API promises
    """``cancelled()`` returned True: the export stopped, its temporary files are removed
    and no output file was created or replaced."""

    def __init__(self) -> None:
        super().__init__("the export was cancelled: no file was written")


class _Ticker:
    """Counts written documents, reports progress now and then and honours a cancel."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.total = total
        self.done = 0
        self.progress = progress
        self.cancelled = cancelled
        self.step = max(1, total // _PROGRESS_STEPS)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled

    def report(self) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total)

    def tick(self) -> None:
        """One more document written (called between documents)."""
        self.done += 1
        self.check()
        if self.done % self.step == 0 or self.done == self.total:
            self.report()


@dataclass(kw_only=True)
class ExportOptions:
    """What to export and how (the command line's options); keyword arguments only."""

    format: str = "conll"
    scheme: str = "IOB2"
    layer: str | None = None
    status: str | None = None
    docstart: bool = False
    whole_tokens: bool = False
    sep: str = "\t"
    split: tuple[int, ...] | None = None
    seed: int = 0
    hf_unit: str = "sentence"  # hf: one row per sentence or per document


@dataclass
class ExportResult:
    layer: str
    documents: int = 0
    spans: int = 0
    files: list[Path] = field(default_factory=list)
    #: Output -> number of stale temporaries of it (left by a killed export) removed.
    stale: dict[Path, int] = field(default_factory=dict)


def parse_split(value: str) -> tuple[int, ...]:
    try:
        parts = tuple(int(x) for x in value.split("/"))
    except ValueError:
        raise ValueError(f"--split {value!r}: expected numbers like 80/10/10") from None
    if len(parts) not in SPLIT_NAMES or any(p < 0 for p in parts) or sum(parts) <= 0:
        raise ValueError(f"--split {value!r}: expected two or three non-negative numbers")
    return parts


def choose_layer(store: Store, layer: str | None, current: str | None = None) -> str:
    """``layer`` if it exists; else the default of :func:`annotator.layers.default_layer`
    (``gold`` when it has spans, else the only layer with spans, else ``current``). A
    database with a single layer exports that one, labelled or not: there is no other
    whose labels it could hide. :class:`~annotator.layers.NoDefaultLayerError` lists the
    layers with their span counts when no layer can be chosen."""
    if layer is not None:
        if layer not in {info.name for info in store.annotators()}:
            counts = store.layer_span_counts()
            raise ValueError(f"no layer named {layer!r} (layers: {describe_layers(counts)})")
        return layer
    counts = store.layer_span_counts()
    if current is None and len(counts) == 1:
        current = next(iter(counts))
    return default_layer(counts, current)


def label_file(store: Store) -> str:
    """The labels file: names, IOB2 tags, each label's guideline and the project's
    guideline text (the shape is :mod:`annotator.formats.labels_file`'s)."""
    from annotator.formats.labels_file import labels_document

    return dump(labels_document(store.labels(), store.guidelines())) + "\n"


def labels_path(output: str | os.PathLike[str], split: bool) -> Path:
    """Where the labels file of a JSON export goes: ``out.jsonl`` -> ``out.labels.json``;
    for a split into the folder ``DIR``, ``DIR/labels.json``."""
    out = Path(output)
    return out / "labels.json" if split else out.with_name(f"{out.stem}.labels.json")


# --- outputs -----------------------------------------------------------------------------------


def _database_file(database: str | None) -> Path | None:
    if not database or database.startswith(("postgres://", "postgresql://")):
        return None
    path = database.removeprefix("sqlite:///") if database.startswith("sqlite:") else database
    return Path(path)


def _refuse_database(target: Path, database: Path | None) -> None:
    if database is None:
        return
    db = os.path.realpath(database)
    for candidate in (db, db + "-wal", db + "-shm", db + "-journal"):
        if os.path.realpath(target) == candidate:
            raise FormatError(target, None, "refusing to overwrite the open database")


def _check_output(path: Path) -> None:
    """Refuse an output that exists and is not a regular file."""
    if path.is_dir() and not path.is_symlink():
        raise FormatError(
            path, None, "is a folder: give a file name (the output is a folder only when splitting)"
        )
    check_replaceable(path)


def _output_folders(outputs: Sequence[Path]) -> list[Path]:
    """Create the outputs' missing folders; returns the folders created (outermost
    first) so a failed export can remove them again."""
    created: list[Path] = []
    for path in outputs:
        folder = path.parent
        missing = []
        existing = folder
        while not existing.exists() and existing != existing.parent:
            missing.append(existing)
            existing = existing.parent
        if not missing:
            if not folder.is_dir():
                raise FormatError(
                    path, None, f"cannot write into {folder}: it is a file, not a folder"
                )
            continue
        if not existing.is_dir():
            raise FormatError(
                path,
                None,
                f"cannot create the folder {folder}: {existing} is a file, not a folder",
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FormatError(
                path, None, f"cannot create the folder {folder}: {exc.strerror or exc}"
            ) from None
        created.extend(reversed(missing))
    return created


def _remove_folders(created: list[Path]) -> None:
    for folder in reversed(created):
        with contextlib.suppress(OSError):
            folder.rmdir()  # only if still empty


def split_documents(docs: list[Any], parts: tuple[int, ...], seed: int) -> list[list[Any]]:
    """Shuffle deterministically, cut by the proportions, keep document order inside parts."""
    order = list(range(len(docs)))
    random.Random(seed).shuffle(order)
    total = sum(parts)
    bounds = [0]
    acc = 0
    for part in parts:
        acc += part
        bounds.append(round(len(docs) * acc / total))
    return [[docs[i] for i in sorted(order[a:b])] for a, b in itertools.pairwise(bounds)]


# --- the export --------------------------------------------------------------------------------


def _targets(out: Path, docs: list[Any], options: ExportOptions) -> list[tuple[Path, list[Any]]]:
    """The files to write and the documents of each: ``out``, or one per split part."""
    if not options.split:
        return [(out, docs)]
    suffix = SUFFIXES[options.format]
    names = SPLIT_NAMES[len(options.split)]
    groups = split_documents(docs, options.split, options.seed)
    return [(out / f"{name}{suffix}", group) for name, group in zip(names, groups, strict=True)]


def export(
    store: Store,
    options: ExportOptions,
    output: str | os.PathLike[str],
    *,
    database: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Write the export; every file appears only when all of them are complete.

    ``progress(done, total)`` is called with the number of documents written (from
    ``(0, total)`` to ``(total, total)``, not necessarily for every document);
    ``cancelled()`` is polled between documents and once more before the files are
    renamed into place: when it returns True, :class:`ExportCancelled` is raised, the
    temporary files are removed and no output file is created or replaced.
    """
    if options.format == "hf" and options.hf_unit not in HF_UNITS:
        raise ValueError(f"unknown hf unit {options.hf_unit!r}; use one of {', '.join(HF_UNITS)}")
    layer = choose_layer(store, options.layer)
    docs = sorted(
        store.documents(status=options.status, annotator=layer, counts=False),
        key=lambda d: (d.order, d.id),
    )
    result = ExportResult(layer=layer)
    out = Path(output)
    targets = _targets(out, docs, options)
    labels = None if options.format == "conll" else labels_path(out, bool(options.split))
    outputs = [target for target, _group in targets] + ([labels] if labels else [])
    db_file = _database_file(database)
    for path in outputs:
        _refuse_database(path, db_file)
        _check_output(path)
    ticker = _Ticker(len(docs), progress, cancelled)
    ticker.check()
    created = _output_folders(outputs)
    try:
        for path in outputs:  # left behind by an export that was killed
            removed = remove_stale_temporaries(path)
            if removed:
                result.stale[path] = len(removed)
        ticker.report()
        with atomic_files() as files:
            for target, group in targets:
                with files.open(target) as handle:
                    _write(handle, store, [d.id for d in group], layer, options, result, ticker)
                result.files.append(target)
            if labels is not None:
                files.write_text(labels, label_file(store))
                result.files.append(labels)
            ticker.check()  # the last moment a cancel still leaves every output untouched
    except BaseException:
        _remove_folders(created)  # the folders this export created, if still empty
        raise
    if ticker.done < ticker.total:  # documents deleted while exporting
        ticker.done = ticker.total
        ticker.report()
    return result


def _pieces(doc: Prepared, options: ExportOptions) -> Iterator[str]:
    """The text of one document in the output (for ``json``, without the separator)."""
    fmt = options.format
    if fmt == "conll":
        return conll_pieces(doc, options.scheme, options.sep, options.docstart)
    if fmt == "hf":
        return hf_pieces(doc, options.hf_unit)
    return jsonl_pieces(doc)


def _prepared(row: ExportRow, options: ExportOptions) -> Prepared:
    """One ``Store.export_rows`` row ready for writing."""
    sentences = options.format == "conll" or (
        options.format == "hf" and options.hf_unit == "sentence"
    )
    found = None if row.boundaries is None else unpack_boundaries(row.boundaries)
    return prepare(
        row.id,
        row.name,
        row.text,
        row.meta,
        row.spans,
        options.whole_tokens,
        sentences,
        found,
        ordered=True,
    )


def _write(
    handle: TextIO,
    store: Store,
    doc_ids: list[int],
    layer: str,
    options: ExportOptions,
    result: ExportResult,
    ticker: _Ticker,
) -> None:
    """Write the documents ``doc_ids`` (those that still exist) in order to ``handle``."""
    fmt = options.format
    written = 0
    out = _Buffer(handle)
    with gc_paused():
        out.write("[" if fmt == "json" else "")
        for row in store.export_rows(doc_ids, layer):
            doc = _prepared(row, options)
            if fmt == "json":
                out.write("\n" if written == 0 else ",\n")
            for piece in _pieces(doc, options):
                out.write(piece)
            if fmt == "jsonl":
                out.write("\n")
            written += 1
            result.documents += 1
            result.spans += len(doc.spans)
            ticker.tick()
        if fmt == "json":
            out.write("\n]\n" if written else "]\n")
        out.flush()


class _Buffer:
    """Collects pieces and writes them about a megabyte at a time (a write per piece
    costs more than the pieces' formatting)."""

    LIMIT = 1 << 20  # characters

    def __init__(self, handle: TextIO) -> None:
        self.handle = handle
        self.pieces: list[str] = []
        self.size = 0

    def write(self, piece: str) -> None:
        self.pieces.append(piece)
        self.size += len(piece)
        if self.size >= self.LIMIT:
            self.flush()

    def flush(self) -> None:
        self.handle.write("".join(self.pieces))
        self.pieces.clear()
        self.size = 0
