"""The store's methods for guidelines, label names, active time and progress: part of the
:class:`annotator.store.api.Store` facade (which inherits them), kept in a file of their
own so that the facade stays small. Each mutating method is one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from annotator.store import activity_log, counts, guidelines, label_renames, labels
from annotator.store.context import StoreContext
from annotator.store.types import ActivityInterval, LabelInfo, StatusChange


class GuidelinesAndTime:
    _ctx: StoreContext  # set by the Store

    # -- the project's guideline text ----------------------------------------------

    def guidelines(self) -> str:
        """The project-wide guideline text ("" until someone writes one)."""
        return self._ctx.meta_get(guidelines.PROJECT_KEY, "")

    def set_guidelines(self, text: str, *, expected: str | None = None) -> str:
        """Replace the project's guideline text; returns it as stored (LF line ends,
        trimmed). Plain text: the window never interprets it as markup. With
        ``expected`` (the text the edit started from) a text changed elsewhere since then
        is refused with :class:`StoreError` instead of being overwritten."""
        clean = guidelines.clean_text(text, "guideline text", guidelines.PROJECT_LENGTH)
        with self._ctx.write():
            if expected is not None:
                guidelines.check_unchanged(self._ctx.meta_get(guidelines.PROJECT_KEY, ""), expected)
            self._ctx.meta_set(guidelines.PROJECT_KEY, clean)
        return clean

    def replace_label_guideline(
        self,
        name: str,
        descriptions: Mapping[str, str],
        positive_examples: Sequence[str] = (),
        negative_examples: Sequence[str] = (),
    ) -> LabelInfo:
        """Give a label exactly this guideline (languages not named are removed), in one
        transaction; partial changes go through ``update_label``."""
        with self._ctx.write():
            label_id = labels.label_id(self._ctx.m, name)
            guidelines.replace_guideline(
                self._ctx.m, label_id, descriptions, positive_examples, negative_examples
            )
            return labels.label_info(self._ctx.m, label_id)

    def current_label_names(self, names: Iterable[str]) -> dict[str, str]:
        """Each of ``names`` (as an undo step holds it) -> the name of that label now:
        itself, or the new name of a label renamed since (:mod:`label_renames`)."""
        m = self._ctx.m
        known = {label.name for label in self._ctx.m.label_type.select(m.label_type.name)}
        return {name: label_renames.current_name(m, name, known) for name in names}

    # -- active time -----------------------------------------------------------------

    def record_activity(self, annotator: str, intervals: Iterable[tuple[int, float, float]]) -> int:
        """Store intervals ``(document id, start, end)`` (epoch seconds) of active time of
        ``annotator`` in one transaction, merged with the stored ones they overlap or
        touch (a second is never counted twice). Returns how many were given. The
        revision does not grow: windows do not re-read for it."""
        items = list(intervals)
        if not items:
            return 0
        ann_id = self._ctx.annotator_id(annotator, create=True)
        with self._ctx.write(bump=False):  # nothing a window shows: no re-read anywhere
            return activity_log.record(self._ctx, ann_id, items)

    def activity(
        self, annotator: str | None = None, doc_id: int | None = None
    ) -> list[ActivityInterval]:
        """Stored intervals, oldest first; all annotators and documents unless given."""
        return activity_log.intervals(self._ctx, annotator, doc_id)

    # -- progress --------------------------------------------------------------------

    def status_history(self) -> list[StatusChange]:
        """Every status set through :meth:`set_status` (and those set before the log
        existed, stamped with their document's last change), oldest first."""
        return activity_log.status_history(self._ctx)

    def manual_span_counts(self) -> dict[str, int]:
        """Spans labelled by hand (source ``manual``) per layer (one grouped query)."""
        return counts.manual_span_counts(self._ctx)

    def manual_span_days(self, utc_offset: int = 0) -> dict[tuple[str, str], int]:
        """Spans labelled by hand per ``(layer, "YYYY-MM-DD")``, days in a time zone
        ``utc_offset`` seconds east of UTC (one grouped query)."""
        return counts.manual_span_days(self._ctx, utc_offset)
