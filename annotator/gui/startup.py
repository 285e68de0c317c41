"""Start-up tuning of the window, all of it, with what each part saves.

Figures: the start of ``annotator`` on the sample corpus through the console entry, with
byte-code cached, until the window is shown (fastest of 15, with one trick undone at a
time); ``benchmarks/bench_gui.py`` measures the app at about 1.5 times its floor program
of the fixed stack (PySide6, peewee, the qdarktheme style sheet, a window with docks).

1. The cyclic garbage collector is paused while the first window is built
   (:func:`paused_gc`) and the start-up objects are then frozen: saves about 35 ms.
2. Deferred imports: the action table names the dialogs' openers as ``"module:function"``
   (:mod:`annotator.gui.window_actions`, resolved by :func:`resolve` on first use), so the
   dialogs (labels, import, export, about, agreement, adjudication) and what only they
   need (``annotator.formats``, ``annotator.agreement``) are imported when first opened:
   saves about 25 ms. Elsewhere ``annotator.paths`` (platformdirs) is imported only to
   find the sample corpus or the default database, ``annotator.spans`` only when text is
   labelled by search, and the PostgreSQL driver only for a server URL
   (:mod:`annotator.store`); the right-click menu (``span_menu``, ``notes``) on the first
   right-click; ``tests/gui/test_startup_imports.py`` holds these to it.
3. The rendered qdarktheme style sheet and palette are cached on disk
   (:func:`annotator.gui.theme.apply_theme`): saves about 75 ms.
4. Settings are written only when a value changed (:func:`annotator.gui.settings.remember`,
   :func:`annotator.gui.settings.set_values`: a quit that moved no dock writes no file).

The article view and the tables avoid asking Qt for widgets it made itself (each first
such call makes PySide initialise every QtWidgets class, about 15 ms); that is in the
comments where it happens (:class:`annotator.gui.article_view.ArticleView`).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import import_module

__all__ = ["paused_gc", "resolve"]

_gc_frozen: list[bool] = []  # non-empty once the start-up objects have been frozen


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while the first window is built.

    Start-up creates a few hundred thousand objects that live as long as the application
    (modules, Qt enums, peewee models, widgets) and almost no cyclic garbage. With the
    collector running, the allocation bursts trigger full collections that walk all of
    them again and again. Afterwards the objects made so far are frozen (``gc.freeze``),
    so later collections, and the last one at exit, skip them; this happens once per
    process. A caller that runs without the collector keeps it off.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        if enabled and not _gc_frozen:
            gc.freeze()
            _gc_frozen.append(True)
    finally:
        if enabled:
            gc.enable()


def resolve(spec: str) -> Callable[..., object]:
    """``"package.module:function"`` -> the function, importing its module now (on the
    first trigger of the action that names it, not at start-up)."""
    module, _, name = spec.partition(":")
    function: Callable[..., object] = getattr(import_module(module), name)
    return function
