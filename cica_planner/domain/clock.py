"""The one clock of the app and the CLI, and the Secretariat's home zone.

Every "today" and "now" in CICA Planner comes from a :class:`Clock`. The app, the CLI, the
reports and the services take one as an argument; tests pass a :class:`Clock` fixed at a
chosen instant, so no test depends on the real date.

Whose day is "today"? The display zone's: the Secretariat sits in Astana, so by default the
day is Astana's (``HOME_ZONE``). At 23:30 UTC on 30 Nov it is already 1 Dec in Astana, and
every page says 1 Dec. A user who sets another display zone gets that zone's day everywhere.

``CICA_PLANNER_NOW`` (an ISO instant with an offset, e.g. ``2026-11-30T23:30:00+00:00``)
fixes the system clock for a whole process: demonstrations, screenshots and end-to-end tests
of the installed command use it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

HOME_ZONE = "Asia/Almaty"
"""The Secretariat's zone (Astana). Kazakhstan moved from UTC+6 to UTC+5 on 2024-03-01."""

NOW_ENV_VAR = "CICA_PLANNER_NOW"


class Clock:
    """Tells the current instant and the current day in a zone.

    ``now`` returns an aware datetime; by default the system clock (or ``CICA_PLANNER_NOW``).
    ``zone`` is whose day "today" is unless a caller names another zone.
    """

    def __init__(self, now: Callable[[], datetime] | None = None, zone: str = HOME_ZONE) -> None:
        self._now = now or _system_now
        self.zone = zone

    def now(self) -> datetime:
        """The current instant, in UTC."""
        current = self._now()
        if current.tzinfo is None:
            raise ValueError("a clock must return an aware datetime")
        return current.astimezone(UTC)

    def today(self, zone: str | None = None) -> date:
        """Today's date in ``zone`` (default: the clock's zone)."""
        return self.now().astimezone(ZoneInfo(zone or self.zone)).date()

    def in_zone(self, zone: str) -> Clock:
        """The same clock whose day is ``zone``'s (the display zone chosen in Settings)."""
        return Clock(self._now, zone)

    @classmethod
    def fixed(cls, instant: datetime, zone: str = HOME_ZONE) -> Clock:
        """A clock that always tells ``instant`` (tests)."""
        if instant.tzinfo is None:
            raise ValueError("a fixed clock needs an aware instant")
        return cls(lambda: instant, zone)

    @classmethod
    def at_noon(cls, day: date, zone: str = HOME_ZONE) -> Clock:
        """A clock fixed at noon of ``day`` in ``zone``: today is ``day`` there whatever the zone's offset."""
        return cls.fixed(datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(zone)), zone)


def _system_now() -> datetime:
    fixed = os.environ.get(NOW_ENV_VAR)
    if fixed:
        try:
            instant = datetime.fromisoformat(fixed)
        except ValueError as error:
            raise ValueError(f"{NOW_ENV_VAR} must be an ISO instant with an offset, not {fixed!r}") from error
        if instant.tzinfo is None:
            raise ValueError(f"{NOW_ENV_VAR} must carry an offset (e.g. +00:00), not {fixed!r}")
        return instant
    return datetime.now(UTC)


def system_clock(zone: str = HOME_ZONE) -> Clock:
    """The real clock (or the one fixed by ``CICA_PLANNER_NOW``), whose day is ``zone``'s."""
    return Clock(_system_now, zone)
