"""Decoding the raw values of :mod:`ical_reader` records, as RFC 5545 and icalendar read them.

Each function takes the value as written and gives a Python value, or raises ValueError
with a short reason (the importer then skips that VEVENT and names the property):

* TEXT: ``\\n``/``\\N`` are line breaks, ``\\,``, ``\\;`` and ``\\\\`` the characters;
* DATE ``YYYYMMDD`` and DATE-TIME ``YYYYMMDDTHHMMSS[Z]``: a date, a naive wall time, or
  an instant in UTC (the TZID parameter is the importer's business);
* lists of those (EXDATE, RDATE), PERIODs ``start/end`` or ``start/duration``;
* DURATION ``[+-]P…``;
* RRULE: its parts in RFC order with FREQ first (as icalendar writes them), numbers
  normalised, and UNTIL decoded.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

_ESCAPE = re.compile(r"\\([\\;,nN])")
_UNESCAPED_COMMA = re.compile(r"(?<!\\),")
_DURATION = re.compile(
    r"(?P<sign>[+-])?P(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?"
    r"(?:T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+)S)?)?"
)

#: The order icalendar (and RFC 5545 §3.3.10) writes RRULE parts in; other parts follow alphabetically.
RULE_ORDER = ("RSCALE", "FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY",
              "BYWEEKDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST", "SKIP")
_NUMBER_PARTS = {"COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYWEEKNO", "BYMONTHDAY", "BYYEARDAY",
                 "BYMONTH", "BYSETPOS"}


def text(raw: str) -> str:
    """A TEXT value with its escapes undone."""
    if "\\" not in raw:
        return raw
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), raw)


def text_list(raw: str) -> list[str]:
    """A comma-separated TEXT list (CATEGORIES): split on unescaped commas, then unescaped."""
    return [text(part) for part in _UNESCAPED_COMMA.split(raw)]


def date_or_time(raw: str) -> date | datetime:
    """A DATE or DATE-TIME; a DATE-TIME ending in Z is in UTC, otherwise a naive wall time."""
    value = raw.strip()
    try:
        if len(value) == 8 and value.isdigit():
            return date(int(value[:4]), int(value[4:6]), int(value[6:8]))
        if len(value) in (15, 16) and value[8] in "Tt" and value[:8].isdigit() and value[9:15].isdigit():
            moment = datetime(int(value[:4]), int(value[4:6]), int(value[6:8]),
                              int(value[9:11]), int(value[11:13]), int(value[13:15]))
            if len(value) == 15:
                return moment
            if value[15] in "Zz":
                return moment.replace(tzinfo=UTC)
    except ValueError as exc:
        raise ValueError(f"{value[:40]!r} is not a valid date ({exc})") from None
    raise ValueError(f"{value[:40]!r} is neither a date nor a date-time")


def duration(raw: str) -> timedelta:
    match = _DURATION.fullmatch(raw.strip().upper())
    if match is None or match.group(0) in ("P", "+P", "-P", "PT", "+PT", "-PT"):
        raise ValueError(f"{raw[:40]!r} is not a duration")
    parts = {key: int(value) for key, value in match.groupdict().items() if key != "sign" and value}
    length = timedelta(**parts)
    return -length if match.group("sign") == "-" else length


def period_or_moment(raw: str) -> date | datetime | tuple[date | datetime, date | datetime | timedelta]:
    """One value of an EXDATE or RDATE: a date, a date-time, or a PERIOD (start and end or length)."""
    if "/" not in raw:
        return date_or_time(raw)
    first, _, second = raw.partition("/")
    start = date_or_time(first)
    is_length = second.strip().upper().lstrip("+-").startswith("P")
    end: date | datetime | timedelta = duration(second) if is_length else date_or_time(second)
    return start, end


def moments(raw: str) -> list[date | datetime | tuple[date | datetime, date | datetime | timedelta]]:
    return [period_or_moment(part) for part in raw.split(",") if part.strip()]


def rule(raw: str) -> tuple[str, date | datetime | None]:
    """An RRULE's parts in icalendar's order and form, and its UNTIL decoded (empty text: no rule)."""
    parts: dict[str, str] = {}
    for pair in raw.split(";"):
        key, separator, value = pair.partition("=")
        if not separator or "=" in value:
            continue  # as icalendar reads "FREQ=YEARLY;" (a trailing semicolon) and other stray parts
        key = key.strip().upper()
        if key in _NUMBER_PARTS:
            value = ",".join(str(int(number)) for number in value.split(","))
        elif key != "UNTIL":
            value = value.upper()
        parts[key] = value
    until = date_or_time(parts["UNTIL"]) if "UNTIL" in parts else None
    order = sorted(parts, key=lambda key: (RULE_ORDER.index(key), "") if key in RULE_ORDER else (len(RULE_ORDER), key))
    return ";".join(f"{key}={parts[key]}" for key in order), until
