"""Qt's file dialog in the Arabic interface (File > Open database…, Import, Export).

Qt's own Arabic catalogue predates two labels of this Qt's file dialog ("&Look in:",
"Files of &type:"), which stayed English in an otherwise Arabic dialog."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QFileDialog, QLabel

ARABIC = re.compile("[\u0621-\u064a]")


def test_the_file_dialog_labels_are_arabic(arabic, qtbot) -> None:
    dialog = QFileDialog(None)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    texts = {
        name: dialog.findChild(QLabel, name).text()
        for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")
    }
    assert all(ARABIC.search(t) and not re.search("[A-Za-z]", t) for t in texts.values()), texts


def test_the_import_dialog_lists_paths_left_to_right(arabic, qtbot, tmp_path) -> None:
    """A path is written left to right: laid out right to left, "/tmp/a/bad.conll" read
    "tmp/a/bad.conll/" in the Arabic Import dialog's file list."""
    from PySide6.QtCore import Qt

    from annotator.gui.dialogs.import_dialog import ImportDialog
    from annotator.store import Store

    store = Store.open(tmp_path / "p.db")
    dialog = ImportDialog(store, None, paths=[tmp_path / "bad.conll"])
    qtbot.addWidget(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.path_list.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.paths() == [tmp_path / "bad.conll"]
    store.close()
