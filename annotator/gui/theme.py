"""Dark, light or follow-the-system themes through qdarktheme.

``setup_theme("auto")`` is never used: it starts a ``gsettings monitor`` child process
that outlives the application. "system" reads the platform's colour scheme once instead.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def resolve(mode: str) -> str:
    """Map "dark" / "light" / "system" to the concrete "dark" or "light"."""
    if mode in ("dark", "light"):
        return mode
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def _cache_file(concrete: str) -> Path | None:
    """Where the rendered theme is kept, keyed by the installed qdarktheme's files."""
    spec = importlib.util.find_spec("qdarktheme")
    if spec is None or spec.origin is None:
        return None
    try:
        stamp = os.stat(spec.origin).st_mtime_ns
    except OSError:
        # A frozen bundle has no source files: key by the bundle's own executable, which
        # every build and install replaces.
        try:
            stamp = os.stat(sys.executable).st_mtime_ns
        except OSError:
            return None
    # the user's cache folder (XDG_CACHE_HOME or ~/.cache here) from Qt, already loaded:
    # platformdirs would add its import to every start
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    if not cache:
        return None
    return Path(cache) / "annotator" / f"theme-{concrete}-{stamp}.json"


def _palette_to_json(palette: QPalette) -> dict[str, str]:
    colors = {}
    for group in (
        QPalette.ColorGroup.Active,
        QPalette.ColorGroup.Inactive,
        QPalette.ColorGroup.Disabled,
    ):
        for role in QPalette.ColorRole:
            if role == QPalette.ColorRole.NColorRoles:
                continue
            colors[f"{group.value}:{role.value}"] = palette.color(group, role).name(
                QColor.NameFormat.HexArgb
            )
    return colors


def _palette_from_json(colors: dict[str, str]) -> QPalette:
    palette = QPalette()
    for key, name in colors.items():
        group, role = (int(part) for part in key.split(":"))
        palette.setColor(QPalette.ColorGroup(group), QPalette.ColorRole(role), QColor(name))
    return palette


def apply_theme(mode: str) -> str:
    """Apply a theme to the running application; returns the concrete theme applied.

    qdarktheme takes a quarter of a second to import and render its style sheet, so the
    rendered sheet and palette are cached on disk and reused on later starts.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication), "apply_theme needs the QApplication"
    concrete = resolve(mode)
    cache = _cache_file(concrete)
    if cache is not None and cache.is_file():
        try:
            saved = json.loads(cache.read_text(encoding="utf-8"))
            app.setStyleSheet(saved["qss"])
            QGuiApplication.setPalette(_palette_from_json(saved["palette"]))
            return concrete
        except (OSError, ValueError, KeyError, TypeError):
            pass  # unreadable cache: render again below
    import qdarktheme

    try:
        qdarktheme.setup_theme(concrete)
        # setup_theme styles widgets through a style sheet and leaves most palette roles
        # alone; custom-painted widgets (the article view) read the palette: set it too.
        palette = qdarktheme.load_palette(concrete)
    except OSError:
        # qdarktheme writes its icons under ~/.cache/qdarktheme; with a home folder that
        # cannot be written the window opens in the platform's own style instead.
        return "dark" if is_dark() else "light"
    QGuiApplication.setPalette(palette)
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(".tmp")
            saved = {"qss": app.styleSheet(), "palette": _palette_to_json(palette)}
            tmp.write_text(json.dumps(saved), encoding="utf-8")
            tmp.replace(cache)
        except OSError:
            pass  # no cache this time; the theme is applied all the same
    return concrete


def is_dark() -> bool:
    """Whether the current application palette is dark (decides span colour alpha)."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.palette().window().color().lightnessF() < 0.5
