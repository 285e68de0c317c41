"""The first-run name question wears the theme; the entity list elides long text and
shows all of it, literally, in a tooltip."""

from __future__ import annotations

from conftest import drive_modals
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QToolTip

from annotator.gui import annotator_prompt
from annotator.gui import settings as cfg
from annotator.gui.plain_text import tooltip
from annotator.gui.theme import apply_theme


def _lightness(widget) -> float:
    return widget.palette().window().color().lightnessF()


def test_the_first_run_question_is_asked_in_the_chosen_theme(qtbot, monkeypatch) -> None:
    apply_theme("light")  # what a previous start (or Qt's default) left
    cfg.set_value("view/theme", "dark")
    monkeypatch.setattr(annotator_prompt, "can_ask", lambda: True)  # a real display
    seen: dict[str, float] = {}

    def answer(question) -> None:
        seen["lightness"] = _lightness(question)
        seen["sheet"] = len(QApplication.instance().styleSheet())
        line = question.findChild(QLineEdit)
        line.selectAll()
        qtbot.keyClicks(line, "Salma")
        question.accept()

    names: list[str] = []
    drive_modals(lambda: names.append(annotator_prompt.first_run_name()), answer)
    assert names == ["Salma"]
    assert cfg.get_str("annotator/name") == "Salma"
    assert seen["lightness"] < 0.4  # dark, as the window will be
    assert seen["sheet"] > 0
    apply_theme("light")


def test_a_saved_name_is_not_asked_for_again(qtbot, monkeypatch) -> None:
    cfg.set_value("annotator/name", "Salma")
    monkeypatch.setattr(annotator_prompt, "can_ask", lambda: True)
    monkeypatch.setattr(annotator_prompt, "ask_name_dialog", lambda *_: "never asked")
    assert annotator_prompt.first_run_name() == "Salma"


def test_long_entity_text_is_elided_and_shown_whole_in_its_tooltip(qtbot, window) -> None:
    text = window.article_view.text()
    start = text.index("ذكر مسؤولون")
    end = text.index("\n")  # the whole first paragraph, one long span
    assert window.label_range(start, end, "MISC")
    table, model = window.entities_table, window.entities_model
    window.entities_dock.resize(260, 300)
    index = model.index(0, 1)
    rect = table.visualRect(index)
    shown = model.data(index)
    assert table.fontMetrics().horizontalAdvance(shown) > rect.width()  # it must elide
    assert not table.wordWrap()
    assert table.textElideMode() != Qt.TextElideMode.ElideNone
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == tooltip(text[start:end])
    where = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, where, table.viewport().mapToGlobal(where))
    QApplication.sendEvent(table.viewport(), event)
    assert QToolTip.text() == tooltip(text[start:end])
    QToolTip.hideText()


def test_an_entity_tooltip_shows_markup_literally(qtbot, window) -> None:
    doc = window.store.add_document("markup", "قال <b>بوتين</b> &amp; غادر")
    window.reload()
    window.open_document(doc.id)
    text = window.article_view.text()
    start = text.index("<b>")
    end = text.index("</b>") + 4
    assert window.label_range(start, end, "PERS")
    tip = window.entities_model.data(window.entities_model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip == "<qt>&lt;b&gt;بوتين&lt;/b&gt;</qt>"
