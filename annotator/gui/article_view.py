"""The article view: read-only right-to-left text painted paragraph by paragraph.

Each paragraph (a line of the stored text) gets its own QTextLayout, created only when it
comes near the viewport and cached until the width or font changes; spans are indexed by
paragraph so adding one repaints one paragraph. Text is handed to QTextLayout as plain
text, so nothing in an article is ever interpreted as markup.

Coordinates in the public API (``char_rect``, ``token_rect``, ``offset_at``) are viewport
coordinates: the widget that receives the mouse events is ``view.viewport()``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontDatabase,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from annotator.gui import article_layout as al
from annotator.gui.article_paint import ParagraphPainter
from annotator.gui.theme import is_dark

if TYPE_CHECKING:
    from annotator.store import SpanInfo
    from annotator.text import Token

PREFERRED_FAMILIES = ("Amiri", "Noto Naskh Arabic")
DEFAULT_POINT_SIZE = 18
MARGIN = 16


def default_family() -> str:
    """Amiri or Noto Naskh Arabic when installed (Amiri first: it keeps lam and alef as
    separate glyphs, so every character can be hit exactly), else the system font."""
    families = set(QFontDatabase.families())
    for family in PREFERRED_FAMILIES:
        if family in families:
            return family
    return QApplication.font().family()


class ArticleView(QAbstractScrollArea):
    range_picked = Signal(int, int)  # a click or drag chose [start, end)
    span_clicked = Signal(int)  # span id
    empty_clicked = Signal()
    context_requested = Signal(object, QPoint)  # span id or None, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made here (the same plain QWidget Qt would make) already has a Python
        # wrapper: the first ``viewport()`` call on Qt's own would make PySide look up the
        # type of an unknown C++ widget, initialising every QtWidgets class (~15 ms).
        self.setViewport(QWidget(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._text = ""
        self._paras: list[al.Paragraph] = []
        self._starts: list[int] = []
        self._tops: list[float] = [0.0]
        self._width = 0.0
        self._para_spans: list[list[SpanInfo]] = []
        self._hits_by_para: dict[int, list[tuple[int, int]]] = {}
        self._hits: list[tuple[int, int]] = []
        self._current_hit = -1
        self._selection: tuple[int, int] | None = None
        self._selected_span: int | None = None
        self._preview: tuple[int, int] | None = None
        self._press: tuple[int, bool, QPoint] | None = None
        self.painted = 0  # paint events finished (benchmarks and tests wait on it)
        self.color_of: Callable[[str], QColor] = lambda name: self.palette().highlight().color()
        self._font = QFont(default_family(), DEFAULT_POINT_SIZE)
        self._apply_font()

    # -- document and spans -----------------------------------------------------------------
    def set_document(self, text: str, spans: Sequence[SpanInfo]) -> None:
        self._text = text
        width = self._layout_width()
        self._paras = []
        start = 0
        for line in text.split("\n"):
            self._paras.append(
                al.Paragraph(start, line, al.estimate_height(line, width, self._metrics))
            )
            start += len(line) + 1
        self._starts = [p.start for p in self._paras]
        self._width = width
        self._selection = self._preview = None
        self._selected_span = None
        self._hits, self._hits_by_para, self._current_hit = [], {}, -1
        self._recompute_tops()
        self.set_spans(spans)
        self.verticalScrollBar().setValue(0)

    def text(self) -> str:
        return self._text

    def set_spans(self, spans: Sequence[SpanInfo]) -> None:
        self._para_spans = [[] for _ in self._paras]
        for span in spans:
            for index in self._para_range(span.start, span.end):
                self._para_spans[index].append(span)
        if self._selected_span is not None and not any(s.id == self._selected_span for s in spans):
            self._selected_span = None
        self.viewport().update()

    def add_span(self, span: SpanInfo) -> None:
        for index in self._para_range(span.start, span.end):
            self._para_spans[index].append(span)
            self._update_para(index)

    def remove_span(self, span: SpanInfo) -> None:
        for index in self._para_range(span.start, span.end):
            self._para_spans[index] = [s for s in self._para_spans[index] if s.id != span.id]
            self._update_para(index)
        if self._selected_span == span.id:
            self._selected_span = None

    def change_span(self, old: SpanInfo, new: SpanInfo) -> None:
        self.remove_span(old)
        self.add_span(new)

    def span_at(self, offset: int) -> SpanInfo | None:
        """The innermost span covering ``offset``."""
        index = self.paragraph_index(offset)
        if index is None:
            return None
        covering = [s for s in self._para_spans[index] if s.start <= offset < s.end]
        return min(covering, key=lambda s: (s.end - s.start, s.id)) if covering else None

    # -- selection, search hits ---------------------------------------------------------------
    def set_selection(self, selection: tuple[int, int] | None) -> None:
        """Select characters; only the paragraphs of the old and new selection repaint."""
        previous, self._selection = self._selection, selection
        if previous == selection:
            return
        for extent in (previous, selection):
            if extent is not None:
                for index in self._para_range(*extent):
                    self._update_para(index)

    def selection(self) -> tuple[int, int] | None:
        return self._selection

    def set_selected_span(self, span_id: int | None) -> None:
        if span_id == self._selected_span:
            return
        self._selected_span = span_id
        self.viewport().update()

    def selected_span(self) -> int | None:
        return self._selected_span

    def set_search_hits(self, hits: list[tuple[int, int]], current: int = -1) -> None:
        self._hits = list(hits)
        self._hits_by_para = {}
        for start, end in self._hits:
            for index in self._para_range(start, end):
                self._hits_by_para.setdefault(index, []).append((start, end))
        self._current_hit = current
        if 0 <= current < len(self._hits):
            self.scroll_to(self._hits[current][0])
        self.viewport().update()

    def search_hits(self) -> list[tuple[int, int]]:
        return list(self._hits)

    # -- font ----------------------------------------------------------------------------------
    def view_font(self) -> QFont:
        return QFont(self._font)

    def set_view_font(self, family: str | None = None, size: float | None = None) -> None:
        if family:
            self._font.setFamily(family)
        if size:
            self._font.setPointSizeF(max(6.0, min(72.0, size)))
        self._apply_font()

    def zoom(self, steps: int) -> None:
        self.set_view_font(size=self._font.pointSizeF() + 2 * steps)

    def _apply_font(self) -> None:
        self._tag_font = QFont(QApplication.font())
        self._tag_font.setPointSizeF(max(6.0, self._font.pointSizeF() * 0.42))
        self._tag_font.setBold(True)
        self._metrics = al.Metrics.for_font(self._font, self._tag_font)
        self._invalidate_layouts()

    # -- geometry -----------------------------------------------------------------------------
    def paragraph_index(self, offset: int) -> int | None:
        if not self._paras or offset < 0 or offset > len(self._text):
            return None
        return max(0, bisect_right(self._starts, offset) - 1)

    def paragraph(self, index: int) -> al.Paragraph:
        """Paragraph ``index`` with its layout built (for hit-testing and tests)."""
        self._ensure_layout(index)
        return self._paras[index]

    def paragraph_count(self) -> int:
        return len(self._paras)

    def offset_at(self, point: QPointF | QPoint, *, clamp: bool = False) -> int | None:
        """Document offset of the character painted at a viewport point."""
        y = point.y() + self.verticalScrollBar().value()
        index = max(0, bisect_right(self._tops, y) - 1)
        if index >= len(self._paras):
            if not clamp or not self._paras:
                return None
            index = len(self._paras) - 1
        para = self.paragraph(index)
        local = al.hit_char(
            para, point.x() - MARGIN, y - self._tops[index], self._metrics, clamp=clamp
        )
        return None if local is None else para.start + local

    def char_rect(self, offset: int) -> QRectF:
        """Viewport rectangle of the character at ``offset`` (empty if not in the text)."""
        index = self.paragraph_index(offset)
        if index is None:
            return QRectF()
        para = self.paragraph(index)
        rect = al.char_rect(para, offset - para.start, self._metrics)
        if rect is None:
            return QRectF()
        return rect.translated(MARGIN, self._tops[index] - self.verticalScrollBar().value())

    def token_rect(self, start: int, end: int) -> QRectF:
        """Viewport rectangle covering characters [start, end) on the first line they touch."""
        first = self.char_rect(start)
        rect = QRectF(first)
        for offset in range(start + 1, end):
            other = self.char_rect(offset)
            if abs(other.top() - first.top()) < 1:
                rect = rect.united(other)
        return rect

    def snap_to_tokens(self, lo: int, hi: int) -> tuple[int, int] | None:
        """Widen characters [lo, hi] to whole tokens; None if only whitespace is covered."""
        tokens: list[Token] = []
        first, last = self.paragraph_index(lo), self.paragraph_index(hi)
        if first is None or last is None:
            return None
        for index in range(first, last + 1):
            tokens.extend(t for t in self._paras[index].tokens() if t.end > lo and t.start <= hi)
        if not tokens:
            return None
        return tokens[0].start, tokens[-1].end

    def scroll_to(self, offset: int) -> None:
        index = self.paragraph_index(offset)
        if index is None:
            return
        para = self.paragraph(index)
        self._recompute_tops()
        layout = para.layout
        assert layout is not None  # paragraph() lays it out
        line = layout.lineForTextPosition(para.u16.to_utf16(offset - para.start))
        y = self._tops[index] + (line.y() if line.isValid() else 0)
        bar = self.verticalScrollBar()
        if (
            not bar.value()
            <= y
            <= bar.value() + self.viewport().height() - 2 * self._metrics.line_height
        ):
            bar.setValue(int(y - self.viewport().height() / 3))
        self.viewport().update()

    def _para_range(self, start: int, end: int) -> range:
        first = self.paragraph_index(start)
        if first is None:
            return range(0)
        last = self.paragraph_index(max(start, end - 1))
        return range(first, (last if last is not None else first) + 1)

    def _layout_width(self) -> float:
        return max(80.0, self.viewport().width() - 2 * MARGIN)

    def _invalidate_layouts(self) -> None:
        self._width = self._layout_width()
        for para in self._paras:
            para.layout = None
            para.height = al.estimate_height(para.text, self._width, self._metrics)
        self._recompute_tops()
        self.viewport().update()

    def _ensure_layout(self, index: int) -> bool:
        para = self._paras[index]
        if para.layout is not None:
            return False
        para.layout, para.height = al.build_layout(
            para.text, self._font, self._width, self._metrics
        )
        return True

    def _recompute_tops(self) -> None:
        self._tops = [0.0, *accumulate(p.height for p in self._paras)]
        total = self._tops[-1] + MARGIN
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, int(total - self.viewport().height())))
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(int(self._metrics.line_height))

    def _visible_range(self) -> range:
        """Lay out the paragraphs in view (plus one either side) and return their indexes."""
        if not self._paras:
            return range(0)
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        first = max(0, bisect_right(self._tops, top) - 2)
        index, changed = first, False
        while index < len(self._paras) and (index <= first + 1 or self._tops[index] < bottom):
            if self._ensure_layout(index):
                changed = True
                self._recompute_tops()
            index += 1
        if index < len(self._paras):
            changed = self._ensure_layout(index) or changed
        if changed:
            self._recompute_tops()
        return range(first, min(index + 1, len(self._paras)))

    def _update_para(self, index: int) -> None:
        top = self._tops[index] - self.verticalScrollBar().value()
        height = self._paras[index].height
        if top + height < 0 or top > self.viewport().height():
            return
        self.viewport().update(0, int(top) - 1, self.viewport().width(), int(height) + 2)

    # -- Qt events ----------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if abs(self._layout_width() - self._width) >= 1:
            self._invalidate_layouts()
        else:
            self._recompute_tops()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        painter.fillRect(event.rect(), pal.base())
        scroll = self.verticalScrollBar().value()
        clip_top, clip_bottom = event.rect().top() + scroll, event.rect().bottom() + scroll
        para_painter = ParagraphPainter(
            painter,
            self._metrics,
            self._tag_font,
            pal,
            dark=is_dark(),
            color_of=self.color_of,
        )
        for index in self._visible_range():
            top, para = self._tops[index], self._paras[index]
            if top > clip_bottom or top + para.height < clip_top or para.layout is None:
                continue
            para_painter.paint(
                para,
                QPointF(MARGIN, top - scroll),
                spans=self._para_spans[index],
                hits=self._hits_by_para.get(index, []),
                current_hit=(
                    self._hits[self._current_hit]
                    if 0 <= self._current_hit < len(self._hits)
                    else None
                ),
                selection=self._preview or self._selection,
                selected_span=self._selected_span,
            )
        painter.end()
        self.painted += 1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        offset = self.offset_at(event.position(), clamp=True)
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        self._press = None if offset is None else (offset, alt, event.position().toPoint())
        self._preview = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        offset = self.offset_at(event.position(), clamp=True)
        if offset is not None:
            self._preview = self._pick(self._press[0], offset, self._press[1])
            self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press, self._preview = self._press, None, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        start, alt, where = press
        offset = self.offset_at(event.position(), clamp=True)
        moved = (event.position().toPoint() - where).manhattanLength() >= (
            QApplication.startDragDistance()
        )
        if not moved and not alt:
            span = self.span_at(start)
            if span is not None:
                self.span_clicked.emit(span.id)
                return
        picked = self._pick(start, start if offset is None or not moved else offset, alt)
        if picked is None:
            self.empty_clicked.emit()
        else:
            self.range_picked.emit(*picked)

    def _pick(self, press: int, release: int, exact: bool) -> tuple[int, int] | None:
        """Press and release characters -> the range they choose (token-snapped unless exact)."""
        lo, hi = min(press, release), max(press, release)
        if not exact:
            return self.snap_to_tokens(lo, hi)
        end = hi + 1
        while end < len(self._text) and al.is_mark(self._text[end]):
            end += 1  # a span never ends between a letter and its harakat
        return lo, end

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        offset = self.offset_at(event.pos())
        span = self.span_at(offset) if offset is not None else None
        self.context_requested.emit(span.id if span else None, event.globalPos())
