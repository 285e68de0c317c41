"""brat standoff import: a folder of ``NAME.txt`` + ``NAME.ann`` pairs (or one pair).

The ``.txt`` file is the document text; an ``.ann`` file holds one annotation a line.
Text-bound annotations ``T1<TAB>LABEL START END<TAB>text`` become spans; the others are
skipped and counted by kind: relations (``R``), events (``E``), attributes (``A``/``M``),
normalizations (``N``) and equivalences (``*``). An annotator note
``#1<TAB>AnnotatorNotes T1<TAB>text`` on a text-bound annotation becomes the note of its
span (several notes on one span are joined by lines); a note on another annotation (a
relation, an event), an empty note and a ``#`` comment of another type (``STATUS``) are
skipped and counted. A ``#`` line brat cannot read (an id that is not ``#`` and a number,
no ``TYPE TARGET``), an id used twice and a note on an id the file does not define are
refused with the line. A discontinuous span (``START END;START END``) is split into one span per
fragment (each gets the note), and the report says how many were split.

Offsets: brat counts code points of the text as it reads it, with universal newlines
(CRLF and CR read as one LF) and a leading BOM counted as a character. The stored text
is the same with the BOM removed (the project's rule), so offsets move back by one after
a BOM and are otherwise kept. Each span's text (when the line has one) must equal the
document text at its offsets (whitespace compared as a space); a mismatch is refused
with the ``.ann`` file and line.

The ids of the text-bound annotations are kept in the document's ``meta`` (``brat_ids``:
``[id, start, end, label]`` in file order), so that an export of the same spans writes
the same ``T`` lines in the same order (:mod:`annotator.formats.brat_export`).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from annotator.formats.common import (
    FormatError,
    ImportNotes,
    ParsedDocument,
    ParsedSpan,
    ParseResult,
)
from annotator.formats.reading import ImportLimits, list_folder, read_file, refuse_undecodable_name
from annotator.formats.text import decode
from annotator.text import normalize_text

__all__ = ["BRAT_CONFIG_FILES", "META_IDS", "SKIPPED_KINDS", "parse_brat"]

#: brat's configuration files, which a brat folder holds besides its documents.
BRAT_CONFIG_FILES = frozenset({"annotation.conf", "visual.conf", "tools.conf", "kb_shortcuts.conf"})
#: Annotations that are not text-bound, by the first character of their id.
SKIPPED_KINDS = {
    "R": "relation",
    "E": "event",
    "A": "attribute",
    "M": "attribute",
    "N": "normalization",
    "*": "equivalence",
}
#: The document meta key holding the kept ``T`` ids.
META_IDS = "brat_ids"
_BOM = b"\xef\xbb\xbf"
_ID = re.compile(r"T\d+")
# brat's id rule for "#" lines: "#", letters, a number, anything after it
_NOTE_ID = re.compile(r"#[A-Za-z]*[0-9]\S*")
_FRAGMENT = re.compile(r"(\d+) (\d+)")
_WHITESPACE = re.compile(r"\s")


def _flat(text: str) -> str:
    return _WHITESPACE.sub(" ", text)


def _pairs(path: Path, result: ParseResult) -> list[tuple[Path, Path | None, str]]:
    """``(txt, ann or None, document name)`` of a folder (recursive) or of one pair."""
    if not path.is_dir():
        suffix = path.suffix.lower()
        if suffix not in (".ann", ".txt"):
            raise FormatError(
                path,
                None,
                "a brat document is NAME.ann with NAME.txt beside it (or a folder)",
                "brat_not_ann",
            )
        txt = path if suffix == ".txt" else path.with_suffix(".txt")
        ann = path if suffix == ".ann" else path.with_suffix(".ann")
        if not txt.is_file():
            reason = f"no {txt.name} beside it: brat needs the text file"
            raise FormatError(path, None, reason, "brat_no_txt", txt=txt.name)
        return [(txt, ann if ann.is_file() else None, path.stem)]
    listing = list_folder(path)
    anns = {other.with_suffix(""): other for other in listing.others if other.suffix == ".ann"}
    pairs = []
    for txt, name in listing.files:
        pairs.append((txt, anns.pop(txt.with_suffix(""), None), name))
    if anns:
        orphan = next(iter(anns.values()))
        reason = f"no {orphan.stem}.txt beside it: brat needs the text file"
        raise FormatError(orphan, None, reason, "brat_no_txt", txt=f"{orphan.stem}.txt")
    if not pairs:
        reason = "the folder holds no brat documents (NAME.txt + NAME.ann)"
        raise FormatError(path, None, reason, "brat_empty_folder")
    others = [o for o in listing.others if o.suffix != ".ann" and o.name not in BRAT_CONFIG_FILES]
    result.notes.skipped = [str(other) for other in others]
    result.notes.links_out = [str(link) for link in listing.links_out]
    result.notes.special = [str(special) for special in listing.special]
    return pairs


def _fragments(ann: Path, number: int, offsets: str, size: int) -> list[tuple[int, int]]:
    fragments = []
    for part in offsets.split(";"):
        match = _FRAGMENT.fullmatch(part.strip())
        if match is None:
            reason = f"expected offsets like 'START END', not {part!r}"
            raise FormatError(ann, number, reason, "brat_offsets", value=part)
        start, end = int(match.group(1)), int(match.group(2))
        if not 0 <= start < end <= size:
            raise FormatError(
                ann,
                number,
                f"offsets {start} {end} are not a span of the text ({size} characters)",
                "brat_offsets_outside",
                **{"start": start, "end": end, "length": size},
            )
        fragments.append((start, end))
    return fragments


class _Reader:
    """Reads the annotation lines of one document."""

    def __init__(self, ann: Path, text: str, shift: int, notes: ImportNotes) -> None:
        self.ann = ann
        self.text = text  # the stored text
        self.shift = shift  # 1 after a BOM: brat counts it, the stored text has none
        self.notes = notes
        self.spans: list[ParsedSpan] = []
        self.ids: list[list[object]] = []
        self.seen: set[str] = set()
        self.fragments: dict[str, list[int]] = {}  # T id -> its spans' indexes
        self.span_notes: list[tuple[str, str, int]] = []  # (target id, note text, line)
        self.note_ids: set[str] = set()
        self.other_ids: set[str] = set()  # ids of the skipped annotations (R1, E1, ...)

    def line(self, number: int, line: str) -> None:
        if not line.strip():
            return
        if line[0] == "#":
            self._note(number, line)
            return
        kind = SKIPPED_KINDS.get(line[0])
        if kind is not None:
            self.other_ids.add(line.split("\t", 1)[0])
            self._skip(kind)
            return
        fields = line.split("\t", 2)
        if line[0] != "T" or len(fields) < 2 or _ID.fullmatch(fields[0]) is None:
            raise FormatError(
                self.ann,
                number,
                "not a brat annotation: expected T<n><TAB>LABEL START END<TAB>text",
                "brat_not_annotation",
            )
        ident = fields[0]
        if ident in self.seen:
            reason = f"the id {ident} is used twice"
            raise FormatError(self.ann, number, reason, "brat_id_twice", ident=ident)
        self.seen.add(ident)
        label, _space, offsets = fields[1].partition(" ")
        if not label.strip():
            reason = f"the annotation {ident} has no label (expected {ident}<TAB>LABEL START END)"
            raise FormatError(self.ann, number, reason, "brat_no_label", ident=ident)
        size = len(self.text) + self.shift
        fragments = [
            (max(start - self.shift, 0), end - self.shift)
            for start, end in _fragments(self.ann, number, offsets, size)
        ]
        if any(start == end for start, end in fragments):
            reason = "the span holds only the byte order mark"
            raise FormatError(self.ann, number, reason, "brat_only_bom")
        if len(fields) == 3:
            self._check_text(number, fields[2], fragments)
        if len(fragments) > 1:
            self.notes.split_fragments += 1
        else:
            self.ids.append([ident, fragments[0][0], fragments[0][1], label])
        self.fragments[ident] = list(range(len(self.spans), len(self.spans) + len(fragments)))
        for start, end in fragments:
            self.spans.append(ParsedSpan(start, end, label, number))

    def _note(self, number: int, line: str) -> None:
        """A ``#`` line, read as brat reads it: ``#ID<TAB>TYPE TARGET<TAB>text``, where
        ``ID`` is ``#``, letters and a number (``#1``, ``#n7``). A line brat cannot parse
        is refused with its reason; a comment of another type (``STATUS``, brat's
        ``MissingAnnotation``) and an empty note are skipped and counted."""
        ident, tab, rest = line.partition("\t")
        if _NOTE_ID.fullmatch(ident) is None and any(ch.isspace() for ch in ident):
            raise FormatError(
                self.ann,
                number,
                "expected #N<TAB>AnnotatorNotes T<n><TAB>note text (TABs between the fields)",
            )
        if _NOTE_ID.fullmatch(ident) is None:
            raise FormatError(
                self.ann, number, f"{ident!r} is not a brat note id (# and a number, as #1)"
            )
        if ident in self.note_ids:
            raise FormatError(self.ann, number, f"the id {ident} is used twice")
        self.note_ids.add(ident)
        data, _tab, tail = rest.partition("\t")
        words = data.split()
        if not tab or len(words) != 2:
            raise FormatError(
                self.ann, number, f"expected {ident}<TAB>AnnotatorNotes T<n><TAB>note text"
            )
        kind, target = words
        if kind != "AnnotatorNotes":
            self._skip("comment")
        elif not tail.strip():
            self._skip("empty note")
        else:
            self.span_notes.append((target, tail.strip(), number))

    def _skip(self, kind: str) -> None:
        skipped = self.notes.skipped_annotations
        skipped[kind] = skipped.get(kind, 0) + 1

    def finish(self) -> None:
        """Give each span its notes (a note may come before its T line)."""
        for ident, text, number in self.span_notes:
            indexes = self.fragments.get(ident)
            if indexes is None and ident in self.other_ids:  # on a relation, event, ...
                self._skip("note")
                continue
            if indexes is None:
                raise FormatError(
                    self.ann, number, f"the note is on {ident}, which this file does not define"
                )
            self.notes.span_notes += 1
            for index in indexes:
                span = self.spans[index]
                span.note = self._checked(
                    number, text if span.note is None else f"{span.note}\n{text}"
                )

    def _checked(self, number: int, note: str) -> str:
        """``note`` as the store keeps it, or the .ann file's line and the reason."""
        from annotator.store.errors import StoreError
        from annotator.store.notes import check_note

        try:
            return check_note(note)
        except StoreError as exc:
            raise FormatError.wrapping(self.ann, number, exc) from None

    def _check_text(self, number: int, given: str, fragments: list[tuple[int, int]]) -> None:
        found = " ".join(self.text[start:end] for start, end in fragments)
        if _flat(given) != _flat(found):
            raise FormatError(
                self.ann,
                number,
                f"the span text {given!r} is not the document text {found!r} at its offsets "
                "(brat offsets count the characters of the .txt file, a CRLF as one)",
                "brat_text_mismatch",
                given=given,
                found=found,
            )


def _document(
    txt: Path, ann: Path | None, name: str, limits: ImportLimits, notes: ImportNotes
) -> ParsedDocument:
    refuse_undecodable_name(txt, name)
    data = read_file(txt, limits, one_document=True)
    text = normalize_text(decode(txt, data))  # decode removes the BOM
    shift = 1 if data.startswith(_BOM) else 0
    del data
    limits.check_document(txt, None, text)
    if not text.strip():
        raise FormatError(txt, None, "the file is empty", "empty_file")
    if ann is None:
        return ParsedDocument(name=name, text=text, source=str(txt))
    reader = _Reader(ann, text, shift, notes)
    lines = normalize_text(decode(ann, read_file(ann, limits))).split("\n")
    for number, line in enumerate(lines, 1):
        reader.line(number, line)
    reader.finish()
    meta = {META_IDS: reader.ids} if reader.ids else None
    return ParsedDocument(name=name, text=text, spans=reader.spans, meta=meta, source=str(ann))


def parse_brat(path: str | os.PathLike[str], limits: ImportLimits | None = None) -> ParseResult:
    """A brat folder (its ``.txt`` files, each with the ``.ann`` of the same name when
    there is one; documents named by relative path without extension, as a text folder
    import names them) or one ``NAME.ann``/``NAME.txt`` pair."""
    p = Path(path)
    limits = limits or ImportLimits.from_env()
    result = ParseResult()
    for txt, ann, name in _pairs(p, result):
        result.documents.append(_document(txt, ann, name, limits, result.notes))
    return result
