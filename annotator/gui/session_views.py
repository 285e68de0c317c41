"""A document session's changes shown in the main window's article view and entity
list, without re-reading the database: the views refresh from the session's signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from annotator.gui.article_view import ArticleView
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

    def show(self, session: DocumentSession | None) -> None:
        """Make ``session`` the one shown (None: an empty view)."""
        self.active = session
        text = session.text if session is not None else ""
        spans = list(session.spans.values()) if session is not None else []
        self.view.set_document(text, spans)
        self.entities.set_spans(text, spans)

    def connect(self, session: DocumentSession) -> None:
        def added(info: SpanInfo) -> None:
            if session is self.active:
                self.view.add_span(info)
                self.entities.add(info)
            self.count_changed(session)

        def removed(info: SpanInfo) -> None:
            if session is self.active:
                self.view.remove_span(info)
                self.entities.remove(info)
            self.count_changed(session)

        def changed(old: SpanInfo, new: SpanInfo) -> None:
            if session is self.active:
                self.view.change_span(old, new)
                self.entities.remove(old)
                self.entities.add(new)

        def reset() -> None:
            if session is self.active:
                spans = list(session.spans.values())
                self.view.set_spans(spans)
                self.entities.set_spans(session.text, spans)
            self.count_changed(session)

        session.span_added.connect(added)
        session.span_removed.connect(removed)
        session.span_changed.connect(changed)
        session.spans_reset.connect(reset)
