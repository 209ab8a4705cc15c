"""Putting an event on the days the scheduling assistant found: a new event, or a moved one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from cica_planner.domain.clock import HOME_ZONE
from cica_planner.domain.model import Category, Country, Event, EventStatus, Precision, zone


def event_days(event: Event) -> tuple[date, date]:
    """First and last day (inclusive) of ``event`` in its venue's zone."""
    return event.local_start_date(), event.local_end_date()


def meeting_length(event: Event) -> int:
    """How many days ``event`` lasts (1 for a date not fixed yet: it is the day that is unknown)."""
    if event.precision is not Precision.DAY:
        return 1
    first, last = event_days(event)
    return (last - first).days + 1


def moved(event: Event, first: date, last: date) -> Event:
    """``event`` on ``first``..``last``: a timed event keeps its local hours, an all-day one spans the days."""
    if isinstance(event.start, datetime) and isinstance(event.end, datetime):
        tz = zone(event.tzid)
        local_start = event.start.astimezone(tz)
        local_end = event.end.astimezone(tz)
        start = datetime.combine(first, local_start.time(), tzinfo=tz)
        end = datetime.combine(last, local_end.time(), tzinfo=tz)
        if end <= start:
            end = start + (event.end - event.start)
        return replace(event, start=start, end=end, precision=Precision.DAY, period_part=None)
    return replace(event, start=first, end=last + timedelta(days=1), precision=Precision.DAY, period_part=None)


def new_meeting(title: str, category: Category, host: Country | None, first: date, last: date) -> Event:
    """A planned all-day meeting in the host country (the city is the planner's to fill in)."""
    return Event(
        title=title.strip(),
        category=category,
        start=first,
        end=last + timedelta(days=1),
        tzid=host.tzid if host else HOME_ZONE,
        country=host.code if host else "",
        status=EventStatus.PLANNED,
    )
