"""Outlook-safe VTIMEZONE components built from the IANA time zone database.

Outlook reads a VTIMEZONE in a very reduced way (MS-OXCICAL): it keeps only the
STANDARD sub-component with the largest DTSTART and the DAYLIGHT sub-component with the largest
DTSTART, ignores RDATE, and understands daylight saving time only as a yearly rule of the form
``FREQ=YEARLY;BYMONTH=m;BYDAY=nWD`` with ``n`` in 1..4 or -1 ("last").

``icalendar.Timezone.from_tzinfo`` writes the whole history since 1970 as RDATE lists, so Outlook
picks an old observance: Asia/Almaty lands at +06 although Kazakhstan moved to +05 on 2024-03-01,
and Asia/Baku at +03. This module writes the *current* rules of a zone instead:

* a zone without daylight saving time in the requested years gets one STANDARD whose DTSTART is
  the start of its latest offset period and which has no RRULE;
* a zone with yearly daylight saving time gets one STANDARD and one DAYLIGHT, each with a yearly
  nth/last-weekday RRULE derived from zoneinfo's transitions.

Rules that Outlook cannot express exactly are approximated by the nth/last-weekday rule that
matches the most years; :func:`outlook_rule_mismatches` lists the transitions that come out wrong.
For example Asia/Jerusalem starts DST on the Friday before the last Sunday of March, which is
written as ``4FR`` (right unless the last Sunday is the 31st, e.g. 2024 and 2030), and
Africa/Cairo ends DST at 24:00 on the last Thursday of October, written as ``-1FR`` at 00:00
(right unless 31 October is a Thursday, e.g. 2024 and 2030).
"""

from __future__ import annotations

import calendar as _calendar
import copy
import functools
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

__all__ = ["add_outlook_timezones", "nth_weekday", "outlook_rule_mismatches", "outlook_timezone"]

# Offsets are sampled at this step when looking for transitions inside the requested years;
# two transitions closer together than this would be missed (no zone has any since 1970).
_SCAN_STEP = timedelta(hours=6)
# Coarse step when searching backwards for the start of the latest offset period.
_BACK_STEP = timedelta(days=7)
_EARLIEST = datetime(1850, 1, 1, tzinfo=UTC)
_SECOND = timedelta(seconds=1)
# Weekday patterns repeat every 28 years between 1901 and 2099, so a 28-year window shows how
# often an nth-weekday rule is right in the long run.
_CYCLE_YEARS = 28
_CHECK_LAST_YEARS = 3
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_UTC_NAMES = frozenset(
    {
        "UTC",
        "Z",
        "ZULU",
        "GMT",
        "UCT",
        "UNIVERSAL",
        "ETC/UTC",
        "ETC/GMT",
        "ETC/UCT",
        "ETC/ZULU",
        "ETC/UNIVERSAL",
        "ETC/GMT0",
        "ETC/GMT+0",
        "ETC/GMT-0",
        "GMT0",
    }
)
_DATE_PROPERTIES = ("DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "EXDATE", "RDATE")


@dataclass(frozen=True)
class _Transition:
    """One change of UTC offset, as found in zoneinfo."""

    instant: datetime  # aware, UTC: the first instant with the new offset
    offset_from: timedelta
    offset_to: timedelta

    @property
    def wall(self) -> datetime:
        """Naive local time of the transition, read in the offset before it (RFC 5545 DTSTART)."""
        return (self.instant + self.offset_from).replace(tzinfo=None)

    @property
    def key(self) -> tuple[datetime, timedelta, timedelta]:
        """Comparable identity of the transition."""
        return (self.instant, self.offset_from, self.offset_to)


def nth_weekday(year: int, month: int, weekday: int, ordinal: int) -> date:
    """Return the ``ordinal``-th ``weekday`` (Monday is 0) of the month; ordinal -1 is the last one."""
    if ordinal > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (ordinal - 1))
    last = date(year, month, _calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


@dataclass(frozen=True)
class _YearlyRule:
    """A yearly ``BYMONTH=month;BYDAY=<ordinal><weekday>`` transition at a wall-clock time."""

    month: int
    weekday: int  # Monday is 0
    ordinal: int  # 1..4, or -1 for "last"
    at: time  # wall-clock time in offset_from
    offset_from: timedelta
    offset_to: timedelta

    def day_in(self, year: int) -> date:
        """Return the date the rule selects in ``year``."""
        return nth_weekday(year, self.month, self.weekday, self.ordinal)

    def wall_in(self, year: int) -> datetime:
        """Return the naive local transition time (in ``offset_from``) the rule gives for ``year``."""
        return datetime.combine(self.day_in(year), self.at)

    def transition_in(self, year: int) -> _Transition:
        """Return the transition the rule predicts for ``year``."""
        instant = (self.wall_in(year) - self.offset_from).replace(tzinfo=UTC)
        return _Transition(instant, self.offset_from, self.offset_to)

    @property
    def byday(self) -> str:
        """The BYDAY value, e.g. ``-1SU``."""
        return f"{self.ordinal}{_WEEKDAYS[self.weekday]}"


@dataclass(frozen=True)
class _Observance:
    """One STANDARD or DAYLIGHT sub-component to write."""

    daylight: bool
    start: datetime  # naive DTSTART, local time in offset_from
    offset_from: timedelta
    offset_to: timedelta
    name: str | None
    rule: _YearlyRule | None


@dataclass(frozen=True)
class _Plan:
    """What the VTIMEZONE of a zone says, and what zoneinfo says about the same years."""

    observances: tuple[_Observance, ...]
    actual: tuple[_Transition, ...]
    years: range

    def predicted(self) -> list[_Transition]:
        """Transitions in ``years`` as Outlook reads the emitted observances."""
        rules = [obs.rule for obs in self.observances if obs.rule is not None]
        return sorted((rule.transition_in(year) for rule in rules for year in self.years), key=lambda t: t.instant)


def _resolve(tzid: str) -> tzinfo:
    """Return the tzinfo for an IANA name or a Windows zone name."""
    name = tzid.strip()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        pass
    olson = WINDOWS_TO_OLSON.get(name)
    if olson is not None:
        return ZoneInfo(olson)
    raise ValueError(f"unknown time zone: {tzid!r}")


def _offset(zone: tzinfo, instant: datetime) -> timedelta:
    """UTC offset of ``zone`` at the aware ``instant``."""
    offset = instant.astimezone(zone).utcoffset()
    return offset if offset is not None else timedelta(0)


def _tzname(zone: tzinfo, instant: datetime) -> str | None:
    """Abbreviation of ``zone`` at ``instant`` (for TZNAME; Outlook ignores it)."""
    return instant.astimezone(zone).tzname()


def _find_change(zone: tzinfo, low: datetime, high: datetime) -> _Transition:
    """Bisect to the first second after ``low`` whose offset differs from the offset at ``low``."""
    before = _offset(zone, low)
    while high - low > _SECOND:
        middle = low + timedelta(seconds=int((high - low).total_seconds()) // 2)
        if _offset(zone, middle) == before:
            low = middle
        else:
            high = middle
    return _Transition(high, before, _offset(zone, high))


def _scan(zone: tzinfo, start: datetime, end: datetime, step: timedelta = _SCAN_STEP) -> list[_Transition]:
    """All transitions of ``zone`` in ``(start, end]``, sampled every ``step`` and then bisected."""
    found: list[_Transition] = []
    low, low_offset = start, _offset(zone, start)
    while low < end:
        high = min(low + step, end)
        high_offset = _offset(zone, high)
        if high_offset != low_offset:
            transition = _find_change(zone, low, high)
            found.append(transition)
            low, low_offset = transition.instant, transition.offset_to
        else:
            low = high
    return found


def _transitions_in(zone: tzinfo, years: range) -> list[_Transition]:
    """Transitions whose local wall time (in the offset before them) falls in ``years``."""
    start = datetime(years.start, 1, 1, tzinfo=UTC) - timedelta(days=2)
    end = datetime(years.stop, 1, 1, tzinfo=UTC) + timedelta(days=2)
    return [t for t in _scan(zone, start, end) if t.wall.year in years]


def _latest_transition_before(zone: tzinfo, end: datetime) -> _Transition | None:
    """The last transition of ``zone`` before ``end``, searching back to 1850."""
    current = _offset(zone, end)
    high = end
    while high > _EARLIEST:
        low = max(high - _BACK_STEP, _EARLIEST)
        if _offset(zone, low) != current:
            found = _scan(zone, low, high, timedelta(hours=1))
            return found[-1] if found else _find_change(zone, low, high)
        high = low
    return None


def _candidates(transitions: list[_Transition]) -> list[_YearlyRule]:
    """Every Outlook-expressible rule that reproduces at least one of ``transitions``."""
    rules: dict[_YearlyRule, None] = {}
    for transition in transitions:
        wall = transition.wall
        ordinals = []
        if wall.day <= 28:
            ordinals.append((wall.day - 1) // 7 + 1)
        if wall.day + 7 > _calendar.monthrange(wall.year, wall.month)[1]:
            ordinals.append(-1)
        for ordinal in ordinals:
            rule = _YearlyRule(
                wall.month, wall.weekday(), ordinal, wall.time(), transition.offset_from, transition.offset_to
            )
            rules[rule] = None
    return list(rules)


def _rule_holds(zone: tzinfo, rule: _YearlyRule, year: int) -> bool:
    """Whether zoneinfo really changes offset where ``rule`` says it does in ``year``."""
    instant = rule.transition_in(year).instant
    return _offset(zone, instant - _SECOND) == rule.offset_from and _offset(zone, instant) == rule.offset_to


def _best_rule(zone: tzinfo, transitions: list[_Transition], years: range) -> _YearlyRule:
    """Pick the rule for one kind of transition (into or out of DST).

    Preference, in order: reproduces the latest three years of ``years``; reproduces the most years
    of ``years``; reproduces the most years of a 28-year weekday cycle starting at ``years.start``
    (zoneinfo extends the current rules into the future); is a "last weekday" rule.
    """
    recent = years[-_CHECK_LAST_YEARS:]
    cycle = range(years.start, max(years.stop, years.start + _CYCLE_YEARS))

    def score(rule: _YearlyRule) -> tuple[bool, int, int, bool]:
        return (
            all(_rule_holds(zone, rule, year) for year in recent),
            sum(_rule_holds(zone, rule, year) for year in years),
            sum(_rule_holds(zone, rule, year) for year in cycle),
            rule.ordinal == -1,
        )

    return max(_candidates(transitions), key=score)


def _normalise(years: range | None) -> range:
    """Turn ``years`` into a contiguous, non-empty range (default: this year - 3 .. + 10)."""
    if years is None:
        this_year = date.today().year
        return range(this_year - 3, this_year + 11)
    if len(years) == 0:
        raise ValueError("years must not be empty")
    return range(min(years), max(years) + 1)


def _standard_only(zone: tzinfo, actual: list[_Transition], years: range) -> tuple[_Observance, ...]:
    """One STANDARD that starts with the latest offset period and has no RRULE."""
    end = datetime(years.stop, 1, 1, tzinfo=UTC)
    latest = actual[-1] if actual else _latest_transition_before(zone, end)
    # The abbreviation can change without an offset change (Europe/Istanbul: EEST, then +03).
    name = _tzname(zone, end - _SECOND)
    if latest is None:
        offset = _offset(zone, end)
        return (_Observance(False, datetime(1970, 1, 1), offset, offset, name, None),)
    return (_Observance(False, latest.wall, latest.offset_from, latest.offset_to, name, None),)


def _yearly_dst(zone: tzinfo, actual: list[_Transition], years: range) -> tuple[_Observance, ...] | None:
    """STANDARD and DAYLIGHT with yearly rules, or None if the latest year has no regular DST."""
    latest_year = [t for t in actual if t.wall.year == years[-1]]
    offsets = {t.offset_from for t in latest_year} | {t.offset_to for t in latest_year}
    if len(latest_year) < 2 or len(offsets) != 2:
        return None
    # Outlook (like Windows) models DST as the period with the larger offset, so Europe/Dublin's
    # "negative DST" of tzdata is written as GMT standard time and IST daylight time.
    standard, daylight = sorted(offsets)
    observances = []
    for is_daylight, offset_from, offset_to in ((False, daylight, standard), (True, standard, daylight)):
        kind = [t for t in actual if (t.offset_from, t.offset_to) == (offset_from, offset_to)]
        rule = _best_rule(zone, kind, years)
        # Both rules start in the same year, before the range: Outlook ignores the year, but
        # RFC 5545 readers (Thunderbird, Evolution) apply a rule only from its DTSTART, and
        # rules starting in different years would leave them on the wrong offset in between.
        start = rule.wall_in(years.start - 1)
        name = _tzname(zone, rule.transition_in(years[-1]).instant)
        observances.append(_Observance(is_daylight, start, offset_from, offset_to, name, rule))
    return tuple(observances)


@functools.lru_cache(maxsize=256)
def _plan(tzid: str, start: int, stop: int) -> _Plan:
    """Work out the observances of ``tzid`` for ``range(start, stop)`` (cached)."""
    years = range(start, stop)
    zone = _resolve(tzid)
    actual = _transitions_in(zone, years)
    observances = _yearly_dst(zone, actual, years) or _standard_only(zone, actual, years)
    return _Plan(observances, tuple(actual), years)


def _build(tzid: str, plan: _Plan) -> icalendar.Timezone:
    """Write ``plan`` as an icalendar VTIMEZONE."""
    timezone = icalendar.Timezone()
    timezone.add("TZID", tzid)
    for observance in plan.observances:
        sub = icalendar.TimezoneDaylight() if observance.daylight else icalendar.TimezoneStandard()
        sub.add("DTSTART", observance.start)
        if observance.rule is not None:
            rule = observance.rule
            sub.add("RRULE", icalendar.vRecur(FREQ="YEARLY", BYMONTH=rule.month, BYDAY=rule.byday))
        sub.add("TZOFFSETFROM", observance.offset_from)
        sub.add("TZOFFSETTO", observance.offset_to)
        if observance.name:
            sub.add("TZNAME", observance.name)
        timezone.add_component(sub)
    return timezone


@functools.lru_cache(maxsize=256)
def _cached_timezone(tzid: str, start: int, stop: int) -> icalendar.Timezone:
    """Build the VTIMEZONE of ``tzid`` for ``range(start, stop)`` once; callers get deep copies."""
    return _build(tzid, _plan(tzid, start, stop))


def outlook_timezone(tzid: str, years: range | None = None) -> icalendar.Timezone:
    """Build an Outlook-safe VTIMEZONE for an IANA zone.

    The component describes the zone's rules as they stand in the last of ``years``: either one
    STANDARD without RRULE (no daylight saving time) or one STANDARD and one DAYLIGHT with yearly
    ``BYMONTH``/``BYDAY`` rules. DTSTART of a ruled observance is its first correct transition in
    ``years``; DTSTART of a lone STANDARD is the start of the latest offset period (for Asia/Almaty
    2024-03-01T00:00:00, +0600 to +0500). TZID is ``tzid`` as given.

    Args:
        tzid: IANA zone name such as ``"Asia/Almaty"``; Windows names are resolved through
            icalendar's CLDR table, but the TZID written is still ``tzid``.
        years: Years the calendar covers, usually the export's years. Default: from three years
            before the current year to ten years after it.

    Returns:
        A new ``icalendar.Timezone`` (a deep copy of a cached one, safe to modify).

    Raises:
        ValueError: If ``tzid`` is not a known zone or ``years`` is empty.
    """
    span = _normalise(years)
    return copy.deepcopy(_cached_timezone(tzid, span.start, span.stop))


def outlook_rule_mismatches(tzid: str, years: range | None = None) -> list[datetime]:
    """List the transitions that Outlook's reading of :func:`outlook_timezone` gets wrong.

    Outlook applies only the yearly rules (or, for a lone STANDARD, a fixed offset). Compared with
    zoneinfo's transitions in ``years``, every transition that appears on one side only is
    returned: a real change the rule misses (or puts on another day), and a change the rule
    predicts but zoneinfo does not have. Between such a pair, Outlook shows the wrong offset.
    For a lone STANDARD, every real transition in ``years`` is listed, because Outlook applies
    the current offset to the whole range.

    Args:
        tzid: IANA zone name.
        years: Years to check, as for :func:`outlook_timezone`.

    Returns:
        Sorted, UTC-aware instants of the mismatched transitions; empty if Outlook is right for
        all of ``years``.
    """
    span = _normalise(years)
    plan = _plan(tzid, span.start, span.stop)
    actual = {t.key for t in plan.actual}
    predicted = {t.key for t in plan.predicted()}
    return sorted(key[0] for key in actual ^ predicted)


def _is_utc_name(tzid: str) -> bool:
    """Whether a TZID names UTC itself (no VTIMEZONE is written for it)."""
    return tzid.strip().upper() in _UTC_NAMES


def _tzids_of_value(value: object) -> list[str]:
    """TZIDs carried by one property value: its TZID parameter, or the tzinfo of its datetimes."""
    params = getattr(value, "params", None)
    if params is not None and params.get("TZID"):
        return [str(params["TZID"])]
    values = [getattr(item, "dt", None) for item in getattr(value, "dts", [])] or [getattr(value, "dt", None)]
    found = []
    for moment in values:
        if isinstance(moment, datetime) and moment.tzinfo is not None:
            key = getattr(moment.tzinfo, "key", None)
            if key:
                found.append(str(key))
    return found


def _used_tzids(calendar: icalendar.Calendar) -> list[str]:
    """TZIDs used by date-time properties outside VTIMEZONEs, in order of first use, without UTC."""
    used: dict[str, None] = {}
    for component in calendar.subcomponents:
        if component.name == "VTIMEZONE":
            continue
        for part in component.walk():
            for name in _DATE_PROPERTIES:
                raw = part.get(name)
                for value in raw if isinstance(raw, list) else [raw]:
                    for tzid in _tzids_of_value(value):
                        if not _is_utc_name(tzid):
                            used[tzid] = None
    return list(used)


def add_outlook_timezones(calendar: icalendar.Calendar, years: range) -> None:
    """Add an Outlook-safe VTIMEZONE for every TZID the calendar uses, in place.

    TZIDs are collected from DTSTART, DTEND, DUE, RECURRENCE-ID, EXDATE and RDATE of all
    components (UTC is skipped). Existing VTIMEZONEs with the same TZID are replaced; the new
    ones are inserted before the first component that is not a VTIMEZONE (so before the first
    VEVENT). A TZID that cannot be resolved keeps its existing VTIMEZONE.

    Args:
        calendar: The calendar to complete.
        years: Years the calendar covers (see :func:`outlook_timezone`).

    Raises:
        ValueError: If a TZID is neither a known zone nor already defined by a VTIMEZONE.
    """
    defined = {str(c.get("TZID")) for c in calendar.subcomponents if c.name == "VTIMEZONE"}
    built: dict[str, icalendar.Timezone] = {}
    for tzid in _used_tzids(calendar):
        try:
            built[tzid] = outlook_timezone(tzid, years)
        except ValueError:
            if tzid not in defined:
                raise
    kept = [c for c in calendar.subcomponents if not (c.name == "VTIMEZONE" and str(c.get("TZID")) in built)]
    index = next((i for i, c in enumerate(kept) if c.name != "VTIMEZONE"), len(kept))
    calendar.subcomponents[:] = [*kept[:index], *built.values(), *kept[index:]]
