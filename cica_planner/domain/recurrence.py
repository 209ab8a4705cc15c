"""Recurrence expansion over a window (RRULE + EXDATE), with python-dateutil.

Timed rules are expanded in the venue's wall-clock time, so a weekly 10:00 meeting in
Astana stays at 10:00 local when the zone's offset changes (as on 2024-03-01).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

from dateutil.rrule import rrule, rrulestr

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
        rule = rrulestr(text, dtstart=_naive(start), forceset=False, ignoretz=True)
    except (ValueError, TypeError, KeyError) as exc:
        raise ValidationError(f"cannot read the recurrence rule {rule_text!r}: {exc}") from exc
    if not isinstance(rule, rrule):
        raise ValidationError(f"cannot read the recurrence rule {rule_text!r}")
    return rule


def _naive(moment: Moment) -> datetime:
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
    excluded = {_naive(moment.astimezone(tz) if isinstance(moment, datetime) else moment) for moment in event.exdates}
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


def describe_rule(rule_text: str, start: Moment) -> str:
    """Return a plain-language description such as 'every year on 27 June, 3 times'."""
    rule = parse_rule(rule_text, start)
    parts = {k.upper(): v for k, v in (p.split("=", 1) for p in rule_text.strip().removeprefix("RRULE:").split(";") if "=" in p)}
    freq = parts.get("FREQ", "")
    interval = int(parts.get("INTERVAL", "1"))
    unit = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}.get(freq, freq.lower())
    every = f"every {unit}" if interval == 1 else f"every {interval} {unit}s"
    first = _naive(start)
    if freq == "YEARLY" and "BYDAY" not in parts:
        every += f" on {first.day} {first:%B}"
    elif freq == "MONTHLY" and "BYDAY" not in parts:
        every += f" on day {first.day}"
    elif freq == "WEEKLY":
        days = parts.get("BYDAY")
        names = {"MO": "Monday", "TU": "Tuesday", "WE": "Wednesday", "TH": "Thursday", "FR": "Friday", "SA": "Saturday", "SU": "Sunday"}
        every += " on " + (", ".join(names.get(d, d) for d in days.split(",")) if days else f"{first:%A}")
    elif "BYDAY" in parts:
        every += f" on {parts['BYDAY']}"
    if "COUNT" in parts:
        count = int(parts["COUNT"])
        every += ", once" if count == 1 else f", {count} times"
    elif "UNTIL" in parts:
        last = list(rule)[-1] if rule.count() < MAX_OCCURRENCES else None
        every += f", until {last:%d %B %Y}" if last else ""
    return every
