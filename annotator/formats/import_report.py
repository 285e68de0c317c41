"""What an import did, in words: the report's lines for the command line and the import
dialog's summary, from one description of each note."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from annotator.formats.common import ImportNotes, display_path
from annotator.formats.notes_text import Note
from annotator.plurals import counted
from annotator.store.types import ImportReport
from annotator.tag_schemes import I_BEGAN_ENTITY, UNCLOSED_ENTITY

#: How each kind of repair reads in a report: (one, several).
REPAIR_WORDS: dict[str, tuple[str, str]] = {
    I_BEGAN_ENTITY: (
        "I- tags repaired as B- (an I- tag began an entity)",
        "I- tags repaired as B- (I- tags began entities)",
    ),
    UNCLOSED_ENTITY: (
        "entity without E- closed at its last token",
        "entities without E- closed at their last token",
    ),
}


@dataclass
class PathsReport(ImportReport):
    """The store's report of an import, plus its :class:`ImportNotes` (repairs by kind,
    what was kept or skipped). ``repaired`` is the total of ``notes.repairs``."""

    notes: ImportNotes = field(default_factory=ImportNotes)

    @property
    def skipped(self) -> list[str]:
        """Files in folders that are not ``.txt``."""
        return self.notes.skipped

    def add(self, other: ImportReport) -> None:
        """Add another import's counts to this one (the dialog imports path by path)."""
        self.documents_created += other.documents_created
        self.documents_merged += other.documents_merged
        self.spans_added += other.spans_added
        self.spans_already_there += other.spans_already_there
        self.labels_added += [n for n in other.labels_added if n not in self.labels_added]
        self.repaired += other.repaired
        if isinstance(other, PathsReport):
            self.notes.add(other.notes)

    def lines(self) -> list[Note]:
        """One sentence per note (repairs by kind, whitespace kept, results and files
        skipped), except the non-``.txt`` files, which each caller lists its own way."""
        return note_lines(self.notes)


def _names(paths: Sequence[str], limit: int = 3) -> str:
    names = ", ".join(display_path(Path(path).name) for path in paths[:limit])
    more = f" and {len(paths) - limit} more" if len(paths) > limit else ""
    return names + more


def _all_names(paths: Sequence[str]) -> list[str]:
    return [display_path(Path(path).name) for path in paths]


def note_lines(notes: ImportNotes) -> list[Note]:
    """One note per kind; each carries a code and its values for the window's words."""
    lines = []
    for kind, count in sorted(notes.repairs.items()):
        if count:
            one, several = REPAIR_WORDS.get(kind, (kind, kind))
            lines.append(Note(counted(count, one, several), f"note_repair_{kind}", count=count))
    if notes.whitespace_tokens:
        text = (
            counted(notes.whitespace_tokens, "CoNLL token", "CoNLL tokens")
            + " held whitespace, kept whole in the text (exports split them there)"
        )
        lines.append(Note(text, "note_whitespace_tokens", count=notes.whitespace_tokens))
    if notes.skipped_results:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(notes.skipped_results.items()))
        total = sum(notes.skipped_results.values())
        what = "that is not a label" if total == 1 else "that are not labels"
        text = (
            f"skipped {counted(total, 'Label Studio result', 'Label Studio results')} "
            f"{what}: {kinds}"
        )
        results = [f"{kind}: {n}" for kind, n in sorted(notes.skipped_results.items())]
        lines.append(Note(text, "note_skipped_results", count=total, kinds=results))
    lines += _brat_lines(notes)
    if notes.links_out:
        text = (
            f"skipped {counted(len(notes.links_out), 'link', 'links')} leaving the folder: "
            + _names(notes.links_out)
        )
        names = _all_names(notes.links_out)
        lines.append(Note(text, "note_links_out", count=len(notes.links_out), names=names))
    if notes.special:
        text = (
            f"skipped {counted(len(notes.special), 'special file', 'special files')} "
            f"(FIFOs, devices, sockets): {_names(notes.special)}"
        )
        names = _all_names(notes.special)
        lines.append(Note(text, "note_special", count=len(notes.special), names=names))
    return lines


def _brat_lines(notes: ImportNotes) -> list[Note]:
    lines = []
    if notes.split_fragments:
        text = (
            counted(notes.split_fragments, "discontinuous brat span", "discontinuous brat spans")
            + " split into one span per fragment"
        )
        lines.append(Note(text, "note_split_fragments", count=notes.split_fragments))
    if notes.span_notes:
        text = counted(
            notes.span_notes,
            "brat annotator note kept as a span note",
            "brat annotator notes kept as span notes",
        )
        lines.append(Note(text, "note_span_notes", count=notes.span_notes))
    if notes.skipped_annotations:
        kinds = notes.skipped_annotations
        lines.append(
            Note(
                _brat_skipped(kinds),
                "note_brat_skipped",
                count=sum(kinds.values()),
                brat_kinds=dict(sorted(kinds.items())),
            )
        )
    return lines


#: How each kind of skipped brat annotation reads: (one, several).
BRAT_KIND_WORDS = {
    "relation": ("relation (R)", "relations (R)"),
    "event": ("event (E)", "events (E)"),
    "attribute": ("attribute (A/M)", "attributes (A/M)"),
    "normalization": ("normalization (N)", "normalizations (N)"),
    "equivalence": ("equivalence (*)", "equivalences (*)"),
    "note": ("annotator note not on a span (#)", "annotator notes not on a span (#)"),
    "empty note": ("empty annotator note (#)", "empty annotator notes (#)"),
    "comment": (
        "comment that is no annotator note (#)",
        "comments that are no annotator notes (#)",
    ),
}


def _brat_skipped(kinds: dict[str, int]) -> str:
    total = sum(kinds.values())
    parts = ", ".join(
        counted(n, *BRAT_KIND_WORDS.get(kind, (kind, kind))) for kind, n in sorted(kinds.items())
    )
    verb = "is" if total == 1 else "are"
    line = f"skipped {counted(total, 'brat annotation', 'brat annotations')} that {verb} not "
    return line + f"text-bound: {parts}"


def format_report(report: ImportReport, files: int) -> str:
    """The command line's one-line report of an import."""
    labels = ", ".join(report.labels_added) if report.labels_added else "none"
    there = report.spans_already_there
    text = (
        f"imported {counted(files, 'path')}: "
        f"{counted(report.documents_created, 'document')} created, "
        f"{report.documents_merged} merged, {counted(report.spans_added, 'span')} added, "
        + (f"{counted(there, 'span')} already there, " if there else "")
        + f"labels added: {labels}"
    )
    if isinstance(report, PathsReport):
        text += "".join(f"; {line}" for line in report.lines())
        text += skipped_note(report.skipped)
    return text


def skipped_note(skipped: Sequence[str], limit: int = 3) -> str:
    """``"; skipped N files that are not .txt: a, b, c and 2 more"`` or nothing."""
    if not skipped:
        return ""
    return (
        f"; skipped {counted(len(skipped), 'file')} in folders that are not .txt: "
        f"{_names(skipped, limit)}"
    )
