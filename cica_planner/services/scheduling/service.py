"""Scheduling use cases: rank dates for a meeting (``suggest``) and check the dates of an event.

The service reads the calendar (other CICA meetings), the chairmanship register (the troika)
and the checklist templates (what must happen before the meeting) through the other services,
and the holidays, Ramadan and blackout periods through this package. It writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from cica_planner.domain.clock import HOME_ZONE
from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Category, EventStatus, Precision, zone
from cica_planner.domain.step_conditions import StepCondition
from cica_planner.services.scheduling.blackouts import BlackoutEntry, load_blackouts
from cica_planner.services.scheduling.conflicts import (
    Assessment,
    ChecklistStep,
    MeetingRef,
    SchedulingContext,
    assess,
    rank,
)
from cica_planner.services.scheduling.country_sets import CountrySet, chosen_countries
from cica_planner.services.scheduling.holiday_calendar import (
    HolidayCalendar,
    country_names,
    shared_calendar,
)
from cica_planner.services.scheduling.ramadan import RamadanOutOfRange, ramadans_in

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from cica_planner.services.chairmanship import ChairmanshipService
    from cica_planner.services.checklists import ChecklistService
    from cica_planner.services.planner import PlannerService

#: Meetings of CICA bodies that a new meeting should keep its distance from.
MEETING_CATEGORIES = frozenset({
    Category.SUMMIT, Category.MINISTERIAL_COUNCIL, Category.SOC, Category.SWG, Category.BUSINESS_COUNCIL,
    Category.BUSINESS_FORUM, Category.YOUTH_COUNCIL, Category.THINK_TANK_FORUM, Category.EMINENT_PERSONS,
    Category.MINISTERIAL_CONFERENCE, Category.EXPERT_MEETING, Category.TROIKA,
})
DEFAULT_MIN_GAP = 7
#: The longest search window: two years is already far beyond any planning horizon.
MAX_WINDOW_DAYS = 731
MAX_MEETING_DAYS = 31
#: Years a search may cover, as the command line's dates do.
FIRST_YEAR, LAST_YEAR = 1900, 2200
#: Meetings further apart than a quarter do not crowd each other.
MAX_MIN_GAP = 90


@dataclass
class Suggestion:
    """Ranked dates, best first, and what the data could not tell."""

    candidates: list[Assessment]
    attendees: tuple[str, ...]
    notes: list[str] = field(default_factory=list)


def resolve_host(code: str) -> str:
    host = code.strip().upper()
    if host not in country_names():
        raise ValidationError(f"unknown host country {code!r}; use an ISO code such as KZ")
    return host


class SchedulingService:
    """Holiday-, weekend- and meeting-aware date checks over the calendar of ``engine``."""

    def __init__(self, engine: Engine, calendar: HolidayCalendar | None = None,
                 blackouts: Sequence[BlackoutEntry] | None = None, *, planner: PlannerService | None = None,
                 chairs: ChairmanshipService | None = None, checklists: ChecklistService | None = None) -> None:
        # Imported here: the window's holiday marks use this module before the database stack is loaded.
        from cica_planner.services.chairmanship import ChairmanshipService
        from cica_planner.services.checklists import ChecklistService
        from cica_planner.services.planner import PlannerService

        # The calendar's own services when the composition root hands them over; built here for a script.
        self.planner = planner or PlannerService(engine)
        self.checklists = checklists or ChecklistService(engine)
        self.chairs = chairs or ChairmanshipService(engine, tasks=self.checklists)
        self.calendar = calendar or shared_calendar()
        self._blackouts = list(blackouts) if blackouts is not None else None

    @property
    def blackouts(self) -> list[BlackoutEntry]:
        if self._blackouts is None:
            self._blackouts = load_blackouts()
        return self._blackouts

    def reload_blackouts(self) -> None:
        """Read the blackout list again on next use (after the user edited it)."""
        self._blackouts = None

    # -- inputs --

    def countries(self, chosen: CountrySet, host: str, day: date) -> tuple[str, ...]:
        """The ISO codes ``chosen`` stands for on ``day`` (the troika is the one presiding then)."""
        troika: list[str] = []
        if chosen.kind == "troika":
            presiding = self.chairs.troika(day)
            troika = [t.country for t in (presiding.previous, presiding.current, presiding.incoming) if t is not None]
        return chosen_countries(chosen, host, troika)

    def meetings(self, first: date, last: date, exclude_uid: str | None = None) -> list[MeetingRef]:
        occurrences = self.planner.occurrences(first, last + timedelta(days=1), tzid=HOME_ZONE, include_unscheduled=False)
        found = []
        for occurrence in occurrences:
            event = occurrence.event
            if (event.uid == exclude_uid or event.category not in MEETING_CATEGORIES
                    or event.status is EventStatus.CANCELLED or event.precision is not Precision.DAY):
                continue
            start_day = _local_day(occurrence.start, event.tzid)
            last_day = start_day + (event.local_end_date() - event.local_start_date())
            found.append(MeetingRef(event.uid, event.title, event.category.value, event.country, start_day, last_day))
        return found

    def checklist(self, category: Category) -> list[ChecklistStep]:
        template = self.checklists.template_for(category)
        if template is None:
            return []
        return [ChecklistStep(item.title, item.offset, StepCondition.parse(item.applies_when))
                for item in template.items if item.offset.amount < 0]

    def context(self, *, category: Category, host: str, countries: CountrySet, first: date, last: date,
                min_gap: int = DEFAULT_MIN_GAP, today: date | None = None,
                exclude_uid: str | None = None) -> SchedulingContext:
        margin = timedelta(days=min_gap)
        return SchedulingContext(
            host=host,
            attendees=self.countries(countries, host, first),
            calendar=self.calendar,
            blackouts=self.blackouts,
            meetings=self.meetings(first - margin, last + margin, exclude_uid),
            checklist=self.checklist(category),
            today=today,
            min_gap=min_gap,
            terms=self.chairs.terms(),
        )

    # -- use cases --

    def suggest(self, *, category: Category, host: str, days: int, first: date, last: date,
                countries: CountrySet = CountrySet(), min_gap: int = DEFAULT_MIN_GAP, today: date | None = None,
                exclude_uid: str | None = None) -> Suggestion:
        """Start dates for a ``days``-day meeting between ``first`` and ``last``, best first."""
        host = resolve_host(host)
        if not 1 <= days <= MAX_MEETING_DAYS:
            raise ValidationError(f"--days must be between 1 and {MAX_MEETING_DAYS}")
        if last < first:
            raise ValidationError("--to comes before --from")
        if first.year < FIRST_YEAR or last.year > LAST_YEAR:
            raise ValidationError(f"search between the years {FIRST_YEAR} and {LAST_YEAR}")
        if (last - first).days + 1 > MAX_WINDOW_DAYS:
            raise ValidationError(f"the window is too long: search at most {MAX_WINDOW_DAYS} days at a time")
        if (last - first).days + 1 < days:
            raise ValidationError(f"a {days}-day meeting does not fit between {first} and {last}")
        if not 0 <= min_gap <= MAX_MIN_GAP:
            raise ValidationError(f"--min-gap must be between 0 and {MAX_MIN_GAP} days")
        context = self.context(category=category, host=host, countries=countries, first=first, last=last,
                               min_gap=min_gap, today=today, exclude_uid=exclude_uid)
        candidates = rank(context, first, last, days)
        return Suggestion(candidates, context.attendees, self.notes(context.attendees, first, last))

    def check(self, *, category: Category, host: str, first: date, last: date, countries: CountrySet = CountrySet(),
              min_gap: int = DEFAULT_MIN_GAP, today: date | None = None, exclude_uid: str | None = None) -> Assessment:
        """Everything a meeting on ``first``..``last`` hits (the editor's live warnings)."""
        host = resolve_host(host) if host else ""
        context = self.context(category=category, host=host, countries=countries, first=first, last=last,
                               min_gap=min_gap, today=today, exclude_uid=exclude_uid)
        return assess(context, first, last)

    def notes(self, countries: Sequence[str], first: date, last: date) -> list[str]:
        """What the data cannot tell for this window: missing countries or years, Ramadan out of range."""
        found = self.calendar.gap_notes(countries, first, last)
        for year in range(first.year, last.year + 1):
            try:
                ramadans_in(year)
            except RamadanOutOfRange:
                found.append(f"Ramadan {year}: outside the Umm al-Qura tables (1924–2077), not checked")
        return found


def _local_day(moment: date | datetime, tzid: str) -> date:
    if isinstance(moment, datetime):
        return moment.astimezone(zone(tzid)).date()
    return moment
