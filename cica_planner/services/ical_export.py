"""iCalendar export that Outlook, Thunderbird and Google read at the right hour.

The file follows RFC 5545 and the rules Outlook documents in MS-STANOICAL and MS-OXCICAL: UTF-8, CRLF,
lines folded at 75 octets, ``METHOD:PUBLISH``, one VEVENT per event with a stable UID,
SEQUENCE/LAST-MODIFIED that rise with every change, one CATEGORIES, at most one VALARM,
all-day events as ``VALUE=DATE`` with an exclusive DTEND, and an Outlook-safe VTIMEZONE
(``services.ical_timezones``) for every TZID.

How events are written:

* **Timed events** carry ``TZID=<IANA zone of the venue>``. Outlook keeps only the current
  rules of a zone, so an instant it would read at another offset (Astana before
  2024-03-01, Cairo in the last days of October 2024, ...) is written in UTC (``Z``)
  instead, which every client converts right; for a series, that occurrence is left out
  of the series with EXDATE and written as its own VEVENT (UID ``<uid>-<yyyymmdd>``).
* **Recurrence**: a rule that fits Outlook's recurrence templates (daily; weekly with
  BYDAY; monthly by day of month or n-th weekday; yearly by month and day or n-th
  weekday; INTERVAL; COUNT or UNTIL) is written as RRULE/EXDATE. Any other rule is
  expanded into separate VEVENTs with UIDs ``<uid>-<yyyymmdd>`` (local start date).
  A rule with a single occurrence is written as a single event (Office 365 rejects
  ``FREQ=YEARLY;COUNT=1``).
* **Busy status**: ``TRANSP:TRANSPARENT`` / ``X-MICROSOFT-CDO-BUSYSTATUS:FREE`` for all-day
  items of two days or more (forums that should not block a diary), items whose date is
  not fixed yet, cancelled events and deadline markers; otherwise ``OPAQUE`` with BUSY,
  or TENTATIVE for proposed and postponed events.
* **STATUS**: CONFIRMED for confirmed/held, TENTATIVE for proposed/planned/postponed,
  CANCELLED for cancelled.
* **Unscheduled events** (known to a month, quarter or year) are left out unless asked
  for; then they are tentative (STATUS:TENTATIVE whatever their status) all-day items over their whole window titled
  "<title> (date TBC: Q4 2024)".
* ``X-CICA-*`` properties keep what iCalendar has no place for (zone, city, country,
  mode, exact status, precision, the plain description) so that importing the file
  into CICA Planner gives the same events back; other clients ignore them.

Checklist deadlines (``include_tasks``): Outlook does not import VTODO at all, so each
open task with a deadline becomes an all-day, FREE/TRANSPARENT VEVENT titled
"Deadline: <task> (<event title>)" with the UID ``task-<id>-<event uid>``. No VTODO is
written, so clients that do read VTODO (Thunderbird, Evolution, Apple Reminders) get
nothing extra: the deadlines show in their calendar, not in their task list. Teams who
want the checklist as Outlook Tasks use the CSV report instead. Importing such a file
into CICA Planner ignores the deadline markers (they belong to the event's checklist).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from cica_planner import __version__
from cica_planner.domain.clock import HOME_ZONE, system_clock
from cica_planner.domain.model import (
    Category,
    Event,
    EventStatus,
    Moment,
    Occurrence,
    Precision,
    utc_now,
    zone,
)
from cica_planner.domain.outcome import needs_outcome, shown_status
from cica_planner.domain.periods import describe_period
from cica_planner.domain.recurrence import occurrences as expand
from cica_planner.domain.recurrence import parse_rule, wall_time
from cica_planner.domain.tasks import TaskStatus
from cica_planner.services import ical_series_export as series_export
from cica_planner.services import ical_values
from cica_planner.services.files import write_atomically
from cica_planner.services.ical_names import (
    KIND_DEADLINE,
    X_CITY,
    X_COUNTRY,
    X_DESCRIPTION,
    X_KIND,
    X_MODE,
    X_ORGANISER,
    X_PERIOD_PART,
    X_PRECISION,
    X_STATUS,
    X_TITLE,
    X_TZID,
    X_VENUE,
)
from cica_planner.services.ical_outlook import HORIZON_YEARS, OutlookZone, outlook_rule
from cica_planner.services.ical_text import Component, calendar_text, duration, escape, fold, is_utc_name
from cica_planner.services.ical_timezones import outlook_timezone
from cica_planner.services.planner import PlannerService, window_bounds
from cica_planner.services.tasks import TaskQuery, TaskService

if TYPE_CHECKING:
    import icalendar

PRODID = f"-//CICA Secretariat//CICA Planner {__version__}//EN"
CALENDAR_NAME = "CICA Planner"
#: Window dates of the options are days at the Secretariat's seat.
OPTIONS_ZONE = HOME_ZONE


_STATUS = {
    EventStatus.CONFIRMED: "CONFIRMED",
    EventStatus.HELD: "CONFIRMED",
    EventStatus.PROPOSED: "TENTATIVE",
    EventStatus.PLANNED: "TENTATIVE",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


@dataclass(frozen=True)
class ExportOptions:
    """What to export.

    Attributes:
        start: First day (in Astana) an exported event must touch; None for no limit.
        end: Last day, inclusive; None for no limit.
        categories: Only these categories; empty for all.
        include_unscheduled: Also export events known only to a month, quarter or year.
        include_tasks: Add open checklist deadlines as all-day FREE events.
        alarm_minutes: Add a reminder this many minutes before each timed event (one VALARM);
            None, the default, adds none: the reader's own reminder settings apply.
    """

    start: date | None = None
    end: date | None = None
    categories: frozenset[Category] = frozenset()
    include_unscheduled: bool = False
    include_tasks: bool = False
    alarm_minutes: int | None = None
    #: The calendar's name (X-WR-CALNAME: Outlook's folder name), in the user's language.
    calendar_name: str = CALENDAR_NAME


@dataclass
class ExportResult:
    """The written calendar and how many VEVENTs it holds."""

    data: bytes
    event_count: int
    deadline_count: int = 0
    uids: list[str] = field(default_factory=list)

    def to_bytes(self) -> bytes:
        return self.data

    @cached_property
    def calendar(self) -> icalendar.Calendar:
        """The file read back with icalendar, for callers that cut it into parts (CalDAV resources)."""
        import icalendar

        return icalendar.Calendar.from_ical(self.data)


def export_calendar(planner: PlannerService, options: ExportOptions | None = None, *,
                    tasks: TaskService | None = None) -> bytes:
    """Return the selected events as an iCalendar file (UTF-8, CRLF, folded)."""
    return build_export(planner, options, tasks=tasks).to_bytes()


def build_export(planner: PlannerService, options: ExportOptions | None = None, *, now: datetime | None = None,
                 tasks: TaskService | None = None) -> ExportResult:
    """Build the calendar of the events ``options`` selects (see the module docstring).

    ``tasks`` (the container's task service) gives the checklist deadlines ``options.include_tasks`` asks for.
    """
    options = options or ExportOptions()
    if options.include_tasks and tasks is None:
        raise ValueError("an export with checklist deadlines needs the task service")
    stamp = (now or utc_now()).astimezone(UTC)
    events = _select(planner, options)
    # Whose "today" decides what is past: the Secretariat's, at the moment of the export.
    writer = _Writer(stamp, stamp.astimezone(zone(HOME_ZONE)).date(), options.alarm_minutes)
    vevents: list[_VEvent] = []
    years = _years(events)
    for event in events:
        vevents.extend(writer.event(event, years))
    deadlines = _deadline_events(tasks, events, options, stamp) if tasks is not None and options.include_tasks else []
    vevents.extend(deadlines)

    properties = [fold(f"PRODID:{escape(PRODID)}"), "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    # Outlook names a new calendar folder after X-WR-CALNAME, and must not get one for a
    # single appointment (MS-OXCICAL).
    if len(vevents) != 1:
        properties.append(fold(f"X-WR-CALNAME:{escape(options.calendar_name or CALENDAR_NAME)}"))
    # One Outlook-safe VTIMEZONE per zone used, built once, before the first VEVENT.
    used = dict.fromkeys(tzid for vevent in vevents for tzid in vevent.tzids if not is_utc_name(tzid))
    timezones = [outlook_timezone(tzid, years).to_ical().decode("utf-8").rstrip("\r\n") for tzid in used]
    data = calendar_text(properties, timezones, vevents)
    return ExportResult(data, len(vevents), len(deadlines), [v.uid for v in vevents])


def write_export(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`~cica_planner.services.files.write_atomically`).

    A failure at any point leaves the previous file (if any) untouched and no temporary
    file behind; a missing folder or a folder given as the file is a ValidationError.
    """
    write_atomically(path, data)


# ---------------------------------------------------------------------------
# Selection
# ---------------------------------------------------------------------------


def select_events(planner: PlannerService, options: ExportOptions) -> list[Event]:
    """The events ``options`` choose for export (also counted by ``services.export_preview``)."""
    return _select(planner, options)


def _select(planner: PlannerService, options: ExportOptions) -> list[Event]:
    events = [
        e
        for e in planner.all_events()
        if (not options.categories or e.category in options.categories)
        and (options.include_unscheduled or e.precision is Precision.DAY)
        and e.precision is not Precision.UNDATED  # no day at all: nothing to put in a calendar
    ]
    if options.start is None and options.end is None:
        return events
    first = options.start or date(1900, 1, 1)
    last = options.end or date(2199, 12, 31)
    window_start, window_end = window_bounds(first, last + timedelta(days=1), OPTIONS_ZONE)
    return [e for e in events if next(expand(e, window_start, window_end), None) is not None]


def _years(events: Iterable[Event]) -> range:
    """Years the VTIMEZONEs must be right for: every event, and series up to their end or horizon."""
    first, last = None, None
    for event in events:
        if event.all_day or not isinstance(event.start, datetime) or not isinstance(event.end, datetime):
            continue
        start_year = event.start.astimezone(zone(event.tzid)).year
        end_year = event.end.astimezone(zone(event.tzid)).year
        if event.rrule:
            end_year = max(end_year, _rule_last_year(event))
        first = start_year if first is None else min(first, start_year)
        last = end_year if last is None else max(last, end_year)
    if first is None or last is None:
        this_year = system_clock().today().year
        return range(this_year, this_year + 1)
    return range(first, last + 1)


def _rule_last_year(event: Event) -> int:
    rule = parse_rule(event.rrule or "", event.start)
    horizon = wall_time(event.start).year + HORIZON_YEARS
    last = rule.before(datetime(horizon + 1, 1, 1), inc=False)
    return min(last.year, horizon) if last else horizon


# ---------------------------------------------------------------------------
# Writing events
# ---------------------------------------------------------------------------


class _VEvent(Component):
    """One VEVENT's lines, and its UID."""

    __slots__ = ("uid",)

    def __init__(self, uid: str) -> None:
        super().__init__("VEVENT")
        self.uid = uid
        self.text("UID", uid)


class _Writer:
    def __init__(self, stamp: datetime, today: date, alarm_minutes: int | None = None) -> None:
        self.stamp = stamp
        self.today = today
        self.alarm_minutes = alarm_minutes
        self._zones: dict[tuple[str, int, int], OutlookZone] = {}

    def _outlook_zone(self, tzid: str, years: range) -> OutlookZone:
        key = (tzid, years.start, years.stop)
        if key not in self._zones:
            self._zones[key] = OutlookZone(outlook_timezone(tzid, years))
        return self._zones[key]

    def _outlook_reads_right(self, tzid: str, years: range, start: datetime) -> bool:
        local = start.astimezone(zone(tzid))
        return self._outlook_zone(tzid, years).offset(local.replace(tzinfo=None)) == local.utcoffset()

    def event(self, event: Event, years: range) -> Iterator[_VEvent]:
        """Yield the VEVENTs of one event: the master, its overrides and any occurrences written apart."""
        rule = outlook_rule(event) if event.rrule else None
        if event.is_series and rule is None:
            # Outlook maps only its own recurrence templates; other rules (and RDATE-only
            # series) are dropped or mangled on import, so the series is written occurrence by
            # occurrence. The UIDs come from the series UID and the original date, so a second
            # export gives the same ones.
            occurrences = _all_occurrences(event)
            if len(occurrences) == 1 and occurrences[0].start == event.start and occurrences[0].event is event:
                # A "series" of one (FREQ=YEARLY;COUNT=1 is refused by Office 365): a plain event.
                yield from self.event(series_export.plain(event), years)
                return
            for part in series_export.parts_apart(event, occurrences[:series_export.MAX_OCCURRENCES_APART]):
                yield from self.event(part, years)
            return
        if not event.is_series:
            utc = event.tzid == "UTC" or (
                isinstance(event.start, datetime) and not self._outlook_reads_right(event.tzid, years, event.start)
            )
            yield self._vevent(event, None, utc=utc)
            return
        if (event.all_day or event.tzid == "UTC") and not (event.rdates or event.overrides):
            yield self._vevent(event, rule, utc=event.tzid == "UTC")
            return
        # A series stays one VEVENT in the venue's zone, with its changed occurrences as
        # RECURRENCE-ID overrides (Outlook shows them as exceptions of the series). An
        # occurrence that Outlook would put at another hour (its zone rules are today's only)
        # is written in UTC, which every client converts right: unchanged, it leaves the
        # series (EXDATE) as an event of its own; changed, its override says so in UTC.
        # Occurrences the rule does not give (RDATE) are written apart: Outlook ignores RDATE.
        def misread(start: Moment) -> bool:
            return isinstance(start, datetime) and event.tzid != "UTC" and not self._outlook_reads_right(
                event.tzid, years, start)

        split = series_export.split(event, _all_occurrences(event), misread)
        yield self._vevent(_with_exdates(event, split.exdates) if split.exdates else event, rule, utc=False)
        for occurrence in split.overrides:
            yield self._vevent(occurrence.event, None, utc=misread(occurrence.start),
                               recurrence_id=occurrence.recurrence_id, series=event)
        for part in split.apart:
            yield self._vevent(part, None, utc=misread(part.start))

    def _vevent(self, event: Event, rule: str | None, *, utc: bool, recurrence_id: Moment | None = None,
                series: Event | None = None) -> _VEvent:
        vevent = _VEvent(event.uid)
        if recurrence_id is not None and series is not None:
            # Named like the series' DTSTART (its TZID, or a date), as Outlook and O365 need.
            vevent.moment("RECURRENCE-ID", series_export.recurrence_id_value(series, recurrence_id))
        vevent.stamp("DTSTAMP", self.stamp)
        vevent.stamp("CREATED", event.created)
        vevent.stamp("LAST-MODIFIED", event.last_modified)
        vevent.raw("SEQUENCE", str(event.sequence))
        title = _one_line(event.title)
        if not event.date_is_fixed:
            last = event.end - timedelta(days=1)
            label = describe_period(event.precision, event.start, event.period_part, last)
            title = f"{title} (date TBC: {label})"
        vevent.text("SUMMARY", title)
        if isinstance(event.start, datetime) and isinstance(event.end, datetime):
            tz = UTC if utc else zone(event.tzid)
            vevent.moment("DTSTART", event.start.astimezone(tz))
            vevent.moment("DTEND", event.end.astimezone(tz))
        else:
            vevent.moment("DTSTART", event.start)
            vevent.moment("DTEND", event.end)
            vevent.raw("X-MICROSOFT-CDO-ALLDAYEVENT", "TRUE")
        if rule:
            vevent.raw("RRULE", ical_values.rule(rule)[0])
            exdates = _exdates(event)
            if exdates:
                vevent.moments("EXDATE", exdates)
        # An event whose date is not fixed is tentative whatever its status says; X-CICA-STATUS keeps the real one.
        # So is a past event whose outcome nobody recorded: it may not have taken place.
        settled = event.date_is_fixed and not needs_outcome(event, self.today)
        vevent.raw("STATUS", _STATUS[event.status] if settled else "TENTATIVE")
        free = (
            (event.all_day and event.duration().days >= 2)
            or not event.date_is_fixed
            or event.status is EventStatus.CANCELLED
        )
        vevent.raw("TRANSP", "TRANSPARENT" if free else "OPAQUE")
        if free:
            busy = "FREE"
        elif event.status in (EventStatus.PROPOSED, EventStatus.POSTPONED):
            busy = "TENTATIVE"
        else:
            busy = "BUSY"
        vevent.raw("X-MICROSOFT-CDO-BUSYSTATUS", busy)
        vevent.text("CATEGORIES", event.category.value)
        if event.place:
            vevent.text("LOCATION", _one_line(event.place))
        vevent.text("DESCRIPTION", _description(event, shown_status(event, self.today)))
        self._cica_properties(vevent, event)
        if not event.all_day and self.alarm_minutes:
            alarm = Component("VALARM")
            alarm.raw("ACTION", "DISPLAY")
            alarm.text("DESCRIPTION", title)
            alarm.raw("TRIGGER", duration(timedelta(minutes=-self.alarm_minutes)))
            vevent.add(alarm)
        return vevent

    @staticmethod
    def _cica_properties(vevent: _VEvent, event: Event) -> None:
        vevent.text(X_TZID, event.tzid)
        vevent.text(X_STATUS, event.status.value)
        vevent.text(X_MODE, event.mode.value)
        for name, value in (
            (X_CITY, event.city),
            (X_COUNTRY, event.country),
            (X_VENUE, event.venue),
            (X_ORGANISER, event.organiser),
            (X_DESCRIPTION, _normalise_newlines(event.description)),
        ):
            if value:
                vevent.text(name, value)
        if not event.date_is_fixed:
            vevent.text(X_TITLE, _one_line(event.title))
            vevent.text(X_PRECISION, event.precision.value)
            if event.period_part:
                vevent.text(X_PERIOD_PART, event.period_part.value)


def _one_line(text: str) -> str:
    """Titles and places are one line; line breaks inside them become spaces."""
    return " ".join(_normalise_newlines(text).split("\n")).strip()


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _description(event: Event, status: str | None = None) -> str:
    """The plain description followed by the facts Outlook users cannot see elsewhere.

    ``status`` is the status as shown on the day of the export ("outcome to confirm" for a past plan).
    """
    lines = [_normalise_newlines(event.description).strip()] if event.description.strip() else []
    facts = []
    if event.organiser:
        facts.append(f"Organiser: {event.organiser}")
    facts.append(f"Mode: {event.mode.value}")
    facts.append(f"Status: {status or event.status.value}")
    facts.extend(f"Rescheduled: {_normalise_newlines(change.summary())}" for change in event.history)
    if lines:
        lines.append("")
    return "\n".join(lines + facts)


def _with_exdates(event: Event, extra: list[Moment]) -> Event:
    return replace(event, exdates=[*event.exdates, *extra])


def _all_occurrences(event: Event) -> list[Occurrence]:
    """Every occurrence of a series up to its end, or up to the horizon for an open-ended one."""
    horizon = wall_time(event.start).year + HORIZON_YEARS
    # Changed occurrences and extra dates may lie before the start or past the horizon.
    walls = [wall_time(m) for m in (event.start, *event.rdates, *(o.start for o in event.overrides))]
    window_start = min(walls).replace(tzinfo=UTC) - timedelta(days=2)
    window_end = max(datetime(horizon + 1, 1, 1), *walls).replace(tzinfo=UTC) + timedelta(days=2)
    return list(expand(event, window_start, window_end))


def _exdates(event: Event) -> list[Moment]:
    """EXDATEs in the same zone (or as dates) as DTSTART, as Outlook and O365 need."""
    if not isinstance(event.start, datetime):  # all-day
        return [m.date() if isinstance(m, datetime) else m for m in event.exdates]
    tz = zone(event.tzid)
    found = []
    for moment in event.exdates:
        if isinstance(moment, datetime):
            found.append(moment.astimezone(tz))
        else:  # a date on a timed series: the occurrence that starts that day
            found.append(datetime.combine(moment, event.start.timetz()).replace(tzinfo=tz))
    return found


# ---------------------------------------------------------------------------
# Checklist deadlines
# ---------------------------------------------------------------------------


def _deadline_events(
    tasks: TaskService, events: list[Event], options: ExportOptions, stamp: datetime
) -> list[_VEvent]:
    by_uid = {e.uid: e for e in events}
    open_statuses = frozenset(s for s in TaskStatus if s is not TaskStatus.DONE)
    items = tasks.list_tasks(TaskQuery(statuses=open_statuses))
    found = []
    for item in items:
        event = by_uid.get(item.task.event_uid)
        if event is None or item.due is None:
            continue
        if (options.start and item.due < options.start) or (options.end and item.due > options.end):
            continue
        vevent = _VEvent(f"task-{item.task.id}-{event.uid}")
        vevent.stamp("DTSTAMP", stamp)
        vevent.stamp("LAST-MODIFIED", event.last_modified)
        vevent.raw("SEQUENCE", str(event.sequence))
        vevent.text("SUMMARY", _one_line(f"Deadline: {item.task.title} ({event.title})"))
        vevent.moment("DTSTART", item.due)
        vevent.moment("DTEND", item.due + timedelta(days=1))
        vevent.raw("X-MICROSOFT-CDO-ALLDAYEVENT", "TRUE")
        vevent.raw("TRANSP", "TRANSPARENT")
        vevent.raw("X-MICROSOFT-CDO-BUSYSTATUS", "FREE")
        vevent.raw("STATUS", "CONFIRMED")
        vevent.text("CATEGORIES", event.category.value)
        lines = [f"Checklist of: {event.title}", f"Task status: {item.task.status.value}",
                 f"Priority: {item.task.priority.value}"]
        if item.task.owner:
            lines.insert(1, f"Owner: {item.task.owner}")
        if item.provisional:
            lines.append("The event's date is not fixed yet, so neither is this deadline.")
        vevent.text("DESCRIPTION", "\n".join(lines))
        vevent.text(X_KIND, KIND_DEADLINE)
        found.append(vevent)
    return found
