"""An Arabic message that begins with a quoted path or URL reads right to left.

The window wraps a path inside an Arabic sentence in FSI ... PDI, so by the Unicode rule
the sentence's first strong letter is Arabic; Qt's text document (which lays out a
message box's text) takes the first strong letter inside the isolate instead, so
``postgresql://…: عنوان PostgreSQL مشوّه`` was laid out left to right and its Arabic words
came out in the reverse order."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument, QTextLayout
from PySide6.QtWidgets import QLabel, QMessageBox

ARABIC = re.compile("[\u0600-\u06ff]")


def _directions(text: str) -> list[Qt.LayoutDirection]:
    """The direction Qt lays out each line of ``text`` in, as a message box does."""
    document = QTextDocument()
    document.setPlainText(text)
    block = document.firstBlock()
    directions = []
    while block.isValid():
        if ARABIC.search(block.text()):
            directions.append(block.textDirection())
        block = block.next()
    return directions


def test_a_refused_server_url_reads_right_to_left(arabic, make_window, monkeypatch) -> None:
    from annotator.gui.dialogs import database

    window = make_window()
    url = "postgresql://u@127.0.0.1:99999/db"
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        texts = [label.text() for label in box.findChildren(QLabel) if label.text()]
        shown.extend(text for text in texts if ARABIC.search(text) and url in text)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(database.plain_text, "ask_text", lambda *_a, **_k: url)
    database.open_server(window)
    assert shown, "no Arabic message naming the URL was shown"
    directions = _directions(shown[0])
    assert directions
    assert set(directions) == {Qt.LayoutDirection.RightToLeft}, shown[0]


def test_an_english_message_quoting_a_path_stays_left_to_right(make_window, monkeypatch) -> None:
    from annotator.gui import plain_text

    window = make_window()
    texts: list[str] = []

    def exec_(box: QMessageBox) -> int:
        texts.append(box.text())
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    plain_text.critical(window, "x", "/tmp/ملف.txt: cannot be read")
    assert texts == ["/tmp/ملف.txt: cannot be read"]


def _reads_right_to_left(text: str) -> bool:
    """Whether Qt lays ``text`` out right to left with no direction given (as the status
    bar draws its message): the cursor before the first character is at the right."""
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    return line.cursorToX(0)[0] > line.cursorToX(len(text))[0]


def test_a_labelled_span_is_announced_right_to_left(arabic, make_window) -> None:
    """Labelling says "PERS: الزعيم …" in the status bar; both parts are isolated, so the
    message has no strong letter of its own and was drawn left to right, the label name
    at the end of the Arabic sentence."""
    window = make_window()
    text = window.article_view.text()
    start = text.index("كيم")
    end = start + len("كيم")
    assert window.label_range(start, end, "PERS")
    message = window.statusBar().currentMessage()
    assert "PERS" in message and "كيم" in message
    assert _reads_right_to_left(message), message


def test_the_english_window_announces_left_to_right(make_window) -> None:
    window = make_window()
    text = window.article_view.text()
    start = text.index("كيم")
    assert window.label_range(start, start + len("كيم"), "PERS")
    assert not _reads_right_to_left(window.statusBar().currentMessage())
