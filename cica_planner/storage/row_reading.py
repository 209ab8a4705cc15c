"""Stored rows to domain objects, without SQLAlchemy: shared by the ORM path and the quick reads.

The repositories hand in SQLModel rows; the first paint (``storage/quick_reads.py``) hands in
plain records read with the standard ``sqlite3`` module. Both go through the same functions
here, so the two paths cannot drift apart. The records are described by protocols: anything
with the columns as attributes will do.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Protocol, TypeVar, cast

from cica_planner.domain.errors import StorageError
from cica_planner.domain.model import (
    Category,
    Event,
    EventChange,
    EventStatus,
    Mode,
    Moment,
    Override,
    PeriodPart,
    Precision,
    zone,
)

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)

#: Stored values to members by a dictionary look-up: calling an enum costs microseconds, and a page reads hundreds of rows.
_MEMBERS: dict[type, dict[str, object]] = {
    kind: {member.value: member for member in kind} for kind in (Category, Precision, PeriodPart, Mode, EventStatus)}


def _member(kind: type[E], value: str) -> E:
    """``kind(value)``, raising as it does for a value that names no member."""
    found = _MEMBERS[kind].get(value)
    return cast(E, found) if found is not None else kind(value)


class EventRecord(Protocol):
    """The columns of the ``event`` table (``storage/tables.py``), as Python values."""

    @property
    def id(self) -> int | None: ...
    @property
    def uid(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def all_day(self) -> bool: ...
    @property
    def start_utc(self) -> datetime | None: ...
    @property
    def end_utc(self) -> datetime | None: ...
    @property
    def start_day(self) -> date | None: ...
    @property
    def end_day(self) -> date | None: ...
    @property
    def tzid(self) -> str: ...
    @property
    def precision(self) -> str: ...
    @property
    def period_part(self) -> str | None: ...
    @property
    def city(self) -> str: ...
    @property
    def country(self) -> str: ...
    @property
    def venue(self) -> str: ...
    @property
    def mode(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def organiser(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def rrule(self) -> str | None: ...
    @property
    def exdates(self) -> str: ...
    @property
    def rdates(self) -> str: ...
    @property
    def extra_rules(self) -> str: ...
    @property
    def sequence(self) -> int: ...
    @property
    def created(self) -> datetime: ...
    @property
    def last_modified(self) -> datetime: ...
    @property
    def version(self) -> int: ...
    @property
    def changed_by(self) -> str: ...
    @property
    def changed_at(self) -> datetime | None: ...


class OverrideRecord(Protocol):
    """The columns of the ``event_override`` table."""

    @property
    def recurrence_id(self) -> str: ...
    @property
    def this_and_future(self) -> bool: ...
    @property
    def start(self) -> str: ...
    @property
    def end(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def city(self) -> str: ...
    @property
    def country(self) -> str: ...
    @property
    def venue(self) -> str: ...
    @property
    def mode(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def organiser(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def sequence(self) -> int: ...


class ChangeRecord(Protocol):
    """The columns of the ``event_change`` table (an event's history of date and place changes)."""

    @property
    def changed_at(self) -> datetime: ...
    @property
    def reason(self) -> str: ...
    @property
    def old_start(self) -> str: ...
    @property
    def old_end(self) -> str: ...
    @property
    def new_start(self) -> str: ...
    @property
    def new_end(self) -> str: ...
    @property
    def old_place(self) -> str: ...
    @property
    def new_place(self) -> str: ...
    @property
    def old_mode(self) -> str: ...
    @property
    def new_mode(self) -> str: ...
    @property
    def changed_by(self) -> str: ...


def moment_to_text(moment: Moment) -> str:
    """Dates as 'YYYY-MM-DD'; instants as UTC 'YYYY-MM-DDTHH:MM:SS+00:00'."""
    if isinstance(moment, datetime):
        return moment.astimezone(UTC).isoformat()
    return moment.isoformat()


def moment_from_text(text: str, tzid: str) -> Moment:
    """Inverse of :func:`moment_to_text`; instants come back in the venue's zone."""
    if "T" in text:
        return datetime.fromisoformat(text).astimezone(zone(tzid))
    return date.fromisoformat(text)


def event_from_row(
    row: EventRecord, history: Sequence[ChangeRecord] = (), overrides: Sequence[OverrideRecord] = ()
) -> Event:
    tz = zone(row.tzid)
    if row.all_day:
        start: Moment = _stored(row.start_day, "first day of an all-day event")
        end: Moment = _stored(row.end_day, "end of an all-day event")
    else:
        start = aware_utc(_stored(row.start_utc, "start of a timed event")).astimezone(tz)
        end = aware_utc(_stored(row.end_utc, "end of a timed event")).astimezone(tz)
    return Event(
        id=row.id,
        uid=row.uid,
        title=row.title,
        category=_member(Category, row.category),
        start=start,
        end=end,
        tzid=row.tzid,
        precision=_member(Precision, row.precision),
        period_part=_member(PeriodPart, row.period_part) if row.period_part else None,
        city=row.city,
        country=row.country,
        venue=row.venue,
        mode=_member(Mode, row.mode),
        status=_member(EventStatus, row.status),
        organiser=row.organiser,
        description=row.description,
        rrule=row.rrule,
        # Most events have none of these lists: an empty one is made without a comprehension (a page maps hundreds).
        exdates=[moment_from_text(t, row.tzid) for t in row.exdates.split(",") if t] if row.exdates else [],
        rdates=[moment_from_text(t, row.tzid) for t in row.rdates.split(",") if t] if row.rdates else [],
        extra_rules=[t for t in row.extra_rules.split("\n") if t] if row.extra_rules else [],
        overrides=[override_from_row(o, row.tzid) for o in overrides] if overrides else [],
        sequence=row.sequence,
        created=aware_utc(row.created),
        last_modified=aware_utc(row.last_modified),
        history=[change_from_row(h, row.tzid) for h in history] if history else [],
        version=row.version,
        changed_by=row.changed_by,
        changed_at=aware_utc(row.changed_at) if row.changed_at is not None else None,
    )


def override_from_row(row: OverrideRecord, tzid: str) -> Override:
    return Override(
        recurrence_id=moment_from_text(row.recurrence_id, tzid),
        start=moment_from_text(row.start, tzid),
        end=moment_from_text(row.end, tzid),
        title=row.title,
        category=_member(Category, row.category),
        city=row.city,
        country=row.country,
        venue=row.venue,
        mode=_member(Mode, row.mode),
        status=_member(EventStatus, row.status),
        organiser=row.organiser,
        description=row.description,
        this_and_future=row.this_and_future,
        sequence=row.sequence,
    )


def _stored(value: T | None, what: str) -> T:
    """A column that rows of its kind always fill (an all-day event's days)."""
    if value is None:
        raise StorageError(f"the calendar lacks the {what}")
    return value


def aware_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def change_from_row(row: ChangeRecord, tzid: str) -> EventChange:
    return EventChange(
        changed_at=aware_utc(row.changed_at),
        reason=row.reason,
        old_start=moment_from_text(row.old_start, tzid),
        old_end=moment_from_text(row.old_end, tzid),
        new_start=moment_from_text(row.new_start, tzid),
        new_end=moment_from_text(row.new_end, tzid),
        old_place=row.old_place,
        new_place=row.new_place,
        old_mode=row.old_mode,
        new_mode=row.new_mode,
        changed_by=row.changed_by,
    )
