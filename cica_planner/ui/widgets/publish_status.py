"""The publishing indicator of the status bar: "Published 2 min ago", "Publishing…", "Publishing failed: … (Retry)"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from cica_planner.domain.clock import Clock

#: Failure messages longer than this are cut in the status bar (the tooltip has them whole).
SHOWN_CHARACTERS = 90
REFRESH_MS = 30_000


def time_ago(then: datetime, now: datetime) -> str:
    """'just now', '2 min ago', '3 h ago', '4 days ago'."""
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 60:
        return QCoreApplication.translate("PublishStatus", "just now")
    words = AgoWords()
    if seconds < 3600:
        return words.minutes(seconds // 60)
    if seconds < 86_400:
        return words.hours(seconds // 3600)
    return words.days(seconds // 86_400)


class AgoWords(QObject):
    """Counted times ago: Qt's plural forms need a tr() call that lupdate reads as one with a count."""

    def minutes(self, count: int) -> str:
        return self.tr("%n min ago", "", count)

    def hours(self, count: int) -> str:
        return self.tr("%n h ago", "", count)

    def days(self, count: int) -> str:
        return self.tr("%n day(s) ago", "", count)


class PublishStatus(QWidget):
    """Shows where publishing stands; Retry after a failure, Resolve… when the server asks for a decision.

    Signals:
        retry_requested(): the user pressed Retry.
        resolve_requested(): the user pressed Resolve….
        sync_requested(): the user pressed Sync Now (changes on the server held a publish back).
    """

    retry_requested = Signal()
    resolve_requested = Signal()
    sync_requested = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publish_status")
        self.clock = clock
        self._published: datetime | None = None
        self.label = QLabel(self)
        self.label.setObjectName("publish_status_label")
        self.button = QToolButton(self)
        self.button.setObjectName("publish_status_button")
        self.button.setAutoRaise(True)
        self.button.clicked.connect(self._clicked)
        self.button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self._action = ""
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        self.show_unconfigured()

    def text(self) -> str:
        """What the indicator says, button included ("Publishing failed: … (Retry)")."""
        shown = self.label.toolTip() or self.label.text()
        return f"{shown} ({self.button.text().rstrip('…')})" if self._action else shown

    def _set(self, text: str, *, full: str = "", action: str = "", colour: str = "") -> None:
        self.label.setText(text)
        self.label.setToolTip(full if full != text else "")
        self.label.setStyleSheet(f"color: {colour};" if colour else "")
        self._action = action
        labels = {"retry": self.tr("Retry"), "resolve": self.tr("Resolve…"), "sync": self.tr("Sync Now")}
        self.button.setText(labels.get(action, ""))
        self.button.setVisible(bool(action))

    def show_unconfigured(self) -> None:
        self._timer.stop()
        self._published = None
        self._set("")
        self.setVisible(False)

    def show_idle(self) -> None:
        self.setVisible(True)
        self._timer.stop()
        self._set(self.tr("Not published yet"))

    def show_busy(self, text: str = "") -> None:
        self.setVisible(True)
        self._set(text or self.tr("Publishing…"))

    def show_published(self, when: datetime | None) -> None:
        if when is None:
            self.show_idle()
            return
        self.setVisible(True)
        self._published = when
        self._tick()
        self._timer.start()

    def show_failed(self, message: str, *, verb: str = "") -> None:
        self.setVisible(True)
        self._timer.stop()
        message = " ".join(message.split())
        full = self.tr("{verb} failed: {message}").format(verb=verb or self.tr("Publishing"), message=message)
        shown = full if len(full) <= SHOWN_CHARACTERS else full[: SHOWN_CHARACTERS - 1] + "…"
        self._set(shown, full=full, action="retry", colour="#b3261e")

    def show_attention(self, text: str, *, action: str = "") -> None:
        """Something waits for the user: ``action`` "resolve" (conflicts, deletions) or "sync" (held back)."""
        self.setVisible(True)
        self._timer.stop()
        self._set(text, action=action, colour="#8a5300")

    def _tick(self) -> None:
        if self._published is not None:
            self._set(self.tr("Published {when}").format(when=time_ago(self._published, self.clock.now())))

    def _clicked(self) -> None:
        if self._action == "retry":
            self.retry_requested.emit()
        elif self._action == "resolve":
            self.resolve_requested.emit()
        elif self._action == "sync":
            self.sync_requested.emit()
