"""Export: choose the layer and documents, then write CoNLL, JSONL, JSON or Hugging Face
JSON lines (one file per split), all files renamed into place only when complete.

Documents are read in chunks. A :class:`~annotator.store.Store` hands over texts, spans
and its cached token boundaries in a few queries (``Store.export_rows``); any other store
object (a wrapper around a store) is read through ``document()`` and
``spans_by_document()``, one document at a time, in order. Callers that want progress
reports or a way to cancel pass ``progress`` and ``cancelled`` to :func:`export`, which
keeps the bulk path. Token cutting, sentences and tags are in
:mod:`annotator.formats.prepare`, the text of each format in
:mod:`annotator.formats.writers`.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import random
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any

from annotator.formats import parallel
from annotator.formats.atomic import atomic_files, remove_stale_temporaries
from annotator.formats.common import HF_UNITS, FormatError
from annotator.formats.prepare import (
    Prepared,
    SpanRow,
    base_tokens,
    prepare,
    sentence_tags,
)
from annotator.formats.writers import (
    conll_document,
    dump,
    hf_lines,
    jsonl_document,
    jsonl_record,
)
from annotator.text.boundaries import unpack_boundaries
from annotator.text.tokens import gc_paused

__all__ = [
    "HF_UNITS",
    "SUFFIXES",
    "ExportCancelled",
    "ExportOptions",
    "ExportResult",
    "Prepared",
    "base_tokens",
    "choose_layer",
    "export",
    "iter_prepared",
    "jsonl_record",
    "label_file",
    "parse_split",
    "prepare",
    "sentence_tags",
    "split_documents",
]

SUFFIXES = {"conll": ".conll", "jsonl": ".jsonl", "json": ".json", "hf": ".jsonl"}
SPLIT_NAMES = {2: ("train", "test"), 3: ("train", "dev", "test")}
_CHUNK = 500
_BATCH_DOCS = 20_000  # documents formatted together (and split between two processes)
_CHILD_SHARE = 0.5  # of a split batch's documents, read and formatted by the forked child
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

    def advance(self, count: int) -> None:
        """``count`` more documents written at once."""
        self.done += count
        self.check()
        self.report()

    def tick(self) -> None:
        """One more document written (called between documents)."""
        self.done += 1
        self.check()
        if self.progress is not None and (self.done % self.step == 0 or self.done == self.total):
            self.progress(self.done, self.total)


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


def parse_split(value: str) -> tuple[int, ...]:
    try:
        parts = tuple(int(x) for x in value.split("/"))
    except ValueError:
        raise ValueError(f"--split {value!r}: expected numbers like 80/10/10") from None
    if len(parts) not in SPLIT_NAMES or any(p < 0 for p in parts) or sum(parts) <= 0:
        raise ValueError(f"--split {value!r}: expected two or three non-negative numbers")
    return parts


def choose_layer(store: Any, layer: str | None) -> str:
    names = [a.name for a in store.annotators()]
    if layer is not None:
        if layer not in names:
            raise ValueError(f"no layer named {layer!r} (layers: {', '.join(names) or 'none'})")
        return layer
    for preferred in ("gold", "imported"):
        if preferred in names:
            return preferred
    if len(names) == 1:
        return names[0]
    raise ValueError(f"choose a layer with --layer ({', '.join(names) or 'no layers yet'})")


# --- reading from the store -----------------------------------------------------------------


def _fast_rows(store: Any) -> bool:
    """Read through ``Store.export_rows`` unless ``store`` is a wrapper around a store
    (its ``document()`` calls are then what it watches)."""
    return callable(getattr(type(store), "export_rows", None))


def _prepare_row(row: Any, whole_tokens: bool, sentences: bool) -> Prepared:
    """One ``Store.export_rows`` row prepared for writing."""
    found = None if row.boundaries is None else unpack_boundaries(row.boundaries)
    spans = list(map(tuple.__new__, repeat(SpanRow), row.spans))  # SpanRow._make, in C
    return prepare(
        row.id, row.name, row.text, row.meta, spans, whole_tokens, sentences, found, ordered=True
    )


def iter_prepared(
    store: Any, docs: Sequence[Any], layer: str, whole_tokens: bool, sentences: bool = True
) -> Iterator[Prepared]:
    """The documents ``docs`` (with ``.id``), in order, prepared for writing."""
    if _fast_rows(store):
        for row in store.export_rows([d.id for d in docs], layer):
            yield _prepare_row(row, whole_tokens, sentences)
        return
    for at in range(0, len(docs), _CHUNK):
        chunk = docs[at : at + _CHUNK]
        by_doc = store.spans_by_document([d.id for d in chunk], layer)
        for info in chunk:
            document = store.document(info.id)
            infos = sorted(by_doc.get(info.id, []), key=lambda s: s.id)
            spans = [SpanRow(s.start, s.end, s.label) for s in infos]
            yield prepare(
                info.id,
                document.name,
                document.text,
                dict(document.meta or {}),
                spans,
                whole_tokens,
                sentences,
            )


def label_file(store: Any) -> str:
    """The labels file: names, IOB2 tags and each label's guideline, the project's
    guideline text (:mod:`annotator.formats.labels_file`)."""
    from annotator.formats.labels_file import labels_document

    project = getattr(store, "guidelines", None)  # a wrapper of a store may have none
    return dump(labels_document(store.labels(), project() if callable(project) else "")) + "\n"


# --- writing -----------------------------------------------------------------------------------


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


def _output_folders(outputs: Sequence[Path]) -> list[Path]:
    """Check the outputs can be written and create their missing folders; returns the
    folders created (outermost first) so a failed export can remove them again."""
    created: list[Path] = []
    for path in outputs:
        if path.is_dir():
            raise FormatError(
                path,
                None,
                "is a folder: give a file name (the output is a folder only when splitting)",
            )
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


def export(
    store: Any,
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
    layer = choose_layer(store, options.layer)
    docs = sorted(
        store.documents(status=options.status, annotator=layer, counts=False),
        key=lambda d: (d.order, d.id),
    )
    result = ExportResult(layer=layer)
    out = Path(output)
    suffix = SUFFIXES[options.format]
    if options.split:
        names = SPLIT_NAMES[len(options.split)]
        groups = split_documents(docs, options.split, options.seed)
        targets = [
            (out / f"{name}{suffix}", group) for name, group in zip(names, groups, strict=True)
        ]
    else:
        targets = [(out, docs)]
    labels_path = None
    if options.format != "conll":
        labels_path = (out if options.split else out.parent) / "labels.json"
    outputs = [target for target, _group in targets] + ([labels_path] if labels_path else [])
    db_file = _database_file(database)
    for path in outputs:
        _refuse_database(path, db_file)
    ticker = _Ticker(len(docs), progress, cancelled)
    ticker.check()
    created = _output_folders(outputs)
    try:
        for path in outputs:  # left behind by an export that was killed
            remove_stale_temporaries(path)
        ticker.report()
        with atomic_files() as files:
            for target, group in targets:
                with files.open(target) as handle:
                    _write(handle, store, group, layer, options, result, ticker)
                result.files.append(target)
            if labels_path is not None:
                files.write_text(labels_path, label_file(store))
                result.files.append(labels_path)
            ticker.check()  # the last moment a cancel still leaves every output untouched
    except BaseException:
        _remove_folders(created)  # the folders this export created, if still empty
        raise
    if ticker.done < ticker.total:  # documents deleted while exporting
        ticker.done = ticker.total
        ticker.report()
    return result


def _write(
    handle: Any,
    store: Any,
    docs: Sequence[Any],
    layer: str,
    options: ExportOptions,
    result: ExportResult,
    ticker: _Ticker | None = None,
) -> None:
    fmt = options.format
    if fmt == "hf" and options.hf_unit not in HF_UNITS:
        raise ValueError(f"unknown hf unit {options.hf_unit!r}; use one of {', '.join(HF_UNITS)}")
    sentences = fmt == "conll" or (fmt == "hf" and options.hf_unit == "sentence")
    before = result.documents  # documents in earlier files (of a split)
    with gc_paused():
        if fmt == "json":
            handle.write("[")
        if _fast_rows(store):
            ids = [d.id for d in docs]
            for at in range(0, len(ids), _BATCH_DOCS):
                batch = ids[at : at + _BATCH_DOCS]
                _write_batch(
                    handle, store, layer, batch, options, result, sentences, ticker, before
                )
        else:
            documents = iter_prepared(store, docs, layer, options.whole_tokens, sentences=sentences)
            _write_prepared(handle, documents, options, result, ticker, before)
        if fmt == "json":
            handle.write("\n]\n" if result.documents > before else "]\n")


def _in_transaction(store: Any) -> bool:
    db = getattr(store, "db", None)
    return db is None or bool(db.in_transaction())


def _render(doc: Prepared, options: ExportOptions, index: int) -> str:
    """The text of one document in the output; ``index`` counts documents from 1."""
    fmt = options.format
    if fmt == "conll":
        return conll_document(doc, options.scheme, options.sep, options.docstart)
    if fmt == "hf":
        return "".join(line + "\n" for line in hf_lines(doc, options.hf_unit))
    if fmt == "jsonl":
        return jsonl_document(doc) + "\n"
    return ("\n" if index == 1 else ",\n") + jsonl_document(doc)


def _write_prepared(
    handle: Any,
    documents: Iterable[Prepared],
    options: ExportOptions,
    result: ExportResult,
    ticker: _Ticker | None,
    before: int,
) -> None:
    """``before``: documents of earlier files, not counted in this file's indexes."""
    parts: list[str] = []
    tick = ticker.tick if ticker is not None else None
    for doc in documents:
        result.documents += 1
        result.spans += len(doc.spans)
        parts.append(_render(doc, options, result.documents - before))
        if len(parts) >= 64:
            handle.write("".join(parts))
            parts.clear()
        if tick is not None:
            tick()
    handle.write("".join(parts))


def _write_batch(
    handle: Any,
    store: Any,
    layer: str,
    batch: list[int],
    options: ExportOptions,
    result: ExportResult,
    sentences: bool,
    ticker: _Ticker | None,
    before: int,
) -> None:
    """Write the documents ``batch`` (those that still exist) in order.

    When the batch is large, a forked child (:mod:`annotator.formats.parallel`) reads
    and formats its first part while this process reads and formats the rest; the
    child's text is then written, followed by the rest.
    """
    whole = options.whole_tokens

    def documents(part: list[int]) -> Iterator[Prepared]:
        return (_prepare_row(row, whole, sentences) for row in store.export_rows(part, layer))

    def render(row: Any, index: int) -> tuple[str, int]:
        doc = _prepare_row(row, whole, sentences)
        return _render(doc, options, index), len(doc.spans)

    cut = round(len(batch) * _CHILD_SHARE)
    first = result.documents - before + 1  # the batch's first index in the file
    child = None
    # The child reads through a new connection: it would not see this connection's
    # uncommitted changes, so no child inside a transaction.
    if 0 < cut < len(batch) and parallel.can_fork(len(batch)) and not _in_transaction(store):

        def work(file: Any) -> tuple[int, int]:
            head_rows = store.export_rows(batch[:cut], layer)
            return parallel.write_rendered(file, head_rows, render, first)

        child = parallel.start(work)
    if child is None:
        _write_prepared(handle, documents(batch), options, result, ticker, before)
        return

    def render_tail(row: Any, index: int) -> tuple[str, int]:
        rendered = render(row, index)
        if ticker is not None:
            ticker.tick()
        return rendered

    with tempfile.TemporaryFile() as rest:
        try:
            tail_rows = store.export_rows(batch[cut:], layer)
            tail_docs, spans = parallel.write_rendered(rest, tail_rows, render_tail, first + cut)
            rest.flush()
            tail_size = rest.tell()
        except BaseException:
            parallel.stop(child)
            raise
        done = parallel.finish(child)
        if done is None:  # the child failed: do its part here
            _write_prepared(handle, documents(batch[:cut]), options, result, ticker, before)
        else:
            with child.file:
                size, count, head_spans = done
                parallel.copy_text(child.file, size, handle)
            result.documents += count
            result.spans += head_spans
            if ticker is not None:
                ticker.advance(count)
        # The tail's first document was written as a later one (",\n" before it in a
        # JSON array); if the documents of the first part have vanished, it is the first.
        skip = 1 if options.format == "json" and result.documents == before and tail_docs else 0
        parallel.copy_text(rest, tail_size, handle, skip)
    result.documents += tail_docs
    result.spans += spans
