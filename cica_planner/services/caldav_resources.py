"""The calendar as CalDAV resources, and server resources back as events.

Publishing writes exactly what ``export`` writes (the same Outlook-safe VTIMEZONEs, rules,
busy status and ``X-CICA-*`` properties), cut into one resource per VEVENT UID: a CalDAV
collection holds one component (with its overrides) per resource, and a GET of the
collection gives the whole calendar back to Outlook. Resources carry no METHOD (RFC 4791
§4.1). Checklist tasks become VTODOs for a task collection.

Reading back: a client that edits an event (Thunderbird, DAVx⁵) changes SUMMARY, LOCATION,
DESCRIPTION or STATUS but keeps the ``X-CICA-*`` properties it does not know, which would
then win on import. Compared with the version last published (the base), a standard
property that changed while its ``X-CICA-*`` shadow did not is taken as the user's edit.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar

from cica_planner.domain.clock import HOME_ZONE
from cica_planner.domain.errors import ImportFormatError
from cica_planner.domain.model import Event, EventStatus, PeriodPart, Precision
from cica_planner.domain.tasks import Priority, TaskStatus
from cica_planner.services import ical_export as ex
from cica_planner.services.caldav_client import resource_name
from cica_planner.services.ical_import import Outcome, plan_import, read_calendars
from cica_planner.services.planner import PlannerService
from cica_planner.services.tasks import TaskQuery, TaskService

KIND_EVENT, KIND_DEADLINE, KIND_TASK = "event", "deadline", "task"
_TZID_PARAM = re.compile(r';TZID="?([^";:]+)"?[;:]')
_PART_UID = re.compile(r"(?P<series>.+)-\d{8}")
_TBC_SUFFIX = re.compile(r"\s*\(date TBC: [^)]*\)\s*$")
_CALENDAR_END = "END:VCALENDAR\r\n"


@dataclass(frozen=True)
class Resource:
    """One resource to publish: ``UID.ics`` with its body and the hash that tells a change."""

    uid: str
    kind: str
    event_uid: str
    body: str

    @property
    def name(self) -> str:
        return resource_name(self.uid)

    @property
    def content_hash(self) -> str:
        return content_hash(self.body)


def content_hash(body: str) -> str:
    """A hash of what a resource says: DTSTAMP (the moment it was written) does not count."""
    lines = [line for line in body.replace("\r\n", "\n").split("\n") if not line.startswith("DTSTAMP")]
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _resource_calendar() -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("PRODID", ex.PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    return calendar


def event_resources(planner: PlannerService, options: ex.ExportOptions, *, now: datetime,
                    tasks: TaskService | None = None) -> list[Resource]:
    """The resources of the events ``options`` selects (deadline markers too, from ``tasks``, with ``include_tasks``).

    The whole selection is exported once, so every resource carries the same VTIMEZONE for a
    zone (the one a GET of the collection gives Outlook), then cut per VEVENT UID.
    """
    result = ex.build_export(planner, options, now=now, tasks=tasks)
    local = {event.uid for event in planner.all_events()}
    zones = {str(c["TZID"]): c for c in result.calendar.subcomponents if c.name == "VTIMEZONE"}
    # A series and its RECURRENCE-ID overrides share a UID: they are one resource (RFC 4791 §4.1).
    by_uid: dict[str, list[icalendar.Component]] = {}
    for vevent in (c for c in result.calendar.subcomponents if c.name == "VEVENT"):
        by_uid.setdefault(str(vevent["UID"]), []).append(vevent)
    # A calendar's text is its header, then each component's own text, then its END line: each
    # VEVENT and VTIMEZONE is serialised once, and each resource is put together from those texts
    # (byte for byte what serialising a calendar holding them gives).
    header = _resource_calendar().to_ical().decode("utf-8")
    header = header.removesuffix(_CALENDAR_END)
    zone_texts: dict[str, str] = {}
    found: list[Resource] = []
    for uid, vevents in by_uid.items():
        kind, event_uid = _origin(vevents[0], uid, local)
        text = "".join(vevent.to_ical().decode("utf-8") for vevent in vevents)
        used = [tzid for tzid in dict.fromkeys(_TZID_PARAM.findall(text)) if tzid in zones]
        for tzid in used:
            if tzid not in zone_texts:
                zone_texts[tzid] = zones[tzid].to_ical().decode("utf-8")
        body = header + "".join(zone_texts[tzid] for tzid in used) + text + _CALENDAR_END
        found.append(Resource(uid, kind, event_uid, body))
    return found


def _origin(vevent: icalendar.Component, uid: str, local: set[str]) -> tuple[str, str]:
    """What a VEVENT of the export was written from: (kind, local event UID)."""
    if str(vevent.get(ex.X_KIND, "")) == ex.KIND_DEADLINE:
        return KIND_DEADLINE, uid.split("-", 2)[-1]
    if uid in local:
        return KIND_EVENT, uid
    match = _PART_UID.fullmatch(uid)
    if match and match.group("series") in local:
        return KIND_EVENT, match.group("series")
    return KIND_EVENT, uid


_TODO_STATUS = {
    TaskStatus.TODO: "NEEDS-ACTION",
    TaskStatus.BLOCKED: "NEEDS-ACTION",
    TaskStatus.IN_PROGRESS: "IN-PROCESS",
    TaskStatus.DONE: "COMPLETED",
}
_TODO_PRIORITY = {Priority.HIGH: 1, Priority.NORMAL: 5, Priority.LOW: 9}


def task_resources(planner: PlannerService, tasks: TaskService, event_uids: set[str], *,
                   now: datetime) -> list[Resource]:
    """The checklist tasks (from ``tasks``) of the events ``event_uids`` as VTODO resources (Thunderbird's task list)."""
    events = {event.uid: event for event in planner.all_events() if event.uid in event_uids}
    found: list[Resource] = []
    for item in tasks.list_tasks(TaskQuery()):
        event = events.get(item.task.event_uid)
        if event is None:
            continue
        task = item.task
        todo = icalendar.Todo()
        uid = f"todo-{task.id}-{event.uid}"
        todo.add("UID", uid)
        todo.add("DTSTAMP", now.astimezone(UTC))
        todo.add("SUMMARY", " ".join(task.title.split()))
        if item.due is not None:
            todo.add("DUE", item.due)
        todo.add("STATUS", _TODO_STATUS[task.status])
        if task.status is TaskStatus.DONE:
            todo.add("PERCENT-COMPLETE", 100)
            if task.completed_on is not None:
                # COMPLETED is an instant; the day it was done is a day in Astana.
                done = datetime.combine(task.completed_on, time(12), ZoneInfo(HOME_ZONE))
                todo.add("COMPLETED", done.astimezone(UTC))
        todo.add("PRIORITY", _TODO_PRIORITY[task.priority])
        todo.add("CATEGORIES", [event.category.value])
        todo.add("RELATED-TO", event.uid)
        lines = [f"Checklist of: {event.title}"]
        if task.owner:
            lines.append(f"Owner: {task.owner}")
        if task.status is TaskStatus.BLOCKED:
            lines.append("Blocked")
        if item.provisional:
            lines.append("The event's date is not fixed yet, so neither is this deadline.")
        if task.notes.strip():
            lines += ["", task.notes.strip()]
        todo.add("DESCRIPTION", "\n".join(lines))
        calendar = _resource_calendar()
        calendar.add_component(todo)
        found.append(Resource(uid, KIND_TASK, event.uid, calendar.to_ical().decode("utf-8")))
    return found


# ---------------------------------------------------------------------------
# Reading a server resource back
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ServerVersion:
    """The events a server resource holds (the event, and any moved occurrence) and who wrote it."""

    events: list[Event]
    author: str
    is_deadline: bool = False

    @property
    def main(self) -> Event:
        return self.events[0]


def read_server_version(planner: PlannerService, uid: str, body: str, base: str | None = None) -> ServerVersion:
    """Read resource ``body`` as events; ``base`` is the body last published (to see which shadow changed).

    Raises:
        ImportFormatError: The resource is not iCalendar, or holds no event that can be read.
    """
    calendars = read_calendars(body.encode("utf-8"))
    component = _first_vevent(calendars, uid)
    if str(component.get(ex.X_KIND, "")) == ex.KIND_DEADLINE:
        return ServerVersion([], "", is_deadline=True)
    plan = plan_import(planner, body.encode("utf-8"))  # read by the importer's own reader, like a file
    # Stale parts of a stored series are the importer's business, not this resource's.
    events = [item.event for item in plan.items if item.event is not None and item.outcome is not Outcome.REMOVED]
    skipped = [item for item in plan.items if item.outcome is Outcome.SKIPPED]
    if not events:
        reason = skipped[0].reason if skipped else "no event in it"
        raise ImportFormatError(f"cannot read {uid} from the server: {reason}")
    events.sort(key=lambda e: e.uid != uid)  # the resource's own event first
    if base is not None:
        try:
            base_component = _first_vevent(read_calendars(base.encode("utf-8")), uid)
        except ImportFormatError:
            base_component = None
        if base_component is not None:
            events[0] = _standard_edits(events[0], component, base_component)
    return ServerVersion(events, client_name(calendars[0]))


def _first_vevent(calendars: list[icalendar.Calendar], uid: str) -> icalendar.Component:
    found = [c for cal in calendars for c in cal.walk("VEVENT")]
    if not found:
        raise ImportFormatError(f"{uid} on the server holds no event")
    plain = [c for c in found if "RECURRENCE-ID" not in c]
    return (plain or found)[0]


def _text(component: icalendar.Component, name: str) -> str:
    value = component.get(name)
    if isinstance(value, list):
        value = value[0] if value else ""
    return "" if value is None else str(value).replace("\r\n", "\n")


def _changed(server: icalendar.Component, base: icalendar.Component, name: str) -> bool:
    return _text(server, name) != _text(base, name)


def _standard_edits(event: Event, server: icalendar.Component, base: icalendar.Component) -> Event:
    """Take the standard properties a client edited over their unchanged ``X-CICA-*`` shadows."""
    edited = replace(event)
    if _changed(server, base, "SUMMARY") and not _changed(server, base, ex.X_TITLE):
        edited.title = _TBC_SUFFIX.sub("", " ".join(_text(server, "SUMMARY").split())) or event.title
    if _changed(server, base, "DESCRIPTION") and not _changed(server, base, ex.X_DESCRIPTION):
        edited.description = _plain_description(_text(server, "DESCRIPTION"), _text(base, "DESCRIPTION"),
                                                _unescape(_text(base, ex.X_DESCRIPTION)))
    shadows = (ex.X_CITY, ex.X_VENUE, ex.X_COUNTRY)
    if _changed(server, base, "LOCATION") and not any(_changed(server, base, name) for name in shadows):
        location = " ".join(_text(server, "LOCATION").split())
        suffix = f", {event.country}" if event.country else ""
        edited.venue = ""
        if not location:
            edited.city = edited.country = ""
        else:
            edited.city = location[: -len(suffix)] if suffix and location.endswith(suffix) else location
    if _changed(server, base, "STATUS") and not _changed(server, base, ex.X_STATUS):
        edited.status = {"CONFIRMED": EventStatus.CONFIRMED, "CANCELLED": EventStatus.CANCELLED}.get(
            _text(server, "STATUS").upper(), EventStatus.PLANNED)
    if edited.precision is not Precision.DAY and (_changed(server, base, "DTSTART") or _changed(server, base, "DTEND")):
        # A day was picked for an event that had none: its date is fixed now.
        edited.precision, edited.period_part = Precision.DAY, None
        if _changed(server, base, "SUMMARY") or ex.X_TITLE in server:
            edited.title = _TBC_SUFFIX.sub("", edited.title)
    return edited


_ESCAPE = re.compile(r"\\([\\;,nN])")


def _unescape(raw: str) -> str:
    """An X- property's text: icalendar keeps X- values as written, still escaped."""
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), raw)


def _plain_description(server_text: str, base_text: str, base_plain: str) -> str:
    """The description a client edited, without the facts (organiser, mode, status) the export appends."""
    facts = base_text[len(base_plain):].strip() if base_text.startswith(base_plain) else ""
    text = server_text.strip()
    if facts and text.endswith(facts):
        text = text[: -len(facts)].rstrip()
    return text


def client_name(calendar: icalendar.Calendar) -> str:
    """Who wrote a resource, as its PRODID names the program ("Thunderbird", "DAVx⁵", ...)."""
    prodid = str(calendar.get("PRODID", "")).strip()
    lowered = prodid.lower()
    for needle, name in (("cica planner", "CICA Planner"), ("mozilla", "Thunderbird"), ("davx", "DAVx⁵"),
                         ("ical4android", "DAVx⁵"), ("apple", "Apple Calendar"), ("microsoft", "Outlook"),
                         ("google", "Google Calendar"), ("evolution", "Evolution"), ("kde", "KOrganizer"),
                         ("nextcloud", "Nextcloud"), ("sabre", "Nextcloud")):
        if needle in lowered:
            return name
    parts = [p for p in prodid.split("//") if p.strip() and p.strip() != "-"]
    return (parts[1] if len(parts) > 1 else parts[0]).strip()[:60] if parts else ""


# ---------------------------------------------------------------------------
# Field by field
# ---------------------------------------------------------------------------

#: (field, label) pairs compared between the calendar's and the server's version of an event.
FIELDS: tuple[tuple[str, str], ...] = (
    ("title", "Title"),
    ("start", "Start"),
    ("end", "End"),
    ("tzid", "Time zone"),
    ("precision", "Date known to"),
    ("period_part", "Part of the period"),
    ("city", "City"),
    ("venue", "Venue"),
    ("country", "Country"),
    ("status", "Status"),
    ("mode", "Mode"),
    ("category", "Category"),
    ("organiser", "Organiser"),
    ("description", "Description"),
    ("rrule", "Repeats"),
    ("exdates", "Left-out occurrences"),
)
_PERIOD_FIELDS = {"precision", "period_part"}


def _value(event: Event, name: str) -> object:
    value = getattr(event, name)
    if name in ("start", "end") and isinstance(value, datetime):
        return value.astimezone(UTC)
    if name == "exdates":
        return sorted(v.astimezone(UTC).isoformat() if isinstance(v, datetime) else v.isoformat() for v in value)
    return value


def differing_fields(first: Event, second: Event) -> list[str]:
    """Names of the FIELDS whose values differ (instants compared in UTC)."""
    return [name for name, _ in FIELDS if _value(first, name) != _value(second, name)]


def show_value(event: Event, name: str) -> str:
    """A field's value as a person reads it: '27 Jun 2024 10:00 (Asia/Almaty)', 'Q4 2024', '—'."""
    value = getattr(event, name)
    if name in ("start", "end"):
        if isinstance(value, datetime):
            return f"{value:%d %b %Y %H:%M} ({event.tzid})"
        if isinstance(value, date):
            day = value - timedelta(days=1) if name == "end" else value
            return f"{day:%d %b %Y}" + (" (last day)" if name == "end" else "")
    if name == "exdates":
        return ", ".join(f"{v:%d %b %Y}" for v in value) or "—"
    if isinstance(value, Precision | PeriodPart | EventStatus):
        return value.value
    if hasattr(value, "value"):
        return str(value.value)
    text = "" if value is None else str(value)
    return text or "—"


def merged(local: Event, server: Event, theirs: set[str]) -> Event:
    """``local`` with the fields named in ``theirs`` taken from ``server``.

    Start and end go together (an end before the start would be refused), and so do the
    precision and its part of the period.
    """
    chosen = set(theirs)
    if chosen & {"start", "end", "tzid"}:
        chosen |= {"start", "end", "tzid"}
    if chosen & _PERIOD_FIELDS:
        chosen |= _PERIOD_FIELDS
    values = {name: getattr(server, name) for name in chosen}
    result = replace(local, **values)
    result.validate()
    return result
