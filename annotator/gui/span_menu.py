"""The article view's right-click menu: remove or relabel a span, or label the selection."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtWidgets import QMenu, QWidget

from annotator.gui.plain_text import menu_text, tooltip


def span_menu(
    parent: QWidget,
    labels: Sequence[str],
    span_id: int | None,
    selection: tuple[int, int] | None,
    *,
    remove: Callable[[int], object],
    relabel: Callable[[int, str], object],
    label_range: Callable[[int, int, str], object],
) -> QMenu:
    """The menu for ``span_id`` (a span was right-clicked), else for ``selection``; empty
    when there is neither. Label names are shown literally (``&`` included)."""
    menu = QMenu(parent)
    if span_id is not None:
        menu.addAction("Remove label", lambda: remove(span_id))
        sub = menu.addMenu("Relabel as")
        for name in labels:
            sub.addAction(menu_text(name), partial(relabel, span_id, name)).setToolTip(
                tooltip(name)  # (an action's tooltip is its text unless set)
            )
    elif selection is not None:
        start, end = selection
        sub = menu.addMenu("Label as")
        for name in labels:
            sub.addAction(menu_text(name), partial(label_range, start, end, name)).setToolTip(
                tooltip(name)
            )
    return menu
