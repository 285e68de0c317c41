"""The Arabic interface: every visible string of the window, its menus and its dialogs
is translated, the .ts holds exactly what lupdate extracts (all of it finished), and
the layout is mirrored (the document list and the palette swap sides)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from annotator.gui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "annotator_ar.ts"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
LATIN = re.compile(r"[A-Za-z]")
# Latin words an Arabic interface keeps as they are: format and tool names, key names,
# measures and language names (each written in its own language).
ALLOWED = (
    "CoNLL", "JSONL", "JSON", "IOB2", "IOB1", "IOB", "BIOES", "spaCy", "brat", "Hugging Face",
    "F1", "English", "Ctrl", "Shift", "Alt", "Enter", "Tab", "Esc", "Delete", "Backspace",
    "-DOCSTART-", "doc.ents", "doc.spans['sc']", "hf", "Qt", "PySide6", "Python",
    "B-X E-X", "X", "txt", "annotator", "db", "sqlite", "Label Studio", "doccano",
    "Wojood", "ANERcorp", "conll2003", "anercorp", "wojood", "PgDown", "PgUp", "Return",
    "PostgreSQL",
)  # fmt: skip
# Widgets that show domain text, which stays English (the format registry's summaries).
DOMAIN_TEXT = ("format_summary",)


def _untranslated(text: str, data: set[str]) -> bool:
    rest = re.sub(r"\b(Ctrl|Shift|Alt)\+\S+", " ", text)  # key sequences: Ctrl+Z
    for word in sorted((*data, *ALLOWED), key=len, reverse=True):
        if word:
            rest = rest.replace(word, " ")
    rest = re.sub(r"\*\.\w+", " ", rest)  # file patterns *.txt
    return bool(LATIN.search(rest))


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every visible string of ``widget`` and its children."""
    for child in [widget, *widget.findChildren(QWidget)]:
        name = f"{type(child).__name__}:{child.objectName()}"
        if child.isWindow():
            yield name + " title", child.windowTitle()
        yield name + " tooltip", child.toolTip()
        if isinstance(child, (QLabel, QAbstractButton)):
            yield name, child.text()
        if isinstance(child, QLineEdit):
            yield name + " placeholder", child.placeholderText()
        if isinstance(child, (QPlainTextEdit, QTextEdit)):
            yield name + " placeholder", child.placeholderText()
        if isinstance(child, QGroupBox):
            yield name, child.title()
        if isinstance(child, QMenu):
            yield name + " menu", child.title()
        if isinstance(child, QComboBox) and not child.isEditable():
            for i in range(child.count()):
                yield f"{name} item {i}", child.itemText(i)
        header = getattr(child, "horizontalHeader", None)
        if isinstance(child, QAbstractItemView) and header is not None:
            model = child.model()
            for column in range(header().count()):
                title = model.headerData(column, Qt.Orientation.Horizontal)
                yield f"{name} header {column}", str(title or "")
    for action in widget.findChildren(QAction):
        where = f"action {action.objectName()}"
        yield where, action.text()
        yield where + " tip", action.statusTip()


def _data(window) -> set[str]:
    store = window.store
    names = {label.name for label in store.labels()}
    docs = {doc.name for doc in window.documents_model.all_documents()}
    from annotator.formats.common import EXPORT_FORMATS, IMPORT_FORMATS

    formats = {*EXPORT_FORMATS, *IMPORT_FORMATS}  # format names stay as they are
    return (
        names
        | docs
        | formats
        | {window.annotator(), str(window.location), Path(window.location).name}
    )


def _dialogs(window) -> list[QWidget]:
    from annotator.gui.adjudication import AdjudicationWindow
    from annotator.gui.agreement_view import AgreementDialog
    from annotator.gui.dialogs.about import AboutDialog
    from annotator.gui.dialogs.export_dialog import ExportDialog
    from annotator.gui.dialogs.import_dialog import ImportDialog
    from annotator.gui.dialogs.labels_dialog import LabelSetDialog
    from annotator.gui.dialogs.project_dialog import ProjectDialog
    from annotator.gui.dialogs.shortcuts import ShortcutSheet
    from annotator.gui.statistics_view import StatisticsDialog

    store = window.store
    return [
        AboutDialog(window, store),
        ExportDialog(store, window),
        ImportDialog(store, window),
        LabelSetDialog(store, window),
        ProjectDialog(store, window),
        ShortcutSheet(window, {"Article": window.article_view.keys}),
        StatisticsDialog(store, window),
        AgreementDialog(store, window),
        AdjudicationWindow(store, window.current_document_id(), window),
    ]


def test_every_visible_string_is_arabic(arabic, make_window) -> None:
    window = make_window()
    window.open_document(window.documents_model.all_documents()[0].id)
    text = window.article_view.text()
    start = text.index(next(word for word in text.split() if len(word) > 3))
    assert window.label_range(start, start + 4, "LOC")
    span_id = next(iter(window.session().spans))
    data = _data(window)
    found = [(w, t) for w, t in _texts(window) if t and _untranslated(t, data)]
    menu = window.context_menu(span_id)  # the right-click menu of a label
    found += [(w, t) for w, t in _texts(menu) if t and _untranslated(t, data)]
    found += [("undo", window.actions_.undo.text())] * _untranslated(
        window.actions_.undo.text(), data
    )
    for dialog in _dialogs(window):
        dialog.show()
        found += [
            (w, t)
            for w, t in _texts(dialog)
            if t and _untranslated(t, data) and not w.endswith(DOMAIN_TEXT)
        ]
        dialog.close()
        dialog.deleteLater()
    assert found == [], "\n".join(f"{w}: {t!r}" for w, t in found)


def test_untranslated_text_is_found(make_window) -> None:
    """The walk above fails on English: the same window in English has Latin texts."""
    window = make_window()
    data = _data(window)
    assert any(_untranslated(t, data) for _w, t in _texts(window) if t)


def _messages(path: Path) -> tuple[set[tuple[str, str]], list[str]]:
    root = ET.parse(path).getroot()  # noqa: S314 (our own file)
    found: set[tuple[str, str]] = set()
    unfinished: list[str] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            found.add((name, source))
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            forms = [] if translation is None else [translation.text or ""]
            if translation is not None and message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
            if kind is not None or not all(forms):
                unfinished.append(f"{name}: {source}")
    return found, unfinished


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_ts_is_complete_against_lupdate(tmp_path: Path) -> None:
    committed, unfinished = _messages(TS)
    assert unfinished == []
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    subprocess.run(
        [str(LUPDATE), "-silent", "-no-obsolete", "-locations", "none", "-extensions", "py",
         str(ROOT / "annotator" / "gui"), "-ts", str(fresh)],
        check=True,
    )  # fmt: skip
    extracted, still_unfinished = _messages(fresh)
    assert extracted == committed  # nothing new, nothing vanished
    assert still_unfinished == []


def _left(widget: QWidget) -> int:
    return widget.mapToGlobal(QPoint(0, 0)).x()


def test_layout_is_mirrored_in_arabic(make_window, qapp) -> None:
    english = make_window()
    assert _left(english.documents_dock) < _left(english.palette_dock)
    i18n.apply("ar")
    try:
        arabic = make_window()
        assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert _left(arabic.documents_dock) > _left(arabic.palette_dock)
        assert _left(arabic.documents.table) > _left(arabic.palette_widget)
        assert arabic.menuBar().actions()[0].text() == "&ملف"
        assert isinstance(arabic.palette_widget.list, QListWidget)
    finally:
        i18n.apply("en")
        QLocale.setDefault(QLocale.system())


def test_names_keep_their_direction_in_arabic(arabic, make_window) -> None:
    window = make_window()
    hotkey = next(a for a in window.actions_.hotkeys if ":" in a.text())
    assert "\u2068" in hotkey.text() and "\u2069" in hotkey.text()


def test_language_switch_retranslates_the_open_window(make_window, qapp) -> None:
    from annotator.database_choice import window_parser

    window = make_window()
    window.open_document(window.documents_model.all_documents()[0].id)
    assert _left(window.documents_dock) < _left(window.palette_dock)
    try:
        window.actions_.languages["ar"].trigger()  # View > Language > العربية
        qapp.processEvents()
        assert i18n.chosen() == "ar"
        assert window.menuBar().actions()[0].text() == "&ملف"
        assert window.documents_dock.windowTitle() == "المستندات"
        assert _left(window.documents_dock) > _left(window.palette_dock)
        data = _data(window)
        assert [(w, t) for w, t in _texts(window) if t and _untranslated(t, data)] == []
        assert window.actions_.undo in window.menuBar().actions()[1].menu().actions()
    finally:
        window.actions_.languages["en"].trigger()
        qapp.processEvents()
        QLocale.setDefault(QLocale.system())
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.documents_dock.windowTitle() == "Documents"
    assert _left(window.documents_dock) < _left(window.palette_dock)
    assert window_parser().parse_args(["--lang", "ar"]).lang == "ar"


@pytest.mark.skipif(
    not Path(sys.executable).with_name("pyside6-lrelease").exists(),
    reason="pyside6-lrelease is not installed",
)
def test_an_unbuilt_install_compiles_the_catalogue_once(tmp_path: Path, monkeypatch) -> None:
    """A tree whose .ts was never built (pip install of a fresh checkout): the first
    start compiles it into the user cache, a .qm a QTranslator loads."""
    from PySide6.QtCore import QTranslator

    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(TS, folder / TS.name)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    compiled = i18n.compiled_catalogue("ar")
    assert compiled is not None and compiled.is_file()
    assert compiled.parent != folder and not (folder / "annotator_ar.qm").exists()
    translator = QTranslator()
    assert translator.load(str(compiled))
    assert translator.translate("Menus", "&File") == "&ملف"
    assert i18n.compiled_catalogue("ar") == compiled  # not compiled again
