"""The export formats, one entry each: what the command line, the dialog and the exporter
need to know about a format (its file suffix, whether its output is a folder, the options
that apply to it, its split file names, its one-line description).

Adding an export format is one :class:`ExportFormat` entry here, its writer (in
:mod:`annotator.formats.writers` or a module of its own) and its branch in
:func:`annotator.formats.export.export`.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "EXPORT_FORMATS",
    "EXPORT_FORMAT_TABLE",
    "OPTIONS",
    "SPACY_SPANS",
    "ExportFormat",
    "export_format",
]

#: Every export option a format may take (the dialog enables only a format's own ones).
#: ``layer``, ``status`` and ``split`` apply to every format.
OPTIONS = ("scheme", "docstart", "sep", "whole_tokens", "hf_unit", "spacy_spans")
#: Where a spaCy export puts the spans: ``doc.ents`` (outermost) or ``doc.spans["sc"]``.
SPACY_SPANS = ("ents", "spans")
_TRAIN_DEV_TEST = {2: ("train", "test"), 3: ("train", "dev", "test")}
_HF_SPLITS = {2: ("train", "test"), 3: ("train", "validation", "test")}


@dataclass(frozen=True)
class ExportFormat:
    """One export format.

    ``suffix``: the output file's (or each split file's) suffix; ``folder``: the output
    is always a folder (``-o DIR``), split or not; ``options``: the options of
    :data:`OPTIONS` it takes; ``split_names``: the split files' stems by number of parts;
    ``labels_file``: a labels JSON file is written beside the output; ``tokens``: the
    writer needs the export's tokens (else only the text and the spans); ``summary``: the
    one line ``annotator export --help`` and the dialog show."""

    name: str
    suffix: str
    summary: str
    options: frozenset[str]
    folder: bool = False
    split_names: dict[int, tuple[str, ...]] | None = None
    labels_file: bool = False
    tokens: bool = True  # False: the writer needs only the text and the spans

    def names(self, parts: int) -> tuple[str, ...]:
        return (self.split_names or _TRAIN_DEV_TEST)[parts]


# The declarative table of export formats (longer than a function should be, on purpose).
EXPORT_FORMAT_TABLE: tuple[ExportFormat, ...] = (
    ExportFormat(
        "conll",
        ".conll",
        "TOKEN<TAB>TAG rows (IOB2, IOB1 or BIOES), a blank line between sentences",
        frozenset({"scheme", "docstart", "sep", "whole_tokens"}),
    ),
    ExportFormat(
        "jsonl",
        ".jsonl",
        "one JSON record a line: text, spans, tokens, ner_tags, doccano's label, meta",
        frozenset({"whole_tokens"}),
        labels_file=True,
    ),
    ExportFormat(
        "json",
        ".json",
        "the jsonl records as one JSON array",
        frozenset({"whole_tokens"}),
        labels_file=True,
    ),
    ExportFormat(
        "hf",
        ".jsonl",
        "Hugging Face rows (id, tokens, ner_tags) per sentence or document",
        frozenset({"whole_tokens", "hf_unit"}),
        labels_file=True,
    ),
    ExportFormat(
        "hf-folder",
        ".jsonl",
        "a Hugging Face dataset folder: train/validation/test .jsonl and a README.md card",
        frozenset({"whole_tokens", "hf_unit"}),
        folder=True,
        split_names=_HF_SPLITS,
    ),
    ExportFormat(
        "spacy",
        ".spacy",
        "a spaCy DocBin (.spacy) for spacy train: doc.ents or doc.spans['sc']",
        frozenset({"whole_tokens", "spacy_spans"}),
    ),
    ExportFormat(
        "brat",
        "",
        "brat standoff: a folder of NAME.txt and NAME.ann, and annotation.conf",
        frozenset(),
        folder=True,
        tokens=False,
    ),
    ExportFormat(
        "labelstudio",
        ".json",
        "Label Studio tasks (JSON) and the labelling config beside them",
        frozenset(),
        tokens=False,
    ),
)

#: The formats ``annotator export`` and the export dialog offer (the one list of them).
EXPORT_FORMATS: tuple[str, ...] = tuple(spec.name for spec in EXPORT_FORMAT_TABLE)
_BY_NAME = {spec.name: spec for spec in EXPORT_FORMAT_TABLE}


def export_format(name: str) -> ExportFormat:
    """The entry of ``name``; ValueError naming the formats for an unknown one."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ValueError(
            f"unknown export format {name!r} (choose from {', '.join(EXPORT_FORMATS)})"
        ) from None
