"""The import dialog's summary of a second import of the same file: nothing added, and
how many spans were already there (in English and in Arabic)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from annotator.gui.dialogs.import_dialog import execute_import
from annotator.gui.dialogs.import_job import ImportRequest, ImportSummary
from annotator.store.types import ImportReport

CONLL = "محمد\tB-PER\nفي\tO\nالقاهرة\tB-LOC\n.\tO\n\nوزار\tO\nبوتين\tB-PER\n\n"
ARABIC = re.compile("[\u0600-\u06ff]")


class Reports:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str, bool]] = []

    def __call__(self, parent: Any, title: str, message: str, is_error: bool) -> None:
        self.calls.append((title, message, is_error))


def test_the_dialog_says_the_spans_were_already_there(qtbot, store: Any, tmp_path: Path) -> None:
    store.apply_preset("conll2003")
    path = tmp_path / "news.conll"
    path.write_text(CONLL, encoding="utf-8")
    request = ImportRequest([path], annotator="alice")
    reports = Reports()
    assert execute_import(None, store, request, report=reports)
    assert execute_import(None, store, request, report=reports)
    (first_title, first, _), (title, again, is_error) = reports.calls
    assert first_title == title == "Import finished" and not is_error
    assert first.startswith("1 document created, 0 merged, 3 spans added.\n")
    assert "already there" not in first
    assert again.startswith(
        "0 documents created, 1 merged, 0 spans added, 3 spans already there.\n"
    )
    (doc,) = store.documents()
    assert len(store.spans_for(doc.id, "alice")) == 3


def test_the_summary_says_so_in_arabic(arabic) -> None:
    report = ImportReport(documents_merged=2, spans_added=0, spans_already_there=17)
    text = ImportSummary(report).text()
    assert "already" not in text and "%n" not in text, text
    assert "17" in text and ARABIC.search(text)
    plain = ImportSummary(ImportReport(documents_merged=2, spans_added=5)).text()
    assert plain.count("،") == text.count("،") - 1  # one part fewer without it


def test_the_summary_counts_one_in_the_singular(qapp) -> None:
    one = ImportReport(documents_created=1, spans_added=1, spans_already_there=1)
    two = ImportReport(documents_created=2, spans_added=2, spans_already_there=2)
    assert (
        ImportSummary(one)
        .text()
        .startswith("1 document created, 0 merged, 1 span added, 1 span already there.\n")
    )
    assert (
        ImportSummary(two)
        .text()
        .startswith("2 documents created, 0 merged, 2 spans added, 2 spans already there.\n")
    )


def test_the_summary_words_the_import_notes_in_arabic(arabic) -> None:
    from annotator.formats.common import ImportNotes
    from annotator.formats.import_report import PathsReport

    notes = ImportNotes(repairs={"i_began_entity": 3}, whitespace_tokens=2)
    text = ImportSummary(PathsReport(documents_created=1, notes=notes)).text()
    assert "repaired" not in text and "whitespace" not in text, text
    assert ARABIC.search(text.splitlines()[-1]) and "3" in text, text
