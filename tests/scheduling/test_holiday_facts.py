"""Real holiday facts of Member States, as the holidays package knows them (no mocks)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cica_planner.services.scheduling.holiday_calendar import HolidayCalendar, days, member_states
from cica_planner.services.scheduling.ramadan import ramadan_on, ramadans_in


@pytest.fixture(scope="module")
def calendar() -> HolidayCalendar:
    return HolidayCalendar()


def holiday_days(calendar: HolidayCalendar, country: str, first: date, last: date) -> dict[date, list[str]]:
    found: dict[date, list[str]] = {}
    for holiday in calendar.holidays_between([country], first, last):
        found.setdefault(holiday.day, []).append(holiday.name)
    return found


def test_every_member_state_is_covered(calendar: HolidayCalendar) -> None:
    members = member_states()
    assert len(members) == 28
    assert all(calendar.supports(code) for code in members)
    assert calendar.gaps(members, date(2025, 1, 1), date(2025, 12, 31)) == []


def test_nauryz_in_kazakhstan_2025_with_observed_days(calendar: HolidayCalendar) -> None:
    march = holiday_days(calendar, "KZ", date(2025, 3, 15), date(2025, 3, 31))
    assert sorted(march) == [date(2025, 3, d) for d in (21, 22, 23, 24, 25)]
    # The package calls it "Nowruz Holiday" in English and "Наурыз мейрамы" in Kazakh.
    assert march[date(2025, 3, 21)] == ["Nowruz Holiday"]
    assert march[date(2025, 3, 25)] == ["Nowruz Holiday (observed)"]
    assert calendar.holidays_on("KZ", date(2025, 3, 21))[0].local_name == "Наурыз мейрамы"
    assert calendar.holidays_on("KZ", date(2025, 3, 26)) == ()


def test_novruz_in_azerbaijan_2025_with_observed_days(calendar: HolidayCalendar) -> None:
    march = holiday_days(calendar, "AZ", date(2025, 3, 19), date(2025, 3, 26))
    assert sorted(march) == [date(2025, 3, d) for d in range(20, 27)]
    assert all(march[date(2025, 3, d)] == ["Spring Festival"] for d in range(20, 25))
    assert march[date(2025, 3, 25)] == ["Spring Festival (observed)"]
    assert march[date(2025, 3, 26)] == ["Spring Festival (observed)"]
    assert calendar.holidays_on("AZ", date(2025, 3, 20))[0].local_name == "Novruz bayramı"


def test_chinese_spring_festival_2025_is_eight_days_off(calendar: HolidayCalendar) -> None:
    holidays = holiday_days(calendar, "CN", date(2025, 1, 25), date(2025, 2, 9))
    assert holidays[date(2025, 1, 28)] == ["Chinese New Year's Eve"]
    assert holidays[date(2025, 1, 29)] == ["Chinese New Year (Spring Festival)"]
    for day in days(date(2025, 1, 28), date(2025, 2, 4)):
        assert day in holidays or calendar.is_weekend("CN", day), day
    # The two Sundays/Saturdays worked in exchange are working days, not weekend.
    assert not calendar.is_weekend("CN", date(2025, 1, 26))
    assert not calendar.is_weekend("CN", date(2025, 2, 8))
    assert date(2025, 1, 27) not in holidays
    assert date(2025, 2, 5) not in holidays


@pytest.mark.parametrize(("country", "first_day"), [
    ("AZ", date(2025, 3, 30)), ("TR", date(2025, 3, 30)), ("EG", date(2025, 3, 30)), ("QA", date(2025, 3, 30)),
    ("AE", date(2025, 3, 30)), ("UZ", date(2025, 3, 30)), ("PK", date(2025, 3, 31)), ("IR", date(2025, 3, 31)),
])
def test_eid_al_fitr_2025(calendar: HolidayCalendar, country: str, first_day: date) -> None:
    names = holiday_days(calendar, country, date(2025, 3, 29), date(2025, 4, 3))
    eid_days = sorted(day for day, found in names.items() if any(n.startswith("Eid al-Fitr") for n in found))
    assert eid_days[0] == first_day
    assert not any(n.startswith("Eid al-Fitr") for n in names.get(first_day - timedelta(days=1), []))


@pytest.mark.parametrize("country", ["BH", "QA", "JO", "KW", "EG", "IQ"])
def test_friday_saturday_weekends(calendar: HolidayCalendar, country: str) -> None:
    assert calendar.weekend_text(country) == "Fri–Sat"
    assert calendar.is_weekend(country, date(2025, 6, 6))  # a Friday
    assert not calendar.is_weekend(country, date(2025, 6, 8))  # a Sunday


@pytest.mark.parametrize("country", ["KZ", "AZ", "RU", "CN", "TR", "AE", "KR"])
def test_saturday_sunday_weekends(calendar: HolidayCalendar, country: str) -> None:
    assert calendar.weekend_text(country) == "Sat–Sun"
    assert not calendar.is_weekend(country, date(2025, 6, 6))
    assert calendar.is_weekend(country, date(2025, 6, 8))


def test_iran_rests_on_friday_only(calendar: HolidayCalendar) -> None:
    assert calendar.weekend_text("IR") == "Fri"


def test_a_missing_year_is_reported_not_guessed(calendar: HolidayCalendar) -> None:
    span = calendar.year_range("LK")
    assert span is not None
    after = span[1] + 1
    gaps = calendar.gaps(["KZ", "LK"], date(after, 1, 1), date(after, 6, 30))
    assert [(g.country, g.year) for g in gaps] == [("LK", after)]
    assert "Sri Lanka" in gaps[0].message
    assert f"{span[0]}–{span[1]}" in gaps[0].message
    assert calendar.holidays_on("LK", date(after, 2, 4)) == ()


def test_a_country_the_package_lacks_is_reported(calendar: HolidayCalendar) -> None:
    gaps = calendar.gaps(["PS", "ZZ"], date(2025, 1, 1), date(2025, 12, 31))
    assert [(g.country, g.year) for g in gaps] == [("ZZ", None)]
    assert calendar.weekend_text("ZZ") == "unknown"
    assert not calendar.is_weekend("ZZ", date(2025, 6, 8))


def test_ramadan_by_umm_al_qura() -> None:
    assert [(r.first, r.last) for r in ramadans_in(2025)] == [(date(2025, 3, 1), date(2025, 3, 29))]
    assert [(r.first, r.last) for r in ramadans_in(2027)] == [(date(2027, 2, 8), date(2027, 3, 8))]
    assert len(ramadans_in(2030)) == 2  # it starts in January and again in December
    assert ramadan_on(date(2025, 3, 30)) is None
    assert ramadan_on(date(2025, 3, 29)).hijri_year == 1446
    assert ramadan_on(date(2090, 1, 1)) is None  # beyond the tables: unknown, never guessed


def test_many_countries_missing_a_year_make_one_note(calendar: HolidayCalendar) -> None:
    notes = calendar.gap_notes(member_states(), date(2101, 1, 1), date(2101, 12, 31))
    assert notes == ["no holiday data for 2101 in the holidays package for 28 countries: " + ", ".join(member_states())]
    assert calendar.gap_notes(["KZ", "LK"], date(2027, 1, 1), date(2027, 2, 1)) == [
        "no holiday data for Sri Lanka (LK) in 2027: the holidays package covers 2003–2026"]
