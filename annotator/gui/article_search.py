"""Find in the article (Ctrl+F): the search bar's hits in the article view, and which
hits "Label all" may label."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject

from annotator.gui.article_view import ArticleView
from annotator.gui.i18n import counted, isolate
from annotator.gui.search_bar import SearchBar

if TYPE_CHECKING:
    from annotator.spans import Policy, Span


class ArticleSearch(QObject):
    """Keeps the bar, the view's hit marks and the current hit in step. ``text()`` is
    the open document's text (None when no document is open)."""

    def __init__(self, bar: SearchBar, view: ArticleView, text: Callable[[], str | None]) -> None:
        super().__init__(bar)
        self.bar, self.view, self._text = bar, view, text
        self._index = -1
        bar.query_changed.connect(self.search)
        bar.next_requested.connect(lambda: self.step(1))
        bar.previous_requested.connect(lambda: self.step(-1))
        bar.closed.connect(self._closed)

    def open(self) -> None:
        self.bar.open_bar()
        self.search(self.bar.query())

    def refresh(self) -> None:
        """Search the (newly opened) document again while the bar is open."""
        if self.bar.isVisible():
            self.search(self.bar.query())

    def search(self, query: str) -> None:
        from annotator.text.matching import find_words

        text = self._text()
        hits = find_words(text, query) if (text is not None and query.strip()) else []
        self._index = 0 if hits else -1
        self.view.set_search_hits(hits, self._index)
        self.bar.set_count(self._index, len(hits))

    def step(self, delta: int) -> None:
        hits = self.view.search_hits()
        if not hits:
            return
        self._index = (self._index + delta) % len(hits)
        self.view.set_search_hits(hits, self._index)
        self.bar.set_count(self._index, len(hits))

    def _closed(self) -> None:
        """The bar is closed: the keyboard cursor goes to the hit shown, selecting it (a
        digit or Enter labels it, the arrows go on from there), and the view takes the
        keys again."""
        view = self.view
        hits = view.search_hits()
        view.set_search_hits([])
        if 0 <= self._index < len(hits):
            start, end = hits[self._index]
            view.set_caret(start)
            view.set_selected_span(None)
            view.set_selection((start, end))
            view.caret_moved.emit(None)
        view.setFocus()


def labellable_hits(
    text: str,
    hits: Iterable[tuple[int, int]],
    label: str,
    labels: Sequence[str],
    existing: Iterable[Span],
    policy: str,
) -> list[Span]:
    """The hits that may be labelled ``label`` together: each is checked by the overlap
    rules (:func:`annotator.spans.validate_span`) against the spans already there and
    the hits accepted before it; refused ones (overlaps, duplicates) are left out."""
    from annotator.spans import Span, SpanError, validate_span

    rule = cast("Policy", policy)  # the store's policy: "flat" or "nested"
    before = list(existing)
    accepted: list[Span] = []
    for start, end in hits:
        span = Span(start, end, label)
        try:
            validate_span(span, text, labels, before + accepted, rule)
        except SpanError:
            continue
        accepted.append(span)
    return accepted


def label_all_report(labelled: int, skipped: int, label: str) -> str:
    """What the status bar says after "Label all"."""
    report = counted(
        QCoreApplication.translate(
            "MainWindow", "Labelled %n matches as {label}; skipped {skipped} that conflict."
        ),
        labelled,
        "Labelled %n match as {label}; skipped {skipped} that conflict.",
    )
    return report.format(label=isolate(label), skipped=skipped)
