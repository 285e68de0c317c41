"""brat standoff export: ``NAME.txt`` (the stored text, exactly) and ``NAME.ann`` (one
``T`` line per span) per document, and ``annotation.conf`` + ``visual.conf`` (the label
set and its colours) in the folder.

Ids: a span imported from brat keeps its ``T`` id and its place in the file (the ids
are in the document's ``meta``, see :mod:`annotator.formats.brat`); other spans follow
in text order with the next free numbers. So brat -> import -> export brat gives the same
``T`` lines. A span's note follows its ``T`` lines as ``#N<TAB>AnnotatorNotes TK<TAB>note``
(line breaks and TABs as spaces), numbered in the order of the spans. The span text field
has its line breaks and TABs written as spaces (they would end the line or the field);
brat compares it that way too.

An existing folder is written into only when every ``NAME.txt``/``NAME.ann`` a folder
import would read there is one the export replaces: files of documents it does not
write (an earlier export of more documents, another corpus) would be imported with it
as if they were part of it, so the export is refused and they are left as they are.

File names: the document name, with ``/`` making subfolders as in a folder import; a part
that is empty, ``.``/``..`` or hidden (starting with ``.``, which a folder import skips)
gets a ``_`` in front, control characters and ``\\`` become ``_``, long parts are cut, and
names that would clash (ignoring case) get ``-2``, ``-3``, ... .
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from annotator.formats.brat import META_IDS
from annotator.formats.common import FormatError
from annotator.formats.notes_text import Note
from annotator.formats.prepare import SpanRow
from annotator.formats.reading import list_folder
from annotator.plurals import counted

__all__ = [
    "ann_text",
    "annotation_conf",
    "brat_names",
    "check_brat_folder",
    "config_note",
    "visual_conf",
]

_UNSAFE = re.compile(r"[\x00-\x1f\x7f\\]")
# Characters that end a line for str.splitlines (brat reads lines that way) and TAB.
_BREAKS = re.compile("[\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_ID = re.compile(r"T(\d+)")
# A type name brat's configuration keeps as it is (its storage form, projectconfig.py);
# a line of hyphens only is a separator there.
_CONFIG_TYPE = re.compile(r"(?!-+$)[A-Za-z0-9_-]+")
_PART_BYTES = 200  # a name part's UTF-8 bytes (255 per name, less suffix and temporary)


def _part(part: str) -> str:
    part = _UNSAFE.sub("_", part)
    if part in ("", ".", "..") or part.startswith("."):
        part = "_" + part
    data = part.encode("utf-8")
    if len(data) > _PART_BYTES:
        part = data[:_PART_BYTES].decode("utf-8", "ignore")
    return part


def brat_names(names: Iterable[str]) -> list[str]:
    """A relative file path (without suffix) for each document name, all different even
    on file systems that ignore case."""
    taken: set[str] = set()
    out = []
    for name in names:
        base = "/".join(_part(part) for part in name.split("/"))
        candidate, n = base, 2
        while candidate.casefold() in taken:
            candidate, n = f"{base}-{n}", n + 1
        taken.add(candidate.casefold())
        out.append(candidate)
    return out


def brat_files(folder: Path, names: Iterable[str]) -> list[tuple[Path, Path]]:
    """The ``(NAME.txt, NAME.ann)`` paths of the documents named ``names`` in ``folder``."""
    return [(folder / f"{n}.txt", folder / f"{n}.ann") for n in brat_names(names)]


def check_brat_folder(folder: Path, outputs: Iterable[Path]) -> None:
    """Refuse to write into ``folder`` when it holds brat documents (``.txt``/``.ann``
    files, as a folder import finds them) that are not among ``outputs``."""
    if not folder.is_dir():
        return
    listing = list_folder(folder)
    found = [path for path, _name in listing.files]
    found += [path for path in listing.others if path.suffix == ".ann"]
    written = set(outputs)
    foreign = sorted(path for path in found if path not in written)
    if foreign:
        shown = ", ".join(str(path.relative_to(folder)) for path in foreign[:3])
        more = f" and {len(foreign) - 3} more" if len(foreign) > 3 else ""
        raise FormatError(
            folder,
            None,
            f"holds {counted(len(foreign), '.txt/.ann file')} of documents this export does not "
            "write "
            f"({shown}{more}): an import of the folder would read them with it; remove "
            "them or export to a new folder",
        )


def _kept_ids(meta: Any) -> dict[tuple[int, int, str], list[tuple[int, str]]]:
    """The kept ids of ``meta`` by span: ``(start, end, label) -> [(position, id), ...]``."""
    entries = meta.get(META_IDS) if isinstance(meta, dict) else None
    kept: dict[tuple[int, int, str], list[tuple[int, str]]] = {}
    if not isinstance(entries, list):
        return kept
    for position, entry in enumerate(entries):
        if not (isinstance(entry, list) and len(entry) == 4):
            continue
        ident, start, end, label = entry
        typed = isinstance(ident, str) and isinstance(label, str)
        if typed and isinstance(start, int) and isinstance(end, int) and _ID.fullmatch(ident):
            kept.setdefault((start, end, label), []).append((position, ident))
    return kept


def ann_text(
    text: str,
    meta: Any,
    spans: Sequence[SpanRow],
    notes: Mapping[tuple[int, int, str], str] | None = None,
) -> str:
    """The ``.ann`` file of a document: kept ids first, in their order, then new ones;
    then the notes of the spans (``notes`` by ``(start, end, label)``)."""
    kept = _kept_ids(meta)
    numbers = [int(ident[1:]) for queue in kept.values() for _pos, ident in queue]
    next_number = max(numbers, default=0) + 1
    placed: list[tuple[int, str, SpanRow]] = []
    later: list[SpanRow] = []
    for span in spans:
        queue = kept.get((span.start, span.end, span.label))
        if queue:
            position, ident = queue.pop(0)
            placed.append((position, ident, span))
        else:
            later.append(span)
    placed.sort(key=lambda item: item[0])
    written = [(ident, span) for _pos, ident, span in placed]
    written += [(f"T{next_number + k}", span) for k, span in enumerate(later)]
    lines = [_line(ident, span, text) for ident, span in written]
    noted = [
        (ident, notes[key])
        for ident, span in written
        if notes and (key := (span.start, span.end, span.label)) in notes
    ]
    for number, (ident, note) in enumerate(noted, 1):
        lines.append(f"#{number}\tAnnotatorNotes {ident}\t{_BREAKS.sub(' ', note)}\n")
    return "".join(lines)


def _line(ident: str, span: SpanRow, text: str) -> str:
    shown = _BREAKS.sub(" ", text[span.start : span.end])
    return f"{ident}\t{span.label} {span.start} {span.end}\t{shown}\n"


def configurable(label: str) -> bool:
    """Whether brat's configuration files can hold ``label`` as a type name. brat reads
    ``#`` as a comment, ``[X]`` as a section (losing every type after it), ``|`` as
    alternative names and a leading ``!`` as unusable, and turns every character outside
    ``[A-Za-z0-9_-]`` of a name into ``_``, so it would no longer match the ``.ann`` files."""
    return _CONFIG_TYPE.fullmatch(label) is not None


def config_note(labels: Sequence[str]) -> Note | None:
    """What the export says about labels left out of brat's configuration, or None."""
    left = [label for label in labels if not configurable(label)]
    if not left:
        return None
    shown = ", ".join(repr(label) for label in left)
    text = (
        f"brat's configuration takes type names of ASCII letters, digits, _ and - only: "
        f"{counted(len(left), 'label')} left out of annotation.conf and visual.conf ({shown}); "
        "their spans are in the .ann files and brat shows them as types it does not define"
    )
    return Note(text, "note_brat_config", labels=left)


def annotation_conf(labels: Sequence[str]) -> str:
    """brat's ``annotation.conf``: the labels brat can hold as entity types, no other
    annotations."""
    entities = "".join(f"{label}\n" for label in labels if configurable(label))
    return f"[entities]\n{entities}\n[relations]\n\n[events]\n\n[attributes]\n"


def visual_conf(labels: Sequence[tuple[str, str]]) -> str:
    """brat's ``visual.conf``: each label's colour (``(name, "#rrggbb")`` pairs)."""
    drawing = "".join(f"{name}\tbgColor:{color}\n" for name, color in labels if configurable(name))
    return f"[labels]\n\n[drawing]\n{drawing}"
