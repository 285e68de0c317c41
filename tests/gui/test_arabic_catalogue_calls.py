"""Messages that pyside6-lupdate files under another key than the one looked up at run time.

- lupdate makes a message plural only for ``self.tr(source, "", n)``; a
  ``QCoreApplication.translate`` call given the count finds no translation.
- lupdate takes ``obj.tr(...)``'s context from the variable's name (``view``), while Qt
  looks it up under the object's class (``ArticleView``).

Either way the Arabic window shows English. These tests drive such messages in the Arabic
window and keep the calls out of the package.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import type_text
from PySide6.QtCore import Qt

GUI = Path(__file__).resolve().parents[2] / "annotator" / "gui"
ARABIC = re.compile("[\u0600-\u06ff]")


def _counted_translate_calls(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == "translate" and (
            len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords)
        ):
            lines.append(node.lineno)
    return lines


def _tr_calls_on_other_objects(tree: ast.AST) -> list[int]:
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "tr"
        and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")
    ]


def test_tr_is_called_only_on_self() -> None:
    found = []
    for path in sorted(GUI.rglob("*.py")):
        lines = _tr_calls_on_other_objects(ast.parse(path.read_text(encoding="utf-8")))
        found += [f"{path.relative_to(GUI)}:{line}" for line in lines]
    assert found == [], "obj.tr() is filed under the variable's name: " + ", ".join(found)


def test_the_check_finds_tr_on_another_object() -> None:
    tree = ast.parse('a = self.tr("x")\nb = view.tr("y")\n')
    assert _tr_calls_on_other_objects(tree) == [2]


def test_no_translate_call_is_given_a_count() -> None:
    found = []
    for path in sorted(GUI.rglob("*.py")):
        lines = _counted_translate_calls(ast.parse(path.read_text(encoding="utf-8")))
        found += [f"{path.relative_to(GUI)}:{line}" for line in lines]
    assert found == [], "translate(..., n) finds no translation; use i18n.counted: " + ", ".join(
        found
    )


def test_the_check_finds_a_counted_call() -> None:
    tree = ast.parse('x = QCoreApplication.translate("c", "%n span(s)", "", 3)\n')
    assert _counted_translate_calls(tree) == [1]


def test_label_all_reports_in_arabic(qtbot, arabic, make_window) -> None:
    window = make_window()
    text = "زارت روسيا وفدا. ثم عاد وفد من روسيا، ولروسيا حدود."
    info = window.store.add_document("counts", text)
    window.reload()
    window.open_document(info.id)
    first = text.index("روسيا")
    assert window.label_range(first, first + len("روسيا"), "LOC")
    window.show_search()
    type_text(window.search_bar.edit, "روسيا")
    window.palette_widget.set_current("LOC")
    qtbot.mouseClick(window.search_bar.label_all, Qt.MouseButton.LeftButton)
    message = window.statusBar().currentMessage()
    assert ARABIC.search(message), message
    assert "Labelled" not in message
    assert "2" in message  # the two new ones
    assert "%n" not in message
    undo_text = window.undo_stack().text(window.undo_stack().count() - 1)
    assert ARABIC.search(undo_text) and "%n" not in undo_text and "2" in undo_text


def test_import_summary_counts_in_arabic(arabic) -> None:
    from annotator.gui.dialogs.import_job import ImportSummary
    from annotator.store.types import ImportReport

    report = ImportReport(documents_created=7, documents_merged=0, spans_added=12)
    text = ImportSummary(report).text()
    assert "created" not in text and "added" not in text, text
    assert "7" in text and "12" in text and "%n" not in text


def test_keyboard_notices_are_arabic(qtbot, arabic, make_window) -> None:
    window = make_window()
    info = window.store.add_document("keys", "زار الوفد روسيا أمس وعاد اليوم.")
    window.reload()
    window.open_document(info.id)
    view = window.article_view
    view.setFocus()
    notices: list[str] = []
    view.notice.connect(notices.append)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # no label: moves to the next label or says so
    assert notices, "no notice was shown"
    for notice in notices:
        assert ARABIC.search(notice), notice
