"""The assistant's small status-bar area: what the model was trained on, its held-out F1
and its age ("trained on 812 entities · F1 0.71 (held out) · 4 s ago"), and a progress
bar with a cancel button while the worker trains (the button goes once it saves)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QToolButton, QWidget

from annotator.gui.i18n import language_changed
from annotator.gui.plain_text import plain_label, tooltip

AGE_TICK_MS = 1000
FAILED = "\x00failed"  # the note of a failed run (never a stage name)


def age_seconds(created: datetime, now: datetime | None = None) -> float:
    """Seconds since ``created`` (naive UTC, as stored); never negative (another
    machine's clock may run ahead)."""
    current = now or datetime.now(UTC).replace(tzinfo=None)
    return max(0.0, (current - created).total_seconds())


class AssistantStatus(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assistant_status")
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(90)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.cancel = QToolButton(self)
        self.cancel.setObjectName("cancel_training")
        self.cancel.setAutoRaise(True)
        self.cancel.clicked.connect(self.cancel_requested)
        self.cancel.hide()
        self.label = plain_label(self.tr("Assistant: no model yet"), self)
        box.addWidget(self.bar)
        box.addWidget(self.cancel)
        box.addWidget(self.label)
        self._info: Any = None
        self._created: datetime | None = None
        # None, a training stage ("" while it starts) or FAILED, put in words when shown
        # (a language switch meanwhile shows it in the new language)
        self._note: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(AGE_TICK_MS)
        self._timer.timeout.connect(self._show)

    # -- what the window tells it ------------------------------------------------------------
    def set_model(self, model_id: int, info: Any, created: datetime) -> None:
        """``info``: the model's :class:`annotator.suggest.model.TrainingInfo`."""
        self._info, self._created = info, created
        layers = ", ".join(info.layers)
        self.label.setToolTip(
            tooltip(
                self.tr(
                    "Model {id}: {documents} documents, {sentences} sentences, {tokens} "
                    "tokens of the layers {layers}; trained in {seconds:.1f} s"
                ).format(
                    id=model_id,
                    documents=info.documents,
                    sentences=info.sentences,
                    tokens=info.tokens,
                    layers=layers,
                    seconds=info.seconds,
                )
            )
        )
        self._timer.start()
        self._show()

    def reset(self) -> None:
        """Another database: no model known yet."""
        self._info = self._created = None
        self._note = None
        self._shown_training(False)
        self._timer.stop()
        self.label.setToolTip("")
        self._show()

    def training(self, stage: str = "", done: int = 0, total: int = 0) -> None:
        self._shown_training(True, cancellable=stage != "saving")
        self.bar.setRange(0, max(total, 0))  # (0, 0): busy without a known length
        self.bar.setValue(min(done, total))
        self._note = stage
        self._show()

    def trained(self) -> None:
        self._shown_training(False)
        self._note = None
        self._show()

    def failed(self, message: str) -> None:
        """A run failed: the model in use, if any, stays what is shown (the reason is in
        the tooltip); without one, "not trained yet"."""
        self._shown_training(False)
        self._note = None if self._info is not None else FAILED
        self.label.setToolTip(message)
        self._show()

    def _shown_training(self, shown: bool, *, cancellable: bool = False) -> None:
        self.bar.setVisible(shown)
        self.cancel.setVisible(shown and cancellable)

    # -- text -----------------------------------------------------------------------------
    def text(self) -> str:
        return self.label.text()

    def changeEvent(self, event: QEvent) -> None:
        if language_changed(event):
            self._show()
        super().changeEvent(event)

    def _show(self) -> None:
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Stop this training: the assistant keeps the model it has"))
        if self._note == FAILED:
            self.label.setText(self.tr("Assistant not trained yet"))
        elif self._note is not None:
            self.label.setText(self._training_text(self._note))
        elif self._info is None or self._created is None:
            self.label.setText(self.tr("Assistant: no model yet"))
        else:
            self.label.setText(self._model_text())

    def _training_text(self, stage: str) -> str:
        names = {
            "reading": self.tr("reading"),
            "evaluating": self.tr("measuring F1"),
            "features": self.tr("features"),
            "training": self.tr("training"),
            "saving": self.tr("saving"),
        }
        return self.tr("Assistant training: {stage}…").format(
            stage=names.get(stage, self.tr("starting"))
        )

    def _model_text(self) -> str:
        info = self._info
        assert self._created is not None
        age = self.age_text(age_seconds(self._created))
        n = info.entities
        if not info.crf:
            return self.tr("trained on %n entities · memory only · {age}", "", n).format(age=age)
        if info.f1 is None:
            text = self.tr("trained on %n entities · too few sentences for F1 · {age}", "", n)
            return text.format(age=age)
        text = self.tr("trained on %n entities · F1 {f1:.2f} (held out) · {age}", "", n)
        return text.format(f1=info.f1, age=age)

    def age_text(self, seconds: float) -> str:
        if seconds < 60:
            return self.tr("{n} s ago").format(n=int(seconds))
        if seconds < 3600:
            return self.tr("{n} min ago").format(n=int(seconds // 60))
        if seconds < 86400:
            return self.tr("{n} h ago").format(n=int(seconds // 3600))
        return self.tr("%n days ago", "", int(seconds // 86400))
