"""The assistant's window parts on their own: the worker thread, the status area, the
settings."""

from __future__ import annotations

import re
import threading
import time
from datetime import UTC, datetime, timedelta

from annotator.gui import i18n
from annotator.gui import settings as cfg
from annotator.gui.assistant_panel import AssistantStatus, age_seconds
from annotator.gui.background import Background
from annotator.suggest.model import TrainingInfo
from annotator.suggest.shown import ACCEPT_ALL_THRESHOLD

LATIN = re.compile(r"[A-Za-z]")


def test_jobs_run_off_the_gui_thread_and_report_on_it(qtbot) -> None:
    background = Background()
    ran_on, reported_on, results, errors = [], [], [], []

    def job() -> int:
        ran_on.append(threading.current_thread())
        return 42

    def done(value: int) -> None:
        reported_on.append(threading.current_thread())
        results.append(value)

    background.submit(job, done, errors.append)
    background.submit(lambda: 1 / 0, results.append, errors.append)
    qtbot.waitUntil(lambda: len(results) + len(errors) == 2, timeout=5000)
    assert results == [42] and isinstance(errors[0], ZeroDivisionError)
    assert ran_on[0] is not threading.main_thread()
    assert reported_on == [threading.main_thread()]
    assert not background.busy()
    background.close()


def test_closing_drops_queued_jobs_and_runs_the_last_one(qtbot) -> None:
    background = Background()
    started, finished, delivered = threading.Event(), [], []

    def slow() -> str:
        started.set()
        time.sleep(0.2)
        return "slow"

    background.submit(slow, delivered.append)
    background.submit(lambda: finished.append("queued") or "queued", delivered.append)
    assert started.wait(5)
    background.close(last=lambda: finished.append("last"))
    assert finished == ["last"]  # the queued job never ran; the last one did
    qtbot.wait(50)
    assert delivered == []  # nothing is delivered after closing
    background.submit(lambda: "again", delivered.append)  # a new thread after closing
    qtbot.waitUntil(lambda: delivered == ["again"], timeout=5000)
    background.close()


def test_status_area_texts(qtbot) -> None:
    status = AssistantStatus()
    qtbot.addWidget(status)
    assert status.text() == "Assistant: no model yet"
    now = datetime.now(UTC).replace(tzinfo=None)  # naive UTC, as stored
    created = now - timedelta(seconds=4)
    info = TrainingInfo(layers=["amal"], entities=812, f1=0.7149, documents=40)
    status.set_model(3, info, created)
    assert status.text() in (
        f"trained on 812 entities · F1 0.71 (held out) · {n} s ago" for n in (4, 5, 6)
    )
    assert "Model 3: 40 documents" in status.label.toolTip()
    info.f1 = None
    status.set_model(3, info, created)
    assert "too few sentences for F1" in status.text()
    info.crf = False
    status.set_model(3, info, created)
    assert "memory only" in status.text()
    status.training("features", 3, 10)
    assert status.text() == "Assistant training: features…" and status.bar.value() == 3
    status.failed("nothing to learn from")  # the model in use stays shown
    assert "memory only" in status.text()
    assert status.label.toolTip() == "nothing to learn from"
    status.trained()
    assert status.text().startswith("trained on 812 entities")
    assert [status.age_text(s) for s in (59, 61, 7200, 200000)] == [
        "59 s ago",
        "1 min ago",
        "2 h ago",
        "2 days ago",
    ]
    assert age_seconds(now + timedelta(seconds=30), now) == 0.0  # a clock ahead: never < 0


def test_threshold_setting_falls_back_to_the_default() -> None:
    assert cfg.accept_threshold() == ACCEPT_ALL_THRESHOLD
    cfg.set_accept_threshold(0.93)
    assert cfg.accept_threshold() == 0.93
    for bad in ("nan", "2", "-1", "high"):
        cfg.set_value(cfg.ACCEPT_THRESHOLD, bad)
        assert cfg.accept_threshold() == ACCEPT_ALL_THRESHOLD, bad
    assert cfg.suggestions_shown() is True
    cfg.set_suggestions_shown(False)
    assert cfg.suggestions_shown() is False


def test_failed_training_keeps_the_model_in_use_shown(qtbot) -> None:
    """A retraining that fails (nothing to learn from the done documents, say) leaves the
    loaded model in use: the status area goes on saying what it is, the reason in its
    tooltip; "not trained yet" is for a window without a model."""
    status = AssistantStatus()
    qtbot.addWidget(status)
    status.failed("nothing to learn from")
    assert status.text() == "Assistant not trained yet"
    created = datetime.now(UTC).replace(tzinfo=None)
    status.set_model(1, TrainingInfo(layers=["amal"], entities=2312, f1=0.69), created)
    status.training("reading", 0, 1)
    status.failed("nothing to learn from")
    assert status.text().startswith("trained on 2312 entities · F1 0.69 (held out)")
    assert not status.bar.isVisible()
    assert "nothing to learn from" in status.label.toolTip()


def test_status_notes_follow_a_language_switch(qtbot) -> None:
    """The training and failure notes are put in words when shown, not when they happen:
    after View > Language > العربية no English is left in the status area."""
    status = AssistantStatus()
    qtbot.addWidget(status)
    try:
        status.training("features", 3, 10)
        i18n.apply("ar")  # each widget gets LanguageChange from the event loop
        qtbot.waitUntil(lambda: status.text() != "Assistant training: features…")
        assert not LATIN.search(status.text()), status.text()
        i18n.apply("en")
        qtbot.waitUntil(lambda: status.text() == "Assistant training: features…")
        status.failed("nothing to learn from")
        i18n.apply("ar")
        qtbot.waitUntil(lambda: status.text() != "Assistant not trained yet")
        assert not LATIN.search(status.text()), status.text()
    finally:
        i18n.apply("en")
    qtbot.waitUntil(lambda: status.text() == "Assistant not trained yet")


def test_counts_take_the_singular_in_english_and_arabic_forms(qtbot, arabic) -> None:
    """One entity is "1 entity", not "1 entities"; Arabic says كيان واحد, كيانين, ..."""
    status = AssistantStatus()
    qtbot.addWidget(status)
    created = datetime.now(UTC).replace(tzinfo=None)
    shown: dict[tuple[str, int], str] = {}
    for language in ("en", "ar"):
        i18n.apply(language)
        for n in (1, 2, 5, 12):
            status.set_model(1, TrainingInfo(layers=["amal"], entities=n, f1=None), created)
            shown[(language, n)] = status.text()
    assert shown[("en", 1)].startswith("trained on 1 entity · too few sentences")
    assert shown[("en", 2)].startswith("trained on 2 entities · ")
    assert "كيان واحد" in shown[("ar", 1)] and "1" not in shown[("ar", 1)].split("·")[0]
    assert "كيانين" in shown[("ar", 2)]
    assert "5 كيانات" in shown[("ar", 5)]
    assert "12 كيانًا" in shown[("ar", 12)]
