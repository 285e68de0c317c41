"""Undo commands of the project as a whole: its settings and its label set.

Imported, like every command, from :mod:`annotator.gui.commands`; each writes through
the store API in ``redo()`` and ``undo()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.gui.command_base import Report, StoreCommand
from annotator.gui.guideline_commands import labels_by_name, restore_guideline
from annotator.gui.i18n import QT_TRANSLATE_NOOP, counted
from annotator.store.errors import StoreError

if TYPE_CHECKING:
    from annotator.store import LabelInfo, SpanInfo, Store


# -- project settings ---------------------------------------------------------------------


class SetSetting(StoreCommand):
    """A project setting kept in the database: ``"policy"`` (flat or nested; the store
    refuses flat while spans nest, saying how many and where) or ``"export_scheme"``."""

    def __init__(
        self, store: Store, setting: str, value: str, report: Report | None = None
    ) -> None:
        super().__init__(f"{translate('commands', SETTINGS[setting])} {value}", report)
        self.store, self.setting, self.value = store, setting, value
        self.before: str | None = None

    def _set(self, value: str) -> None:
        before = self.store.policy if self.setting == "policy" else self.store.export_scheme()
        if self.setting == "policy":
            self.store.set_policy(value)
        else:
            self.store.set_export_scheme(value)
        self.before = self.before or before

    def redo(self) -> None:
        self._guard(lambda: self._set(self.value))

    def undo(self) -> None:
        if self.before is not None:
            before = self.before
            self._guard(lambda: self._set(before))


SETTINGS = {
    "policy": QT_TRANSLATE_NOOP("commands", "Overlap policy"),
    "export_scheme": QT_TRANSLATE_NOOP("commands", "Export tag scheme"),
}


translate = QCoreApplication.translate


# -- the label set ------------------------------------------------------------------------


_labels_by_name = labels_by_name


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
        message = counted(
            translate("commands", "label {name} is used by %n spans now: it stays"),
            used,
            "label {name} is used by %n span now: it stays",
        )
        raise StoreError(message.format(name=repr(name)))
    store.delete_label(name)


class AddLabel(StoreCommand):
    def __init__(
        self, store: Store, name: str, color: str | None = None, hotkey: str | None = None
    ) -> None:
        super().__init__("")
        self.name_labels(translate("commands", "Add label {}").format, name)
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
        what = (
            translate("commands", "Rename label {old} as {new}").format(old=name, new=new_name)
            if new_name
            else translate("commands", "Colour of label {}").format(name)
        )
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
        super().__init__(translate("commands", "Hotkey of label {}").format(name))
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
        super().__init__(translate("commands", "Move label {}").format(moved))
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
        super().__init__(translate("commands", "Apply preset {}").format(preset))
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
                    restore_guideline(self.store, self.before[name])  # descriptions filled in

        self._guard(run)


class DeleteLabel(StoreCommand):
    """Delete a label with its spans, or after relabelling them ``relabel_to``. Undo
    brings the label back (colour, hotkey, place) and its spans (same ids)."""

    def __init__(self, store: Store, name: str, relabel_to: str | None = None) -> None:
        super().__init__(translate("commands", "Delete label {}").format(name))
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
                restore_guideline(self.store, info)
                for span in self.spans:
                    if self.relabel_to is None:
                        self.store.restore_span(span)
                    else:
                        self.store.relabel_span(span.id, info.name)

        self._guard(run)


def _spans_labelled(store: Store, label: str) -> list[SpanInfo]:
    """Every span with ``label``, in the layers that have any (for undoing a deletion);
    spans of source ``suggested`` too, since the deletion removes them as well."""
    counts = store.span_counts(suggestions=True)
    layers = sorted({layer for (layer, name) in counts if name == label})
    if not layers:
        return []
    doc_ids = [doc.id for doc in store.documents(counts=False)]
    found: list[SpanInfo] = []
    for layer in layers:
        for spans in store.spans_by_document(doc_ids, layer).values():
            found.extend(span for span in spans if span.label == label)
    return found
