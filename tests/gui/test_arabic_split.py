"""A split the export dialog cannot use is refused in the window's language: the Arabic
dialog showed the command line's English ("--split '0/0/0': expected two or three
non-negative numbers")."""

from __future__ import annotations

from typing import Any

import pytest

CASES = ["0/0/0", "80/10/10/5", "80/-10/30", "a/b"]


def _refusal(store: Any, qtbot: Any, value: str) -> str:
    from annotator.gui.dialogs.export_dialog import ExportDialog

    doc = store.add_document("one", "زار محمد القاهرة")
    store.add_label("PER")
    store.add_span(doc.id, "amal", 4, 8, "PER")
    dialog = ExportDialog(store, None)
    qtbot.addWidget(dialog)
    dialog.output_edit.setText("/nonexistent/out")
    dialog.split_box.setChecked(True)
    dialog.split_edit.setText(value)
    dialog._accept_if_valid()
    return dialog.message.text()


@pytest.mark.parametrize("value", CASES)
def test_a_split_that_is_none_is_refused_in_arabic(arabic, qtbot, store: Any, value: str) -> None:
    shown = _refusal(store, qtbot, value)
    assert value in shown and "--split" not in shown, shown
    assert any("\u0600" <= c <= "\u06ff" for c in shown), shown


def test_the_english_dialog_keeps_the_command_line_s_words(qapp, qtbot, store: Any) -> None:
    from annotator.formats.export import parse_split

    with pytest.raises(ValueError) as info:
        parse_split("0/0/0")
    assert _refusal(store, qtbot, "0/0/0") == str(info.value)
