"""Text labels in the Arabic interface start at the right, Latin ones too.

A QLabel aligns plain text by the text's own direction: in the right-to-left window the
Guidelines dock's title sat at the right for "لم يُختر وسم" and jumped to the left edge
for the label name "PERS", and the About box's values (version, path) sat at the far
left of their column, away from their names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel


def _text_right_edge(label: QLabel) -> int:
    """The x (in the label) of the rightmost painted text pixel, from a grab."""
    QApplication.processEvents()
    image = label.grab().toImage()
    ratio = image.width() / max(1, label.width())
    background = image.pixelColor(0, 0)
    for x in range(image.width() - 1, -1, -1):
        if any(image.pixelColor(x, y) != background for y in range(image.height())):
            return int(x / ratio)
    return -1


def _starts_at_the_right(label: QLabel) -> bool:
    return _text_right_edge(label) >= label.contentsRect().right() - 8


def test_the_guidelines_title_of_a_latin_label_is_at_the_right(arabic, make_window) -> None:
    window = make_window()
    panel = window.guidelines_panel
    panel.show_label("PERS")
    title = panel.label_title
    title.resize(300, title.height())
    assert title.text() == "PERS"
    assert _starts_at_the_right(title), (_text_right_edge(title), title.contentsRect())


def test_about_values_sit_beside_their_names(arabic, qtbot, store) -> None:
    from annotator.gui.dialogs.about import AboutDialog

    dialog = AboutDialog(None, store)
    qtbot.addWidget(dialog)
    dialog.show()
    for key in ("version", "database", "schema_version", "qt", "python"):
        value = dialog.findChild(QLabel, key)
        assert value.width() > value.fontMetrics().horizontalAdvance(value.text()) or key == "qt"
        assert _starts_at_the_right(value), key  # beside its name, not across the column


def test_latin_labels_start_at_the_left_in_english(qtbot) -> None:
    from annotator.gui.plain_text import plain_label

    label = plain_label("PERS")
    qtbot.addWidget(label)
    label.resize(300, 30)
    label.show()
    assert not _starts_at_the_right(label)
    label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert _starts_at_the_right(label), (
        _text_right_edge(label),
        label.contentsRect(),
        label.alignment(),
    )
