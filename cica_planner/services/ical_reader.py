"""The VEVENT reader: an iCalendar file as plain records, without building icalendar objects.

Importing a file needs a handful of properties of each VEVENT. Building icalendar's full
object tree for every line cost more than everything else the import does, so this reader
does only what RFC 5545 asks of the import: it unfolds lines (CRLF or LF, space or tab),
splits each content line into name, parameters (quoted or not, case-insensitive names) and
value, and keeps each VEVENT as a :class:`VEventRecord`: every property in file order with
its raw value. Values are decoded only when the importer asks for them
(:mod:`ical_values`). VALARMs and other nested components are skipped; a VTIMEZONE is kept
as its text, since only a few per file are built into zones (with icalendar, once per zone).

The file has passed :mod:`import_guard` first (decoded, no control characters, within the
limits); a file this reader cannot follow (no BEGIN:VCALENDAR, cut short, BEGIN and END that
do not pair up, no VEVENT) raises ImportFormatError with a one-line message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cica_planner.domain.errors import ImportFormatError
from cica_planner.services.import_guard import decode_ical

_FOLD = re.compile(r"\r?\n[ \t]")
#: One parameter after the property name: ;NAME=value[,value] with quoted or bare values.
_PARAM = re.compile(r';([A-Za-z0-9_-]+)=((?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)')
_NAME = re.compile(r"[A-Za-z0-9-]+")


@dataclass(frozen=True, slots=True)
class Prop:
    """One property as written: upper-case parameter names, unquoted values, the raw (escaped) value."""

    params: dict[str, str]
    value: str


@dataclass(slots=True)
class VEventRecord:
    """One VEVENT: its properties by upper-case name, each list in file order."""

    props: dict[str, list[Prop]] = field(default_factory=dict)
    #: The VEVENT's own lines, for a content hash when it has no UID.
    text: str = ""
    #: Lines that are no content line (left out, as icalendar leaves them out of the component).
    errors: list[str] = field(default_factory=list)

    def first(self, name: str) -> Prop | None:
        found = self.props.get(name)
        return found[0] if found else None

    def __contains__(self, name: str) -> bool:
        return name in self.props


@dataclass(slots=True)
class CalendarRecord:
    """One VCALENDAR: its own properties, its VTIMEZONEs (TZID → text) and its VEVENTs."""

    props: dict[str, list[Prop]] = field(default_factory=dict)
    timezones: dict[str, str] = field(default_factory=dict)
    events: list[VEventRecord] = field(default_factory=list)


def split_line(line: str) -> tuple[str, dict[str, str], str]:
    """Name, parameters and raw value of one unfolded content line (ValueError if it is none)."""
    colon = line.find(":")
    semicolon = line.find(";")
    if semicolon == -1 or -1 < colon < semicolon:
        if colon <= 0:
            raise ValueError(f"not a content line: {line[:60]!r}")
        name = line[:colon]
        if not _NAME.fullmatch(name):
            raise ValueError(f"bad property name {name[:40]!r}")
        return name.upper(), {}, line[colon + 1:]
    name = line[:semicolon]
    if not _NAME.fullmatch(name):
        raise ValueError(f"bad property name {name[:40]!r}")
    params: dict[str, str] = {}
    position = semicolon
    while True:
        match = _PARAM.match(line, position)
        if match is None:
            raise ValueError(f"bad parameter in {name[:40]}")
        params[match.group(1).upper()] = ",".join(_unquote(part) for part in _split_values(match.group(2)))
        position = match.end()
        if position >= len(line):
            raise ValueError(f"{name[:40]} has no value")
        if line[position] == ":":
            return name.upper(), params, line[position + 1:]


def _split_values(text: str) -> list[str]:
    if '"' not in text:
        return text.split(",")
    return re.findall(r'"[^"]*"|[^,]+|(?<=,)(?=,|$)|^(?=,)', text)


def _unquote(value: str) -> str:
    return value[1:-1] if len(value) >= 2 and value[0] == value[-1] == '"' else value


def read_records(data: bytes | str) -> list[CalendarRecord]:
    """The calendars of ``data`` with their VEVENTs, or ImportFormatError with a one-line message."""
    text = decode_ical(data) if isinstance(data, bytes) else data
    lines = _FOLD.sub("", text).split("\n")
    first = next((line.strip() for line in lines if line.strip()), "")
    last = next((line.strip() for line in reversed(lines) if line.strip()), "")
    if first.upper() != "BEGIN:VCALENDAR":
        raise ImportFormatError("this is not an iCalendar file (it does not start with BEGIN:VCALENDAR)")
    if last.upper() != "END:VCALENDAR":
        raise ImportFormatError("the iCalendar file is cut short (it does not end with END:VCALENDAR)")
    try:
        calendars = _walk(lines)
    except ValueError as exc:
        message = " ".join(str(exc).split())
        raise ImportFormatError(f"cannot read the iCalendar file: {message[:200]}") from None
    calendars = [calendar for calendar in calendars if calendar.events]
    if not calendars:
        raise ImportFormatError("the iCalendar file holds no events (no VEVENT)")
    return calendars


def _walk(lines: list[str]) -> list[CalendarRecord]:
    calendars: list[CalendarRecord] = []
    stack: list[str] = []  # the components open at this line, outermost first
    calendar: CalendarRecord | None = None
    event: VEventRecord | None = None
    event_lines: list[str] = []
    zone_lines: list[str] = []
    for raw in lines:
        line = raw[:-1] if raw.endswith("\r") else raw
        if not line or line.isspace():
            continue
        head = line[:6].upper() if line[0] in "BbEe" else ""  # most lines are properties: no upper()
        if head == "BEGIN:" or head[:4] == "END:":
            kind, _, component = line.partition(":")
            component = component.strip().upper()
            if kind.upper() == "BEGIN":
                if not component:
                    raise ValueError("BEGIN without a component name")
                stack.append(component)
                if len(stack) == 1:
                    if component != "VCALENDAR":
                        raise ValueError(f"{component} outside VCALENDAR")
                    calendar = CalendarRecord()
                    calendars.append(calendar)
                elif len(stack) == 2 and component == "VEVENT":
                    event, event_lines = VEventRecord(), []
                elif len(stack) == 2 and component == "VTIMEZONE":
                    zone_lines = []
                if event is not None:
                    event_lines.append(line)
                if len(stack) >= 2 and stack[1] == "VTIMEZONE":
                    zone_lines.append(line)
                continue
            if kind.upper() == "END":
                if not stack or stack[-1] != component:
                    expected = f"END:{stack[-1]}" if stack else "nothing"
                    raise ValueError(f"END:{component[:40]} where {expected} was expected")
                if event is not None:
                    event_lines.append(line)
                if len(stack) >= 2 and stack[1] == "VTIMEZONE":
                    zone_lines.append(line)
                stack.pop()
                if len(stack) == 1 and component == "VEVENT" and event is not None and calendar is not None:
                    event.text = "\r\n".join(event_lines)
                    calendar.events.append(event)
                    event = None
                elif len(stack) == 1 and component == "VTIMEZONE" and calendar is not None:
                    _keep_zone(calendar, zone_lines)
                continue
        if not stack:
            raise ValueError(f"content outside VCALENDAR: {line[:60]!r}")
        if len(stack) >= 2 and stack[1] == "VTIMEZONE":
            zone_lines.append(line)
            continue
        if len(stack) == 1 and calendar is not None:
            name, params, value = split_line(line)  # a stray line here makes the file unreadable, as in icalendar
            calendar.props.setdefault(name, []).append(Prop(params, value))
        elif len(stack) == 2 and event is not None:
            event_lines.append(line)
            try:
                name, params, value = split_line(line)
            except ValueError as exc:  # one broken line: the rest of the VEVENT still reads
                event.errors.append(str(exc))
                continue
            event.props.setdefault(name, []).append(Prop(params, value))
        elif event is not None:
            event_lines.append(line)  # a VALARM's line: kept for the hash, not read
    if stack:
        raise ValueError(f"END:{stack[-1]} is missing")
    return calendars


def _keep_zone(calendar: CalendarRecord, lines: list[str]) -> None:
    for line in lines:
        if line[:5].upper() == "TZID:" or line[:5].upper() == "TZID;":
            _name, _params, tzid = split_line(line)
            calendar.timezones.setdefault(tzid, "\r\n".join(lines))
            return
    raise ValueError("a VTIMEZONE without TZID")
