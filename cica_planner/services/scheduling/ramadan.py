"""Ramadan by the Umm al-Qura calendar (``hijridate``), a soft constraint for scheduling.

The Eids themselves are public holidays and come from each country's holidays. Umm al-Qura is
the calendar of Saudi Arabia; some Member States start Ramadan a day earlier or later by moon
sighting, so the dates are what planners should expect, not a promise.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

from hijridate import Gregorian, Hijri

RAMADAN = 9


# NamedTuples, not dataclasses: made at import before the first paint (README, Performance ▸ Start-up).
class Ramadan(NamedTuple):
    hijri_year: int
    first: date
    last: date  # inclusive

    @property
    def label(self) -> str:
        return f"Ramadan {self.hijri_year} AH"


class RamadanOutOfRange(ValueError):
    """The Umm al-Qura tables of hijridate do not reach the year asked for."""


@cache
def ramadan_of(hijri_year: int) -> Ramadan:
    try:
        first = Hijri(hijri_year, RAMADAN, 1).to_gregorian()
        after = Hijri(hijri_year, RAMADAN + 1, 1).to_gregorian()
    except (OverflowError, ValueError) as error:
        raise RamadanOutOfRange(f"Ramadan {hijri_year} AH is outside the Umm al-Qura tables ({error})") from None
    return Ramadan(hijri_year, date(first.year, first.month, first.day), date(after.year, after.month, after.day) - timedelta(days=1))


@cache
def ramadans_in(year: int) -> tuple[Ramadan, ...]:
    """Every Ramadan that overlaps the Gregorian ``year`` (one, rarely two)."""
    try:
        hijri_start = Gregorian(year, 1, 1).to_hijri().year
    except (OverflowError, ValueError) as error:
        raise RamadanOutOfRange(f"{year} is outside the Umm al-Qura tables ({error})") from None
    found = []
    for hijri_year in (hijri_start, hijri_start + 1):
        try:
            period = ramadan_of(hijri_year)
        except RamadanOutOfRange:
            continue
        if period.first.year <= year <= period.last.year:
            found.append(period)
    return tuple(found)


def ramadan_on(day: date) -> Ramadan | None:
    """The Ramadan ``day`` falls in, or None (also outside the tables' range)."""
    try:
        return next((r for r in ramadans_in(day.year) if r.first <= day <= r.last), None)
    except RamadanOutOfRange:
        return None
