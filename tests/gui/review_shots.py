"""Make docs/guidelines.png (the Guidelines dock beside an article) and
docs/statistics.png (Review > Statistics…, a week of three annotators' work), dark theme:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tests/gui/review_shots.py docs

The week is made through the store API under a fake clock (the store's timestamps and
the activity tracker read it), the way the tests fake time; nothing here is a real
project's data.
"""

from __future__ import annotations

import contextlib
import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt

START = datetime(2024, 5, 5, 8, 0)  # naive UTC, as the store keeps time
PEOPLE = ("amina", "badr", "chadi")
GUIDELINE = (
    "علّم الاسم كاملاً كما ورد في النص، ولا تدخل حرف الجر أو العطف الملتصق به "
    "(روسيا في «لروسيا»).\n"
    "الصفات المنسوبة (المصري، الروسي) ليست أماكن.\n"
    "Mark the whole name as written; leave attached prepositions and conjunctions out."
)


class FakeTime:
    def __init__(self) -> None:
        self.moment = START

    def now(self) -> datetime:
        return self.moment

    def epoch(self) -> float:
        return self.moment.replace(tzinfo=UTC).timestamp()


def build_week(db: Path, clock: FakeTime) -> None:
    from annotator.samples import load_samples
    from annotator.store import Store, activity_log, span_ops

    span_ops.now = clock.now  # type: ignore[assignment]
    activity_log.now = clock.now  # type: ignore[assignment]
    rng = random.Random(7)
    with Store.open(db) as store:
        store.apply_preset("anercorp")
        load_samples(store)
        store.set_guidelines(GUIDELINE)
        store.update_label(
            "LOC",
            positive_examples=["روسيا في «وزير خارجية روسيا»", "بيونغ يانغ"],
            negative_examples=["المصري (صفة نسبة، لا مكان)"],
        )
        docs = [d.id for d in store.documents()]
        texts = {d: store.document(d).text for d in docs}
        for day in range(7):
            for person in PEOPLE[: 1 + day % 3]:
                clock.moment = START + timedelta(days=day, hours=rng.randint(0, 6))
                doc = docs[(day + PEOPLE.index(person)) % len(docs)]
                label_some(store, person, doc, texts[doc], rng, clock)
                seconds = rng.randint(1200, 5400)
                begin = clock.epoch()
                store.record_activity(person, [(doc, begin, begin + seconds)])
                status = "done" if rng.random() < 0.7 else "in_progress"
                store.set_status(doc, status, person)


def label_some(store, person: str, doc: int, text: str, rng, clock: FakeTime) -> None:
    from annotator.store import StoreError

    words = [w for w in set(text.split()) if len(w) > 4]
    for word in rng.sample(sorted(words), 12):
        start = text.index(word)
        clock.moment += timedelta(seconds=rng.randint(20, 90))
        with contextlib.suppress(StoreError):  # a word overlapping an earlier one
            store.add_span(
                doc, person, start, start + len(word), rng.choice(["PERS", "LOC", "ORG"])
            )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs").resolve()
    work = Path(tempfile.mkdtemp(prefix="annotator-review-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    from annotator.gui import settings as cfg
    from annotator.gui.app import create_main_window, ensure_app
    from annotator.gui.statistics_view import StatisticsDialog

    db = work / "week.annotator"
    build_week(db, FakeTime())
    cfg.set_value("view/theme", "dark")
    cfg.set_value("annotator/name", "amina")
    app = ensure_app()
    window = create_main_window(str(db))
    window.resize(1400, 860)
    window.show()
    window.palette_widget.set_current("LOC")
    for _ in range(5):
        app.processEvents()
    out.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(out / "guidelines.png"))
    dialog = StatisticsDialog(window.store, window, utc_offset=0)
    dialog.resize(1200, 820)
    dialog.show()
    for _ in range(5):
        app.processEvents()
    ok = dialog.grab().save(str(out / "statistics.png")) and ok
    dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    for _ in range(5):
        app.processEvents()
    ok = dialog.grab().save(str(work / "statistics-rtl.png")) and ok
    print(work / "statistics-rtl.png")
    dialog.close()
    window.close()
    window.store.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
