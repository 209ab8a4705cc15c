"""Reading a series with its exceptions from iCalendar (used by ``ical_import``).

A VEVENT with RECURRENCE-ID changes one occurrence of the series with the same UID
(RFC 5545 §3.8.4.4). It is stored as an override of that series, keyed by the
occurrence's original start, never as an event of its own:

* the RECURRENCE-ID is read as the series names its occurrences: a date for an all-day
  series (Outlook writes ``RECURRENCE-ID;TZID=...:20200416T000000`` for one, which is that
  day), the wall time in the series' zone for a timed one;
* ``RANGE=THISANDFUTURE`` makes the change reach every later occurrence;
* a RECURRENCE-ID that names no occurrence adds that occurrence, and nothing else;
* the series is found in the file, else among the stored events; an override whose
  series is in neither is kept as a series of its own occurrence, so that the series
  finds it when it arrives;
* of two overrides of one occurrence, the one with the higher SEQUENCE wins.

RDATE values (DATE, DATE-TIME or PERIOD) are extra occurrence starts; a PERIOD also gives
that occurrence its own end, stored as an override with the series' fields.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from cica_planner.domain.model import Event, Moment, Override, moment_span, occurrence_key


def recurrence_id(
    raw: date | datetime,
    instant: Moment,
    wall: datetime | None,
    master: Event,
    same_tzid: bool,
    shift: timedelta,
) -> Moment:
    """The occurrence start a RECURRENCE-ID names, in the stored series' terms.

    Args:
        raw: the value as written.
        instant: the value read as an exact moment (in the override's stored zone).
        wall: its wall time when written in the TZID of the override's DTSTART.
        master: the series.
        same_tzid: whether it is written in the TZID of the series' DTSTART.
        shift: how far the stored wall time of the series' DTSTART is from the written one.
    """
    if not isinstance(master.start, datetime):  # all-day
        # The day is what the value says in its own zone (Outlook writes midnight in its zone).
        return raw.date() if isinstance(raw, datetime) else raw
    tz = ZoneInfo(master.tzid)
    if not isinstance(raw, datetime):  # a date names the occurrence that starts that day
        local_start = master.start.astimezone(tz)
        return datetime.combine(raw, local_start.time(), tzinfo=tz)
    if same_tzid and wall is not None:
        # Named by its wall time in the series' TZID: shifted like the series' DTSTART, so it
        # matches even when the series had to be stored under another zone.
        return (wall + shift).replace(tzinfo=tz)
    if isinstance(instant, datetime):
        return instant.astimezone(tz)
    return datetime.combine(instant, master.start.astimezone(tz).time(), tzinfo=tz)


def add_override(series: Event, override: Override, changed: datetime) -> bool:
    """Put ``override`` into ``series`` (replacing one of the same occurrence unless that one is newer).

    The series' LAST-MODIFIED becomes the latest of its own and the override's, so a file
    whose only change is a moved occurrence still updates the stored series. Returns
    whether the series changed.
    """
    key = occurrence_key(override.recurrence_id, series.tzid)
    for index, current in enumerate(series.overrides):
        if occurrence_key(current.recurrence_id, series.tzid) == key:
            if current == override or current.sequence > override.sequence:
                return False
            series.overrides[index] = override
            break
    else:
        series.overrides.append(override)
    series.last_modified = max(series.last_modified, changed)
    return True


def with_own_overrides(series: Event) -> Event:
    """A copy of ``series`` whose override list can be changed without touching the original."""
    return replace(series, overrides=list(series.overrides))


def orphan(uid: str, first: Event, override: Override) -> Event:
    """A series known only by one changed occurrence (its master is neither in the file nor stored)."""
    return replace(first, uid=uid, start=override.recurrence_id,
                   end=override.recurrence_id + moment_span(override.start, override.end),
                   rrule=None, extra_rules=[], rdates=[], exdates=[], overrides=[override])


def period_override(series: Event, start: Moment, end: Moment) -> Override:
    """The occurrence an RDATE PERIOD adds, with its own end and the series' fields."""
    return Override.of(replace(series, start=start, end=end), start)
