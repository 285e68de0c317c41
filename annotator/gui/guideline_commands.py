"""Undo commands for guidelines: a label's (descriptions, examples) and the project's
text. Re-exported by :mod:`annotator.gui.commands`, where every command is imported from."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from annotator.gui.command_base import Report, StoreCommand

if TYPE_CHECKING:
    from annotator.store import LabelInfo, Store


def labels_by_name(store: Store) -> dict[str, LabelInfo]:
    return {info.name: info for info in store.labels()}


def restore_guideline(store: Store, x: LabelInfo) -> None:
    store.replace_label_guideline(x.name, x.descriptions, x.positive_examples, x.negative_examples)


def restore_edited_parts(store: Store, x: LabelInfo, change: dict[str, Any]) -> None:
    """Put back the parts of ``x``'s guideline that ``change`` touched (the languages it
    named, the example lists it replaced); parts changed elsewhere since stay."""
    descriptions = change.get("descriptions")
    store.update_label(
        x.name,
        descriptions=None
        if descriptions is None
        else {language: x.descriptions.get(language, "") for language in descriptions},
        positive_examples=x.positive_examples if "positive_examples" in change else None,
        negative_examples=x.negative_examples if "negative_examples" in change else None,
    )


class EditGuideline(StoreCommand):
    """Change a label's guideline (``update_label`` arguments); undo puts it all back."""

    def __init__(self, store: Store, name: str, **change: Any) -> None:
        text = QCoreApplication.translate("commands", "Guideline of %1")
        super().__init__(text.replace("%1", name))
        self.store, self.name, self.change = store, name, change
        self.before: dict[str, LabelInfo] = {}

    def redo(self) -> None:
        def run() -> None:
            self.before = self.before or labels_by_name(self.store)
            self.store.update_label(self.name, **self.change)

        self._guard(run)

    def undo(self) -> None:  # only after a redo that succeeded, which filled self.before
        self._guard(lambda: restore_edited_parts(self.store, self.before[self.name], self.change))


class SetProjectGuidelines(StoreCommand):
    """Replace the project-wide guideline text; undo puts the old text back. Each step
    names the text it expects to find (``expected``: the one the edit started from, by
    default the stored one), so a text changed elsewhere meanwhile is never overwritten:
    the step is refused and ``report`` says so."""

    def __init__(
        self, store: Store, text: str, *, expected: str | None = None, report: Report | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("commands", "Project guidelines"), report)
        self.store, self.new_text, self.expected = store, text, expected
        self.before, self.stored = "", ""
        self._done_once = False

    def redo(self) -> None:
        def run() -> None:
            if not self._done_once:
                self.before = self.store.guidelines() if self.expected is None else self.expected
            self.stored = self.store.set_guidelines(self.new_text, expected=self.before)
            self._done_once = True

        self._guard(run)

    def undo(self) -> None:
        self._guard(lambda: self.store.set_guidelines(self.before, expected=self.stored))
