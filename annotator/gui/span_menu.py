"""The article view's right-click menu: remove or relabel a span, or label the selection.

Each label entry shows the label's colour and its hotkey (which also picks the entry
while the menu is open); the span's own label is checked, and drawn bold with a framed
swatch (the style paints an icon in place of the check mark). Label names are shown
literally (``&`` included).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from annotator.gui.menus import Menu
from annotator.gui.palette import PaletteLabel, swatch
from annotator.gui.plain_text import menu_text, tooltip


def _label_entries(
    menu: QMenu,
    labels: Sequence[PaletteLabel],
    run: Callable[[str], object],
    current: str | None = None,
) -> None:
    for label in labels:
        own = label.name == current
        action = QAction(swatch(label.color, framed=own), menu_text(label.name), menu)
        if own:  # the style shows the icon, not the check: make the entry itself differ
            font = action.font()
            font.setBold(True)
            action.setFont(font)
        action.setToolTip(tooltip(label.name))  # (an action's tooltip is its text unless set)
        if label.hotkey is not None:
            action.setShortcut(QKeySequence(str(label.hotkey)))
            action.setShortcutVisibleInContextMenu(True)
        if current is not None:
            action.setCheckable(True)
            action.setChecked(label.name == current)
        action.triggered.connect(partial(lambda name, _checked=False: run(name), label.name))
        menu.addAction(action)


def span_menu(
    parent: QWidget,
    labels: Sequence[PaletteLabel],
    span_id: int | None,
    selection: tuple[int, int] | None,
    *,
    remove: Callable[[int], object],
    relabel: Callable[[int, str], object],
    label_range: Callable[[int, int, str], object],
    span_label: str | None = None,
) -> QMenu:
    """The menu for ``span_id`` (a span labelled ``span_label`` was right-clicked), else
    for ``selection``; empty when there is neither."""
    menu = Menu("", parent)
    translate = QCoreApplication.translate
    if span_id is not None:
        menu.addAction(translate("SpanMenu", "Remove label"), lambda: remove(span_id))
        sub = menu.addMenu(translate("SpanMenu", "Relabel as"))
        _label_entries(sub, labels, partial(relabel, span_id), span_label or "")
    elif selection is not None:
        start, end = selection
        sub = menu.addMenu(translate("SpanMenu", "Label as"))
        _label_entries(sub, labels, partial(label_range, start, end))
    return menu
