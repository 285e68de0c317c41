"""Render the window with notes and flags to a PNG: flagged spans with their marker, the
entity list's note column, and the document list with titles, a flagged document and
the text filter at work.

xvfb-run -a -s "-screen 0 1400x900x24" python -m annotator.gui.screenshot_flags docs/flags.png
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

# In the first paragraph of seed 000: (text, label, note, flagged).
SPANS = (
    ("كيم جونغ أون", "PERS", "", False),
    ("روسيا", "LOC", "", False),
    ("فلاديمير بوتين", "PERS", "", False),
    ("الكوري الشمالي", "MISC", "Nationality or the state? Ask the guidelines.", True),
    ("الزعيمان", "PERS", "Two people in one span: keep?", True),
)
FILTER = "جونج"  # a spelling two of the five articles use


def _span_id(window: MainWindow, offset: int) -> int:
    span = window.article_view.span_at(offset)
    assert span is not None, "the span was not labelled"
    return span.id


def _label(window: MainWindow, text: str) -> None:
    from annotator.gui import notes

    for needle, label, note, flagged in SPANS:
        start = text.index(needle)
        window.label_range(start, start + len(needle), label)
        span_id = _span_id(window, start)
        if note:
            notes.edit_span_note(window, span_id, ask=lambda *_args, n=note: n)
        if flagged:
            notes.toggle_span_flag(window, span_id)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/flags.png").resolve()
    from annotator.gui import notes
    from annotator.gui.screenshot import sample_window

    app, window = sample_window()
    window.show()
    _label(window, window.article_view.text())
    notes.toggle_document_flag(window)
    notes.edit_document_note(window, ask=lambda *_args: "Mixed spellings of the names.")
    window.step_document(1)
    notes.edit_document_note(window, ask=lambda *_args: "Check the quotes.")
    window.step_document(-1)
    window.documents.text_filter.setText(FILTER)
    deadline = time.monotonic() + 20
    while (window.documents.search.busy() or not window.documents.details_ready()) and (
        time.monotonic() < deadline
    ):
        app.processEvents()
        time.sleep(0.01)
    window.select_span(_span_id(window, window.article_view.text().index("الزعيمان")))
    for _ in range(5):
        app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(out))
    window.close()
    window.store.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
