"""Which language the interface speaks, for data kept in several languages (the label
descriptions of the presets): the one rule, read from the application's locale, which
the language switch sets (``QLocale.setDefault``)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def interface_language() -> str:
    """``"ar"`` when the application's locale is Arabic, else ``"en"``."""
    return "ar" if QLocale().language() == QLocale.Language.Arabic else "en"
