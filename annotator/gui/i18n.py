"""The interface language: which one a start uses, the translators that speak it, and
the layout direction that goes with it.

The choice is ``"ar"``, ``"en"`` or ``"system"`` (View > Language, remembered in the
settings; ``annotator --lang`` for one session). Arabic loads the application's
``annotator_ar.qm`` (compiled from ``resources/translations/annotator_ar.ts`` by the
build) and Qt's own ``qtbase_ar.qm`` (standard buttons, colour and file dialogs), sets
the default locale and mirrors the layout right to left.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit

CHOICES = ("system", "ar", "en")
DOMAIN = "annotator"
LANGUAGE_KEY = "view/language"
FSI, PDI = "\u2068", "\u2069"  # first-strong isolate ... pop directional isolate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for ``pyside6-lupdate`` in ``context`` and give it back unchanged
    (translated where it is shown). PySide6's own has no precise type."""
    del context
    return text


def counted(text: str, n: int, one: str | None = None) -> str:
    """A translated message holding ``%n``, with the count ``n`` put in.

    ``pyside6-lupdate`` makes a message plural only for ``self.tr(source, "", n)``: a
    ``QCoreApplication.translate(context, source, "", n)`` call then finds no translation
    (its message is not plural in the catalogue) and shows the English. Code outside a
    widget therefore translates without the count, ``counted(translate(context, source),
    n, one)``: the source is the English plural and ``one`` its singular, which an
    English interface shows for a count of 1; the Arabic translations are worded to fit
    any count.
    """
    if one is not None and n == 1 and QLocale().language() != QLocale.Language.Arabic:
        text = one
    return text.replace("%n", str(n))


def isolate(text: str) -> str:
    """``text`` in its own direction inside a sentence of the interface's language (a
    Latin label name or a number in an Arabic message): wrapped in FSI ... PDI when the
    layout is right to left; an English interface shows it as it is."""
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    return f"{FSI}{text}{PDI}"


def shown_again(model: QAbstractTableModel) -> None:
    """A table model's headers and cells are asked for again (after a language change)."""
    columns = model.columnCount()
    model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    if model.rowCount():
        model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, columns - 1))


def resolve(choice: str) -> str:
    """``"ar"`` or ``"en"`` for a choice (``"system"`` follows the system's locale)."""
    if choice in ("ar", "en"):
        return choice
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def chosen() -> str:
    """The remembered choice (``"system"`` when unset or unknown)."""
    from annotator.gui import settings as cfg

    value = cfg.get_str(LANGUAGE_KEY, "system")
    return value if value in CHOICES else "system"


def remember(choice: str) -> None:
    from annotator.gui import settings as cfg

    cfg.remember(LANGUAGE_KEY, choice if choice in CHOICES else "system")


def translations_dir() -> Path:
    from annotator.paths import resource_dir

    return resource_dir() / "translations"


def compiled_catalogue(language: str) -> Path | None:
    """The ``.qm`` of ``language``: the built one beside its ``.ts``, else one compiled
    now into the user's cache (an install from a source tree that was never built, when
    PySide6's ``lrelease`` is at hand), else ``None``."""
    folder = translations_dir()
    built = folder / f"{DOMAIN}_{language}.qm"
    source = folder / f"{DOMAIN}_{language}.ts"
    if built.is_file() and (
        not source.is_file() or built.stat().st_mtime >= source.stat().st_mtime
    ):
        return built
    if not source.is_file():
        return built if built.is_file() else None
    return _compile_to_cache(source) or (built if built.is_file() else None)


def _lrelease() -> str | None:
    import shutil

    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.is_file() else shutil.which("pyside6-lrelease")


def _compile_to_cache(source: Path) -> Path | None:
    tool = _lrelease()
    if tool is None:
        return None
    import subprocess

    from platformdirs import user_cache_dir

    target = Path(user_cache_dir("annotator", appauthor=False)) / source.with_suffix(".qm").name
    if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [tool, "-silent", str(source), "-qm", str(target)], capture_output=True, check=False
    )
    return target if done.returncode == 0 and target.is_file() else None


def apply(choice: str) -> str:
    """Speak ``choice`` from now on: replace the application's translators, set the
    default locale and the layout direction. Returns the language used (``"ar"`` or
    ``"en"``). Every widget then gets a LanguageChange event: the window's parts set
    their texts again (``changeEvent``)."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    language = resolve(choice)
    # The locale and the direction first: the texts rebuilt on LanguageChange read them.
    # An Arabic locale that writes 0-9 (as the window's own messages do: "F1 0.71"), so
    # that numbers Qt draws from the locale (counts in tables, spin boxes) match them.
    arabic = QLocale(QLocale.Language.Arabic, QLocale.Country.UnitedArabEmirates)
    QLocale.setDefault(arabic if language == "ar" else QLocale(QLocale.Language.English))
    if isinstance(app, QGuiApplication):
        rtl = Qt.LayoutDirection.RightToLeft
        QGuiApplication.setLayoutDirection(
            rtl if language == "ar" else Qt.LayoutDirection.LeftToRight
        )
    for old in app.findChildren(QTranslator, "annotator-translator"):
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    # English is the source language; its catalogue holds only the plural forms ("1 entity")
    paths: tuple[str | Path | None, ...] = (compiled_catalogue("en"),)
    if language == "ar":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        paths = (os.path.join(qt_folder, "qtbase_ar.qm"), compiled_catalogue("ar"))
    for path in paths:
        if path is None:
            continue
        translator = QTranslator(app)
        translator.setObjectName("annotator-translator")
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
    return language


def language_changed(event: QEvent) -> bool:
    """Whether ``event`` (of a widget's ``changeEvent``) asks for its texts again."""
    return event.type() == QEvent.Type.LanguageChange


class _Direction(QObject):
    """Aligns its parent (an editor or a label) again when the parent's layout direction
    changes (a language switch while it is shown)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            if isinstance(watched, QPlainTextEdit):
                _align(watched)
            elif isinstance(watched, QLabel):
                _align_label(watched)
        return False


def align_editor(editor: QPlainTextEdit) -> None:
    """Start ``editor``'s lines on the side its layout reads from: the right in Arabic.

    QPlainTextEdit lays every paragraph out from the left, an Arabic one too (QTextEdit
    follows the paragraph's direction); every plain-text editor of the window comes here,
    and follows a later switch of the language."""
    _align(editor)
    editor.installEventFilter(_Direction(editor))


def _align(editor: QPlainTextEdit) -> None:
    rtl = editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    option = editor.document().defaultTextOption()
    option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
    editor.document().setDefaultTextOption(option)


_LEADING = "annotatorLeading"  # the label's horizontal alignment is the layout's start


def align_label(label: QLabel) -> None:
    """Start ``label``'s text on the side its layout reads from: the right in Arabic.

    A QLabel aligns plain text by the text's own direction, so in the right-to-left
    window a Latin label name, a number or a path sat at the left while Arabic sat at the
    right. Only a label left at the default (leading) alignment is changed, and it
    follows a later switch of the language."""
    horizontal = label.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask
    if horizontal != Qt.AlignmentFlag.AlignLeading:
        return
    label.setProperty(_LEADING, True)
    _align_label(label)
    label.installEventFilter(_Direction(label))


def _align_label(label: QLabel) -> None:
    ours = Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight
    horizontal = label.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask
    if not label.property(_LEADING) or horizontal & ~ours:
        return  # aligned otherwise since (centred, justified)
    rtl = label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    vertical = label.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
    label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | vertical)
