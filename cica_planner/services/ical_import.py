"""iCalendar import from Outlook, Google, Thunderbird and CICA Planner's own export.

Importing is two steps so that the desktop app can show what will happen first:
:func:`plan_import` reads the file and works out, for every VEVENT, whether it is new,
an update, unchanged or skipped (with its UID and the reason), without writing;
:func:`apply_import` then writes the plan in ONE transaction (all or nothing).

Reading rules:

* A file that is not iCalendar at all (empty, binary, cut short before END:VCALENDAR,
  no VEVENT) raises ImportFormatError with a one-line message.
* A VEVENT that cannot be read (bad DTSTART, DTEND before DTSTART, an unknown TZID
  without VTIMEZONE, a bad RRULE, ...) is skipped and named; the rest imports.
* Time zones: a TZID that is an IANA name, or a Windows name with a CLDR mapping, is
  read with the IANA rules of that zone, as Google and Thunderbird do for known zones
  (their VTIMEZONEs often carry only today's offset: Google writes Asia/Almaty at +05
  all year, old clients at +06). A VTIMEZONE under any other TZID is honoured as
  written. The instant is stored exactly, under the IANA zone that gives the same
  offset: the TZID itself, the zone of the country named in LOCATION, the Windows
  mapping, or else UTC. In CICA Planner's own files (``X-CICA-TZID``) the wall time is read in that
  IANA zone, since their VTIMEZONEs carry only what Outlook can read. UTC times
  (Google) are stored under X-WR-TIMEZONE. Floating times are
  read in X-WR-TIMEZONE, else in Asia/Almaty, and the plan says so in its notes.
* EXDATE and RECURRENCE-ID values in the TZID of DTSTART name occurrences by their wall
  time in that TZID: they are moved into the stored zone by the same shift as DTSTART,
  so they still match the stored series when it had to fall back to another zone.
* A series stays one series (see ``ical_series_import``): a RECURRENCE-ID override
  becomes an override of the series with the same UID, in the file or stored, keyed by
  the occurrence's original start; RDATE (DATE, DATE-TIME, PERIOD), several RRULEs and
  an empty ``RRULE:`` are read as other readers do. An override written in the same TZID
  as its series is stored under the series' zone (the zone chosen for a VEVENT also
  depends on its LOCATION, which a moved instance often lacks).
* Re-import updates by UID when SEQUENCE is higher, or equal with a newer
  LAST-MODIFIED (DTSTAMP when there is none); otherwise the event is unchanged.
* CICA Planner's own files (``X-CICA-*`` properties): city, country and venue come from
  the X- properties only, never from LOCATION. Occurrences the export wrote apart
  (UID ``<uid>-<yyyymmdd>``) that are stored but no longer in a file holding their series
  are removed (the series changed), unless the stored series is newer than the file's.
  Checklist deadline markers are counted as ignored, not as skipped.
"""

from __future__ import annotations

import hashlib
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from cica_planner.domain.clock import HOME_ZONE
from cica_planner.domain.errors import ImportFormatError, ValidationError
from cica_planner.domain.model import (
    Category,
    Country,
    Event,
    EventStatus,
    Mode,
    Moment,
    Override,
    PeriodPart,
    Precision,
)
from cica_planner.domain.recurrence import parse_rule
from cica_planner.services import ical_export as ex
from cica_planner.services import ical_series_import as series_import
from cica_planner.services.concurrency import record_write
from cica_planner.services.import_apply import Decision, WriteLog, lock_for_writing, recheck
from cica_planner.services.import_guard import decode_ical, fresh_timezone_state
from cica_planner.services.planner import PlannerService
from cica_planner.storage import repositories as repo
from cica_planner.storage.backups import BackupKind, backup_before
from cica_planner.storage.db import session_scope

DEFAULT_ZONE = HOME_ZONE
#: A timed VEVENT without DTEND or DURATION gets this length (the model needs end > start).
DEFAULT_DURATION = timedelta(hours=1)
#: LOCATION texts up to this length are taken as the city, longer ones as the venue.
SHORT_LOCATION = 40

Progress = Callable[[int, int], None]


class Outcome(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"
    #: A stored occurrence written apart by an earlier export that the file's series no longer has.
    REMOVED = "removed"


@dataclass(frozen=True)
class PlannedItem:
    """What importing one VEVENT will do."""

    uid: str
    outcome: Outcome
    title: str = ""
    reason: str = ""
    event: Event | None = None


@dataclass
class ImportPlan:
    """The outcome of every VEVENT of a file, worked out without writing anything."""

    items: list[PlannedItem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: Occurrences to leave out of series that are already stored. ``plan_import`` leaves it empty
    #: now (an override joins its stored series as an update); the apply step still honours it.
    stored_exdates: dict[str, list[Moment]] = field(default_factory=dict)
    #: Checklist deadline markers of the file (they belong to the checklists, not the calendar).
    ignored_deadlines: int = 0

    def count(self, outcome: Outcome) -> int:
        return sum(item.outcome is outcome for item in self.items)

    @property
    def skipped(self) -> list[PlannedItem]:
        return [item for item in self.items if item.outcome is Outcome.SKIPPED]

    def summary(self) -> str:
        return _summary(self.count(Outcome.NEW), self.count(Outcome.UPDATED), self.count(Outcome.UNCHANGED),
                        self.count(Outcome.SKIPPED), self.count(Outcome.REMOVED), self.ignored_deadlines)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    skipped: list[PlannedItem]
    notes: list[str]
    removed: int = 0
    ignored_deadlines: int = 0
    #: What the write really did, read inside its transaction (undo reverts exactly this).
    created_uids: list[str] = field(default_factory=list)
    replaced: list[Event] = field(default_factory=list)

    def summary(self) -> str:
        return _summary(self.created, self.updated, self.unchanged, len(self.skipped), self.removed,
                        self.ignored_deadlines)


def _summary(created: int, updated: int, unchanged: int, skipped: int, removed: int, ignored: int) -> str:
    text = f"created {created}, updated {updated}, unchanged {unchanged}, skipped {skipped}"
    if removed:
        text += f", removed {removed}"
    if ignored:
        text += f", ignored {ignored} checklist deadline{'' if ignored == 1 else 's'}"
    return text


# ---------------------------------------------------------------------------
# Reading the file
# ---------------------------------------------------------------------------


def read_calendars(data: bytes) -> list[icalendar.Calendar]:
    """Parse ``data`` as iCalendar or raise ImportFormatError with a one-line message.

    Nothing else is checked here: a file whose VEVENTs are all broken still parses.
    """
    text = decode_ical(data)  # one-line reasons, no control characters, within the limits
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or lines[0].upper() != "BEGIN:VCALENDAR":
        raise ImportFormatError("this is not an iCalendar file (it does not start with BEGIN:VCALENDAR)")
    if lines[-1].upper() != "END:VCALENDAR":
        raise ImportFormatError("the iCalendar file is cut short (it does not end with END:VCALENDAR)")
    try:
        with warnings.catch_warnings():
            # icalendar warns about guessed zone names; the plan reports what matters.
            warnings.simplefilter("ignore")
            fresh_timezone_state()  # no VTIMEZONE of an earlier file may stand in for this file's
            calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except Exception as exc:  # any parser failure means "not readable", in one line
        message = " ".join(str(exc).split()) or exc.__class__.__name__
        raise ImportFormatError(f"cannot read the iCalendar file: {message[:200]}") from None
    calendars = [c for c in calendars if c.name == "VCALENDAR" and any(s.name == "VEVENT" for s in c.walk())]
    if not calendars:
        raise ImportFormatError("the iCalendar file holds no events (no VEVENT)")
    return calendars


_ESCAPE = re.compile(r"\\([\\;,nN])")


def _unescape(raw: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), raw)


def _x_text(component: icalendar.Component, name: str) -> str | None:
    """An X- property as text (icalendar keeps X- values raw, still escaped)."""
    value = component.get(name)
    if value is None:
        return None
    if isinstance(value, list):
        value = value[0]
    raw = value.to_ical() if hasattr(value, "to_ical") else value
    text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else str(raw)
    return _unescape(text)


def _text(component: icalendar.Component, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    return str(value)


def _valid_zone(name: str | None) -> str | None:
    if not name:
        return None
    try:
        ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a file name
        return None
    return name.strip()


# ---------------------------------------------------------------------------
# Planning
# ---------------------------------------------------------------------------


class _SkipError(Exception):
    """A VEVENT that cannot be imported; the message is the reason shown to the user."""


@dataclass
class _Context:
    calendar_zone: str | None
    file_zones: dict[str, tzinfo]
    countries: list[Country]
    notes: list[str]


def plan_import(
    planner: PlannerService,
    data: bytes | list[icalendar.Calendar],
    progress: Progress | None = None,
) -> ImportPlan:
    """Work out what importing ``data`` would do, without writing anything.

    Raises:
        ImportFormatError: If ``data`` is not an iCalendar file at all.
    """
    calendars = read_calendars(data) if isinstance(data, bytes) else data
    stored = {event.uid: event for event in planner.all_events()}
    countries = planner.countries() or _shipped_countries()
    plan = ImportPlan()
    components = [(cal, c) for cal in calendars for c in cal.walk("VEVENT")]
    incoming: dict[str, Event] = {}
    overrides: list[_Read] = []
    # DTSTART's TZID, the event and the wall-time shift read from each series master; each moved instance.
    masters: dict[str, tuple[str | None, Event, timedelta]] = {}
    # Series of CICA Planner's own files: their parts written apart that the file lacks are stale.
    own_series: dict[str, Event] = {}
    moved: list[tuple[str, str | None, list[Event]]] = []
    order: list[PlannedItem] = []
    # A file's zones are built once per calendar, not once per event: building a zone from its
    # VTIMEZONE rules is the slowest step of reading a file.
    contexts = {
        id(calendar): _Context(
            calendar_zone=_valid_zone(_x_text(calendar, "X-WR-TIMEZONE")),
            file_zones=_file_zones(calendar),
            countries=countries,
            notes=plan.notes,
        )
        for calendar in calendars
    }
    for done, (calendar, component) in enumerate(components, start=1):
        context = contexts[id(calendar)]
        uid = _uid(component)
        if _x_text(component, ex.X_KIND) == ex.KIND_DEADLINE:
            # Tasks are not imported from iCalendar: the marker belongs to its event's checklist.
            plan.ignored_deadlines += 1
            if progress:
                progress(done, len(components))
            continue
        try:
            read = _read_component(component, uid, context)
            events = read.events
            if read.original is not None:
                # A changed occurrence: it joins its series once every VEVENT is read.
                events[0].validate()
                overrides.append(read)
                moved.append((uid, _tzid_param(component, "DTSTART"), events))
                if progress:
                    progress(done, len(components))
                continue
            masters.setdefault(uid, (_tzid_param(component, "DTSTART"), events[0], read.shift))
            if read.own:
                own_series.setdefault(uid, events[0])
            for event in events:
                if event.uid in incoming:
                    raise _SkipError(f"the file holds UID {event.uid} twice")
                event.validate()
                incoming[event.uid] = event
                order.append(PlannedItem(event.uid, Outcome.NEW, event.title, event=event))
        except (_SkipError, ValidationError) as exc:
            order.append(PlannedItem(uid, Outcome.SKIPPED, _text(component, "SUMMARY"), _one_line(str(exc))))
        except Exception as exc:  # one unreadable component must not stop the import
            reason = _one_line(str(exc)) or exc.__class__.__name__
            order.append(PlannedItem(uid, Outcome.SKIPPED, _text(component, "SUMMARY"), f"cannot read it: {reason}"))
        if progress:
            progress(done, len(components))
    _zone_moved_like_masters(masters, moved)
    changed_stored: dict[str, Event] = {}
    orphans: dict[str, Event] = {}
    for read in sorted(overrides, key=lambda r: r.events[0].sequence):
        master_uid, moment = read.uid, read.original
        assert moment is not None
        assert read.original_raw is not None
        found = masters.get(master_uid)
        if master_uid in incoming:
            master = incoming[master_uid]
        elif master_uid in stored:
            master = changed_stored.setdefault(master_uid, series_import.with_own_overrides(stored[master_uid]))
        elif master_uid in orphans:
            master = orphans[master_uid]
        else:
            master = None
        same_tzid = found is not None and read.original_wall is not None and found[0] == read.original_tzid
        shift = found[2] if found is not None else timedelta(0)
        if master is None:
            rid = moment
        else:
            rid = series_import.recurrence_id(read.original_raw, moment, read.original_wall, master, same_tzid, shift)
        override = Override.of(read.events[0], rid, this_and_future=read.this_and_future)
        if master is None:
            orphans[master_uid] = series_import.orphan(master_uid, read.events[0], override)
        else:
            series_import.add_override(master, override, read.events[0].last_modified)
    for uid, series in changed_stored.items():
        outcome = Outcome.UNCHANGED if series.overrides == stored[uid].overrides else Outcome.UPDATED
        if outcome is Outcome.UPDATED:
            # The stored series changed by this file's exceptions: newer than what is stored, for the re-check.
            series.last_modified = max(series.last_modified, stored[uid].last_modified + timedelta(seconds=1))
        order.append(PlannedItem(uid, outcome, series.title, event=None if outcome is Outcome.UNCHANGED else series))
    for uid, series in orphans.items():
        incoming[uid] = series
        order.append(PlannedItem(uid, Outcome.NEW, series.title, event=series))
    for item in order:
        if item.event is None or item.outcome is not Outcome.NEW:
            plan.items.append(item)
            continue
        current = stored.get(item.uid)
        if current is None:
            plan.items.append(item)
        elif _is_newer(item.event, current):
            plan.items.append(replace(item, outcome=Outcome.UPDATED))
        else:
            plan.items.append(replace(item, outcome=Outcome.UNCHANGED))
    plan.items.extend(_stale_parts(own_series, stored, {item.uid for item in order}))
    return plan


_PART = re.compile(r"(?P<series>.+)-\d{8}")


def _stale_parts(own_series: dict[str, Event], stored: dict[str, Event], in_file: set[str]) -> list[PlannedItem]:
    """Stored occurrences that an earlier export wrote apart and the file's series no longer has.

    CICA Planner writes some occurrences of a series as events of their own (UID
    ``<uid>-<yyyymmdd>``): when the series moves, the next export has other parts, and the
    old ones must go. Only series from CICA Planner's own files are checked (a foreign file
    cannot have written them), and never when the stored series is newer than the file's.
    """
    removed = []
    for uid, event in sorted(stored.items()):
        match = _PART.fullmatch(uid)
        if match is None or uid in in_file:
            continue
        series = own_series.get(match.group("series"))
        if series is None:
            continue
        current = stored.get(series.uid)
        if current is not None and _is_newer(current, series):
            continue
        reason = f"no longer an occurrence of {series.uid} in the file"
        removed.append(PlannedItem(uid, Outcome.REMOVED, event.title, reason, event=event))
    return removed


def _zone_moved_like_masters(
    masters: dict[str, tuple[str | None, Event, timedelta]], moved: list[tuple[str, str | None, list[Event]]]
) -> None:
    """Store each moved instance under its series' zone when both are written in the same TZID.

    The zone is chosen per VEVENT from the offset, the TZID's Windows mapping and the
    country named in LOCATION; a moved instance often has another LOCATION (or none), so
    the same "West Asia Standard Time" would give Asia/Almaty to the series but
    Asia/Tashkent to its moved instance. The instants do not change, only the zone they
    are shown in.
    """
    for uid, tzid_param, events in moved:
        found = masters.get(uid)
        if found is None or found[0] != tzid_param:
            continue
        zone = found[1].tzid
        for event in events:
            if event.tzid == zone:
                continue
            if isinstance(event.start, datetime) and isinstance(event.end, datetime):
                tz = ZoneInfo(zone)
                event.start, event.end = event.start.astimezone(tz), event.end.astimezone(tz)
            event.tzid = zone


def _one_line(text: str) -> str:
    return " ".join(text.split())[:300]


def _is_newer(incoming: Event, current: Event) -> bool:
    if incoming.sequence != current.sequence:
        return incoming.sequence > current.sequence
    return incoming.last_modified > current.last_modified


def _uid(component: icalendar.Component) -> str:
    uid = _text(component, "UID").strip()
    if uid:
        return uid
    # Without a UID, one is derived from the content so that a second import finds it again.
    seed = "|".join(_text(component, name) for name in ("DTSTART", "SUMMARY", "DTEND", "LOCATION"))
    raw = component.to_ical() if not seed.strip("|") else seed.encode("utf-8")
    return f"import-{hashlib.sha1(raw).hexdigest()[:16]}@cica-planner"


def _file_zones(calendar: icalendar.Calendar) -> dict[str, tzinfo]:
    """The zones the file defines, built from their VTIMEZONE rules as written."""
    zones: dict[str, tzinfo] = {}
    for vtimezone in calendar.timezones:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                zones[str(vtimezone["TZID"])] = vtimezone.to_tz(lookup_tzid=False)
        except Exception:  # a broken VTIMEZONE: its events fall back to the TZID name
            continue
    return zones


@dataclass
class _Read:
    """What one VEVENT gives: its events and, for a moved instance, the occurrence it replaces."""

    uid: str
    events: list[Event]
    #: How far the stored wall time of DTSTART is from the wall time written in its TZID.
    shift: timedelta
    own: bool
    original: Moment | None = None
    original_tzid: str | None = None
    #: RECURRENCE-ID's wall time when it is written in the TZID of DTSTART.
    original_wall: datetime | None = None
    #: RECURRENCE-ID as written, and whether it has RANGE=THISANDFUTURE.
    original_raw: date | datetime | None = None
    this_and_future: bool = False


def _is_own(component: icalendar.Component) -> bool:
    """Whether the VEVENT comes from CICA Planner's own export."""
    return any(component.get(name) is not None for name in (ex.X_TZID, ex.X_STATUS, ex.X_COUNTRY))


def _read_component(component: icalendar.Component, uid: str, context: _Context) -> _Read:
    """Turn one VEVENT into events (the event, plus any RDATE occurrences) and an override's EXDATE."""
    for name, message in component.errors:
        if name in ("DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RECURRENCE-ID", "RDATE"):
            raise _SkipError(f"bad {name}: {message}")
    if "DTSTART" not in component:
        raise _SkipError("no DTSTART")
    tzid_hint = _valid_zone(_x_text(component, ex.X_TZID))
    location = _text(component, "LOCATION").strip()
    country_zone, country_code = _country_of(location, context.countries)
    start, tzid = _moment(component, "DTSTART", context, tzid_hint, country_zone)
    if isinstance(start, datetime):
        if "DTEND" in component:
            end, _ = _moment(component, "DTEND", context, tzid_hint, country_zone)
        elif "DURATION" in component:
            end = start + component.decoded("DURATION")
        else:
            end = start + DEFAULT_DURATION
        if not isinstance(end, datetime):
            raise _SkipError("DTSTART is a time but DTEND is a date")
        if end < start:
            raise _SkipError("DTEND comes before DTSTART")
        if end == start:
            end = start + DEFAULT_DURATION
    else:
        if "DTEND" in component:
            end, _ = _moment(component, "DTEND", context, tzid_hint, country_zone)
        elif "DURATION" in component:
            end = start + timedelta(days=max(1, component.decoded("DURATION").days))
        else:
            end = start + timedelta(days=1)
        if isinstance(end, datetime):
            raise _SkipError("DTSTART is a date but DTEND is a time")
        if end < start:
            raise _SkipError("DTEND comes before DTSTART")
        if end == start:  # a same-day DTEND (a common mistake) means that one day
            end = start + timedelta(days=1)
    tz = ZoneInfo(tzid)
    shift = timedelta(0)
    if isinstance(start, datetime) and isinstance(end, datetime):  # (both, as checked above)
        start, end = start.astimezone(tz), end.astimezone(tz)
        written = _moment_value(component["DTSTART"], "DTSTART")  # a date-time, as start was read from it
        if isinstance(written, datetime):
            shift = start.replace(tzinfo=None) - written.replace(tzinfo=None)

    title = _x_text(component, ex.X_TITLE) or " ".join(_text(component, "SUMMARY").split()) or "(no title)"
    precision_text = _x_text(component, ex.X_PRECISION)
    precision = Precision(precision_text) if precision_text in {p.value for p in Precision} else Precision.DAY
    if isinstance(start, datetime):  # only all-day items can have an unfixed date
        precision = Precision.DAY
    part_text = _x_text(component, ex.X_PERIOD_PART)
    period_part = PeriodPart(part_text) if precision is not Precision.DAY and part_text in {p.value for p in PeriodPart} else None

    rules = _rules(component, start, tz)
    rdates = [] if "RECURRENCE-ID" in component else _rdates(component, context, tzid_hint, country_zone, tz, start)
    exdates = _exdates(component, start, context, tzid_hint, country_zone, tz, shift) if rules or rdates else []
    own = _is_own(component)
    city, venue = _x_text(component, ex.X_CITY), _x_text(component, ex.X_VENUE)
    country = _x_text(component, ex.X_COUNTRY)
    if own:
        # The X- properties say exactly where it is; LOCATION is only their text for other clients
        # (an event with a country but no city is written "LOCATION:LK").
        country_code = None
    elif city is None and venue is None:
        city, venue = (location, "") if len(location) <= SHORT_LOCATION else ("", location)
    last_modified = _instant(component, "LAST-MODIFIED") or _instant(component, "DTSTAMP") or datetime(1970, 1, 1, tzinfo=UTC)
    event = Event(
        uid=uid,
        title=title,
        category=_category(component, title),
        start=start,
        end=end,
        tzid=tzid,
        precision=precision,
        period_part=period_part,
        city=city or "",
        country=country or country_code or "",
        venue=venue or "",
        mode=_enum(Mode, _x_text(component, ex.X_MODE), Mode.UNKNOWN),
        status=_status(component),
        organiser=_x_text(component, ex.X_ORGANISER) or "",
        description=_description(component),
        rrule=rules[0] if rules else None,
        extra_rules=rules[1:],
        exdates=exdates,
        rdates=[moment for moment, _ in rdates],
        sequence=_sequence(component),
        created=_instant(component, "CREATED") or last_modified,
        last_modified=last_modified,
    )
    events = [event]
    read = _Read(uid, events, shift, own)
    for moment, period_end in rdates:
        if period_end is not None:  # a PERIOD: that occurrence has its own end
            event.overrides.append(series_import.period_override(event, moment, period_end))
    if "RECURRENCE-ID" in component:
        # A changed occurrence of the series with this UID (joined to it by plan_import).
        prop = component["RECURRENCE-ID"]
        written_id = _moment_value(prop, "RECURRENCE-ID")
        read.original_raw = written_id
        read.this_and_future = str(prop.params.get("RANGE", "")).upper() == "THISANDFUTURE"
        read.original_tzid = _tzid_param(component, "RECURRENCE-ID")
        series_tzid = _tzid_param(component, "DTSTART")
        original = _occurrence_moment(written_id, read.original_tzid, series_tzid, tz, context, tzid_hint,
                                      country_zone, "RECURRENCE-ID", shift)
        if isinstance(written_id, datetime) and _same_wall_clock(written_id, read.original_tzid, series_tzid):
            read.original_wall = written_id.replace(tzinfo=None)
        event.rrule, event.extra_rules, event.exdates, event.rdates, event.overrides = None, [], [], [], []
        read.original = original
    return read


def _moment(
    component: icalendar.Component,
    name: str,
    context: _Context,
    tzid_hint: str | None,
    country_zone: str | None,
) -> tuple[Moment, str]:
    """Read a DATE or DATE-TIME property as an exact moment and the IANA zone to store it under."""
    prop = component.get(name)
    if isinstance(prop, list):
        prop = prop[0]
    value = prop.dt
    return _resolve(value, prop.params.get("TZID"), context, tzid_hint, country_zone, name)


def _moment_value(prop: object, name: str) -> date | datetime:
    """The value of a DATE or DATE-TIME property (the first, when a broken file repeats the property)."""
    if isinstance(prop, list):
        prop = prop[0]
    value = getattr(prop, "dt", None)
    if not isinstance(value, date):
        raise _SkipError(f"{name} is neither a date nor a date-time")
    return value


def _resolve(
    value: date | datetime,
    tzid_param: str | None,
    context: _Context,
    tzid_hint: str | None,
    country_zone: str | None,
    name: str,
) -> tuple[Moment, str]:
    if not isinstance(value, datetime):
        if not isinstance(value, date):
            raise _SkipError(f"{name} is neither a date nor a date-time")
        return value, tzid_hint or country_zone or context.calendar_zone or DEFAULT_ZONE
    if tzid_param is not None:
        tzid_param = str(tzid_param)
        reader = _reading_zone(tzid_param, context, tzid_hint)
        if reader is not None:
            value = value.replace(tzinfo=None).replace(tzinfo=reader)
        elif value.tzinfo is None:
            raise _SkipError(f"unknown time zone {tzid_param!r} and no VTIMEZONE for it in the file")
        offset = value.utcoffset()
        # The zone stored is the first that gives the same offset at this instant: the
        # instant itself is exact whichever is chosen.
        candidates = [
            tzid_hint,
            _valid_zone(tzid_param),
            country_zone,
            getattr(value.tzinfo, "key", None),
            _valid_zone(WINDOWS_TO_OLSON.get(tzid_param.strip())),
            context.calendar_zone,
        ]
        for candidate in candidates:
            if _valid_zone(candidate) and value.astimezone(ZoneInfo(candidate)).utcoffset() == offset:  # type: ignore[arg-type]
                return value, candidate  # type: ignore[return-value]
        return value, "UTC"
    if value.tzinfo is not None:  # UTC (Z)
        return value, tzid_hint or context.calendar_zone or "UTC"
    # A floating time: the wall-clock time of wherever the reader is.
    zone_name = tzid_hint or context.calendar_zone or DEFAULT_ZONE
    note = f"floating times (no time zone) read in {zone_name}"
    if note not in context.notes:
        context.notes.append(note)
    return value.replace(tzinfo=ZoneInfo(zone_name)), zone_name


def _reading_zone(tzid_param: str, context: _Context, tzid_hint: str | None) -> tzinfo | None:
    """The zone the wall times written with ``TZID=tzid_param`` are read in (None if unknown).

    CICA Planner's own files (``X-CICA-TZID``) and known zones (IANA names, Windows names
    with a CLDR mapping) are read with the IANA rules, as Google and Thunderbird do: their
    VTIMEZONEs carry only the rules Outlook can read, or only today's offset (Google
    writes Asia/Almaty at +05 all year, so a February 2024 meeting would be an hour off).
    Any other TZID is read with the file's VTIMEZONE as written.
    """
    if tzid_hint and tzid_param == tzid_hint:
        return ZoneInfo(tzid_hint)
    known = _valid_zone(tzid_param) or _valid_zone(WINDOWS_TO_OLSON.get(tzid_param.strip()))
    if known is not None:
        return ZoneInfo(known)
    return context.file_zones.get(tzid_param)


def _instant(component: icalendar.Component, name: str) -> datetime | None:
    try:
        value = component.decoded(name)
    except Exception:  # a missing or broken stamp is as good as none
        return None
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).replace(microsecond=0)
    return None


def _rules(component: icalendar.Component, start: Moment, tz: ZoneInfo) -> list[str]:
    """Every RRULE of the VEVENT (their occurrences are the union); an empty ``RRULE:`` is none."""
    raw = component.get("RRULE")
    if raw is None:
        return []
    rules = [_rule(item, start, tz) for item in (raw if isinstance(raw, list) else [raw])]
    return list(dict.fromkeys(rule for rule in rules if rule))


def _rule(raw: icalendar.vRecur, start: Moment, tz: ZoneInfo) -> str | None:
    text = raw.to_ical().decode("utf-8") if hasattr(raw, "to_ical") else str(raw)
    if not text.strip():
        return None
    parts = [p for p in text.split(";") if p]
    written = []
    for part in parts:
        key, _, value = part.partition("=")
        if key.upper() == "UNTIL":
            # The store expands rules in the venue's wall-clock time: UNTIL is written the same way.
            until = raw.get("UNTIL")[0] if hasattr(raw, "get") and raw.get("UNTIL") else None
            if isinstance(until, datetime) and not isinstance(start, datetime):
                value = f"{until:%Y%m%d}"  # an all-day series ends on the day written, as other readers take it
            elif isinstance(until, datetime):
                local = until.astimezone(tz) if until.tzinfo else until
                value = f"{local:%Y%m%dT%H%M%S}"
            elif isinstance(until, date):
                value = f"{until:%Y%m%d}" if not isinstance(start, datetime) else f"{until:%Y%m%d}T235959"
        written.append(f"{key.upper()}={value}")
    rule = ";".join(written)
    try:
        parse_rule(rule, start)
    except ValidationError as exc:
        raise _SkipError(f"bad RRULE: {exc}") from None
    return rule


def _dates_of(component: icalendar.Component, name: str) -> list[tuple[date | datetime, str | None]]:
    raw = component.get(name)
    if raw is None:
        return []
    found = []
    for prop in raw if isinstance(raw, list) else [raw]:
        tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
        found.extend((item.dt, tzid) for item in getattr(prop, "dts", []))
    return found


def _tzid_param(component: icalendar.Component, name: str) -> str | None:
    prop = component.get(name)
    if isinstance(prop, list):
        prop = prop[0]
    tzid = prop.params.get("TZID") if prop is not None and hasattr(prop, "params") else None
    return str(tzid) if tzid else None


def _same_wall_clock(value: date | datetime, tzid: str | None, series_tzid: str | None) -> bool:
    """Whether ``value`` is a date-time written in the TZID of DTSTART (or floating, like it)."""
    return isinstance(value, datetime) and (tzid or None) == series_tzid and bool(tzid or value.tzinfo is None)


def _occurrence_moment(
    value: date | datetime,
    tzid: str | None,
    series_tzid: str | None,
    tz: ZoneInfo,
    context: _Context,
    tzid_hint: str | None,
    country_zone: str | None,
    name: str,
    shift: timedelta,
) -> Moment:
    """An EXDATE or RECURRENCE-ID: it names an occurrence by its wall-clock start in the series' zone.

    The series is stored and expanded in wall-clock time of ``tz``, so a value in the same
    TZID as DTSTART (or floating, like it) is matched by its wall time, moved by ``shift``
    (the stored wall time of DTSTART minus the written one; not zero only when the zone
    stored is not the TZID's, e.g. a fallback to UTC). Only a value in another zone (or
    UTC) is converted as an instant.
    """
    if isinstance(value, datetime) and _same_wall_clock(value, tzid, series_tzid):
        return (value.replace(tzinfo=None) + shift).replace(tzinfo=tz)
    moment, _ = _resolve(value, tzid, context, tzid_hint, country_zone, name)
    return moment.astimezone(tz) if isinstance(moment, datetime) else moment


def _exdates(
    component: icalendar.Component,
    start: Moment,
    context: _Context,
    tzid_hint: str | None,
    country_zone: str | None,
    tz: ZoneInfo,
    shift: timedelta,
) -> list[Moment]:
    found: list[Moment] = []
    series_tzid = _tzid_param(component, "DTSTART")
    for value, tzid in _dates_of(component, "EXDATE"):
        moment = _occurrence_moment(value, tzid, series_tzid, tz, context, tzid_hint, country_zone, "EXDATE", shift)
        if isinstance(start, datetime):
            if not isinstance(moment, datetime):  # a date excludes the occurrence of that day
                moment = datetime.combine(moment, start.astimezone(tz).timetz().replace(tzinfo=None), tzinfo=tz)
            found.append(moment.astimezone(tz))
        else:
            found.append(moment.date() if isinstance(moment, datetime) else moment)
    return found


def _rdates(
    component: icalendar.Component,
    context: _Context,
    tzid_hint: str | None,
    country_zone: str | None,
    tz: ZoneInfo,
    start: Moment,
) -> list[tuple[Moment, Moment | None]]:
    """RDATE values as occurrence starts of the kind of DTSTART, each with its end when it is a PERIOD."""
    found: list[tuple[Moment, Moment | None]] = []
    for value, tzid in _dates_of(component, "RDATE"):
        end: date | datetime | timedelta | None = None
        if isinstance(value, tuple):  # a PERIOD: start and end (or length)
            value, end = value
        moment, _ = _resolve(value, tzid, context, tzid_hint, country_zone, "RDATE")
        if isinstance(moment, datetime):
            moment = moment.astimezone(tz)
            if not isinstance(start, datetime):
                moment = moment.date()
        elif isinstance(start, datetime):  # a date on a timed series: midnight of that day
            moment = datetime.combine(moment, datetime.min.time(), tzinfo=tz)
        if isinstance(end, timedelta):
            end = moment + end
        elif isinstance(end, datetime):
            resolved, _ = _resolve(end, tzid, context, tzid_hint, country_zone, "RDATE")
            end = resolved.astimezone(tz) if isinstance(resolved, datetime) and isinstance(moment, datetime) else None
        if (moment, end) not in found:
            found.append((moment, end if end is not None and end > moment else None))  # type: ignore[operator]
    return found


def _shipped_countries() -> list[Country]:
    """The shipped list of Member and observer States, for a database created without it."""
    from cica_planner.resources import load_json

    try:
        rows = load_json("seed", "countries.json")
    except (OSError, ValueError):
        return []
    return [Country(r["code"], r["name"], r["tzid"], r.get("status", "member")) for r in rows]


#: Meeting cities whose country's zone is named after another city (Astana keeps Asia/Almaty's time).
VENUE_CITIES = {
    "KZ": ("Astana",), "CN": ("Beijing",), "TR": ("Ankara",), "IN": ("New Delhi",), "PK": ("Islamabad",),
    "VN": ("Hanoi",), "AE": ("Abu Dhabi",), "US": ("Washington",),
}


def _country_of(location: str, countries: list[Country]) -> tuple[str | None, str | None]:
    """The zone and code of the country whose name, zone city or usual meeting city the LOCATION mentions."""
    text = location.casefold()
    if not text:
        return None, None
    for country in countries:
        zone_city = country.tzid.rsplit("/", 1)[-1].replace("_", " ")
        for name in (*VENUE_CITIES.get(country.code, ()), zone_city, country.name):
            if name and re.search(rf"\b{re.escape(name.casefold())}\b", text):
                return country.tzid, country.code
    return None, None


_HEURISTICS = (
    ("senior officials", Category.SOC),
    ("soc ", Category.SOC),
    ("ministerial council", Category.MINISTERIAL_COUNCIL),
    ("ministerial conference", Category.MINISTERIAL_CONFERENCE),
    ("summit", Category.SUMMIT),
    ("special working group", Category.SWG),
    ("business forum", Category.BUSINESS_FORUM),
    ("business council", Category.BUSINESS_COUNCIL),
    ("youth council", Category.YOUTH_COUNCIL),
    ("think tank", Category.THINK_TANK_FORUM),
    ("eminent persons", Category.EMINENT_PERSONS),
    ("expert meeting", Category.EXPERT_MEETING),
    ("troika", Category.TROIKA),
    ("bilateral", Category.BILATERAL),
    ("visit", Category.VISIT),
    ("ceremony", Category.CEREMONY),
    ("training", Category.TRAINING),
    ("deadline", Category.MILESTONE),
)


def _category(component: icalendar.Component, title: str) -> Category:
    raw = component.get("CATEGORIES")
    values: list[str] = []
    for prop in raw if isinstance(raw, list) else ([raw] if raw is not None else []):
        values.extend(str(v) for v in getattr(prop, "cats", []))
    for value in values:
        try:
            return Category.parse(value)
        except ValidationError:
            continue
    text = f" {title.casefold()} "
    for needle, category in _HEURISTICS:
        if needle in text:
            return category
    return Category.EXTERNAL


def _enum(kind: type, text: str | None, default):  # noqa: ANN001, ANN202 - any StrEnum
    try:
        return kind(text) if text else default
    except ValueError:
        return default


def _status(component: icalendar.Component) -> EventStatus:
    exact = _enum(EventStatus, _x_text(component, ex.X_STATUS), None)
    if exact is not None:
        return exact
    status = _text(component, "STATUS").upper()
    return {"CONFIRMED": EventStatus.CONFIRMED, "CANCELLED": EventStatus.CANCELLED}.get(status, EventStatus.PLANNED)


def _description(component: icalendar.Component) -> str:
    plain = _x_text(component, ex.X_DESCRIPTION)
    if plain is not None:
        return plain
    if _x_text(component, ex.X_STATUS) is not None:  # our own export with no description
        return ""
    return _text(component, "DESCRIPTION").replace("\r\n", "\n").strip()


#: RFC 5545 INTEGER is 32-bit signed; a larger SEQUENCE would not even fit the database.
MAX_SEQUENCE = 2_147_483_647


def _sequence(component: icalendar.Component) -> int:
    try:
        return min(max(0, int(str(component.get("SEQUENCE", 0)))), MAX_SEQUENCE)
    except ValueError:
        return 0


# ---------------------------------------------------------------------------
# Applying
# ---------------------------------------------------------------------------


def apply_import(planner: PlannerService, plan: ImportPlan, progress: Progress | None = None, *,
                 recheck_stored: bool = True) -> ImportResult:
    """Write ``plan`` in one transaction: every new and updated event, or nothing at all.

    Each item is decided again against what is stored at the time of writing, unless
    ``recheck_stored`` is false (redo of an undone import: the user asks for the same writes).
    """
    writes = [item for item in plan.items if item.outcome in (Outcome.NEW, Outcome.UPDATED) and item.event]
    removals = [item.uid for item in plan.items if item.outcome is Outcome.REMOVED]
    total = len(writes) + len(plan.stored_exdates) + len(removals)
    created = updated = removed = 0
    written = WriteLog()
    backup_before(planner.engine, BackupKind.IMPORT)  # when the app or the command line keeps copies
    signed: list[Event] = []  # as written, with their new versions: an undo may overwrite only these
    with session_scope(planner.engine) as session:
        lock_for_writing(session)  # the re-checks below and the writes see one state of the calendar
        events = repo.EventRepository(session)
        for done, item in enumerate(writes, start=1):
            incoming = item.event
            assert incoming is not None
            current = events.find(item.uid)
            decision = recheck(incoming, current, _is_newer if recheck_stored else None)  # the plan may be stale
            fresh = replace(incoming, id=None, history=[])
            if decision is Decision.CREATE and events.add_unless_present(fresh):
                signed.append(fresh)
                written.created_uids.append(item.uid)
                created += 1
            elif decision in (Decision.CREATE, Decision.UPDATE):
                # Created by someone else this very moment (a team calendar): update theirs.
                current = current or events.get(item.uid)
                # The file wins for what it carries; the local history of changes stays.
                signed.append(events.update(replace(incoming, id=current.id, created=current.created,
                                                    history=current.history)))
                written.replaced.append(current)
                updated += 1
            else:
                written.kept.append(item.uid)
            if progress:
                progress(done, total)
        for done, (uid, moments) in enumerate(plan.stored_exdates.items(), start=len(writes) + 1):
            current = events.find(uid)
            if current is not None and current.rrule:
                missing = [m for m in moments if m not in current.exdates]
                if missing:
                    signed.append(events.update(replace(current, exdates=[*current.exdates, *missing])))
                    written.replaced.append(current)
            if progress:
                progress(done, total)
        for done, uid in enumerate(removals, start=total - len(removals) + 1):
            if events.find(uid) is not None:
                events.delete(uid)
                removed += 1
            if progress:
                progress(done, total)
    for event in signed:
        record_write(planner.engine, "event", event.uid, event.version)
    return ImportResult(created, updated, plan.count(Outcome.UNCHANGED) + len(written.kept), plan.skipped,
                        [*plan.notes, *written.notes()], removed=removed, ignored_deadlines=plan.ignored_deadlines,
                        created_uids=written.created_uids, replaced=written.replaced)


def import_file(planner: PlannerService, data: bytes, progress: Progress | None = None) -> ImportResult:
    """Plan and apply in one go (the command line)."""
    return apply_import(planner, plan_import(planner, data), progress)
