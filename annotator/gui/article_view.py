"""The article view: read-only right-to-left text painted paragraph by paragraph.

Each paragraph (a line of the stored text) gets its own QTextLayout, created only when it
comes near the viewport and cached until the width or font changes; spans are indexed by
paragraph so adding one repaints one paragraph. Text is handed to QTextLayout as plain
text, so nothing in an article is ever interpreted as markup.

Coordinates in the public API (``char_rect``, ``token_rect``, ``offset_at``) are viewport
coordinates: the widget that receives the mouse events is ``view.viewport()``.

Mouse and keys are handled by :mod:`article_input` (picks, edge drags, the token cursor);
other parts extend the view through ``view.overlays`` (painters, see
:data:`annotator.gui.article_paint.Overlay`) and ``view.keys`` (a
:class:`annotator.gui.view_keys.KeyTable`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from annotator.gui import article_layout as al
from annotator.gui.article_input import KeyboardInput, PointerInput
from annotator.gui.article_paint import Marks, Overlay, ParagraphPainter
from annotator.gui.picking import Pick, refined
from annotator.gui.theme import is_dark
from annotator.gui.token_cursor import TokenCursor, token_at
from annotator.gui.view_keys import KeyTable

if TYPE_CHECKING:
    from annotator.store import SpanInfo

PREFERRED_FAMILIES = ("Amiri", "Noto Naskh Arabic")
DEFAULT_POINT_SIZE = 18
MARGIN = 16
MIN_WIDTH = 280  # kept in a small window: the docks give up their room first


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
    notice = Signal(str)  # something for the status bar: a pick that labels nothing, ...
    resize_requested = Signal(int, int, int)  # span id, new start, new end
    caret_moved = Signal(object)  # span id under the keyboard caret, or None
    label_requested = Signal(int, int)  # Enter: label [start, end) with the current label

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made here (the same plain QWidget Qt would make) already has a Python
        # wrapper: the first ``viewport()`` call on Qt's own would make PySide look up the
        # type of an unknown C++ widget, initialising every QtWidgets class (~15 ms).
        self.setViewport(QWidget(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(MIN_WIDTH)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Article text"))
        self.setAccessibleDescription(
            self.tr("Arrow keys move the token cursor; Shift extends the selection; Tab jumps")
        )
        self._text = ""
        self._paras: list[al.Paragraph] = []
        self._starts: list[int] = []
        self._tops: list[float] = [0.0]
        self._width = 0.0
        self._para_spans: list[list[SpanInfo]] = []
        self._hits_by_para: dict[int, list[tuple[int, int]]] = {}
        self._hits: list[tuple[int, int]] = []
        self._current_hit = -1
        self._by_id: dict[int, SpanInfo] = {}
        self._selection: tuple[int, int] | None = None
        self._selection_exact = False  # chosen by Alt+drag: labelled as it is
        self._selected_span: int | None = None
        self._preview: tuple[int, int] | None = None
        self.keyboard_cursor = TokenCursor()
        self.painted = 0  # paint events finished (benchmarks and tests wait on it)
        self.color_of: Callable[[str], QColor] = lambda name: self.palette().highlight().color()
        self.overlays: list[Overlay] = []
        self.keys = KeyTable()
        self.pointer = PointerInput(self)
        self.keyboard = KeyboardInput(self)
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
        self.keyboard_cursor = TokenCursor()
        self._hits, self._hits_by_para, self._current_hit = [], {}, -1
        self._recompute_tops()
        self.set_spans(spans)
        self.verticalScrollBar().setValue(0)

    def text(self) -> str:
        return self._text

    def set_spans(self, spans: Sequence[SpanInfo]) -> None:
        self._para_spans = [[] for _ in self._paras]
        self._by_id = {span.id: span for span in spans}
        for span in spans:
            for index in self.paragraph_range(span.start, span.end):
                self._para_spans[index].append(span)
        if self._selected_span not in self._by_id:
            self._selected_span = None
        self.viewport().update()

    def add_span(self, span: SpanInfo) -> None:
        self._by_id[span.id] = span
        for index in self.paragraph_range(span.start, span.end):
            self._para_spans[index].append(span)
            self._update_para(index)

    def remove_span(self, span: SpanInfo) -> None:
        self._by_id.pop(span.id, None)
        for index in self.paragraph_range(span.start, span.end):
            self._para_spans[index] = [s for s in self._para_spans[index] if s.id != span.id]
            self._update_para(index)
        if self._selected_span == span.id:
            self._selected_span = None

    def change_span(self, old: SpanInfo, new: SpanInfo) -> None:
        selected = self._selected_span
        self.remove_span(old)
        self.add_span(new)
        if selected == old.id:  # an adjusted span stays selected
            self._selected_span = new.id

    def span(self, span_id: int | None) -> SpanInfo | None:
        return self._by_id.get(span_id) if span_id is not None else None

    def spans_in_order(self) -> list[SpanInfo]:
        return sorted(self._by_id.values(), key=lambda s: (s.start, -s.end, s.id))

    def span_at(self, offset: int) -> SpanInfo | None:
        """The innermost span covering ``offset``."""
        index = self.paragraph_index(offset)
        if index is None:
            return None
        covering = [s for s in self._para_spans[index] if s.start <= offset < s.end]
        return min(covering, key=lambda s: (s.end - s.start, s.id)) if covering else None

    # -- selection, search hits ---------------------------------------------------------------
    def set_selection(self, selection: tuple[int, int] | None, *, exact: bool = False) -> None:
        """Select characters (``exact``: as chosen, not trimmed when labelled); only the
        paragraphs of the old and new selection repaint."""
        previous, self._selection = self._selection, selection
        self._selection_exact = exact and selection is not None
        if selection is None:
            self.keyboard_cursor.anchor = None
        self._repaint_extents(previous, selection)

    def selection(self) -> tuple[int, int] | None:
        return self._selection

    def selection_exact(self) -> bool:
        return self._selection_exact

    def labelled_selection(self) -> Pick | None:
        """What labelling the selection labels (:func:`picking.refined`), None without one."""
        if self._selection is None:
            return None
        return refined(self._text, *self._selection, exact=self._selection_exact)

    def set_preview(self, preview: tuple[int, int] | None) -> None:
        """What a drag would pick, drawn like the selection while the button is down."""
        previous, self._preview = self._preview, preview
        self._repaint_extents(previous, preview)

    def set_caret(self, offset: int | None, *, extend: bool = False) -> None:
        """Put the keyboard caret on the token at ``offset`` (``extend``: keep the anchor
        and select from it to the caret)."""
        old = self.caret_extent()
        token = token_at(self, offset) if offset is not None else None
        self.keyboard_cursor.place(token.start if token else None, extend=extend)
        self._repaint_extents(old, self.caret_extent())
        if token is not None and not self.viewport().rect().contains(
            self.char_rect(token.start).toRect()
        ):
            self.scroll_to(token.start)  # only when out of sight (it repaints everything)

    def caret(self) -> int | None:
        return self.keyboard_cursor.caret

    def caret_extent(self) -> tuple[int, int] | None:
        caret = self.keyboard_cursor.caret
        token = token_at(self, caret) if caret is not None else None
        return (token.start, token.end) if token else None

    def _repaint_extents(self, *extents: tuple[int, int] | None) -> None:
        if extents[0] == extents[-1] and len(extents) == 2:
            return
        for extent in extents:
            if extent is not None:
                for index in self.paragraph_range(*extent):
                    self._update_para(index)

    def set_selected_span(self, span_id: int | None) -> None:
        if span_id == self._selected_span:
            return
        old, self._selected_span = self.span(self._selected_span), span_id
        new = self.span(span_id)
        self._repaint_extents(*((s.start, s.end) if s else None for s in (old, new)))

    def selected_span(self) -> int | None:
        return self._selected_span

    def set_search_hits(self, hits: list[tuple[int, int]], current: int = -1) -> None:
        self._hits = list(hits)
        self._hits_by_para = {}
        for start, end in self._hits:
            for index in self.paragraph_range(start, end):
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
        self._tag_font = al.tag_font(self._font)
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

    def paragraph_range(self, start: int, end: int) -> range:
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
            overlays=self.overlays,
        )
        current = (
            self._hits[self._current_hit] if 0 <= self._current_hit < len(self._hits) else None
        )
        caret = self.caret_extent()
        for index in self._visible_range():
            top, para = self._tops[index], self._paras[index]
            if top > clip_bottom or top + para.height < clip_top or para.layout is None:
                continue
            marks = Marks(
                hits=self._hits_by_para.get(index, []),
                current_hit=current,
                selection=self._preview or self._selection,
                selected_span=self._selected_span,
                caret=caret,
            )
            para_painter.paint(para, QPointF(MARGIN, top - scroll), self._para_spans[index], marks)
        painter.end()
        self.painted += 1

    def first_visible_token(self) -> int | None:
        """Start of the first token at or below the top of the viewport."""
        top = self.verticalScrollBar().value()
        index = max(0, bisect_right(self._tops, top) - 1)
        for para_index in range(index, len(self._paras)):
            tokens = self.paragraph(para_index).tokens()
            if tokens:
                return tokens[0].start
        return None

    def paragraph_origin(self, index: int) -> QPointF:
        """Viewport position of paragraph ``index``'s origin (its layout's 0, 0)."""
        return QPointF(MARGIN, self._tops[index] - self.verticalScrollBar().value())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.pointer.press(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.pointer.move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.pointer.release(event)

    def event(self, event: QEvent) -> bool:
        # Tab and Shift+Tab jump between spans here instead of moving the focus
        # (Ctrl+Tab leaves the view, as in Qt's text editors).
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and self.keys.dispatch(event)
        ):
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.keys.dispatch(event):
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        offset = self.offset_at(event.pos())
        span = self.span_at(offset) if offset is not None else None
        self.context_requested.emit(span.id if span else None, event.globalPos())
