"""What a meeting on given days would hit, and how much each hit weighs.

Scoring (penalty points; 0 is a date with nothing against it, lower is better). The weights
follow the planners' order of concern — host holiday > many Member States' holidays > Ramadan
> attendees' weekends > closeness to other CICA meetings > lateness for the checklist:

============== ====== ======================================================================
kind           points counted
============== ====== ======================================================================
host-holiday    1000  per day on a public holiday of the host; ``suggest`` never proposes it
host-weekend    1000  per day on the host's weekend; ``suggest`` never proposes it
blackout         200  per blackout period touched (UNGA high-level week, the user's list)
holiday           50  per attending Member State with a public holiday on one of the days
ramadan           30  once, when a day falls in Ramadan (Umm al-Qura)
weekend            8  per attending Member State whose weekend one of the days falls on
meeting            4  per other CICA meeting within the minimum gap, +4 if it overlaps
late               2  per preparation step of the category's checklist already past due
============== ====== ======================================================================

So one Member State's holiday outweighs Ramadan, Ramadan outweighs the weekend of three
Member States, and the closeness of one meeting outweighs one late checklist step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from cica_planner.domain.chairmanship import ChairTerm
from cica_planner.domain.model import Category, Event
from cica_planner.domain.step_conditions import StepCondition, step_applies
from cica_planner.domain.tasks import RelativeDeadline
from cica_planner.services.scheduling.blackouts import BlackoutEntry, blackout_periods
from cica_planner.services.scheduling.holiday_calendar import HolidayCalendar, days
from cica_planner.services.scheduling.ramadan import ramadan_on


class ConflictKind(StrEnum):
    HOST_HOLIDAY = "host-holiday"
    HOST_WEEKEND = "host-weekend"
    BLACKOUT = "blackout"
    HOLIDAY = "holiday"
    RAMADAN = "ramadan"
    WEEKEND = "weekend"
    MEETING = "meeting"
    LATE = "late"


HOST_HOLIDAY_POINTS = 1000
HOST_WEEKEND_POINTS = 1000
BLACKOUT_POINTS = 200
HOLIDAY_POINTS = 50
RAMADAN_POINTS = 30
WEEKEND_POINTS = 8
MEETING_POINTS = 4
LATE_POINTS = 2


@dataclass(frozen=True)
class Conflict:
    """One thing a date hits: its kind, the country concerned ('' if none), a name and its day."""

    kind: ConflictKind
    country: str
    name: str
    day: date
    points: int = 0
    detail: str = ""  # e.g. the local name of a holiday, a meeting's UID

    def as_json(self) -> dict:
        return {"kind": self.kind.value, "country": self.country, "name": self.name, "date": self.day.isoformat()}


@dataclass(frozen=True)
class MeetingRef:
    """Another CICA meeting on fixed days."""

    uid: str
    title: str
    category: str
    country: str
    first: date
    last: date  # inclusive


@dataclass(frozen=True)
class ChecklistStep:
    """A preparation step of the category's checklist, dated relative to the meeting."""

    title: str
    offset: RelativeDeadline
    condition: StepCondition = StepCondition.ALWAYS  # e.g. only a December SOC prepares the budget


@dataclass(frozen=True)
class SchedulingContext:
    """Everything a date is checked against."""

    host: str
    attendees: tuple[str, ...]  # ISO codes, the host included or not
    calendar: HolidayCalendar
    blackouts: Sequence[BlackoutEntry] = ()
    meetings: Sequence[MeetingRef] = ()
    checklist: Sequence[ChecklistStep] = ()
    today: date | None = None
    min_gap: int = 7
    terms: Sequence[ChairTerm] = ()  # the chairmanship register, for steps held only on the eve of a handover

    @property
    def others(self) -> tuple[str, ...]:
        return tuple(c for c in self.attendees if c != self.host)


@dataclass(frozen=True)
class Assessment:
    first: date
    last: date
    conflicts: tuple[Conflict, ...] = field(default_factory=tuple)

    @property
    def score(self) -> int:
        return sum(c.points for c in self.conflicts)

    def as_json(self) -> dict:
        return {
            "start": self.first.isoformat(),
            "end": self.last.isoformat(),
            "score": self.score,
            "conflicts": [c.as_json() for c in self.conflicts],
        }


def host_conflicts(context: SchedulingContext, first: date, last: date) -> list[Conflict]:
    calendar, host = context.calendar, context.host
    found: list[Conflict] = []
    if not host:  # an online meeting, or a host outside the Member States: no host days to avoid
        return found
    for day in days(first, last):
        found += [
            Conflict(ConflictKind.HOST_HOLIDAY, host, h.name, day, HOST_HOLIDAY_POINTS, h.local_name)
            for h in calendar.holidays_on(host, day)
        ]
        if calendar.is_weekend(host, day):
            found.append(Conflict(ConflictKind.HOST_WEEKEND, host, f"weekend ({calendar.weekend_text(host)})", day,
                                  HOST_WEEKEND_POINTS))
    return found


def assess(context: SchedulingContext, first: date, last: date) -> Assessment:
    """Every conflict of a meeting held ``first``..``last`` (inclusive), with its points."""
    with context.calendar.batch():  # the Member States' years met for the first time are kept in one write
        return _assess(context, first, last)


def _assess(context: SchedulingContext, first: date, last: date) -> Assessment:
    found = host_conflicts(context, first, last)
    calendar = context.calendar
    for period in blackout_periods(list(context.blackouts), first, last):
        found.append(Conflict(ConflictKind.BLACKOUT, period.country, period.name, max(period.first, first),
                              BLACKOUT_POINTS, period.note))
    holiday_countries: set[str] = set()
    weekend_countries: set[str] = set()
    ramadan_seen = False
    for day in days(first, last):
        for country in context.others:
            for holiday in calendar.holidays_on(country, day):
                found.append(Conflict(ConflictKind.HOLIDAY, country, holiday.name, day,
                                      0 if country in holiday_countries else HOLIDAY_POINTS, holiday.local_name))
                holiday_countries.add(country)
            if calendar.is_weekend(country, day):
                found.append(Conflict(ConflictKind.WEEKEND, country, f"weekend ({calendar.weekend_text(country)})", day,
                                      0 if country in weekend_countries else WEEKEND_POINTS))
                weekend_countries.add(country)
        ramadan = ramadan_on(day)
        if ramadan is not None and not ramadan_seen:
            found.append(Conflict(ConflictKind.RAMADAN, "", ramadan.label, day, RAMADAN_POINTS,
                                  f"{ramadan.first:%d %b} – {ramadan.last:%d %b %Y}"))
            ramadan_seen = True
    found += _meeting_conflicts(context, first, last)
    found += _late_steps(context, first, last)
    return Assessment(first, last, tuple(found))


def _meeting_conflicts(context: SchedulingContext, first: date, last: date) -> list[Conflict]:
    found = []
    for meeting in context.meetings:
        if meeting.last < first:
            distance = (first - meeting.last).days
            day = meeting.last
        elif meeting.first > last:
            distance = (meeting.first - last).days
            day = meeting.first
        else:
            distance, day = 0, max(meeting.first, first)
        if distance <= context.min_gap:
            points = MEETING_POINTS + (MEETING_POINTS if distance == 0 else 0)
            found.append(Conflict(ConflictKind.MEETING, meeting.country, meeting.title, day, points, meeting.uid))
    return found


def _late_steps(context: SchedulingContext, first: date, last: date) -> list[Conflict]:
    if context.today is None:
        return []
    found = []
    probe = Event(title="probe", category=Category.SOC, start=first, end=last + timedelta(days=1))
    for step in context.checklist:
        if not step_applies(step.condition, probe, context.terms):
            continue
        due = step.offset.resolve(first, last)
        if due < context.today and due < first:
            found.append(Conflict(ConflictKind.LATE, "", f"{step.offset.label()}: {step.title}", due, LATE_POINTS))
    return found


def rank(context: SchedulingContext, window_first: date, window_last: date, length: int) -> list[Assessment]:
    """Every possible start in the window (the meeting ends inside it too), best first.

    Host holidays and host weekends rule a start out; ties go to the earlier date.
    """
    candidates = []
    start = window_first
    span = timedelta(days=length - 1)
    with context.calendar.batch():
        while start + span <= window_last:
            if not host_conflicts(context, start, start + span):
                candidates.append(assess(context, start, start + span))
            start += timedelta(days=1)
    return sorted(candidates, key=lambda a: (a.score, a.first))
