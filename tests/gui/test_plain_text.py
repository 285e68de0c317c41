"""User data is never interpreted as markup: labels, annotators, documents and paths named
like HTML show literally in the window, its menus, dialogs, tooltips and message boxes.

Message and input dialogs are caught through a patched ``exec``; every widget of every
window and dialog is walked and what Qt would show is worked out from its text format
(a QLabel or QMessageBox in AutoText, and a tooltip, are rich text when
``Qt.mightBeRichText`` says so; menu entries lose a ``&``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import SEEDS
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QWidget,
)

from annotator.gui import settings as cfg
from annotator.store import Store

BOLD = "<b>BOLD</b>"  # a label name (label names hold no spaces)
AMP = "R&D"  # a label name: a menu would underline the D
EVE = "<h1>Eve</h1>"  # an annotator (layer) name
IMAGE = "<b>BOLD</b><img src=x>"  # a document name
PATHY = "<img src=x>"  # a folder and file name
SAMPLES = (IMAGE, BOLD, EVE, AMP, PATHY)


def rendered(text: str, rich: bool) -> str:
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def label_shows(text: str, fmt: Qt.TextFormat) -> str:
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    return rendered(text, rich)


def tooltip_shows(text: str) -> str:
    return rendered(text, GuiQt.mightBeRichText(text))


def menu_shows(text: str) -> str:
    shown, i = [], 0
    while i < len(text):
        if text[i] == "&" and i + 1 < len(text):
            i += 1  # "&&" shows "&"; "&x" shows x (underlined)
        shown.append(text[i])
        i += 1
    return "".join(shown)


class Screen:
    """Everything shown, as (where, raw text, what the user sees)."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str, str]] = []

    def add(self, where: str, raw: str, shown: str) -> None:
        if raw:
            self.items.append((where, raw, shown))

    def interpreted(self) -> list[str]:
        """Places where a sample was in the text but is not on screen as typed."""
        return [
            f"{where}: {raw!r} shows as {shown!r}"
            for where, raw, shown in self.items
            if any(sample in raw and sample not in shown for sample in SAMPLES)
        ]

    def text(self) -> str:
        return "\n".join(shown for _where, _raw, shown in self.items)

    def walk(self, widget: QWidget) -> None:
        for child in [widget, *widget.findChildren(QWidget)]:
            where = f"{type(child).__name__} {child.objectName()}"
            self.add(f"{where} tooltip", child.toolTip(), tooltip_shows(child.toolTip()))
            self.add(f"{where} title", child.windowTitle(), child.windowTitle())
            if isinstance(child, QLabel):
                self.add(where, child.text(), label_shows(child.text(), child.textFormat()))
            if isinstance(child, QMessageBox):
                self.add(where, child.text(), label_shows(child.text(), child.textFormat()))
            if isinstance(child, QAbstractButton):
                self.add(f"{where} button", child.text(), menu_shows(child.text()))
            if isinstance(child, QMenu):
                self.walk_actions(child.actions())
            if isinstance(child, QAbstractItemView) and child.model() is not None:
                self.walk_cells(where, child)
        self.walk_actions(widget.actions())

    def walk_actions(self, actions: list[QAction]) -> None:
        for action in actions:
            self.add("menu entry", action.text(), menu_shows(action.text()))
            self.add("menu tooltip", action.toolTip(), tooltip_shows(action.toolTip()))
            if action.menu() is not None:
                self.walk_actions(action.menu().actions())

    def walk_cells(self, where: str, view: QAbstractItemView) -> None:
        model = view.model()
        root = QModelIndex()
        try:
            columns = model.columnCount(root)
        except TypeError:  # a list model keeps columnCount() private: one column
            columns = 1
        for row in range(model.rowCount(root)):
            for column in range(columns):
                index = model.index(row, column)
                shown = model.data(index, Qt.ItemDataRole.DisplayRole)
                if isinstance(shown, str):
                    self.add(f"{where} cell", shown, shown)  # views paint plain text
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    self.add(f"{where} cell tooltip", tip, tooltip_shows(tip))


@pytest.fixture
def screen(monkeypatch: pytest.MonkeyPatch) -> Iterator[Screen]:
    """A Screen that also records every message box and input dialog as it is shown."""
    seen = Screen()

    def box_exec(box: QMessageBox) -> int:
        seen.walk(box)
        relabel = next((b for b in box.buttons() if b.text().startswith("Relabel")), None)
        if relabel is not None:
            relabel.click()  # the delete-label question: go on to the relabel prompt
            return 0
        return int(QMessageBox.StandardButton.Cancel)

    def input_exec(dialog: QInputDialog) -> int:
        seen.walk(dialog)
        seen.add("input value", dialog.textValue(), dialog.textValue())
        return int(QInputDialog.DialogCode.Rejected)

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QInputDialog, "exec", input_exec)
    yield seen


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    """A database file with a markup name, labels, layers and a document named like HTML,
    each layer with spans on it (so that every view has something to show)."""
    folder = tmp_path / PATHY  # (no "/" in a file name)
    folder.mkdir()
    path = folder / f"{PATHY}.annotator"
    text = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text(encoding="utf-8")
    with Store.open(path) as store:
        for name in (BOLD, AMP, "LOC"):
            store.add_label(name)
        doc = store.add_document(IMAGE, f"{BOLD} {text}")
        other = store.add_document("plain", "نص آخر")
        start = len(BOLD) + 1
        for layer, label in ((EVE, BOLD), ("ali", BOLD), ("badr", AMP)):
            store.add_span(doc.id, layer, start, start + 5, label)
            store.add_span(doc.id, layer, start + 10, start + 14, "LOC")
        store.set_status(other.id, "done", EVE)
    return path


def test_the_check_catches_interpreted_markup(qtbot: Any) -> None:
    label = QLabel(BOLD)
    qtbot.addWidget(label)
    seen = Screen()
    seen.walk(label)
    assert seen.interpreted()  # a plain QLabel guesses rich text: the check must say so
    label.setTextFormat(Qt.TextFormat.PlainText)
    seen = Screen()
    seen.walk(label)
    assert seen.interpreted() == []
    assert menu_shows(AMP) == "RD" and menu_shows("R&&D") == AMP


def test_window_menus_and_every_dialog_show_user_data_literally(
    qtbot: Any, hostile_db: Path, screen: Screen, tmp_path: Path
) -> None:
    from annotator.gui import retry
    from annotator.gui.adjudication import AdjudicationWindow
    from annotator.gui.agreement_view import AgreementDialog
    from annotator.gui.annotator_prompt import ask_name_dialog
    from annotator.gui.app import create_main_window
    from annotator.gui.crash import show_dialog
    from annotator.gui.dialogs.about import AboutDialog
    from annotator.gui.dialogs.export_dialog import ExportDialog
    from annotator.gui.dialogs.import_dialog import ImportDialog, execute_import
    from annotator.gui.dialogs.import_job import ImportRequest
    from annotator.gui.dialogs.labels_dialog import LabelSetDialog, ask_delete_choice

    cfg.set_value("annotator/name", EVE)
    window = create_main_window(str(hostile_db))
    qtbot.addWidget(window)
    window.show()
    doc = next(d.id for d in window.store.documents() if d.name == IMAGE)
    window.open_document(doc)
    (span,) = [s for s in window.session().spans.values() if s.label == BOLD]
    window.select_span(span.id)
    screen.walk(window)
    screen.walk(window.context_menu(span.id))
    window.article_view.set_selection((span.start, span.end))
    screen.walk(window.context_menu(None))

    labels = LabelSetDialog(window.store, window)
    qtbot.addWidget(labels)
    screen.walk(labels)
    assert ask_delete_choice(labels, BOLD, 3, [AMP, "LOC"]) is None  # walked, cancelled
    labels.delete_label(BOLD)  # the dialog's own question: walked and cancelled
    labels.add_label(BOLD)  # refused (it exists): the error box is walked
    bad = tmp_path / f"{PATHY}.conll"
    bad.write_text("a\tB-X\nb\n", encoding="utf-8")
    imports = ImportDialog(window.store, window, [bad])
    qtbot.addWidget(imports)
    screen.walk(imports)
    assert not execute_import(window, window.store, ImportRequest([bad]), runner=_direct)
    exports = ExportDialog(window.store, window, annotator=EVE)
    qtbot.addWidget(exports)
    screen.walk(exports)
    for dialog in (
        AboutDialog(window, window.store),
        AgreementDialog(window.store, window),
        AdjudicationWindow(window.store, doc, window),
        show_dialog(f"StoreError: label {BOLD!r} is refused", None, window),
    ):
        qtbot.addWidget(dialog)
        screen.walk(dialog)
    retry.ask_retry_dialog(window, f"lost connection to the database server: {EVE}")
    ask_name_dialog(window, EVE)  # the first-run name prompt, with a default
    window.close()
    window.store.close()

    assert screen.interpreted() == [], "\n".join(screen.interpreted())
    shown = screen.text()
    for name in (BOLD, AMP, EVE, IMAGE, f"{PATHY}.conll", f"{PATHY}/{PATHY}.annotator"):
        assert name in shown  # each really was on screen somewhere, literally
    assert "The label <b>BOLD</b> is used by 3 spans" in shown  # the delete question
    assert f"New label for the spans of {BOLD}:" in shown  # and its relabel prompt
    assert f"Annotator: {EVE}" in shown  # the status bar


def _direct(parent: Any, title: str, job: Any) -> Any:
    from annotator.gui.dialogs.progress import CancelToken, Outcome

    outcome = Outcome()
    try:
        outcome.result = job(lambda *_: None, CancelToken())
    except Exception as error:
        outcome.error = error
    return outcome


def test_the_progress_dialog_shows_file_names_literally(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QProgressDialog

    from annotator.gui.dialogs.progress import run_with_progress

    seen = Screen()
    set_label_text = QProgressDialog.setLabelText

    def record(dialog: QProgressDialog, text: str) -> None:
        set_label_text(dialog, text)
        seen.walk(dialog)  # in the GUI thread, as the message arrives

    monkeypatch.setattr(QProgressDialog, "setLabelText", record)

    def job(progress: Any, cancel: Any) -> None:
        progress(0, 2, f"Importing {IMAGE}.txt (1 of 2)…")

    assert run_with_progress(None, "Importing", job, minimum_duration_ms=0).ok
    assert f"Importing {IMAGE}.txt (1 of 2)…" in seen.text()
    assert seen.interpreted() == []


def test_no_module_calls_the_static_dialog_helpers() -> None:
    """Message boxes and input dialogs go through annotator.gui.plain_text (plain text,
    the direction of right-to-left prompts): Qt's static helpers skip both."""
    import ast

    import annotator.gui

    static = {"getText", "getItem", "getInt", "getDouble", "getMultiLineText"}
    static |= {"critical", "warning", "information", "question", "about"}
    root = Path(annotator.gui.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.name == "plain_text.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in static
                and isinstance(node.value, ast.Name)
                and node.value.id in ("QInputDialog", "QMessageBox")
            ):
                found.append(f"{path.relative_to(root)}:{node.lineno} {node.value.id}.{node.attr}")
    assert found == []
