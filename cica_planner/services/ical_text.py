"""Writing iCalendar content lines directly: escaping, values and 75-octet folding (RFC 5545 §3.1, §3.3).

The export writes each property as text at once instead of building an icalendar property
object per line and serialising it afterwards; what it writes is what icalendar writes for
the same values (tests read every export back with icalendar and a second parser):

* TEXT escapes ``\\``, ``;`` and ``,``; a line break (CRLF, LF or a lone CR) becomes ``\\n``;
* a DATE is ``VALUE=DATE:YYYYMMDD``; a DATE-TIME is UTC (``…Z``) or a wall time with
  ``TZID=<zone>``;
* lines longer than 75 octets are folded with CRLF and a space, never inside a UTF-8
  character nor between a backslash and the character it escapes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from cica_planner.domain.model import Moment

#: The longest line RFC 5545 allows, in octets, without its CRLF.
LINE_OCTETS = 75
_UTC_NAMES = frozenset({"UTC", "ETC/UTC", "Z", "GMT", "ETC/GMT"})


def escape(text: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped, every line break as ``\\n``."""
    if not any(char in text for char in "\\;,\r\n"):
        return text
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """``line`` folded into lines of at most 75 octets (continuations start with a space)."""
    if len(line) <= LINE_OCTETS and line.isascii():
        return line
    if len(line.encode("utf-8")) <= LINE_OCTETS:
        return line
    pieces: list[str] = []
    current: list[str] = []
    octets = 0
    limit = LINE_OCTETS
    for char in line:
        size = 1 if char < "\x80" else len(char.encode("utf-8"))
        if current and octets + size > limit:
            carried = current.pop() if len(current) > 1 and _ends_in_open_escape(current) else ""
            pieces.append("".join(current))
            current, octets = ([carried], 1) if carried else ([], 0)
            limit = LINE_OCTETS - 1  # the leading space of a continuation counts
        current.append(char)
        octets += size
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _ends_in_open_escape(chars: list[str]) -> bool:
    """Whether the last backslash of ``chars`` starts an escape whose character is still to come."""
    run = 0
    for char in reversed(chars):
        if char != "\\":
            break
        run += 1
    return run % 2 == 1


def is_utc_name(tzid: str) -> bool:
    return tzid.strip().upper() in _UTC_NAMES


def utc_stamp(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def moment_value(moment: Moment) -> tuple[str, str, str | None]:
    """(parameters, value, TZID used) of a DATE or DATE-TIME property value."""
    if not isinstance(moment, datetime):
        return ";VALUE=DATE", f"{moment:%Y%m%d}", None
    key = getattr(moment.tzinfo, "key", None)
    if moment.tzinfo is None:
        return "", f"{moment:%Y%m%dT%H%M%S}", None
    if key is None or is_utc_name(key):
        return "", utc_stamp(moment), None
    return f";TZID={key}", f"{moment:%Y%m%dT%H%M%S}", key


def moments_value(moments: list[Moment]) -> tuple[str, str, str | None]:
    """(parameters, value, TZID used) of an EXDATE list: all dates, or all date-times in one zone."""
    first_params, _, tzid = moment_value(moments[0])
    return first_params, ",".join(moment_value(moment)[1] for moment in moments), tzid


def duration(length: timedelta) -> str:
    """A DURATION as icalendar writes it (``-PT15M``, ``P1D``, ``-P1DT2H``)."""
    sign = ""
    if length.days < 0:
        sign, length = "-", -length
    time = ""
    if length.seconds:
        hours, minutes, seconds = length.seconds // 3600, length.seconds % 3600 // 60, length.seconds % 60
        time = "T" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes or (hours and seconds) else "") + \
            (f"{seconds}S" if seconds else "")
    if length.days == 0 and time:
        return f"{sign}P{time}"
    return f"{sign}P{length.days}D{time}"


class Component:
    """The content lines of one component, written as they are added."""

    __slots__ = ("lines", "name", "tzids")

    def __init__(self, name: str) -> None:
        self.name = name
        self.lines = [f"BEGIN:{name}"]
        #: The TZIDs its date-time values use, in order of first use (their VTIMEZONEs are needed).
        self.tzids: dict[str, None] = {}

    def raw(self, name: str, value: str, params: str = "") -> None:
        self.lines.append(fold(f"{name}{params}:{value}"))

    def text(self, name: str, value: str) -> None:
        self.lines.append(fold(f"{name}:{escape(value)}"))

    def moment(self, name: str, value: Moment) -> None:
        params, text, tzid = moment_value(value)
        if tzid:
            self.tzids[tzid] = None
        self.lines.append(fold(f"{name}{params}:{text}"))

    def moments(self, name: str, values: list[Moment]) -> None:
        params, text, tzid = moments_value(values)
        if tzid:
            self.tzids[tzid] = None
        self.lines.append(fold(f"{name}{params}:{text}"))

    def stamp(self, name: str, value: datetime) -> None:
        self.lines.append(f"{name}:{utc_stamp(value)}")

    def add(self, child: Component) -> None:
        self.lines += child.close()

    def close(self) -> list[str]:
        if self.lines[-1] != f"END:{self.name}":
            self.lines.append(f"END:{self.name}")
        return self.lines

def calendar_text(properties: list[str], timezones: list[str], components: Sequence[Component]) -> bytes:
    """A whole VCALENDAR: its properties (ready lines), VTIMEZONE texts, then the components; CRLF."""
    lines = ["BEGIN:VCALENDAR", *properties, *timezones]
    for component in components:
        lines += component.close()
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")
