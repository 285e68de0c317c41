"""Export: choose the layer and documents, then write them in one of the formats of
:mod:`annotator.formats.registry` (CoNLL, JSONL, JSON, Hugging Face JSON lines or dataset
folder, spaCy DocBin, brat standoff, Label Studio; one file or folder per split), all files
renamed into place only when complete.

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
``DIR/labels.json`` for a split into ``DIR``); Label Studio its labelling config by the
same rule (``out.labelstudio-config.xml``, ``DIR/labelstudio-config.xml``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from annotator.formats.atomic import (
    AtomicFiles,
    atomic_files,
    naming,
    remove_stale_temporaries_of,
)
from annotator.formats.brat_export import (
    ann_text,
    annotation_conf,
    check_brat_folder,
    visual_conf,
)
from annotator.formats.common import HF_UNITS
from annotator.formats.export_notes import attach_notes
from annotator.formats.export_outputs import (
    check_output,
    database_file,
    output_folders,
    refuse_database,
    refuse_folder_name,
    remove_folders,
)
from annotator.formats.export_plan import (
    SplitError,
    Target,
    parse_split,
    split_documents,
)
from annotator.formats.export_plan import targets as plan_targets
from annotator.formats.export_summary import TAGGED, export_notes
from annotator.formats.hf_card import card_splits, dataset_card
from annotator.formats.labels_file import iob2_names
from annotator.formats.labelstudio_export import labelstudio_config, labelstudio_pieces
from annotator.formats.notes_text import Note
from annotator.formats.prepare import Prepared, prepare, sentence_tags, span_rows
from annotator.formats.registry import EXPORT_FORMAT_TABLE, ExportFormat, export_format
from annotator.formats.spacy_docbin import SPACY_SPANS, DocBinWriter, require_spacy
from annotator.formats.writers import conll_pieces, dump, hf_pieces, jsonl_pieces, jsonl_record
from annotator.layers import default_layer, describe_layers
from annotator.tag_schemes import nesting_depths
from annotator.text.boundaries import cached_boundaries
from annotator.text.tokens import gc_paused

if TYPE_CHECKING:
    from annotator.store import Store
    from annotator.store.boundary_cache import ExportRow

__all__ = [
    "HF_UNITS",
    "SPACY_SPANS",
    "SUFFIXES",
    "ExportCancelled",
    "ExportOptions",
    "ExportResult",
    "Prepared",
    "SplitError",
    "choose_layer",
    "companion_path",
    "export",
    "iob2_names",
    "jsonl_record",
    "label_file",
    "labels_path",
    "parse_split",
    "prepare",
    "replaced_files",
    "sentence_tags",
    "split_documents",
]

#: The output (or each split file's) suffix per format; "" for brat (a folder of files).
SUFFIXES = {spec.name: spec.suffix for spec in EXPORT_FORMAT_TABLE}
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
    spacy_spans: str = "ents"  # spacy: doc.ents (outermost spans) or doc.spans["sc"]


@dataclass
class ExportResult:
    layer: str
    documents: int = 0
    spans: int = 0
    files: list[Path] = field(default_factory=list)
    #: Output -> number of stale temporaries of it (left by a killed export) removed.
    stale: dict[Path, int] = field(default_factory=dict)
    #: What the user should know about the export (one sentence each).
    notes: list[Note] = field(default_factory=list)
    #: Spans not in the output: a spaCy ``doc.ents`` export leaves out nested ones.
    left_out: int = 0
    #: Spans inside others, not in the ``ner_tags`` of an ``hf``/``hf-folder`` export.
    tags_left_out: int = 0


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


def label_names(store: Store) -> list[str]:
    return [label.name for label in store.labels()]


def label_file(store: Store) -> str:
    """The labels file: names, IOB2 tags, each label's guideline and the project's
    guideline text (the shape is :mod:`annotator.formats.labels_file`'s)."""
    from annotator.formats.labels_file import labels_document

    return dump(labels_document(store.labels(), store.guidelines())) + "\n"


def labels_path(output: str | os.PathLike[str], split: bool) -> Path:
    """Where the labels file of a JSON export goes: ``out.jsonl`` -> ``out.labels.json``;
    for a split into the folder ``DIR``, ``DIR/labels.json``."""
    return companion_path(output, split, "labels.json")


def companion_path(output: str | os.PathLike[str], split: bool, name: str) -> Path:
    """A file written beside an export (labels, a labelling config), by the labels file's
    rule: ``out.jsonl`` -> ``out.<name>``; for a split into ``DIR``, ``DIR/<name>``."""
    out = Path(output)
    return out / name if split else out.with_name(f"{out.stem}.{name}")


# --- the export --------------------------------------------------------------------------------


Companions = list[tuple[Path, Callable[[], str]]]  # each file beside the output, its maker


def _companions(
    store: Store, out: Path, options: ExportOptions, layer: str, targets: list[Target]
) -> Companions:
    """The files written beside the output (labels, configs, a dataset card) and how to
    make each."""
    spec = export_format(options.format)
    split = bool(options.split)
    if spec.labels_file:
        return [(labels_path(out, split), lambda: label_file(store))]
    colours = [(label.name, label.color) for label in store.labels()]
    if spec.name == "labelstudio":
        path = companion_path(out, split, "labelstudio-config.xml")
        return [(path, lambda: labelstudio_config(colours))]
    if spec.name == "brat":
        names = [name for name, _colour in colours]
        return [
            (out / "annotation.conf", lambda: annotation_conf(names)),
            (out / "visual.conf", lambda: visual_conf(colours)),
        ]
    if spec.name == "hf-folder":
        splits = card_splits([(t.path.stem, t.path.name, len(t.docs)) for t in targets])
        tags = iob2_names([name for name, _colour in colours])
        return [(out / "README.md", lambda: dataset_card(tags, splits, options.hf_unit, layer))]
    return []


def _plan(store: Store, options: ExportOptions, out: Path) -> tuple[str, list[Target], Companions]:
    """The layer, the outputs with their documents and the files beside them."""
    layer = choose_layer(store, options.layer)
    docs = sorted(
        store.documents(status=options.status, annotator=layer, counts=False),
        key=lambda d: (d.order, d.id),
    )
    targets = plan_targets(out, docs, options.format, options.split, options.seed)
    return layer, targets, _companions(store, out, options, layer, targets)


def _files(targets: list[Target], companions: Companions) -> list[Path]:
    return [path for target in targets for path in target.outputs()] + [
        path for path, _make in companions
    ]


def replaced_files(
    store: Store, options: ExportOptions, output: str | os.PathLike[str]
) -> list[Path]:
    """The files that exist now and that this export would replace: its output files and
    the ones it writes beside them (labels, configs, a dataset card), in writing order.
    Only regular files: anything else there is refused by :func:`export`, not replaced."""
    _layer, targets, companions = _plan(store, options, Path(output))
    return [p for p in _files(targets, companions) if p.is_file() and not p.is_symlink()]


def _check_options(options: ExportOptions) -> ExportFormat:
    spec = export_format(options.format)
    if "hf_unit" in spec.options and options.hf_unit not in HF_UNITS:
        raise ValueError(f"unknown hf unit {options.hf_unit!r}; use one of {', '.join(HF_UNITS)}")
    if spec.name == "spacy":
        if options.spacy_spans not in SPACY_SPANS:
            raise ValueError(
                f"unknown --spacy-spans {options.spacy_spans!r}; use one of "
                + ", ".join(SPACY_SPANS)
            )
        require_spacy()  # before anything is read or written
    return spec


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
    _check_options(options)
    out = Path(output)
    layer, targets, companions = _plan(store, options, out)
    result = ExportResult(layer=layer)
    outputs = _files(targets, companions)
    if out in outputs:  # the output is a file, not a folder
        refuse_folder_name(output)
    db_file = database_file(database)
    for path in outputs:
        refuse_database(path, db_file)
        check_output(path)
    if options.format == "brat":
        check_brat_folder(out, outputs)
    ticker = _Ticker(sum(len(t.docs) for t in targets), progress, cancelled)
    ticker.check()
    created = output_folders(outputs)
    try:
        for path, removed in remove_stale_temporaries_of(outputs).items():
            result.stale[path] = len(removed)  # left behind by an export that was killed
        ticker.report()
        with atomic_files() as files:
            for target in targets:
                _write_target(files, target, store, layer, options, result, ticker)
            for path, make in companions:
                files.write_text(path, make())
                result.files.append(path)
            ticker.check()  # the last moment a cancel still leaves every output untouched
    except BaseException:
        remove_folders(created)  # the folders this export created, if still empty
        raise
    result.notes += _notes(result, targets, store, options)
    if ticker.done < ticker.total:  # documents deleted while exporting
        ticker.done = ticker.total
        ticker.report()
    return result


def _notes(
    result: ExportResult, targets: list[Target], store: Store, options: ExportOptions
) -> list[Note]:
    return export_notes(
        options.format,
        documents=result.documents,
        left_out=result.left_out,
        tags_left_out=result.tags_left_out,
        empty_parts=[t.path.name for t in targets if not t.docs],
        parts=len(targets),
        labels=label_names(store),
        status=options.status,
    )


def _pieces(doc: Prepared, options: ExportOptions) -> Iterator[str]:
    """The text of one document in the output (for ``json``, without the separator)."""
    fmt = options.format
    if fmt == "conll":
        return conll_pieces(doc, options.scheme, options.sep, options.docstart)
    if fmt in ("hf", "hf-folder"):
        return hf_pieces(doc, options.hf_unit)
    if fmt == "labelstudio":
        return labelstudio_pieces(doc)
    return jsonl_pieces(doc)


def _prepared(row: ExportRow, options: ExportOptions) -> Prepared:
    """One ``Store.export_rows`` row ready for writing (span formats need no tokens)."""
    fmt = options.format
    if not export_format(fmt).tokens:
        doc = Prepared(row.id, row.name, row.text, row.meta, [], [], [], span_rows(row.spans))
        return attach_notes(doc, row.notes, False)
    sentences = fmt == "conll" or (fmt in ("hf", "hf-folder") and options.hf_unit == "sentence")
    found = cached_boundaries(row.boundaries, row.text)
    doc = prepare(
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
    return attach_notes(doc, row.notes, options.whole_tokens)


def _documents(
    store: Store,
    doc_ids: list[int],
    layer: str,
    options: ExportOptions,
    result: ExportResult,
    ticker: _Ticker,
) -> Iterator[Prepared]:
    """The documents ``doc_ids`` (those that still exist) in order, prepared; each one
    is counted (and progress reported) once the caller has written it."""
    flat_tags = options.format in TAGGED and store.policy == "nested"
    for row in store.export_rows(doc_ids, layer):
        doc = _prepared(row, options)
        if flat_tags and len(doc.spans) > 1:  # ner_tags hold the outermost spans only
            result.tags_left_out += sum(depth > 0 for depth in nesting_depths(doc.spans))
        yield doc
        result.documents += 1
        result.spans += len(doc.spans)
        ticker.tick()


def _write_target(
    files: AtomicFiles,
    target: Target,
    store: Store,
    layer: str,
    options: ExportOptions,
    result: ExportResult,
    ticker: _Ticker,
) -> None:
    """Write one output's documents: a text stream, a DocBin, or brat's file pairs."""
    doc_ids = [d.id for d in target.docs]
    with gc_paused():
        docs = _documents(store, doc_ids, layer, options, result, ticker)
        if options.format == "spacy":
            writer = DocBinWriter(options.spacy_spans)
            for doc in docs:
                writer.add(doc)
            files.write_bytes(target.path, writer.to_bytes())
            result.left_out += writer.nested_left_out
        elif target.files is not None:  # brat
            pairs = dict(zip(doc_ids, target.files, strict=True))
            for doc in docs:
                txt, ann = pairs[doc.id]
                files.write_text(txt, doc.text)
                noted = doc.notes.spans if doc.notes is not None else None
                files.write_text(ann, ann_text(doc.text, doc.meta, doc.spans, noted))
        else:
            with naming(target.path), files.open(target.path) as handle:
                _write(handle, docs, options)
    result.files.append(target.path)


def _write(handle: TextIO, docs: Iterator[Prepared], options: ExportOptions) -> None:
    """Write the documents one after the other (as a JSON array for ``json`` and
    ``labelstudio``, one a line for ``jsonl``)."""
    fmt = options.format
    array = fmt in ("json", "labelstudio")
    written = 0
    out = _Buffer(handle)
    out.write("[" if array else "")
    for doc in docs:
        if array:
            out.write("\n" if written == 0 else ",\n")
        for piece in _pieces(doc, options):
            out.write(piece)
        if fmt == "jsonl":
            out.write("\n")
        written += 1
    if array:
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
