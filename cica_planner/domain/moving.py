"""Moving an event by a span of time, in the wall-clock time of its venue.

Dragging "the SOC" from Thursday to Friday keeps it at 10:00 in Astana, whatever the offsets
of the two days: the move is made on the venue's wall clock, then stored as UTC again.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Event, check_wall_time, zone


def moved_by(event: Event, delta: timedelta) -> Event:
    """``event`` moved by ``delta`` (whole days for an all-day event), its duration kept."""
    if event.rrule:
        raise ValidationError("a repeating event is moved in its editor (Ctrl+E), where the series is set")
    if not event.date_is_fixed:
        raise ValidationError("an event whose day is not fixed yet is given a day with Reschedule (Ctrl+R)")
    if isinstance(event.start, datetime) and isinstance(event.end, datetime):
        tz = zone(event.tzid)
        start = (event.start.astimezone(tz).replace(tzinfo=None) + delta).replace(tzinfo=tz)
        end = (event.end.astimezone(tz).replace(tzinfo=None) + delta).replace(tzinfo=tz)
        check_wall_time(start)
        return replace(event, start=start, end=end)
    days = timedelta(days=round(delta / timedelta(days=1)))  # an all-day event moves by whole days
    return replace(event, start=event.start + days, end=event.end + days)


def move_delta(origin: date | datetime, target: date | datetime) -> timedelta:
    """The span between where a drag started and where it ended (two days, or two naive slots)."""
    if isinstance(origin, datetime) and isinstance(target, datetime):
        return target - origin
    first = origin.date() if isinstance(origin, datetime) else origin
    last = target.date() if isinstance(target, datetime) else target
    return last - first
