"""Every change an annotator makes, as an undo command, and the one way to push them.

Spans (on a :class:`DocumentSession`), document statuses, the review mark and the label
set: each command writes through the store API in ``redo()`` and ``undo()``. Commands
are pushed only through :func:`push`.

The first redo() happens inside ``QUndoStack.push``. A store refusal there is caught,
kept in ``outcome.error`` and the command made obsolete, so Qt drops it instead of
stacking a change that never happened. Exceptions cannot cross back through Qt's virtual
calls, hence the outcome object the caller keeps a reference to. A later undo or redo
that fails is reported through the command's ``report`` callable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from annotator.gui.retry import AskRetry, retry_loop
from annotator.layers import GOLD
from annotator.store.errors import StoreError

if TYPE_CHECKING:
    from annotator.gui.session import DocumentSession
    from annotator.spans import Span
    from annotator.store import LabelInfo, SpanInfo, Store

REVIEWED = "reviewed"
Report = Callable[[str], None]


@dataclass
class Outcome:
    error: str | None = None
    done: bool = False


def run_guarded(
    command: QUndoCommand, outcome: Outcome, action: Callable[[], object]
) -> str | None:
    """Run a command's store change; a refusal is kept in ``outcome`` and returned, and
    makes the command obsolete so that the undo stack drops it."""
    try:
        action()
    except (StoreError, ValueError) as error:
        outcome.error = str(getattr(error, "message", None) or error)
        outcome.done = False
        command.setObsolete(True)
        return outcome.error
    outcome.done = True
    return None


class StoreCommand(QUndoCommand):
    """A change written through the store; ``report`` hears of a failed undo or redo."""

    def __init__(self, text: str, report: Report | None = None) -> None:
        super().__init__(text)
        self.outcome = Outcome()
        self.report = report
        self._pushed = False  # the first redo runs inside push(); push reports its errors

    def _guard(self, action: Callable[[], object]) -> None:
        pushed, self._pushed = self._pushed, True
        error = run_guarded(self, self.outcome, action)
        if error is not None and pushed and self.report is not None:
            self.report(f"{self.text()} not undone/redone: {error}")


def push(
    parent: QWidget | None,
    stack: QUndoStack,
    make_command: Callable[[], StoreCommand],
    *,
    ask_retry: AskRetry | None = None,
) -> Outcome:
    """Push a fresh command (``make_command()``) onto ``stack``; the one way commands are
    pushed. A refusal is shown in the status bar and leaves nothing on the stack; on a
    lost connection the user may retry (with a new command). Returns the last outcome."""
    outcomes: list[Outcome] = []

    def attempt() -> str | None:
        command = make_command()
        outcomes.append(command.outcome)
        stack.push(command)
        return command.outcome.error

    retry_loop(parent, attempt, ask_retry=ask_retry)
    return outcomes[-1]


# -- spans --------------------------------------------------------------------------------


class _SpanCommand(StoreCommand):
    def __init__(self, session: DocumentSession, text: str) -> None:
        super().__init__(text, session.failed.emit)
        self.session = session


class AddSpan(_SpanCommand):
    def __init__(
        self, session: DocumentSession, start: int, end: int, label: str, source: str = "manual"
    ) -> None:
        super().__init__(session, f"Label {label}")
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
            self._guard(lambda: self.session.remove(span_id))


class RemoveSpan(_SpanCommand):
    def __init__(self, session: DocumentSession, span_id: int) -> None:
        super().__init__(session, "Remove label")
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
        super().__init__(session, f"Relabel {old} as {new}")
        self.span_id, self.old, self.new = span_id, old, new

    def redo(self) -> None:
        self._guard(lambda: self.session.relabel(self.span_id, self.new))

    def undo(self) -> None:
        self._guard(lambda: self.session.relabel(self.span_id, self.old))


class LabelAll(_SpanCommand):
    """Add many spans in one store transaction; undo removes them in one transaction."""

    def __init__(
        self, session: DocumentSession, spans: list[Span], label: str, text: str = ""
    ) -> None:
        super().__init__(session, text or f"Label {len(spans)} matches as {label}")
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
        self._guard(lambda: self.session.remove_many([info.id for info in self.infos]))


def accept_agreed(session: DocumentSession, spans: list[Span]) -> LabelAll:
    """Adjudication: the spans every compared layer agrees on, into gold as one step."""
    return LabelAll(session, spans, "agreed", f"Accept {len(spans)} agreed spans")


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
        super().__init__(f"Mark {status.replace('_', ' ')}", report)
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
        super().__init__("Mark reviewed")
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


# -- the label set ------------------------------------------------------------------------


def _labels_by_name(store: Store) -> dict[str, LabelInfo]:
    return {info.name: info for info in store.labels()}


def _restore_labels(store: Store, before: dict[str, LabelInfo]) -> None:
    """Put back the hotkeys and order of ``before`` (hotkeys stay unique throughout)."""
    current = _labels_by_name(store)
    changed = [
        name
        for name, old in before.items()
        if name in current
        and (current[name].hotkey, current[name].order) != (old.hotkey, old.order)
    ]
    with store.atomic():
        for name in changed:
            if current[name].hotkey:
                store.update_label(name, hotkey="")
        for name in changed:
            old = before[name]
            store.update_label(name, hotkey=old.hotkey or "", order=old.order)


def _remove_unused_label(store: Store, name: str) -> None:
    used = sum(n for (_layer, label), n in store.span_counts().items() if label == name)
    if used:
        raise StoreError(f"label {name!r} is used by {used} span(s) now: it stays")
    store.delete_label(name)


class AddLabel(StoreCommand):
    def __init__(
        self, store: Store, name: str, color: str | None = None, hotkey: str | None = None
    ) -> None:
        super().__init__(f"Add label {name}")
        self.store, self.name, self.color, self.hotkey = store, name, color, hotkey
        self.info: LabelInfo | None = None

    def redo(self) -> None:
        def run() -> None:
            made = self.info
            color, hotkey = (self.color, self.hotkey) if made is None else (made.color, made.hotkey)
            self.info = self.store.add_label(self.name, color=color, hotkey=hotkey)

        self._guard(run)

    def undo(self) -> None:
        self._guard(lambda: _remove_unused_label(self.store, self.name))


class EditLabel(StoreCommand):
    """Rename a label or change its colour."""

    def __init__(
        self, store: Store, name: str, *, new_name: str | None = None, color: str | None = None
    ) -> None:
        what = f"Rename label {name} as {new_name}" if new_name else f"Colour of label {name}"
        super().__init__(what)
        self.store, self.name, self.new_name, self.color = store, name, new_name, color
        self.before: LabelInfo | None = None

    def redo(self) -> None:
        def run() -> None:
            if self.before is None:
                self.before = _labels_by_name(self.store).get(self.name)
            self.store.update_label(self.name, new_name=self.new_name, color=self.color)

        self._guard(run)

    def undo(self) -> None:
        before = self.before
        if before is not None:
            current = self.new_name or self.name
            renamed = self.name if self.new_name else None
            self._guard(
                lambda: self.store.update_label(current, new_name=renamed, color=before.color)
            )


class SetHotkey(StoreCommand):
    """Give a label the hotkey 1-9 (or none); a label holding that hotkey gives it up."""

    def __init__(self, store: Store, name: str, hotkey: int | None) -> None:
        super().__init__(f"Hotkey of label {name}")
        self.store, self.name, self.hotkey = store, name, hotkey
        self.before: dict[str, LabelInfo] = {}

    def redo(self) -> None:
        def run() -> None:
            labels = _labels_by_name(self.store)
            self.before = self.before or labels
            key = None if self.hotkey is None else str(self.hotkey)
            with self.store.atomic():
                for info in labels.values():
                    if key is not None and info.name != self.name and info.hotkey == key:
                        self.store.update_label(info.name, hotkey="")
                self.store.update_label(self.name, hotkey=key or "")

        self._guard(run)

    def undo(self) -> None:
        self._guard(lambda: _restore_labels(self.store, self.before))


class MoveLabels(StoreCommand):
    """Store a new order of the labels (``names``, first to last)."""

    def __init__(self, store: Store, names: list[str], moved: str) -> None:
        super().__init__(f"Move label {moved}")
        self.store, self.names = store, names
        self.before: dict[str, LabelInfo] = {}

    def redo(self) -> None:
        def run() -> None:
            labels = _labels_by_name(self.store)
            self.before = self.before or labels
            with self.store.atomic():
                for position, name in enumerate(self.names):
                    if name in labels and labels[name].order != position:
                        self.store.update_label(name, order=position)

        self._guard(run)

    def undo(self) -> None:
        self._guard(lambda: _restore_labels(self.store, self.before))


class ApplyPreset(StoreCommand):
    def __init__(self, store: Store, preset: str) -> None:
        super().__init__(f"Apply preset {preset}")
        self.store, self.preset = store, preset
        self.added: list[str] = []
        self.before: dict[str, LabelInfo] = {}

    def redo(self) -> None:
        def run() -> None:
            self.before = self.before or _labels_by_name(self.store)
            self.added = self.store.apply_preset(self.preset)

        self._guard(run)

    def undo(self) -> None:
        def run() -> None:
            with self.store.atomic():
                for name in self.added:
                    _remove_unused_label(self.store, name)
                for name in set(_labels_by_name(self.store)) & set(self.before):
                    _restore_guideline(self.store, self.before[name])  # descriptions filled in

        self._guard(run)


class DeleteLabel(StoreCommand):
    """Delete a label with its spans, or after relabelling them ``relabel_to``. Undo
    brings the label back (colour, hotkey, place) and its spans (same ids)."""

    def __init__(self, store: Store, name: str, relabel_to: str | None = None) -> None:
        super().__init__(f"Delete label {name}")
        self.store, self.name, self.relabel_to = store, name, relabel_to
        self.info: LabelInfo | None = None
        self.spans: list[SpanInfo] = []
        self.removed = 0  # spans deleted or relabelled

    def redo(self) -> None:
        def run() -> None:
            if self.info is None:
                self.info = _labels_by_name(self.store).get(self.name)
                self.spans = _spans_labelled(self.store, self.name)
            self.removed = self.store.delete_label(self.name, relabel_to=self.relabel_to)

        self._guard(run)

    def undo(self) -> None:
        info = self.info
        if info is None:
            return

        def run() -> None:
            with self.store.atomic():
                self.store.add_label(info.name, color=info.color, hotkey=info.hotkey)
                self.store.update_label(info.name, order=info.order)
                _restore_guideline(self.store, info)
                for span in self.spans:
                    if self.relabel_to is None:
                        self.store.restore_span(span)
                    else:
                        self.store.relabel_span(span.id, info.name)

        self._guard(run)


def _spans_labelled(store: Store, label: str) -> list[SpanInfo]:
    """Every span with ``label``, in the layers that have any (for undoing a deletion)."""
    layers = sorted({layer for (layer, name) in store.span_counts() if name == label})
    if not layers:
        return []
    doc_ids = [doc.id for doc in store.documents(counts=False)]
    found: list[SpanInfo] = []
    for layer in layers:
        for spans in store.spans_by_document(doc_ids, layer).values():
            found.extend(span for span in spans if span.label == label)
    return found


# -- guidelines: a label's (descriptions, examples) and the project's text -------------------
def _restore_guideline(store: Store, x: LabelInfo) -> None:
    store.replace_label_guideline(x.name, x.descriptions, x.positive_examples, x.negative_examples)


class EditGuideline(StoreCommand):
    """Change a label's guideline (``update_label`` arguments); undo puts it all back."""

    def __init__(self, store: Store, name: str, **change: Any) -> None:
        text = QCoreApplication.translate("commands", "Guideline of %1")
        super().__init__(text.replace("%1", name))
        self.store, self.name, self.change = store, name, change
        self.before: dict[str, LabelInfo] = {}

    def redo(self) -> None:
        def run() -> None:
            self.before = self.before or _labels_by_name(self.store)
            self.store.update_label(self.name, **self.change)

        self._guard(run)

    def undo(self) -> None:  # only after a redo that succeeded, which filled self.before
        self._guard(lambda: _restore_guideline(self.store, self.before[self.name]))


class SetProjectGuidelines(StoreCommand):
    """Replace the project-wide guideline text; undo puts the old text back."""

    def __init__(self, store: Store, text: str) -> None:
        super().__init__(QCoreApplication.translate("commands", "Project guidelines"))
        self.store, self.new_text, self.before = store, text, ""

    def redo(self) -> None:
        def run() -> None:
            self.before = self.store.guidelines()
            self.store.set_guidelines(self.new_text)

        self._guard(run)

    def undo(self) -> None:
        self._guard(lambda: self.store.set_guidelines(self.before))
