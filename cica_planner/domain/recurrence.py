"""Recurrence expansion over a window (RRULE + EXDATE), with python-dateutil.

Rules are read and checked by :mod:`cica_planner.domain.rules` (``parse_rule`` and
``wall_time`` are named here too, where callers have always found them).

Timed rules are expanded in the venue's wall-clock time, so a weekly 10:00 meeting in
Astana stays at 10:00 local when the zone's offset changes (as on 2024-03-01).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING

from cica_planner.domain.model import Event, Moment, Occurrence, Override, moment_span, occurrence_key, zone
from cica_planner.domain.rule_fields import (
    DAILY,
    WEEKLY,
    rule_count,
    rule_frequency,
    rule_interval,
    rule_start,
    rule_until,
)
from cica_planner.domain.rules import PROBE_YEARS, parse_rule, wall_time

if TYPE_CHECKING:  # dateutil is imported by the first rule read (domain/rules.py), not with the expansion
    from dateutil.rrule import rrule

__all__ = ["HORIZON_DESCRIBE_YEARS", "MAX_OCCURRENCES", "PROBE_YEARS", "Expansion", "describe_rule", "expand",
           "occurrences", "overlaps", "parse_rule", "single_occurrence", "wall_time"]

#: No series yields more than this many occurrences in one window; ``list`` and the views say when it cuts.
MAX_OCCURRENCES = 5000
#: ``describe_rule`` names the last occurrence of a rule whose UNTIL is at most this far away.
HORIZON_DESCRIBE_YEARS = 50


@dataclass
class Expansion:
    """The occurrences of one series in a window, and whether the bound cut them.

    ``keys``, when given, are the occurrences' ``sort_key()`` values, in their order: whoever
    sorts them again (a page of many series) need not work them out again.
    """

    occurrences: list[Occurrence]
    cut: bool = False
    keys: list[tuple[datetime, str]] | None = field(default=None, compare=False, repr=False)


def occurrences(event: Event, window_start: datetime, window_end: datetime) -> Iterator[Occurrence]:
    """Yield the event's occurrences that overlap [window_start, window_end) (aware UTC bounds), at most MAX_OCCURRENCES."""
    yield from expand(event, window_start, window_end).occurrences


def expand(event: Event, window_start: datetime, window_end: datetime, limit: int | None = None) -> Expansion:
    """The event's occurrences overlapping the window, in start order, bounded by ``limit``.

    A series (RFC 5545 §3.8.5 and §3.8.4.4): DTSTART, every RRULE (their union) and RDATE
    give the occurrence starts; EXDATE removes one (and its override); an override replaces
    the occurrence its RECURRENCE-ID names, or adds one when it names none; a
    THISANDFUTURE override moves and changes every later occurrence the same way.
    Starts are matched by wall time in the venue's zone.
    """
    limit = MAX_OCCURRENCES if limit is None else limit
    if not event.is_series:
        single = single_occurrence(event, window_start, window_end)
        return Expansion([single] if single is not None else [])
    tz = zone(event.tzid)
    duration = event.duration()
    excluded = {occurrence_key(m, event.tzid) for m in event.exdates}
    overrides = {occurrence_key(o.recurrence_id, event.tzid): o for o in event.overrides}
    # A THISANDFUTURE change reaches later occurrences even when its own occurrence is left out.
    future = sorted(((k, o) for k, o in overrides.items() if o.this_and_future), key=lambda item: item[0])
    # Moved occurrences can come from outside the window: widen the search by the largest move.
    reach = max((abs(_wall(o.start, tz) - _wall(o.recurrence_id, tz)) for _, o in future), default=timedelta(0))
    span = (duration if isinstance(duration, timedelta) else timedelta(days=1)) + reach
    for _, override in future:
        span = max(span, _length(override) + reach)
    local_start, local_end = _naive(window_start.astimezone(tz)), _naive(window_end.astimezone(tz))
    search_from = local_start - span - timedelta(days=1)
    search_to = local_end + reach + timedelta(days=1)
    found: list[Occurrence] = []
    cut = False
    # Rules repeat at most daily, so this many starts per rule always hold limit + 1 in the window itself:
    # reaching it tells a cut (the starts left out are later ones).
    margin = (local_start - search_from).days + (search_to - local_end).days + 4
    starts = _starts(event, search_from, search_to, limit + len(excluded) + len(overrides) + margin)
    if not future:
        found, cut = _unchanged(event, starts, excluded | overrides.keys(), duration, tz, window_start, window_end,
                                limit)
    else:
        for key in starts:
            if key in excluded or key in overrides:
                continue
            occurrence = _occurrence(event, key, duration, tz, future)
            if _overlaps(occurrence.event, occurrence.start, occurrence.end, window_start, window_end):
                if len(found) >= limit:
                    cut = True
                    break
                found.append(occurrence)
    for key, override in overrides.items():
        if key in excluded:
            continue
        moved = Occurrence(override.applied_to(event), override.start, override.end, recurrence_id=override.recurrence_id)
        if _overlaps(moved.event, moved.start, moved.end, window_start, window_end):
            found.append(moved)
    # Sorted as found.sort(key=Occurrence.sort_key) sorts them (both are stable), keeping the keys.
    keys = [occurrence.sort_key() for occurrence in found]
    order = sorted(range(len(found)), key=keys.__getitem__)
    if len(order) > limit:
        order, cut = order[:limit], True
    return Expansion([found[index] for index in order], cut, [keys[index] for index in order])


def single_occurrence(event: Event, window_start: datetime, window_end: datetime) -> Occurrence | None:
    """The one occurrence of an event that is no series, when it overlaps the window (as :func:`expand` gives it)."""
    start, end = event.start, event.end
    return Occurrence(event, start, end) if _overlaps(event, start, end, window_start, window_end) else None


def _unchanged(event: Event, starts: Iterator[datetime], skipped: AbstractSet[datetime], duration: timedelta,
               tz: tzinfo, window_start: datetime, window_end: datetime, limit: int) -> tuple[list[Occurrence], bool]:
    """The occurrences at ``starts`` (but ``skipped``) overlapping the window, at most ``limit``, and whether it cut them.

    What :func:`_occurrence` and :func:`_overlaps` give for a series no THISANDFUTURE change
    reaches (nearly every one), in fewer steps: the window's days worked out once, and no
    occurrence made that the window leaves out.
    """
    found: list[Occurrence] = []
    if event.all_day:
        first_day, last_day = _window_days(event.tzid, window_start, window_end)
        for key in starts:
            if key in skipped:
                continue
            day = key.date()
            end = day + duration
            if day <= last_day and end > first_day:
                if len(found) >= limit:
                    return found, True
                found.append(Occurrence(event, day, end, recurrence_id=day))
        return found, False
    for key in starts:
        if key in skipped:
            continue
        start = _localise(key, tz)
        end = start + duration
        if start < window_end and end > window_start:
            if len(found) >= limit:
                return found, True
            found.append(Occurrence(event, start, end, recurrence_id=start))
    return found, False


def _starts(event: Event, search_from: datetime, search_to: datetime, limit: int) -> Iterator[datetime]:
    """The naive wall-time starts of the series in [search_from, search_to), merged in order, without repeats."""
    first = wall_time(event.start)
    candidates: set[datetime] = set()
    if search_from <= first < search_to:
        candidates.add(first)
    candidates.update(k for k in (occurrence_key(m, event.tzid) for m in event.rdates) if search_from <= k < search_to)
    rules = [r for r in (event.rrule, *event.extra_rules) if r]
    for text in rules:
        stepping = _text_stepping(text)
        if stepping is not None:  # no need to have dateutil read the rule: DTSTART and the text give every start
            step, count = stepping
            found = _stepped_from(first.replace(microsecond=0), step, count, None, search_from)
        else:
            rule = parse_rule(text, event.start)
            steps = _steps(text, rule)
            found = _stepped(rule, steps, search_from) if steps is not None else rule.xafter(search_from, inc=True)
        for taken, naive in enumerate(found):
            if naive >= search_to or taken >= limit:
                break
            candidates.add(naive)
    yield from sorted(candidates)


#: Days between the periods of a rule that falls once in each (FREQ=DAILY, or WEEKLY on DTSTART's weekday).
_STEP_DAYS = {DAILY: 1, WEEKLY: 7}
#: Parts after which a daily or weekly rule falls once per period, on DTSTART's day and time.
_STEPPED_PARTS = frozenset({"FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST"})


@lru_cache(maxsize=4096)
def _has_only_stepped_parts(text: str) -> bool:
    """Whether the rule text names no part beyond FREQ, INTERVAL, COUNT, UNTIL and WKST (no BYxxx)."""
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    names = {part.split("=", 1)[0].strip().upper() for part in body.split(";") if "=" in part}
    return names <= _STEPPED_PARTS


def _steps(text: str, rule: rrule) -> timedelta | None:
    """The fixed distance between the occurrences of ``rule``, when it has one (else None: dateutil expands it).

    A daily rule, or a weekly one, without BYxxx parts takes its day and time from DTSTART and
    falls once in every INTERVAL-th period: DTSTART, then every INTERVAL days or weeks, as
    dateutil finds them (COUNT counts those, UNTIL ends them). Weekly meetings are most of a
    calendar's series, and stepping costs far less than dateutil's iteration.
    """
    days = _STEP_DAYS.get(rule_frequency(rule))
    if days is None or not _has_only_stepped_parts(text):
        return None
    return timedelta(days=days * rule_interval(rule))


#: Rule parts read from the text alone: capitals, no spaces, each part once (anything else goes through dateutil).
_TEXT_PARTS = {
    "FREQ": re.compile(r"DAILY|WEEKLY"),
    "INTERVAL": re.compile(r"[0-9]{1,6}"),
    "COUNT": re.compile(r"[0-9]{1,9}"),
    "WKST": re.compile(r"MO|TU|WE|TH|FR|SA|SU"),
}


@lru_cache(maxsize=4096)
def _text_stepping(text: str) -> tuple[timedelta, int | None] | None:
    """(distance between starts, COUNT) of a daily or weekly rule with no UNTIL and no BY parts, from its text alone.

    Such a rule is valid with every DTSTART and occurs on it (INTERVAL and COUNT at least 1),
    so :func:`parse_rule` would accept it and :func:`_steps` step it: DTSTART without its
    microseconds (as dateutil keeps it), then every INTERVAL days or weeks. Reading it here
    saves a dateutil parse for each series a page meets for the first time (they differ by
    DTSTART, so the parse's cache does not help). None for any other text: dateutil reads it.
    """
    body = text.strip()
    body = body.removeprefix("RRULE:")
    values: dict[str, str] = {}
    for part in body.split(";"):
        name, equals, value = part.partition("=")
        pattern = _TEXT_PARTS.get(name)
        if not equals or pattern is None or name in values or not pattern.fullmatch(value):
            return None
        values[name] = value
    if "FREQ" not in values:
        return None
    interval = int(values.get("INTERVAL", "1"))
    count = int(values["COUNT"]) if "COUNT" in values else None
    if interval < 1 or (count is not None and count < 1):
        return None
    return timedelta(days=_STEP_DAYS[DAILY if values["FREQ"] == "DAILY" else WEEKLY] * interval), count


def _stepped(rule: rrule, step: timedelta, search_from: datetime) -> Iterator[datetime]:
    """The starts of ``rule`` from ``search_from`` on, stepped (as ``rule.xafter(search_from, inc=True)``)."""
    return _stepped_from(rule_start(rule), step, rule_count(rule), rule_until(rule), search_from)


def _stepped_from(first: datetime, step: timedelta, count: int | None, until: datetime | None,
                  search_from: datetime) -> Iterator[datetime]:
    """The starts ``first + step * n`` (n < ``count``, none after ``until``) from ``search_from`` on."""
    index = max(0, -((first - search_from) // step)) if search_from > first else 0  # the first at or after search_from
    while count is None or index < count:
        try:
            start = first + step * index
        except OverflowError:  # past the last representable day, where dateutil stops too
            return
        if until is not None and start > until:
            return
        yield start
        index += 1


def _length(override: Override) -> timedelta:
    length = moment_span(override.start, override.end)
    return length if isinstance(length, timedelta) else timedelta(days=1)


def _occurrence(event: Event, key: datetime, duration: timedelta, tz, future: list[tuple[datetime, Override]]) -> Occurrence:  # noqa: ANN001
    """The occurrence whose original start is ``key``, changed by the last THISANDFUTURE override before it."""
    recurrence_id: Moment = key.date() if event.all_day else _localise(key, tz)
    base = None
    for since, override in future:
        if since < key:
            base = override
        else:
            break
    if base is None:
        return Occurrence(event, recurrence_id, recurrence_id + duration, recurrence_id=recurrence_id)
    moved_key = key + (_wall(base.start, tz) - _wall(base.recurrence_id, tz))
    start: Moment = moved_key.date() if not isinstance(base.start, datetime) else _localise(moved_key, tz)
    end = start + moment_span(base.start, base.end)
    return Occurrence(replace(base.applied_to(event), start=start, end=end), start, end, recurrence_id=recurrence_id)


def _wall(moment: Moment, tz) -> datetime:  # noqa: ANN001 - tzinfo
    if isinstance(moment, datetime):
        return moment.astimezone(tz).replace(tzinfo=None)
    return datetime(moment.year, moment.month, moment.day)


def _localise(naive: datetime, tz) -> datetime:  # noqa: ANN001 - tzinfo
    """Attach ``tz``; a wall time skipped by a DST gap is moved forward like Outlook does.

    Written with ``datetime.combine`` rather than ``replace(tzinfo=...)``, which costs several
    times more, and a series expands one start at a time. The round trip is compared aware:
    two times with the same tzinfo compare by their wall clocks, as the naive ones would.
    """
    aware = datetime.combine(naive, naive.time(), tz)
    if aware.astimezone(UTC).astimezone(tz) != aware:
        aware = (naive + timedelta(hours=1)).replace(tzinfo=tz)
    return aware


def _naive(moment: datetime) -> datetime:
    """``moment.replace(tzinfo=None)``, in a fraction of its time."""
    return datetime.combine(moment, moment.time())


def overlaps(occurrence: Occurrence, window_start: datetime, window_end: datetime) -> bool:
    """Whether ``occurrence`` overlaps [window_start, window_end), as :func:`expand` decides it."""
    return _overlaps(occurrence.event, occurrence.start, occurrence.end, window_start, window_end)


def _overlaps(event: Event, start: Moment, end: Moment, window_start: datetime, window_end: datetime) -> bool:
    if isinstance(start, datetime) and isinstance(end, datetime):
        return start < window_end and end > window_start
    first_day, last_day = _window_days(event.tzid, window_start, window_end)
    return _day(start) <= last_day and _day(end) > first_day


def _window_days(tzid: str, window_start: datetime, window_end: datetime) -> tuple[date, date]:
    """The window's first and last day in the venue's zone: an all-day item belongs to its dates."""
    tz = zone(tzid)
    return window_start.astimezone(tz).date(), (window_end - timedelta(microseconds=1)).astimezone(tz).date()


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
    elif "UNTIL" in parts and (until := rule_until(rule)) is not None:
        # The last occurrence is looked up only when it is near: UNTIL=9999... must not expand for ages.
        last = rule.before(until, inc=True) if until.year - first.year <= HORIZON_DESCRIBE_YEARS else until
        if last is not None:
            text += f", until {last.day} {last:%B %Y}"
    return text
