"""Entities and value objects of the CICA calendar.

Time rules (see README "Time"): a timed event holds aware datetimes in the venue's IANA
zone and is stored as UTC plus that zone's name; an all-day event holds dates with an
exclusive end, as iCalendar does. An event whose day is not fixed yet carries a coarser
``precision`` and spans the whole month, quarter or year it is known to, or the window of days
it falls in ("between 14 and 17 Apr", one day not known); an undated event has no date at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cica_planner.domain.clock import HOME_ZONE, system_clock
from cica_planner.domain.errors import ValidationError
from cica_planner.domain.rules import parse_rule


class Category(StrEnum):
    """The CICA body or kind of an event; the value is the label users see."""

    SUMMIT = "Summit"
    MINISTERIAL_COUNCIL = "Ministerial Council"
    SOC = "SOC"
    SWG = "SWG"
    BUSINESS_COUNCIL = "Business Council"
    BUSINESS_FORUM = "Business Forum"
    YOUTH_COUNCIL = "Youth Council"
    THINK_TANK_FORUM = "Think Tank Forum"
    EMINENT_PERSONS = "Council of Eminent Persons"
    MINISTERIAL_CONFERENCE = "Ministerial Conference"
    EXPERT_MEETING = "Expert Meeting"
    TROIKA = "Troika Consultations"
    VISIT = "Visit"
    BILATERAL = "Bilateral Meeting"
    CEREMONY = "Ceremony"
    CULTURAL = "Cultural/Sports"
    TRAINING = "Training"
    EXTERNAL = "External Conference"
    DECISION = "Decision/Procedure"
    MILESTONE = "Milestone"

    @classmethod
    def parse(cls, text: str) -> Category:
        """Return the category whose label or name matches ``text`` (case-insensitive)."""
        wanted = text.strip().casefold()
        for category in cls:
            if wanted in (category.value.casefold(), category.name.casefold()):
                return category
        names = ", ".join(c.value for c in cls)
        raise ValidationError(f"unknown category {text!r}; choose one of: {names}")


class Precision(StrEnum):
    """How exactly an event's date is known."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    #: The day falls between two known dates (the event's start and its last day) but is not known.
    WINDOW = "window"
    #: No date at all, not even a year: the event waits for one (see UNDATED_DAY).
    UNDATED = "undated"


#: Where an undated event is stored: a day no view, list or export window reaches, never shown.
UNDATED_DAY = date(9999, 1, 1)


class PeriodPart(StrEnum):
    """Early, mid or late part of a month (or other period) for approximate dates."""

    EARLY = "early"
    MID = "mid"
    LATE = "late"


class EventStatus(StrEnum):
    PROPOSED = "proposed"
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class Mode(StrEnum):
    IN_PERSON = "in person"
    ONLINE = "online"
    HYBRID = "hybrid"
    UNKNOWN = "unknown"


def zone(tzid: str) -> ZoneInfo:
    """Return the IANA zone ``tzid`` or raise a ValidationError naming it."""
    try:
        return ZoneInfo(tzid)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise ValidationError(f"unknown time zone {tzid!r}") from exc


def check_wall_time(moment: datetime) -> None:
    """Refuse a local time that the clocks skip (02:30 on the night daylight saving time begins)."""
    naive = moment.replace(tzinfo=None)
    round_trip = moment.astimezone(UTC).astimezone(moment.tzinfo).replace(tzinfo=None)
    if round_trip != naive:
        raise ValidationError(
            f"{naive:%H:%M} does not exist on {naive:%d %b %Y} in {moment.tzinfo} (the clocks go forward); "
            f"choose {round_trip:%H:%M} or later"
        )


def new_uid() -> str:
    """Return a fresh, globally unique event UID."""
    import uuid  # here: it imports platform, which the window's first paint does not need

    return f"{uuid.uuid4()}@cica-planner"


def utc_now() -> datetime:
    """The system clock's instant to the second (stamps: created, last modified, DTSTAMP)."""
    return system_clock().now().replace(microsecond=0)


Moment = date | datetime
"""A timed instant (aware datetime) or an all-day date."""


def is_all_day(moment: Moment) -> bool:
    return not isinstance(moment, datetime)


def moment_span(start: Moment, end: Moment) -> timedelta:
    """``end - start`` for two moments of one kind (two dates, or two aware times).

    As Python subtracts them: two times with one zone differ by their wall clocks (a series keeps its
    length in wall time), times with different zones as instants.
    """
    return _as_datetime(end) - _as_datetime(start)


@dataclass(frozen=True)
class EventChange:
    """One recorded change of date, place or format, with the reason given for it."""

    changed_at: datetime
    reason: str
    old_start: Moment
    old_end: Moment
    new_start: Moment
    new_end: Moment
    old_place: str = ""
    new_place: str = ""
    old_mode: str = ""
    new_mode: str = ""
    changed_by: str = field(default="", compare=False)  # the author, filled in when the change is stored

    def summary(self) -> str:
        """One line such as '11 Nov 2024, Baku (in person) → 17 Dec 2024 (online): reason'."""
        old = _describe(self.old_start, self.old_place, self.old_mode)
        new = _describe(self.new_start, self.new_place, self.new_mode)
        return f"{old} → {new}: {self.reason}"


def _describe(start: Moment, place: str, mode: str) -> str:
    text = start.strftime("%d %b %Y %H:%M") if isinstance(start, datetime) else start.strftime("%d %b %Y")
    if place:
        text += f", {place}"
    if mode:
        text += f" ({mode})"
    return text


@dataclass
class Event:
    """A CICA event: a meeting, visit, ceremony or a marker on the calendar.

    ``start``/``end`` are aware datetimes in ``tzid`` for timed events, or dates for
    all-day events with ``end`` exclusive. ``rrule`` is an RFC 5545 RRULE value (without
    the ``RRULE:`` prefix); ``exdates`` are occurrence starts that are left out.

    A series is one event: its rule (``rrule`` plus any ``extra_rules``, whose occurrences
    are the union), extra occurrence starts (``rdates``), left-out ones (``exdates``) and
    ``overrides``: occurrences changed on their own, keyed by their original start
    (RECURRENCE-ID). See :mod:`cica_planner.domain.recurrence`.
    """

    title: str
    category: Category
    start: Moment
    end: Moment
    tzid: str = HOME_ZONE
    uid: str = field(default_factory=new_uid)
    precision: Precision = Precision.DAY
    period_part: PeriodPart | None = None
    city: str = ""
    country: str = ""
    venue: str = ""
    mode: Mode = Mode.IN_PERSON
    status: EventStatus = EventStatus.PLANNED
    organiser: str = ""
    description: str = ""
    rrule: str | None = None
    exdates: list[Moment] = field(default_factory=list)
    rdates: list[Moment] = field(default_factory=list)
    extra_rules: list[str] = field(default_factory=list)
    overrides: list[Override] = field(default_factory=list)
    sequence: int = 0
    created: datetime = field(default_factory=utc_now)
    last_modified: datetime = field(default_factory=utc_now)
    history: list[EventChange] = field(default_factory=list)
    id: int | None = None
    #: The stored version this copy was read at (0: never stored); a save of an older one is a conflict.
    version: int = field(default=0, compare=False)
    changed_by: str = field(default="", compare=False)
    changed_at: datetime | None = field(default=None, compare=False)

    @property
    def all_day(self) -> bool:
        return is_all_day(self.start)

    @property
    def place(self) -> str:
        return ", ".join(part for part in (self.venue, self.city, self.country) if part)

    @property
    def date_is_fixed(self) -> bool:
        return self.precision is Precision.DAY

    @property
    def is_series(self) -> bool:
        """Whether the event has more than its own start: a rule, extra dates or changed occurrences."""
        return bool(self.rrule or self.extra_rules or self.rdates or self.overrides)

    def override_for(self, recurrence_id: Moment) -> Override | None:
        """The override of the occurrence that originally starts at ``recurrence_id``, if any."""
        key = occurrence_key(recurrence_id, self.tzid)
        return next((o for o in self.overrides if occurrence_key(o.recurrence_id, self.tzid) == key), None)

    def validate(self) -> None:
        """Raise ValidationError unless the event is consistent."""
        if not self.title.strip():
            raise ValidationError("an event needs a title")
        zone(self.tzid)
        if is_all_day(self.start) != is_all_day(self.end):
            raise ValidationError("start and end must both be dates or both be times")
        if isinstance(self.start, datetime) and isinstance(self.end, datetime):
            if self.start.tzinfo is None or self.end.tzinfo is None:
                raise ValidationError("a timed event needs times with a time zone")
            check_wall_time(self.start)
            check_wall_time(self.end)
            # Compare instants, not wall times: two times in one zone compare as wall clocks in Python.
            if self.end.astimezone(UTC) <= self.start.astimezone(UTC):
                raise ValidationError("the end must come after the start")
        elif self.end <= self.start:  # dates: end is exclusive
            raise ValidationError("the last day cannot come before the first day")
        if self.precision is not Precision.DAY and not self.all_day:
            raise ValidationError("an event without a fixed day cannot have a time of day")
        if self.precision is Precision.UNDATED and self.start != UNDATED_DAY:
            raise ValidationError("an undated event cannot carry a date; choose another precision to give it one")
        if self.rrule or self.extra_rules:
            for rule in [self.rrule, *self.extra_rules] if self.rrule else self.extra_rules:
                parse_rule(rule, self.start)
        for override in self.overrides:
            override.validate(self)

    def duration(self) -> timedelta:
        return _as_datetime(self.end) - _as_datetime(self.start)

    def local_start_date(self) -> date:
        """The first day of the event in the venue's zone."""
        return self.start.astimezone(zone(self.tzid)).date() if isinstance(self.start, datetime) else self.start

    def local_end_date(self) -> date:
        """The last day of the event (inclusive) in the venue's zone."""
        if isinstance(self.end, datetime):
            local_end = self.end.astimezone(zone(self.tzid))
            last = local_end.date()
            if local_end.time() == datetime.min.time() and last > self.local_start_date():
                last -= timedelta(days=1)
            return last
        return self.end - timedelta(days=1)

    def rescheduled(
        self,
        start: Moment,
        end: Moment,
        reason: str,
        *,
        city: str | None = None,
        mode: Mode | None = None,
        when: datetime | None = None,
    ) -> Event:
        """Return a copy moved to ``start``–``end`` with the change kept in its history."""
        if not reason.strip():
            raise ValidationError("a reason is needed to reschedule an event")
        change = EventChange(
            changed_at=when or utc_now(),
            reason=reason.strip(),
            old_start=self.start,
            old_end=self.end,
            new_start=start,
            new_end=end,
            old_place=self.city,
            new_place=self.city if city is None else city,
            old_mode=self.mode.value,
            new_mode=(mode or self.mode).value,
        )
        moved = replace(
            self,
            start=start,
            end=end,
            city=self.city if city is None else city,
            mode=mode or self.mode,
            precision=Precision.DAY,
            period_part=None,
            history=[*self.history, change],
        )
        moved.validate()
        return moved


def occurrence_key(moment: Moment, tzid: str) -> datetime:
    """How an occurrence start is matched (EXDATE, RECURRENCE-ID): its naive wall time in the series' zone."""
    if isinstance(moment, datetime):
        return moment.astimezone(zone(tzid)).replace(tzinfo=None) if moment.tzinfo else moment
    return datetime(moment.year, moment.month, moment.day)


@dataclass
class Override:
    """One occurrence of a series changed on its own, keyed by its original start (RECURRENCE-ID).

    It carries every field an occurrence can change. With ``this_and_future`` (RFC 5545
    RANGE=THISANDFUTURE) the change reaches every later occurrence too: they move by the
    same time difference, take its length and its fields.
    """

    recurrence_id: Moment
    start: Moment
    end: Moment
    title: str
    category: Category
    city: str = ""
    country: str = ""
    venue: str = ""
    mode: Mode = Mode.IN_PERSON
    status: EventStatus = EventStatus.PLANNED
    organiser: str = ""
    description: str = ""
    this_and_future: bool = False
    sequence: int = 0

    @classmethod
    def of(cls, event: Event, recurrence_id: Moment, *, this_and_future: bool = False) -> Override:
        """The override that gives the occurrence ``recurrence_id`` the fields and times of ``event``."""
        return cls(recurrence_id=recurrence_id, start=event.start, end=event.end, title=event.title,
                   category=event.category, city=event.city, country=event.country, venue=event.venue,
                   mode=event.mode, status=event.status, organiser=event.organiser,
                   description=event.description, this_and_future=this_and_future, sequence=event.sequence)

    def applied_to(self, series: Event) -> Event:
        """The series as this occurrence shows it (same UID; no rule of its own)."""
        return replace(series, title=self.title, category=self.category, city=self.city, country=self.country,
                       venue=self.venue, mode=self.mode, status=self.status, organiser=self.organiser,
                       description=self.description, start=self.start, end=self.end, rrule=None, exdates=[],
                       rdates=[], extra_rules=[], overrides=[], precision=Precision.DAY, period_part=None)

    def validate(self, series: Event) -> None:
        if not self.title.strip():
            raise ValidationError("a changed occurrence needs a title")
        if is_all_day(self.start) != is_all_day(self.end):
            raise ValidationError("a changed occurrence needs a start and an end of the same kind")
        if is_all_day(self.recurrence_id) != series.all_day:
            raise ValidationError("a changed occurrence must be named like its series' start (a date or a time)")
        if isinstance(self.start, datetime) and isinstance(self.end, datetime):
            if self.end.astimezone(UTC) <= self.start.astimezone(UTC):
                raise ValidationError("the end of a changed occurrence must come after its start")
        elif self.end <= self.start:
            raise ValidationError("the last day of a changed occurrence cannot come before its first day")


def _as_datetime(moment: Moment) -> datetime:
    if isinstance(moment, datetime):
        return moment
    return datetime(moment.year, moment.month, moment.day, tzinfo=UTC)


@dataclass(frozen=True)
class Occurrence:
    """One occurrence of an event inside a window, recurrences expanded."""

    event: Event
    start: Moment
    end: Moment
    recurrence_id: Moment | None = None

    @property
    def uid(self) -> str:
        return self.event.uid

    @property
    def all_day(self) -> bool:
        return is_all_day(self.start)

    def sort_key(self) -> tuple[datetime, str]:
        """Order all-day items at the start of their day in the venue's zone."""
        if isinstance(self.start, datetime):
            return self.start.astimezone(UTC), self.event.title
        local_midnight = datetime(self.start.year, self.start.month, self.start.day, tzinfo=zone(self.event.tzid))
        return local_midnight.astimezone(UTC), self.event.title


# Country and Body are NamedTuples, not dataclasses: made at import before the first paint (README, Performance ▸ Start-up).
class Country(NamedTuple):
    """A Member or observer State: its name as CICA writes it, ISO 3166 code and IANA zone (no capital)."""

    code: str
    name: str
    tzid: str
    status: str  # "member" or "observer"
    joined: str = ""


class Body(NamedTuple):
    code: str
    name: str
    kind: str  # "governing", "working", "advisory", "secretariat", "mechanism"
    description: str = ""
    colour: str = "#607d8b"
