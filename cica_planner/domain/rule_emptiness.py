"""Whether a recurrence rule can ever occur, decided from the calendar's structure in milliseconds.

A rule's BY parts (BYMONTH, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYDAY) pick days of a year by
masks that depend only on the year's type: its length, the weekday of 1 January and the
length of the year before (for week numbers). The Gregorian calendar has 21 such types and
repeats every 400 years, so the days a rule can give are known after reading one year of
each type, instead of expanding the rule for centuries. The masks are dateutil's own
(``_iterinfo``, which the expansion itself uses), so this reads every part exactly as the
expansion does.

On top of the days, the frequency's period matters: BYSETPOS picks within a year, a month or
a week, and INTERVAL reaches only some years or months. :func:`never_occurs` answers True
only when it has proved that no day is ever given (or that dateutil cannot
expand the rule at all); when it cannot tell (BYEASTER, a weekly
rule with BYSETPOS, a daily or weekly INTERVAL sharing a factor with the 400-year cycle) it
answers False and the caller probes.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from math import gcd
from typing import TYPE_CHECKING, Any, NamedTuple

from cica_planner.domain.rule_fields import DAILY, MONTHLY, WEEKLY, YEARLY

if TYPE_CHECKING:  # dateutil is imported by the first rule read, not with the model (see rule_fields)
    from dateutil.rrule import rrule

#: The Gregorian calendar repeats every 400 years (4,800 months).
CYCLE_YEARS = 400
_CYCLE_START = 2000
_CYCLE_MONTHS = 4_800
_YEAR_TYPE = tuple[int, int, int]  # (length, weekday of 1 January, length of the year before)


# NamedTuples, not dataclasses: made at import before the first paint (README, Performance ▸ Start-up).
class _Parts(NamedTuple):
    """The rule as dateutil expands it: its private, normalised parts (defaults from DTSTART filled in)."""

    rule: rrule
    frequency: int
    interval: int
    start: datetime
    months: tuple[int, ...] | None
    month_days: tuple[int, ...]
    month_days_from_end: tuple[int, ...]
    year_days: tuple[int, ...] | None
    week_numbers: tuple[int, ...] | None
    weekdays: tuple[int, ...] | None
    set_positions: tuple[int, ...] | None
    easter: tuple[int, ...] | None

    @classmethod
    def of(cls, rule: rrule) -> _Parts:
        fields = vars(rule)  # dateutil offers no public reading of these (rule_fields reads the few others need)
        return cls(rule, fields["_freq"], fields["_interval"], fields["_dtstart"], fields["_bymonth"],
                   fields["_bymonthday"], fields["_bynmonthday"], fields["_byyearday"], fields["_byweekno"],
                   fields["_byweekday"], fields["_bysetpos"], fields["_byeaster"])


def never_occurs(rule: rrule) -> bool:
    """True when no day of any year can be an occurrence of ``rule`` (whatever its start, COUNT or UNTIL)."""
    parts = _Parts.of(rule)
    if parts.easter:
        return False
    if parts.months and not any(1 <= m <= 12 for m in parts.months):
        return True
    needed = min(abs(p) for p in parts.set_positions) if parts.set_positions else 1
    frequency, interval = parts.frequency, parts.interval
    # A week holds at most seven of the days, a day one.
    if (frequency == WEEKLY and needed > 7) or (frequency == DAILY and needed > 1):
        return True
    try:
        if frequency in (DAILY, WEEKLY) or gcd(interval, _CYCLE_MONTHS if frequency == MONTHLY else CYCLE_YEARS) == 1:
            # Every year (month) is reached: one type that holds enough days settles it. Which weeks
            # or days a daily or weekly INTERVAL reaches is left to the probe.
            return not any(_holds(frequency, _days_of(parts, year), needed) for year in _representatives().values())
        days = {kind: _days_of(parts, year) for kind, year in _representatives().items()}
    except (IndexError, ValueError):
        # A part dateutil cannot mask (the 20th Monday of a month) fails every expansion too.
        return True
    start = parts.start
    years = range(_CYCLE_START, _CYCLE_START + CYCLE_YEARS)
    if frequency == YEARLY:
        step = gcd(interval, CYCLE_YEARS)
        return not any(_holds(YEARLY, days[_kind(year)], needed) for year in years if (year - start.year) % step == 0)
    step = gcd(interval, _CYCLE_MONTHS)
    first = start.year * 12 + start.month - 1
    return not any(len(days[_kind(year)][month]) >= needed
                   for year in years for month in range(12) if (year * 12 + month - first) % step == 0)


def _holds(frequency: int, months: list[list[int]], needed: int) -> bool:
    """Whether a year with these days gives an occurrence when every period of it is reached."""
    if frequency == YEARLY:
        return sum(map(len, months)) >= needed
    if frequency == MONTHLY:
        return any(len(days) >= needed for days in months)
    return any(months)


@cache
def _representatives() -> dict[_YEAR_TYPE, int]:
    """One year of each type within a 400-year cycle."""
    found: dict[_YEAR_TYPE, int] = {}
    for year in range(_CYCLE_START, _CYCLE_START + CYCLE_YEARS):
        found.setdefault(_kind(year), year)
    return found


@cache
def _iter_info_class() -> Any:
    """dateutil's per-year masks (month, day of month, weekday, week number, n-th weekday of each day)."""
    import dateutil.rrule as dateutil_rrule  # here: a rule is parsed, so dateutil is loaded already

    return vars(dateutil_rrule)["_iterinfo"]


@cache
def _kind(year: int) -> _YEAR_TYPE:
    return _year_length(year), date(year, 1, 1).weekday(), _year_length(year - 1)


def _year_length(year: int) -> int:
    """366 in a Gregorian leap year, else 365 (as ``calendar.isleap``, whose module imports ``locale``: not for the first paint)."""
    return 366 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 365


def _days_of(parts: _Parts, year: int) -> list[list[int]]:
    """The days (indexes in the year) the rule's BY parts let through, month by month, as dateutil filters them."""
    info = _iter_info_class()(parts.rule)
    months: list[list[int]] = []
    for month in range(1, 13):
        # Monthly rules mask "the n-th weekday" per month; every other frequency per year.
        info.rebuild(year, month if parts.frequency == MONTHLY else 1)
        first, last = info.mrange[month - 1], info.mrange[month]
        months.append([i for i in _candidates(parts, info, first, last) if _passes(parts, info, i)])
    return months


def _candidates(parts: _Parts, info: Any, first: int, last: int) -> range | list[int]:
    """The days of one month worth testing: those of the most selective part, else all of them."""
    if parts.year_days:
        wanted = {d - 1 if d > 0 else info.yearlen + d for d in parts.year_days}
        return sorted(i for i in wanted if first <= i < last)
    if parts.month_days or parts.month_days_from_end:
        wanted = {first + d - 1 for d in parts.month_days} | {last + d for d in parts.month_days_from_end}
        return sorted(i for i in wanted if first <= i < last)
    if info.nwdaymask:
        return [i for i in range(first, last) if info.nwdaymask[i]]
    return range(first, last)


def _passes(parts: _Parts, info: Any, i: int) -> bool:
    """dateutil's own filter of one day (``rrule._iter``), for a day inside the year."""
    return not (
        (parts.months and info.mmask[i] not in parts.months)
        or (parts.week_numbers and not info.wnomask[i])
        or (parts.weekdays and info.wdaymask[i] not in parts.weekdays)
        or (info.nwdaymask and not info.nwdaymask[i])
        or ((parts.month_days or parts.month_days_from_end) and info.mdaymask[i] not in parts.month_days
            and info.nmdaymask[i] not in parts.month_days_from_end)
        or (parts.year_days and i + 1 not in parts.year_days and -info.yearlen + i not in parts.year_days)
    )
