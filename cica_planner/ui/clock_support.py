"""The app's one "today": a clock handed to every page, and a watcher that notices midnight.

The window owns a :class:`~cica_planner.domain.clock.Clock` whose zone is the display zone and
hands it to every view, page, model and dialog. :class:`DayWatcher` looks at that clock every
half minute, so the pages move on to the new day while the app stays open overnight (and after
the machine wakes from sleep).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from cica_planner.domain.clock import HOME_ZONE, Clock, system_clock

CHECK_INTERVAL_MS = 30_000


def page_clock(clock: Clock | None = None, today: date | None = None, zone: str = HOME_ZONE) -> Clock:
    """The clock a page uses: ``clock``, or one fixed at noon of ``today`` (tests), else the system clock."""
    if today is not None:
        return Clock.at_noon(today, zone)
    return clock if clock is not None else system_clock(zone)


class DayWatcher(QObject):
    """Emits ``day_changed(date)`` when the day ``today()`` tells is no longer the one seen last.

    Args:
        today: returns the current day (the window's ``today``).
        parent: the owning object (the timer stops with it).
    """

    day_changed = Signal(object)

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._seen = today()
        self.timer = QTimer(self)
        self.timer.setObjectName("midnight_timer")
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def seen(self) -> date:
        return self._seen

    def reset(self) -> None:
        """Take the current day as seen (after the clock or the display zone changed)."""
        self._seen = self._today()

    def check(self) -> bool:
        """Emit ``day_changed`` if the day moved on; return whether it did."""
        current = self._today()
        if current == self._seen:
            return False
        self._seen = current
        self.day_changed.emit(current)
        return True
