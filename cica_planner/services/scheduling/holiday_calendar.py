"""Public holidays and weekends of the Member States, read from the ``holidays`` package.

Nothing the package knows is written down here again: names (English and the country's own
language), observed and substituted days, and each country's weekend all come from it. When it
has no data for a country or a year, :meth:`HolidayCalendar.gaps` says so; nothing is guessed.

Lookups are cached per (country, year): the month view asks about 42 days x 28 countries on
every page and must stay as fast as without marks. The calendar the app shares also keeps the
package's answers on disk (``holiday_store.py``), so a start imports the package only for a
country or year it has not met before.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from cica_planner.resources import load_json
from cica_planner.services.scheduling.holiday_store import CountryFacts, HolidayStore, YearFacts

if TYPE_CHECKING:
    import holidays

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
ENGLISH = "en_US"


# NamedTuples, not dataclasses: made at import before the first paint (README, Performance ▸ Start-up).
class Holiday(NamedTuple):
    """One public holiday of one country on one day."""

    country: str  # ISO 3166 alpha-2
    day: date
    name: str  # English
    local_name: str = ""  # in the country's own language, when the package has it and it differs

    @property
    def label(self) -> str:
        return f"{self.name} ({self.local_name})" if self.local_name else self.name


class CoverageGap(NamedTuple):
    """A country or a year the holidays package does not cover."""

    country: str
    year: int | None  # None: the country is missing altogether
    message: str


class _Year(NamedTuple):
    """The holidays of one country in one year, by day."""

    by_day: dict[date, tuple[Holiday, ...]]
    weekend: frozenset[int]
    working_weekend_days: frozenset[date]  # weekend days made working days (China moves days off)


@cache
def member_states() -> dict[str, str]:
    """ISO code → English name of every Member State, from the shipped seed data."""
    return {row["code"]: row["name"] for row in load_json("seed", "countries.json") if row["status"] == "member"}


@cache
def country_names() -> dict[str, str]:
    """ISO code → English name of every Member and observer State."""
    return {row["code"]: row["name"] for row in load_json("seed", "countries.json")}


def country_name(code: str) -> str:
    return country_names().get(code, code)


class HolidayCalendar:
    """Holidays and weekends per country, cached per (country, year)."""

    def __init__(self, store: HolidayStore | None = None) -> None:
        self._years: dict[tuple[str, int], _Year | None] = {}
        self._entities: dict[str, holidays.HolidayBase] = {}
        self._facts: dict[str, CountryFacts] = {}
        self._store = store or HolidayStore(None)
        self._supported_codes: set[str] | None = None

    @property
    def _supported(self) -> set[str]:
        if self._supported_codes is None:
            self._supported_codes = self._store.supported()
        if self._supported_codes is None:
            from holidays.registry import EntityLoader

            # The registry's codes, not list_supported_countries(): that imports all 500 country modules.
            self._supported_codes = set(EntityLoader.get_country_codes())
            self._store.keep_supported(self._supported_codes)
        return self._supported_codes

    def _entity(self, country: str) -> holidays.HolidayBase:
        """The package's (empty) holiday object of ``country``: its years, weekend and languages."""
        import holidays

        if country not in self._entities:
            self._entities[country] = holidays.country_holidays(country)
        return self._entities[country]

    def _country(self, country: str) -> CountryFacts:
        """The years and weekend of a supported ``country``, from the store or the package."""
        if country not in self._facts:
            facts = self._store.country(country)
            if facts is None:
                entity = self._entity(country)
                facts = CountryFacts(int(entity.start_year), int(entity.end_year), frozenset(entity.weekend))
                self._store.keep_country(country, facts)
            self._facts[country] = facts
        return self._facts[country]

    def batch(self) -> AbstractContextManager[None]:
        """Answers the package gives inside the block are kept on disk once, at its end (HolidayStore.batch)."""
        return self._store.batch()

    # -- coverage --

    def supports(self, country: str) -> bool:
        return country in self._supported

    def year_range(self, country: str) -> tuple[int, int] | None:
        """The first and last year the package has holidays for ``country``; None if it lacks the country."""
        if not self.supports(country):
            return None
        facts = self._country(country)
        return facts.first_year, facts.last_year

    def gaps(self, countries: Iterable[str], first: date, last: date) -> list[CoverageGap]:
        """What the package cannot tell about ``countries`` between ``first`` and ``last``."""
        found: list[CoverageGap] = []
        with self.batch():
            for country in countries:
                span = self.year_range(country)
                name = country_name(country)
                if span is None:
                    found.append(CoverageGap(country, None, f"no holiday data for {name} ({country}) in the holidays package"))
                    continue
                for year in range(first.year, last.year + 1):
                    if not span[0] <= year <= span[1]:
                        found.append(CoverageGap(
                            country, year,
                            f"no holiday data for {name} ({country}) in {year}: the holidays package covers {span[0]}–{span[1]}",
                        ))
        return found

    def gap_notes(self, countries: Iterable[str], first: date, last: date) -> list[str]:
        """:meth:`gaps` as lines to show; many countries missing the same year make one line."""
        gaps = self.gaps(countries, first, last)
        by_year: dict[int | None, list[str]] = {}
        for gap in gaps:
            by_year.setdefault(gap.year, []).append(gap.country)
        notes = []
        for gap in gaps:
            codes = by_year[gap.year]
            if gap.year is None or len(codes) <= 3:
                notes.append(gap.message)
            elif gap.country == codes[0]:
                notes.append(f"no holiday data for {gap.year} in the holidays package for {len(codes)} countries: "
                             f"{', '.join(codes)}")
        return notes

    # -- lookups --

    def _year(self, country: str, year: int) -> _Year | None:
        key = (country, year)
        if key not in self._years:
            self._years[key] = self._load(country, year)
        return self._years[key]

    def _load(self, country: str, year: int) -> _Year | None:
        span = self.year_range(country)
        if span is None or not span[0] <= year <= span[1]:
            return None
        facts = self._store.year(country, year)
        if facts is None:
            facts = self._ask_package(country, year)
            self._store.keep_year(country, year, facts)
        by_day = {day: tuple(Holiday(country, day, name, own) for name, own in names) for day, names in facts.by_day.items()}
        return _Year(by_day, self._country(country).weekend, facts.working_weekend_days)

    @staticmethod
    def _ask_package(country: str, year: int) -> YearFacts:
        """The holidays of ``country`` in ``year`` with their English and own-language names ("" when the same)."""
        import holidays

        english = holidays.country_holidays(country, years=year, language=ENGLISH)
        own_language = getattr(english, "default_language", None) or ENGLISH
        local = holidays.country_holidays(country, years=year, language=own_language)
        by_day: dict[date, tuple[tuple[str, str], ...]] = {}
        for day, names in sorted(english.items()):
            english_names = names.split("; ")
            local_names = local.get(day, "").split("; ")
            if len(local_names) != len(english_names):
                local_names = [""] * len(english_names)
            by_day[day] = tuple((name, "" if own == name else own) for name, own in zip(english_names, local_names, strict=True))
        working = frozenset(day for day in getattr(english, "weekend_workdays", ()) if day.year == year)
        return YearFacts(by_day, working)

    def holidays_on(self, country: str, day: date) -> tuple[Holiday, ...]:
        known = self._year(country, day.year)
        return known.by_day.get(day, ()) if known is not None else ()

    def holidays_between(self, countries: Iterable[str], first: date, last: date) -> list[Holiday]:
        """Every holiday of ``countries`` from ``first`` to ``last`` (inclusive), by day then country."""
        found: list[Holiday] = []
        with self.batch():
            for country in countries:
                for year in range(first.year, last.year + 1):
                    known = self._year(country, year)
                    if known is not None:
                        found += [h for day, items in known.by_day.items() if first <= day <= last for h in items]
        return sorted(found, key=lambda h: (h.day, h.country))

    def weekend_days(self, country: str) -> frozenset[int]:
        """The weekdays (Monday = 0) of ``country``'s weekend; none when the package lacks the country
        (unknown, and :meth:`gaps` says so — not guessed)."""
        if not self.supports(country):
            return frozenset()
        return self._country(country).weekend

    def is_weekend(self, country: str, day: date) -> bool:
        """Whether ``day`` is a weekend day in ``country`` (a weekend day turned working day is not)."""
        if day.weekday() not in self.weekend_days(country):
            return False
        known = self._year(country, day.year)
        return known is None or day not in known.working_weekend_days

    def weekend_text(self, country: str) -> str:
        """'Fri–Sat', 'Sat–Sun' or 'Fri'."""
        days = sorted(self.weekend_days(country), key=lambda d: (d - 4) % 7)
        return "–".join(WEEKDAY_NAMES[d] for d in days) or "unknown"


@cache
def shared_calendar() -> HolidayCalendar:
    """The calendar the whole process shares, so its cache serves every view and dialog (and the next start)."""
    from platformdirs import PlatformDirs

    from cica_planner.paths import APP_AUTHOR, APP_NAME

    return HolidayCalendar(HolidayStore.in_folder(Path(PlatformDirs(APP_NAME, APP_AUTHOR).user_cache_dir)))


def days(first: date, last: date) -> list[date]:
    """Every day from ``first`` to ``last`` inclusive."""
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def holiday_base_name(name: str) -> str:
    """'Eid al-Fitr (estimated)' and 'Eid al-Fitr Holiday' count as one holiday: 'Eid al-Fitr'."""
    for suffix in (" (estimated)", " (observed)", " Holiday"):
        name = name.replace(suffix, "")
    return name
