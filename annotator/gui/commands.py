"""Every change an annotator makes, as an undo command, and the one way to push them.

Spans (on a :class:`DocumentSession`), document statuses and the review mark live here;
the project's settings and label set in :mod:`annotator.gui.project_commands`, the
assistant's suggestions in :mod:`annotator.gui.suggestion_commands`, the base class and
:func:`push` in :mod:`annotator.gui.command_base`; all of them are imported from this
module. Each command writes through the store API in ``redo()`` and
``undo()``; commands are pushed only through :func:`push`. (Notes and flags:
:mod:`annotator.gui.note_commands`, beside this module for its size.)

The span commands carry labels by name. After each step they keep the span as the store
returned it, so they hold the label's current name; a step that names a label renamed
since it last ran is resolved by the store (:mod:`annotator.store.label_renames`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.gui.command_base import Outcome, Report, StoreCommand, push, run_guarded
from annotator.gui.error_text import error_text
from annotator.gui.guideline_commands import EditGuideline, SetProjectGuidelines
from annotator.gui.i18n import QT_TRANSLATE_NOOP, counted
from annotator.gui.project_commands import (
    AddLabel,
    ApplyPreset,
    DeleteLabel,
    EditLabel,
    MoveLabels,
    SetHotkey,
    SetSetting,
)
from annotator.gui.suggestion_commands import AcceptSuggestions, RejectSuggestion
from annotator.layers import GOLD

if TYPE_CHECKING:
    from annotator.gui.session import DocumentSession
    from annotator.spans import Span
    from annotator.store import SpanInfo, Store

__all__ = [
    "AcceptSuggestions",
    "AddLabel",
    "AddSpan",
    "ApplyPreset",
    "DeleteLabel",
    "EditGuideline",
    "EditLabel",
    "LabelAll",
    "MarkReviewed",
    "MoveLabels",
    "Outcome",
    "RejectSuggestion",
    "RelabelSpan",
    "RemoveSpan",
    "ResizeSpan",
    "SetHotkey",
    "SetProjectGuidelines",
    "SetSetting",
    "SetStatus",
    "StoreCommand",
    "accept_agreed",
    "push",
    "run_guarded",
    "span_refusal",
]

REVIEWED = "reviewed"
STATUS_STEPS = {  # the undo text of each status change
    "new": QT_TRANSLATE_NOOP("commands", "Mark new"),
    "in_progress": QT_TRANSLATE_NOOP("commands", "Mark in progress"),
    "done": QT_TRANSLATE_NOOP("commands", "Mark done"),
    "reviewed": QT_TRANSLATE_NOOP("commands", "Mark reviewed"),
}


translate = QCoreApplication.translate


def refusal_wording() -> dict[str, str]:
    """The templates of :data:`annotator.span_words.WORDING` in the interface language."""
    return {
        "duplicate": QCoreApplication.translate(
            "SpanRefusal", "{words} is already labelled {label}"
        ),
        "overlap": QCoreApplication.translate(
            "SpanRefusal", "{words} would overlap {label} {other}"
        ),
        "cross": QCoreApplication.translate("SpanRefusal", "{words} would cross {label} {other}"),
        "starts": QCoreApplication.translate("SpanRefusal", "{words} starts on whitespace"),
        "ends": QCoreApplication.translate("SpanRefusal", "{words} ends on whitespace"),
    }


# -- spans --------------------------------------------------------------------------------


def span_refusal(error: Exception, text: str) -> str:
    """A refused span change in the words of the text (``«...» would cross PER «...»``):
    the store's refusal carries the span rule's error (``annotator.spans.SpanError``)."""
    from annotator.spans import SpanError  # loaded by the store before any refusal

    cause = error if isinstance(error, SpanError) else error.__cause__
    if isinstance(cause, SpanError) and cause.span is not None:  # words of the text
        return cause.in_text(text, refusal_wording())
    return error_text(error)


class _SpanCommand(StoreCommand):
    def __init__(self, session: DocumentSession, text: str) -> None:
        super().__init__(text, session.failed.emit)
        self.session = session

    def describe(self, error: Exception) -> str:
        return span_refusal(error, self.session.text)


class AddSpan(_SpanCommand):
    def __init__(
        self, session: DocumentSession, start: int, end: int, label: str, source: str = "manual"
    ) -> None:
        super().__init__(session, "")
        self.name_labels(translate("commands", "Label {}").format, label)
        self.args = (start, end, label, source)
        self.info: SpanInfo | None = None

    def redo(self) -> None:
        self._guard(self._redo)

    def _redo(self) -> None:
        info = self.info
        self.info = self.session.add(*self.args) if info is None else self.session.restore(info)

    def undo(self) -> None:
        if self.info is not None:
            span_id = self.info.id
            self._guard(lambda: setattr(self, "info", self.session.remove(span_id)))


class RemoveSpan(_SpanCommand):
    def __init__(self, session: DocumentSession, span_id: int) -> None:
        super().__init__(session, translate("commands", "Remove label"))
        self.span_id = span_id
        self.info: SpanInfo | None = None

    def redo(self) -> None:
        def run() -> None:
            self.info = self.session.remove(self.span_id if self.info is None else self.info.id)

        self._guard(run)

    def undo(self) -> None:
        if self.info is not None:
            info = self.info
            self._guard(lambda: setattr(self, "info", self.session.restore(info)))


class RelabelSpan(_SpanCommand):
    def __init__(self, session: DocumentSession, span_id: int, old: str, new: str) -> None:
        super().__init__(session, "")
        text = translate("commands", "Relabel {old} as {new}")
        self.name_labels(lambda o, n: text.format(old=o, new=n), old, new)
        self.span_id, self.old, self.new = span_id, old, new

    def redo(self) -> None:
        def run() -> None:
            self.new = self.session.relabel(self.span_id, self.new).label

        self._guard(run)

    def undo(self) -> None:
        def run() -> None:
            self.old = self.session.relabel(self.span_id, self.old).label

        self._guard(run)


class ResizeSpan(_SpanCommand):
    """Move a span's edges from ``old`` to ``new`` (start, end); the id and label stay."""

    def __init__(
        self, session: DocumentSession, span_id: int, old: tuple[int, int], new: tuple[int, int]
    ) -> None:
        super().__init__(session, translate("commands", "Adjust label"))
        self.span_id, self.old, self.new = span_id, old, new

    def redo(self) -> None:
        self._guard(lambda: self.session.resize(self.span_id, *self.new))

    def undo(self) -> None:
        self._guard(lambda: self.session.resize(self.span_id, *self.old))


class LabelAll(_SpanCommand):
    """Add many spans in one store transaction; undo removes them in one transaction."""

    def __init__(
        self, session: DocumentSession, spans: list[Span], label: str, text: str = ""
    ) -> None:
        count = len(spans)
        super().__init__(session, text)
        if not text:
            self.name_labels(
                counted(
                    translate("commands", "Label %n matches as {}"), count, "Label %n match as {}"
                ).format,
                label,
            )
        self.spans = spans
        self.infos: list[SpanInfo] = []

    def redo(self) -> None:
        self._guard(self._redo)

    def _redo(self) -> None:
        infos = self.infos
        self.infos = (
            self.session.restore_many(infos) if infos else self.session.add_many(self.spans)
        )

    def undo(self) -> None:
        def run() -> None:
            self.infos = self.session.remove_many([info.id for info in self.infos])

        self._guard(run)


def accept_agreed(session: DocumentSession, spans: list[Span]) -> LabelAll:
    """Adjudication: the spans every compared layer agrees on, into gold as one step."""
    count = len(spans)
    return LabelAll(
        session,
        spans,
        "agreed",
        counted(translate("commands", "Accept %n agreed spans"), count, "Accept %n agreed span"),
    )


# -- statuses -----------------------------------------------------------------------------


class SetStatus(StoreCommand):
    """One layer's status of a document; ``changed(doc_id, status)`` after each change."""

    def __init__(
        self,
        store: Store,
        doc_id: int,
        annotator: str,
        status: str,
        changed: Callable[[int, str], None] | None = None,
        report: Report | None = None,
    ) -> None:
        super().__init__(translate("commands", STATUS_STEPS.get(status, status)), report)
        self.store, self.doc_id, self.annotator, self.status = store, doc_id, annotator, status
        self.changed = changed
        self.before: str | None = None

    def _set(self, status: str) -> None:
        if self.before is None:
            self.before = self.store.status_for(self.doc_id, self.annotator)
        self.store.set_status(self.doc_id, status, self.annotator)
        if self.changed is not None:
            self.changed(self.doc_id, status)

    def redo(self) -> None:
        self._guard(lambda: self._set(self.status))

    def undo(self) -> None:
        if self.before is not None:
            before = self.before
            self._guard(lambda: self._set(before))


class MarkReviewed(StoreCommand):
    """Set the document status and the gold layer's status to ``reviewed``.

    Undo puts back both statuses as they were.
    """

    def __init__(self, store: Store, doc_id: int) -> None:
        super().__init__(translate("commands", "Mark reviewed"))
        self.store, self.doc_id = store, doc_id
        self.before: tuple[str, str] | None = None

    def _set(self, document: str, gold: str) -> None:
        with self.store.atomic():
            self.store.set_status(self.doc_id, document)
            self.store.set_status(self.doc_id, gold, GOLD)

    def redo(self) -> None:
        def run() -> None:
            if self.before is None:
                self.before = (
                    self.store.status_for(self.doc_id),
                    self.store.status_for(self.doc_id, GOLD),
                )
            self._set(REVIEWED, REVIEWED)

        self._guard(run)

    def undo(self) -> None:
        if self.before is not None:
            before = self.before
            self._guard(lambda: self._set(*before))
