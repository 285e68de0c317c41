"""Render the main window on a labelled seed article in the dark theme to a PNG.

xvfb-run -a -s "-screen 0 1400x900x24" python -m annotator.gui.screenshot docs/screenshot.png
(``--lang ar`` after the path: the Arabic interface, docs/screenshot-ar.png)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from annotator.gui.main_window import MainWindow

# Spans in the closing paragraphs of seed 000, in text order: whole names, names inside
# clitic tokens (وكالة in لوكالة, البيت in بالبيت, كوريا in لكوريا, روسيا in لروسيا) and a
# nested pair (a council whose name contains a place).
FROM = "وشوهد بوتين"
ENTITIES = (
    ("بوتين", "PERS"),
    ("فلاديفوستوك", "LOC"),
    ("روسيا", "LOC"),
    ("وكالة تاس", "ORG"),
    ("الكرملين", "ORG"),
    ("ديمتري بيسكوف", "PERS"),
    ("مجلس الأمن القومي بالبيت الأبيض", "ORG"),
    ("البيت الأبيض", "LOC"),
    ("أدريان واتسون", "PERS"),
    ("كوريا الشمالية", "LOC"),
    ("كيم جونغ أون", "PERS"),
    ("جمهورية كوريا الشعبية الديمقراطية", "LOC"),
    ("بيونغ يانغ", "LOC"),
    ("روسيا”", "LOC"),
    ("وزارة الخارجية", "ORG"),
    ("ماثيو ميلر", "PERS"),
    ("الولايات المتحدة", "LOC"),
)


def sample_window(
    *, policy: str | None = None, lang: str | None = None
) -> tuple[QApplication, MainWindow]:
    """A main window on the sample articles (anercorp labels) in a fresh temporary
    folder and settings: dark theme, annotator "amina", 1400x860, the document list wide
    enough for its title column. Not shown yet."""
    work = Path(tempfile.mkdtemp(prefix="annotator-shot-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    from annotator.gui import settings as cfg
    from annotator.gui.app import create_main_window, ensure_app
    from annotator.samples import load_samples
    from annotator.store import Store

    db = work / "shot.annotator"
    with Store.open(db) as store:
        store.apply_preset("anercorp")
        if policy is not None:
            store.set_policy(policy)
        load_samples(store)
    cfg.set_value("view/theme", "dark")
    cfg.set_value("annotator/name", "amina")
    app = ensure_app()
    if lang:
        from annotator.gui import i18n

        i18n.apply(lang)
    window = create_main_window(str(db))
    window.resize(1400, 860)
    window.resizeDocks([window.documents_dock], [430], Qt.Orientation.Horizontal)
    return app, window


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    lang = args[args.index("--lang") + 1] if "--lang" in args[:-1] else None
    args = [a for a in args if a not in ("--lang", lang)]
    out = Path(args[0] if args else "docs/screenshot.png").resolve()
    app, window = sample_window(policy="nested", lang=lang)
    text = window.article_view.text()
    position = text.index(FROM)
    for needle, label in ENTITIES:
        start = text.index(needle, position)
        end = start + len(needle.rstrip("”"))
        window.label_range(start, end, label)
        position = start + 1
    window.mark_done()
    window.step_document(-1)
    window.palette_widget.set_current("LOC")
    window.show()
    for _ in range(5):
        app.processEvents()
    view = window.article_view
    view.verticalScrollBar().setValue(0)
    view.scroll_to(text.index(FROM))
    for _ in range(3):
        view.viewport().repaint()
        line_top = view.char_rect(text.index(FROM)).top()
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + int(line_top) - 30)
    for _ in range(5):
        app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(out))
    window.close()
    window.store.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
