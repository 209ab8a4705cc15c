"""Helpers for the calendar view tests: seeded occurrences and hand-made timed events."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cica_planner.domain.model import Category, Event, EventStatus, Occurrence

DISPLAY_TZ = "Asia/Almaty"


def timed(
    title: str,
    day: date,
    hour: int,
    minute: int = 0,
    *,
    minutes: int = 60,
    tzid: str = "Asia/Almaty",
    city: str = "Astana",
    category: Category = Category.SOC,
    uid: str | None = None,
) -> Occurrence:
    """Return the occurrence of a one-off timed event at a wall-clock time in ``tzid``."""
    start = datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(tzid))
    event = Event(
        title=title,
        category=category,
        start=start,
        end=start + timedelta(minutes=minutes),
        tzid=tzid,
        city=city,
        country="KZ",
        status=EventStatus.PLANNED,
        uid=uid or f"{title.lower().replace(' ', '-')}@test",
    )
    return Occurrence(event, event.start, event.end)


@pytest.fixture
def make_timed():
    """Return the ``timed`` factory of one-off timed occurrences."""
    return timed


@pytest.fixture
def seeded_view_data(planner):
    """Return a function giving the seeded occurrences of a view's visible range."""

    def fetch(view) -> list[Occurrence]:
        first, end = view.visible_range()
        return planner.occurrences(first, end, tzid=DISPLAY_TZ)

    return fetch
