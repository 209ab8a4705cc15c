"""Recurrence expansion over a window (RRULE + EXDATE), with python-dateutil.

Timed rules are expanded in the venue's wall-clock time, so a weekly 10:00 meeting in
Astana stays at 10:00 local when the zone's offset changes (as on 2024-03-01).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

from dateutil.rrule import DAILY, rrule, rrulestr

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Event, Moment, Occurrence, zone

#: Open-ended rules are never expanded past this many occurrences in one window.
MAX_OCCURRENCES = 5000


def parse_rule(rule_text: str, start: Moment) -> rrule:
    """Parse an RRULE value anchored at ``start`` (naive wall-clock) or raise ValidationError."""
    text = rule_text.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    try:
        rule = rrulestr(text, dtstart=wall_time(start), forceset=False, ignoretz=True)
    except (ValueError, TypeError, KeyError) as exc:
        raise ValidationError(f"cannot read the recurrence rule {rule_text!r}: {exc}") from exc
    if not isinstance(rule, rrule):
        raise ValidationError(f"cannot read the recurrence rule {rule_text!r}")
    if rule._freq > DAILY:  # noqa: SLF001 - dateutil exposes the frequency only privately
        raise ValidationError("events repeat at most daily; hourly or more frequent rules are not supported")
    if rule.after(wall_time(start), inc=True) is None:
        raise ValidationError(f"the recurrence rule {rule_text!r} never occurs")
    return rule


def wall_time(moment: Moment) -> datetime:
    """The naive local wall time of ``moment`` (midnight for a date), as RRULE/EXDATE values are read."""
    if isinstance(moment, datetime):
        return moment.replace(tzinfo=None)
    return datetime(moment.year, moment.month, moment.day)


def occurrences(event: Event, window_start: datetime, window_end: datetime) -> Iterator[Occurrence]:
    """Yield the event's occurrences that overlap [window_start, window_end) (aware UTC bounds)."""
    duration = event.end - event.start
    if not event.rrule:
        occurrence = Occurrence(event, event.start, event.end)
        if _overlaps(event, occurrence.start, occurrence.end, window_start, window_end):
            yield occurrence
        return
    tz = zone(event.tzid)
    rule = parse_rule(event.rrule, event.start)
    excluded = {wall_time(moment.astimezone(tz) if isinstance(moment, datetime) else moment) for moment in event.exdates}
    # Widen the local search window by a day either side: local wall time differs from UTC
    # by at most 14 hours, and all-day items are compared by their local dates.
    span = duration if isinstance(duration, timedelta) else timedelta(days=1)
    search_from = window_start.astimezone(tz).replace(tzinfo=None) - span - timedelta(days=1)
    search_to = window_end.astimezone(tz).replace(tzinfo=None) + timedelta(days=1)
    count = 0
    for naive_start in rule.xafter(search_from, inc=True):
        if naive_start >= search_to or count >= MAX_OCCURRENCES:
            break
        if naive_start in excluded:
            continue
        if event.all_day:
            start: Moment = naive_start.date()
        else:
            start = _localise(naive_start, tz)
        end = start + duration
        if _overlaps(event, start, end, window_start, window_end):
            count += 1
            yield Occurrence(event, start, end, recurrence_id=start)


def _localise(naive: datetime, tz) -> datetime:  # noqa: ANN001 - tzinfo
    """Attach ``tz``; a wall time skipped by a DST gap is moved forward like Outlook does."""
    aware = naive.replace(tzinfo=tz)
    round_trip = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    if round_trip != naive:
        aware = (naive + timedelta(hours=1)).replace(tzinfo=tz)
    return aware


def _overlaps(event: Event, start: Moment, end: Moment, window_start: datetime, window_end: datetime) -> bool:
    if isinstance(start, datetime) and isinstance(end, datetime):
        return start < window_end and end > window_start
    tz = zone(event.tzid)
    # An all-day item belongs to its dates; compare them with the window's dates in the venue zone.
    first_day = window_start.astimezone(tz).date()
    last_day = (window_end - timedelta(microseconds=1)).astimezone(tz).date()
    return _day(start) <= last_day and _day(end) > first_day


def _day(moment: Moment) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


_WEEKDAY_NAMES = {"MO": "Monday", "TU": "Tuesday", "WE": "Wednesday", "TH": "Thursday", "FR": "Friday",
                  "SA": "Saturday", "SU": "Sunday"}
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last", -2: "second to last"}
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"]


def _weekday_phrase(token: str) -> str:
    """'MO' -> 'Monday'; '2TU' -> 'the second Tuesday'; '-1FR' -> 'the last Friday'."""
    code = token[-2:].upper()
    name = _WEEKDAY_NAMES.get(code, code)
    number = token[:-2]
    if not number or number == "+":
        return name
    ordinal = int(number)
    return f"the {_ORDINALS.get(ordinal, f'{ordinal}th')} {name}"


def _day_of_month(number: str) -> str:
    value = int(number)
    return "the last day" if value == -1 else f"day {value}"


def describe_rule(rule_text: str, start: Moment) -> str:
    """Return the rule in plain language, e.g. 'every year on 27 June, 3 times'.

    It reads the same parts the rule is expanded from (BYMONTH, BYMONTHDAY, BYDAY with
    ordinals), so the preview never says something the calendar does not do.
    """
    rule = parse_rule(rule_text, start)
    parts = {
        key.upper(): value
        for key, value in (part.split("=", 1) for part in rule_text.strip().removeprefix("RRULE:").split(";") if "=" in part)
    }
    freq = parts.get("FREQ", "").upper()
    interval = int(parts.get("INTERVAL", "1"))
    unit = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}[freq]
    text = f"every {unit}" if interval == 1 else f"every {interval} {unit}s"
    first = wall_time(start)
    months = [_MONTH_NAMES[int(m) - 1] for m in parts.get("BYMONTH", "").split(",") if m]
    month_days = [_day_of_month(d) for d in parts.get("BYMONTHDAY", "").split(",") if d]
    weekdays = [_weekday_phrase(d) for d in parts.get("BYDAY", "").split(",") if d]
    if freq == "WEEKLY":
        text += " on " + ", ".join(weekdays or [f"{first:%A}"])
    elif freq == "MONTHLY":
        text += " on " + (" and ".join(weekdays or month_days) if weekdays or month_days else f"day {first.day}")
    elif freq == "YEARLY":
        in_months = " and ".join(months) if months else f"{first:%B}"
        if weekdays:
            text += f" on {' and '.join(weekdays)} of {in_months}"
        elif len(month_days) == 1 and len(months) == 1 and month_days[0].startswith("day "):
            text += f" on {month_days[0].removeprefix('day ')} {months[0]}"
        elif month_days:
            text += f" on {' and '.join(month_days)} of {in_months}"
        else:
            text += f" on {first.day} {in_months}"
    elif weekdays:
        text += " on " + ", ".join(weekdays)
    if "COUNT" in parts:
        count = int(parts["COUNT"])
        text += ", once" if count == 1 else f", {count} times"
    elif "UNTIL" in parts:
        last = rule.before(datetime.max, inc=True)
        if last is not None:
            text += f", until {last.day} {last:%B %Y}"
    return text
