"""A document session's changes shown in the main window's article view and entity
list, without re-reading the database: the views refresh from the session's signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from annotator.gui.article_view import ArticleView
from annotator.gui.flag_marker import FlagOverlay
from annotator.gui.models import EntitiesModel
from annotator.gui.session import DocumentSession

if TYPE_CHECKING:
    from annotator.store import SpanInfo


class SessionViews:
    """Shows the active session in ``view`` and ``entities``; every session reports its
    span count through ``count_changed`` whether it is shown or not."""

    def __init__(
        self,
        view: ArticleView,
        entities: EntitiesModel,
        count_changed: Callable[[DocumentSession], None],
    ) -> None:
        self.view, self.entities, self.count_changed = view, entities, count_changed
        self.active: DocumentSession | None = None
        self.flags = FlagOverlay()  # the markers of flagged spans, painted by the view
        view.overlays.append(self.flags)

    def show(self, session: DocumentSession | None) -> None:
        """Make ``session`` the one shown (None: an empty view)."""
        self.active = session
        text = session.text if session is not None else ""
        spans = list(session.spans.values()) if session is not None else []
        notes = session.notes if session is not None else {}
        self.entities.set_notes(notes)
        self.view.set_document(text, spans)
        self._show_flags(session)
        self.entities.set_spans(text, spans)

    def _show_flags(self, session: DocumentSession | None) -> None:
        """The flag markers of ``session``'s flagged spans (none without a session)."""
        flagged = session.flagged() if session is not None else set()
        self.flags.set_spans([session.spans[i] for i in flagged] if session is not None else [])
        self.view.viewport().update()

    def connect(self, session: DocumentSession) -> None:
        def added(info: SpanInfo) -> None:
            if session is self.active:
                self.view.add_span(info)
                self.entities.add(info)
                if session.note(info.id).flagged:  # a restored span with its flag
                    self._show_flags(session)
            self.count_changed(session)

        def removed(info: SpanInfo) -> None:
            if session is self.active:
                self.view.remove_span(info)
                self.entities.remove(info)
                if info.id in self.flags.ids():
                    self._show_flags(session)
            self.count_changed(session)

        def changed(old: SpanInfo, new: SpanInfo) -> None:
            if session is self.active:
                self.view.change_span(old, new)
                self.entities.remove(old)
                self.entities.add(new)
                if old.id in self.flags.ids():  # relabelled or resized: the marker follows
                    self._show_flags(session)

        def reset() -> None:
            if session is self.active:
                noted(0)
                spans = list(session.spans.values())
                self.view.set_spans(spans)
                self.entities.set_spans(session.text, spans)
            self.count_changed(session)

        def noted(_span_id: int) -> None:
            if session is self.active:
                self._show_flags(session)
                self.entities.set_notes(session.notes)

        session.note_changed.connect(noted)
        session.span_added.connect(added)
        session.span_removed.connect(removed)
        session.span_changed.connect(changed)
        session.spans_reset.connect(reset)
