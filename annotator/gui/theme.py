"""Dark, light or follow-the-system themes through qdarktheme.

``setup_theme("auto")`` is never used: it starts a ``gsettings monitor`` child process
that outlives the application. "system" reads the platform's colour scheme once instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


def resolve(mode: str) -> str:
    """Map "dark" / "light" / "system" to the concrete "dark" or "light"."""
    if mode in ("dark", "light"):
        return mode
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def apply_theme(mode: str) -> str:
    """Apply a theme to the running application; returns the concrete theme applied."""
    import qdarktheme  # imported late: it is the slowest import at start-up

    concrete = resolve(mode)
    qdarktheme.setup_theme(concrete)
    # setup_theme styles widgets through a style sheet and leaves most palette roles alone;
    # custom-painted widgets (the article view) read the palette, so set the full one too.
    QGuiApplication.setPalette(qdarktheme.load_palette(concrete))
    return concrete


def is_dark() -> bool:
    """Whether the current application palette is dark (decides span colour alpha)."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.palette().window().color().lightnessF() < 0.5
