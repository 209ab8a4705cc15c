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

import calendar
from datetime import date
from functools import cache
from math import gcd

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, YEARLY, _iterinfo, rrule

#: The Gregorian calendar repeats every 400 years (4,800 months).
CYCLE_YEARS = 400
_CYCLE_START = 2000
_CYCLE_MONTHS = 4_800
_YEAR_TYPE = tuple[int, int, int]  # (length, weekday of 1 January, length of the year before)


def never_occurs(rule: rrule) -> bool:
    """True when no day of any year can be an occurrence of ``rule`` (whatever its start, COUNT or UNTIL)."""
    if rule._byeaster:  # dateutil's private parts are the rule as it expands it
        return False
    if rule._bymonth and not any(1 <= m <= 12 for m in rule._bymonth):
        return True
    needed = min((abs(p) for p in rule._bysetpos), default=1) if rule._bysetpos else 1
    frequency, interval = rule._freq, rule._interval
    # A week holds at most seven of the days, a day one.
    if (frequency == WEEKLY and needed > 7) or (frequency == DAILY and needed > 1):
        return True
    try:
        if frequency in (DAILY, WEEKLY) or gcd(interval, _CYCLE_MONTHS if frequency == MONTHLY else CYCLE_YEARS) == 1:
            # Every year (month) is reached: one type that holds enough days settles it. Which weeks
            # or days a daily or weekly INTERVAL reaches is left to the probe.
            return not any(_holds(frequency, _days_of(rule, year), needed) for year in _representatives().values())
        days = {kind: _days_of(rule, year) for kind, year in _representatives().items()}
    except (IndexError, ValueError):
        # A part dateutil cannot mask (the 20th Monday of a month) fails every expansion too.
        return True
    start = rule._dtstart
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
def _kind(year: int) -> _YEAR_TYPE:
    return 365 + calendar.isleap(year), date(year, 1, 1).weekday(), 365 + calendar.isleap(year - 1)


def _days_of(rule: rrule, year: int) -> list[list[int]]:
    """The days (indexes in the year) the rule's BY parts let through, month by month, as dateutil filters them."""
    info = _iterinfo(rule)
    months: list[list[int]] = []
    for month in range(1, 13):
        # Monthly rules mask "the n-th weekday" per month; every other frequency per year.
        info.rebuild(year, month if rule._freq == MONTHLY else 1)
        first, last = info.mrange[month - 1], info.mrange[month]
        months.append([i for i in _candidates(rule, info, first, last) if _passes(rule, info, i)])
    return months


def _candidates(rule: rrule, info: _iterinfo, first: int, last: int) -> range | list[int]:
    """The days of one month worth testing: those of the most selective part, else all of them."""
    if rule._byyearday:
        wanted = {d - 1 if d > 0 else info.yearlen + d for d in rule._byyearday}
        return sorted(i for i in wanted if first <= i < last)
    if rule._bymonthday or rule._bynmonthday:
        length = last - first
        wanted = {first + d - 1 for d in rule._bymonthday} | {last + d for d in rule._bynmonthday}
        return sorted(i for i in wanted if first <= i < first + length)
    if info.nwdaymask:
        return [i for i in range(first, last) if info.nwdaymask[i]]
    return range(first, last)


def _passes(rule: rrule, info: _iterinfo, i: int) -> bool:
    """dateutil's own filter of one day (``rrule._iter``), for a day inside the year."""
    return not (
        (rule._bymonth and info.mmask[i] not in rule._bymonth)
        or (rule._byweekno and not info.wnomask[i])
        or (rule._byweekday and info.wdaymask[i] not in rule._byweekday)
        or (info.nwdaymask and not info.nwdaymask[i])
        or ((rule._bymonthday or rule._bynmonthday) and info.mdaymask[i] not in rule._bymonthday
            and info.nmdaymask[i] not in rule._bynmonthday)
        or (rule._byyearday and i + 1 not in rule._byyearday and -info.yearlen + i not in rule._byyearday)
    )
