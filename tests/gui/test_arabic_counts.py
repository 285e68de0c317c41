"""Counts in the Arabic interface read right for 1, 2, 3–10 and 11 or more: a noun after
a number takes the dual for 2, the plural for 3–10 and the singular accusative from 11,
so a message either has a form per count or is worded to fit any count."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from annotator.formats.export import ExportResult
from annotator.gui.dialogs.export_dialog import execute_export
from annotator.gui.dialogs.progress import Outcome


def test_export_report_counts_documents_right_in_arabic(arabic, store: Any) -> None:
    reports: list[str] = []
    counts = [2, 3, 11]

    def runner(parent: Any, title: str, job: Any) -> Outcome:
        count = counts[len(reports)]
        result = ExportResult(layer="amal", documents=count, spans=count)
        result.files.append(Path("out.conll"))
        return Outcome(result=result)

    def report(parent: Any, title: str, message: str, is_error: bool) -> None:
        reports.append(message)

    for _count in counts:
        assert execute_export(None, store, None, runner=runner, report=report)  # type: ignore[arg-type]
    # A bare "مستند" after a number is the form for 100 and more: 2 needs the dual,
    # 3–10 the plural, 11–99 the accusative.
    for count, message in zip(counts, reports, strict=True):
        assert not re.search(f"{count} مستند(?![\u0621-\u0652])", message), message
        assert str(count) in message


def test_assistant_age_counts_days_right_in_arabic(arabic, qtbot) -> None:
    from annotator.gui.assistant_panel import AssistantStatus

    status = AssistantStatus()
    qtbot.addWidget(status)
    day = 86400
    assert status.age_text(1 * day + 5) == "قبل يوم"
    assert status.age_text(2 * day + 5) == "قبل يومين"
    assert status.age_text(3 * day + 5) == "قبل 3 أيام"
    assert status.age_text(11 * day + 5) == "قبل 11 يومًا"
    assert status.age_text(100 * day + 5) == "قبل 100 يوم"


def test_fleiss_kappa_counts_layers_right_in_arabic(arabic, qtbot, store: Any) -> None:
    from types import SimpleNamespace

    from annotator.gui.agreement_view import AgreementDialog

    dialog = AgreementDialog(store, None)
    qtbot.addWidget(dialog)
    for count in (3, 11):
        layers = [f"layer{i}" for i in range(count)]
        report = SimpleNamespace(
            layers=layers, documents=[], pairs=[], fleiss_kappa=0.5,
            fleiss_documents=4, fleiss_tokens=120,
        )  # fmt: skip
        dialog._show_report(report)  # type: ignore[arg-type]
        text = dialog.fleiss.text()
        assert str(count) in text
        # "11 طبقات" is the plural of 3–10: 11 and more take the singular accusative.
        assert not (count >= 11 and re.search(f"{count} طبقات", text)), text


def test_numbers_use_one_set_of_digits_in_arabic(arabic, make_window) -> None:
    """The window's own messages write 0–9 ("المنجز 0 من 5", "F1 0.71"); numbers Qt
    draws from the locale (the document list's span counts, spin boxes) were Arabic-Indic
    (٠، ٥) beside them."""
    from PySide6.QtCore import QLocale

    window = make_window()
    model = window.documents_model
    shown = set()
    for column in range(model.columnCount()):
        value = model.data(model.index(0, column))
        if isinstance(value, int):
            shown.add(window.documents_table.itemDelegate().displayText(value, QLocale()))
    assert shown and all(text.isascii() for text in shown), shown
    assert QLocale().toString(12.5) == "12.5"
    assert QLocale().language() == QLocale.Language.Arabic
