"""Rows of the ``event`` table as the standard ``sqlite3`` module returns them, straight to events.

A month page never read before maps a hundred or more rows, and mapping was a third of its
read. :func:`event_from_plain_row` gives exactly what ``row_reading.event_from_row`` gives for
the same row read through SQLAlchemy (the tests compare them field by field), in fewer steps:

- no record object between the tuple and the event;
- stored instants (naive UTC text) are parsed with their offset written on,
  ``datetime.fromisoformat(text + "+00:00")``, which is several times cheaper than parsing them
  naive and then calling ``replace(tzinfo=UTC)``; text in any other form goes through the
  general path, which reads it (or refuses it) as before;
- the stamps (created, last modified, changed at) of one read are parsed once per distinct
  text: events written together share them;
- stored names to enum members by a dictionary look-up.

The event is built with its ordinary constructor (calling it with keywords costs under a
microsecond; going around it would gain nothing worth the risk).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from cica_planner.domain.errors import StorageError
from cica_planner.domain.model import Category, Event, EventStatus, Mode, PeriodPart, Precision, zone
from cica_planner.storage.row_reading import (
    ChangeRecord,
    OverrideRecord,
    aware_utc,
    change_from_row,
    moment_from_text,
    override_from_row,
)

#: The columns :func:`event_from_plain_row` reads, in this order (``SELECT`` them so).
EVENT_COLUMNS = ("id, uid, title, category, all_day, start_utc, end_utc, start_day, end_day, tzid, precision, "
                 "period_part, city, country, venue, mode, status, organiser, description, rrule, exdates, rdates, "
                 "extra_rules, sequence, created, last_modified, version, changed_by, changed_at")

_CATEGORIES = {member.value: member for member in Category}
_PRECISIONS = {member.value: member for member in Precision}
_PERIOD_PARTS = {member.value: member for member in PeriodPart}
_MODES = {member.value: member for member in Mode}
_STATUSES = {member.value: member for member in EventStatus}


class RowMapper:
    """Maps the rows of one read; keeps the zones and stamps it has met, for the rows after.

    Use one per read: what it keeps is valid for any calendar, but a long-lived one would only grow.
    """

    __slots__ = ("_stamps", "_zones")

    def __init__(self) -> None:
        self._zones: dict[str, ZoneInfo] = {}
        self._stamps: dict[str, datetime] = {}

    def event(self, row: Sequence, history: Sequence[ChangeRecord] = (), overrides: Sequence[OverrideRecord] = ()) -> Event:
        """The event of ``row`` (the :data:`EVENT_COLUMNS`), with its history and changed occurrences."""
        (number, uid, title, category, all_day, start_utc, end_utc, start_day, end_day, tzid, precision,
         period_part, city, country, venue, mode, status, organiser, description, rrule, exdates, rdates,
         extra_rules, sequence, created, last_modified, version, changed_by, changed_at) = row
        tz = self._zones.get(tzid)
        if tz is None:
            tz = self._zones[tzid] = zone(tzid)
        if all_day:
            start: date | datetime = _day(start_day, "first day of an all-day event")
            end: date | datetime = _day(end_day, "end of an all-day event")
        else:
            start = _instant(start_utc, "start of a timed event").astimezone(tz)
            end = _instant(end_utc, "end of a timed event").astimezone(tz)
        stamps = self._stamps
        created_at = stamps.get(created) or stamps.setdefault(created, _instant(created, "creation time"))
        modified_at = stamps.get(last_modified) or stamps.setdefault(
            last_modified, _instant(last_modified, "time of the last change"))
        if changed_at:
            changed_at = stamps.get(changed_at) or stamps.setdefault(changed_at, _instant(changed_at, "change time"))
        else:
            changed_at = None
        return Event(
            id=number,
            uid=uid,
            title=title,
            category=_CATEGORIES.get(category) or Category(category),
            start=start,
            end=end,
            tzid=tzid,
            precision=_PRECISIONS.get(precision) or Precision(precision),
            period_part=(_PERIOD_PARTS.get(period_part) or PeriodPart(period_part)) if period_part else None,
            city=city,
            country=country,
            venue=venue,
            mode=_MODES.get(mode) or Mode(mode),
            status=_STATUSES.get(status) or EventStatus(status),
            organiser=organiser,
            description=description,
            rrule=rrule,
            exdates=[moment_from_text(t, tzid) for t in exdates.split(",") if t] if exdates else [],
            rdates=[moment_from_text(t, tzid) for t in rdates.split(",") if t] if rdates else [],
            extra_rules=[t for t in extra_rules.split("\n") if t] if extra_rules else [],
            overrides=[override_from_row(o, tzid) for o in overrides] if overrides else [],
            sequence=sequence,
            created=created_at,
            last_modified=modified_at,
            history=[change_from_row(h, tzid) for h in history] if history else [],
            version=version,
            changed_by=changed_by,
            changed_at=changed_at,
        )


def _instant(text: str | None, what: str) -> datetime:
    """A stored instant as an aware UTC datetime, as ``aware_utc(datetime.fromisoformat(text))`` reads it."""
    if not text:
        raise StorageError(f"the calendar lacks the {what}")
    try:
        # As SQLAlchemy writes them: naive UTC text. The offset written on makes it aware in the same step.
        return datetime.fromisoformat(text + "+00:00")
    except (TypeError, ValueError):
        return aware_utc(datetime.fromisoformat(text))  # text with an offset of its own, or not text at all


def _day(text: str | None, what: str) -> date:
    if not text:
        raise StorageError(f"the calendar lacks the {what}")
    return date.fromisoformat(text)

