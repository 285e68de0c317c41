"""Qt's own strings that Qt's Arabic catalogue (``qtbase_ar.qm``) lacks for this Qt.

Qt's file dialog names its labels "&Look in:" and "Files of &type:"; the ``qtbase_ar``
shipped with PySide6 has only the older "Look in:" and "Files of type:", so those two
stayed English in the Arabic file dialog. They are marked here, under Qt's context, so
that ``pyside6-lupdate`` keeps them in the application's catalogue, which is searched
before Qt's (:func:`annotator.gui.i18n.apply`). Nothing imports this table at run time.
"""

from __future__ import annotations

from annotator.gui.i18n import QT_TRANSLATE_NOOP

QT_FILE_DIALOG: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
