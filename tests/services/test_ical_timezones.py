"""Tests for the Outlook-safe VTIMEZONE builder.

The checks read the generated VTIMEZONEs the way Outlook does (MS-OXCICAL: only the latest
STANDARD and DAYLIGHT, with their yearly rules), with an evaluator written here independently
of the implementation, and compare with zoneinfo.
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from cica_planner.services.ical_timezones import add_outlook_timezones, outlook_rule_mismatches, outlook_timezone

ZONES = [
    "Asia/Almaty",
    "Asia/Baku",
    "Asia/Bishkek",
    "Asia/Dushanbe",
    "Asia/Tashkent",
    "Asia/Shanghai",
    "Asia/Kolkata",
    "Asia/Tehran",
    "Asia/Kabul",
    "Africa/Cairo",
    "Europe/Berlin",
    "Europe/Istanbul",
    "Europe/Moscow",
    "Europe/Kyiv",
    "America/New_York",
    "Asia/Dhaka",
    "Asia/Bangkok",
    "Asia/Jerusalem",
]
DST_ZONES = {"Africa/Cairo", "Europe/Berlin", "Europe/Kyiv", "America/New_York", "Asia/Jerusalem"}
YEARS = range(2025, 2027)

# Israel starts DST on the Friday before the last Sunday of March; Outlook can only say "4FR".
# That is right in 2025 and 2026; it is a week early when the last Sunday is 31 March (2024, 2030).
JERUSALEM_MISMATCH_DAYS: dict[range, set[date]] = {
    YEARS: set(),
    range(2024, 2031): {date(2024, 3, d) for d in range(22, 29)} | {date(2030, 3, d) for d in range(22, 29)},
}

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


# --------------------------------------------------------------------------------------------
# Outlook's reading of a VTIMEZONE, independent of the implementation
# --------------------------------------------------------------------------------------------


def _rule_day(component: icalendar.cal.Component, year: int) -> date:
    """Evaluate a ``FREQ=YEARLY;BYMONTH=m;BYDAY=nWD`` RRULE for ``year`` by listing the month's days."""
    text = component["RRULE"].to_ical().decode()
    parts = dict(part.split("=", 1) for part in text.split(";"))
    assert parts["FREQ"] == "YEARLY", text
    month = int(parts["BYMONTH"])
    match = re.fullmatch(r"([+-]?\d)([A-Z]{2})", parts["BYDAY"])
    assert match, text
    ordinal, weekday = int(match.group(1)), _WEEKDAYS.index(match.group(2))
    day, days = date(year, month, 1), []
    while day.month == month:
        if day.weekday() == weekday:
            days.append(day)
        day += timedelta(days=1)
    return days[-1] if ordinal == -1 else days[ordinal - 1]


def outlook_offset(vtimezone: icalendar.cal.Component, local: datetime) -> timedelta:
    """Return the UTC offset Outlook gives to the naive ``local`` time in ``vtimezone``.

    Outlook keeps only the STANDARD with the largest DTSTART and the DAYLIGHT with the largest
    DTSTART, ignores RDATE and every other sub-component, and applies daylight time only through a
    yearly BYMONTH/BYDAY rule whose wall-clock time is DTSTART's time of day.
    """
    standards = [c for c in vtimezone.subcomponents if c.name == "STANDARD"]
    daylights = [c for c in vtimezone.subcomponents if c.name == "DAYLIGHT"]
    standard = max(standards, key=lambda c: c["DTSTART"].dt)
    std_offset = standard["TZOFFSETTO"].td
    if not daylights:
        return std_offset
    daylight = max(daylights, key=lambda c: c["DTSTART"].dt)
    if "RRULE" not in daylight:
        return std_offset
    assert "RRULE" in standard, "a DAYLIGHT rule needs a STANDARD rule"
    dst_start = datetime.combine(_rule_day(daylight, local.year), daylight["DTSTART"].dt.time())
    std_start = datetime.combine(_rule_day(standard, local.year), standard["DTSTART"].dt.time())
    northern = dst_start < std_start  # the southern hemisphere has daylight time over new year
    in_dst = (dst_start <= local < std_start) if northern else not (std_start <= local < dst_start)
    return daylight["TZOFFSETTO"].td if in_dst else std_offset


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


@functools.cache
def _vtimezone(tzid: str, start: int = YEARS.start, stop: int = YEARS.stop) -> icalendar.Timezone:
    return outlook_timezone(tzid, range(start, stop))


def _is_clear(zone: ZoneInfo, local: datetime) -> bool:
    """Whether ``local`` exists exactly once in ``zone`` (not in a gap, not in a fold)."""
    return local.replace(tzinfo=zone, fold=0).utcoffset() == local.replace(tzinfo=zone, fold=1).utcoffset()


def _days(years: range) -> list[date]:
    day, end, days = date(years.start, 1, 1), date(years.stop, 1, 1), []
    while day < end:
        days.append(day)
        day += timedelta(days=1)
    return days


def _transition_days(zone: ZoneInfo, years: range) -> set[date]:
    """Days around every offset change, so that each hour of them can be checked."""
    days = _days(years)
    found = set()
    for day in days:
        before = datetime.combine(day, time(0), zone).utcoffset()
        after = datetime.combine(day + timedelta(days=1), time(0), zone).utcoffset()
        if before != after:
            found |= {day - timedelta(days=1), day, day + timedelta(days=1)}
    return found


def _wrong_days(tzid: str, years: range) -> set[date]:
    """Days whose 10:00 local time Outlook puts at a different offset than zoneinfo."""
    zone, vtimezone = ZoneInfo(tzid), outlook_timezone(tzid, years)
    return {
        day
        for day in _days(years)
        if outlook_offset(vtimezone, datetime.combine(day, time(10)))
        != datetime.combine(day, time(10), zone).utcoffset()
    }


def _sample_calendar() -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("PRODID", "-//CICA//Planner tests//EN")
    calendar.add("VERSION", "2.0")
    for uid, start in [
        ("almaty", datetime(2025, 6, 27, 10, tzinfo=ZoneInfo("Asia/Almaty"))),
        ("cairo", datetime(2025, 10, 30, 9, tzinfo=ZoneInfo("Africa/Cairo"))),
        ("utc", datetime(2025, 3, 1, 8, tzinfo=UTC)),
    ]:
        event = icalendar.Event()
        event.add("UID", uid)
        event.add("DTSTAMP", datetime(2025, 1, 1, tzinfo=UTC))
        event.add("DTSTART", start)
        event.add("DTEND", start + timedelta(hours=1))
        event.add("SUMMARY", uid)
        calendar.add_component(event)
    return calendar


def _names(calendar: icalendar.Calendar) -> list[str]:
    return [component.name for component in calendar.subcomponents]


# --------------------------------------------------------------------------------------------
# Outlook's reading agrees with zoneinfo
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("tzid", ZONES)
def test_outlook_reading_matches_zoneinfo(tzid: str) -> None:
    zone, vtimezone = ZoneInfo(tzid), _vtimezone(tzid)
    skip = JERUSALEM_MISMATCH_DAYS[YEARS] if tzid == "Asia/Jerusalem" else set()
    moments = [datetime.combine(day, time(10)) for day in _days(YEARS)]
    if tzid in DST_ZONES:
        transition_days = _transition_days(zone, YEARS)
        assert len(transition_days) >= 6  # two changes a year, three days each
        moments += [datetime.combine(day, time(hour)) for day in sorted(transition_days) for hour in range(24)]
    checked = 0
    for local in moments:
        if local.date() in skip or not _is_clear(zone, local):
            continue
        assert outlook_offset(vtimezone, local) == local.replace(tzinfo=zone).utcoffset(), (tzid, local)
        checked += 1
    assert checked >= 700


@pytest.mark.parametrize("tzid", ZONES)
def test_only_outlook_readable_structure(tzid: str) -> None:
    vtimezone = _vtimezone(tzid)
    assert vtimezone.name == "VTIMEZONE"
    assert str(vtimezone["TZID"]) == tzid
    names = sorted(component.name for component in vtimezone.subcomponents)
    assert names == (["DAYLIGHT", "STANDARD"] if tzid in DST_ZONES else ["STANDARD"])
    for component in vtimezone.subcomponents:
        assert "RDATE" not in component
        assert isinstance(component["DTSTART"].dt, datetime)
        assert component["DTSTART"].dt.tzinfo is None
        if tzid in DST_ZONES:
            rule = component["RRULE"].to_ical().decode()
            assert re.fullmatch(r"FREQ=YEARLY;BYDAY=(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU);BYMONTH=\d{1,2}", rule)
        else:
            assert "RRULE" not in component


@pytest.mark.parametrize("tzid", [z for z in ZONES if z != "Asia/Jerusalem"])
def test_no_rule_mismatches(tzid: str) -> None:
    assert outlook_rule_mismatches(tzid, YEARS) == []


def test_jerusalem_mismatches_are_documented() -> None:
    assert outlook_rule_mismatches("Asia/Jerusalem", YEARS) == []
    wide = range(2024, 2031)
    # Each wrong year shows up twice: the real start (last Friday) and the rule's 4th Friday.
    assert outlook_rule_mismatches("Asia/Jerusalem", wide) == [
        datetime(2024, 3, 22, 0, tzinfo=UTC),
        datetime(2024, 3, 29, 0, tzinfo=UTC),
        datetime(2030, 3, 22, 0, tzinfo=UTC),
        datetime(2030, 3, 29, 0, tzinfo=UTC),
    ]
    assert _wrong_days("Asia/Jerusalem", wide) == JERUSALEM_MISMATCH_DAYS[wide]
    daylight = next(c for c in outlook_timezone("Asia/Jerusalem", wide).subcomponents if c.name == "DAYLIGHT")
    assert daylight["RRULE"].to_ical() == b"FREQ=YEARLY;BYDAY=4FR;BYMONTH=3"


def test_cairo_24h_end_is_last_friday_at_midnight() -> None:
    # Egypt ends DST at 24:00 on the last Thursday of October; Outlook gets "-1FR at 00:00",
    # which is a week early when 31 October is a Thursday (2024, 2030).
    wide = range(2024, 2031)
    assert [d.date() for d in outlook_rule_mismatches("Africa/Cairo", wide)] == [
        date(2024, 10, 24),
        date(2024, 10, 31),
        date(2030, 10, 24),
        date(2030, 10, 31),
    ]
    assert _wrong_days("Africa/Cairo", wide) == (
        {date(2024, 10, d) for d in range(25, 32)} | {date(2030, 10, d) for d in range(25, 32)}
    )


# --------------------------------------------------------------------------------------------
# Kazakhstan and the library default
# --------------------------------------------------------------------------------------------


def test_almaty_is_a_single_standard_at_plus_five() -> None:
    vtimezone = outlook_timezone("Asia/Almaty", range(2024, 2027))
    (standard,) = vtimezone.subcomponents
    assert standard.name == "STANDARD"
    assert standard["DTSTART"].dt == datetime(2024, 3, 1, 0, 0)
    assert standard["TZOFFSETFROM"].td == timedelta(hours=6)
    assert standard["TZOFFSETTO"].td == timedelta(hours=5)
    assert "RRULE" not in standard
    assert outlook_rule_mismatches("Asia/Almaty", range(2024, 2027)) == [datetime(2024, 2, 29, 18, tzinfo=UTC)]

    calendar = _sample_calendar()
    add_outlook_timezones(calendar, range(2024, 2027))
    parsed = icalendar.Calendar.from_ical(calendar.to_ical())
    almaty = next(c for c in parsed.walk("VTIMEZONE") if str(c["TZID"]) == "Asia/Almaty")
    local = datetime(2024, 6, 27, 10, 0)
    assert local - outlook_offset(almaty, local) == datetime(2024, 6, 27, 5, 0)
    # RFC 5545 readers (icalendar itself) agree, and keep +06 before the 2024 change.
    tz = almaty.to_tz()
    assert local.replace(tzinfo=tz).astimezone(UTC) == datetime(2024, 6, 27, 5, 0, tzinfo=UTC)
    assert datetime(2024, 1, 15, 10, tzinfo=tz).utcoffset() == timedelta(hours=6)


def test_library_default_puts_almaty_at_plus_six_in_outlook() -> None:
    """Why this module exists: icalendar's RDATE-based VTIMEZONE reads as +06 in Outlook."""
    # Our own VTIMEZONE is checked whatever the library does; only the claim about the library may skip.
    assert outlook_offset(_vtimezone("Asia/Almaty"), datetime(2025, 6, 27, 10, 0)) == timedelta(hours=5)
    library = icalendar.Timezone.from_tzinfo(ZoneInfo("Asia/Almaty"))
    offset = outlook_offset(library, datetime(2025, 6, 27, 10, 0))
    if offset != timedelta(hours=6):
        pytest.skip(f"icalendar's default VTIMEZONE changed (Outlook would read {offset})")


# --------------------------------------------------------------------------------------------
# add_outlook_timezones
# --------------------------------------------------------------------------------------------


def test_add_outlook_timezones_adds_one_per_used_zone_before_the_events() -> None:
    calendar = _sample_calendar()
    add_outlook_timezones(calendar, YEARS)
    assert _names(calendar) == ["VTIMEZONE", "VTIMEZONE", "VEVENT", "VEVENT", "VEVENT"]
    assert {str(c["TZID"]) for c in calendar.walk("VTIMEZONE")} == {"Asia/Almaty", "Africa/Cairo"}

    text = calendar.to_ical()
    parsed = icalendar.Calendar.from_ical(text)
    assert _names(parsed) == _names(calendar)
    assert parsed.to_ical() == text
    assert parsed.get_missing_tzids() == set()
    cairo = next(c for c in parsed.walk("VTIMEZONE") if str(c["TZID"]) == "Africa/Cairo")
    # 30 Oct 2025 is the last Thursday: still summer time until midnight.
    assert outlook_offset(cairo, datetime(2025, 10, 30, 9, 0)) == timedelta(hours=3)
    assert outlook_offset(cairo, datetime(2025, 10, 31, 9, 0)) == timedelta(hours=2)


def test_add_outlook_timezones_replaces_existing_and_reads_exdate_and_recurrence_id() -> None:
    calendar = _sample_calendar()
    berlin = ZoneInfo("Europe/Berlin")
    utc_event = calendar.walk("VEVENT")[2]
    utc_event.add("EXDATE", [datetime(2025, 3, 8, 9, tzinfo=berlin)])
    override = icalendar.Event()
    override.add("UID", "utc")
    override.add("RECURRENCE-ID", datetime(2025, 3, 15, 8, tzinfo=ZoneInfo("America/New_York")))
    override.add("DTSTART", datetime(2025, 3, 15, 9, tzinfo=UTC))
    calendar.add_component(override)
    stale = icalendar.Timezone.from_tzinfo(ZoneInfo("Asia/Almaty"))
    calendar.add_component(stale)
    add_outlook_timezones(calendar, YEARS)

    names = _names(calendar)
    assert names == ["VTIMEZONE"] * 4 + ["VEVENT"] * 4
    tzids = [str(c["TZID"]) for c in calendar.walk("VTIMEZONE")]
    assert sorted(tzids) == ["Africa/Cairo", "America/New_York", "Asia/Almaty", "Europe/Berlin"]
    almaty = next(c for c in calendar.walk("VTIMEZONE") if str(c["TZID"]) == "Asia/Almaty")
    assert len(almaty.subcomponents) == 1  # the stale RDATE-based one is gone

    add_outlook_timezones(calendar, YEARS)  # idempotent
    assert _names(calendar) == names


def test_add_outlook_timezones_keeps_unknown_zone_with_its_own_vtimezone() -> None:
    calendar = icalendar.Calendar.from_ical(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        "BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
        "TZOFFSETFROM:+0500\r\nTZOFFSETTO:+0500\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        "BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20250101T000000Z\r\n"
        "DTSTART;TZID=Customized Time Zone:20250627T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    add_outlook_timezones(calendar, YEARS)
    assert _names(calendar) == ["VTIMEZONE", "VEVENT"]
    assert str(calendar.subcomponents[0]["TZID"]) == "Customized Time Zone"

    calendar.subcomponents.pop(0)
    with pytest.raises(ValueError, match="Customized Time Zone"):
        add_outlook_timezones(calendar, YEARS)


# --------------------------------------------------------------------------------------------
# API details
# --------------------------------------------------------------------------------------------


def test_returns_independent_copies() -> None:
    first = outlook_timezone("Europe/Berlin", YEARS)
    first.subcomponents.clear()
    first["TZID"] = "changed"
    second = outlook_timezone("Europe/Berlin", YEARS)
    assert str(second["TZID"]) == "Europe/Berlin"
    assert len(second.subcomponents) == 2


def test_windows_name_and_unknown_zone() -> None:
    windows = outlook_timezone("W. Europe Standard Time", YEARS)
    assert str(windows["TZID"]) == "W. Europe Standard Time"
    assert [c.to_ical() for c in windows.subcomponents] == [
        c.to_ical() for c in _vtimezone("Europe/Berlin").subcomponents
    ]
    with pytest.raises(ValueError, match="unknown time zone"):
        outlook_timezone("Mars/Olympus_Mons", YEARS)
    with pytest.raises(ValueError, match="empty"):
        outlook_timezone("Europe/Berlin", range(2025, 2025))


def test_default_years_cover_the_current_year() -> None:
    vtimezone = outlook_timezone("America/New_York")
    this_year = date.today().year
    daylight = next(c for c in vtimezone.subcomponents if c.name == "DAYLIGHT")
    assert daylight["DTSTART"].dt.year == this_year - 4  # the year before the default range
    assert outlook_offset(vtimezone, datetime(this_year, 7, 1, 12)) == timedelta(hours=-4)


@pytest.mark.parametrize("tzid", ["Africa/Cairo", "Europe/Berlin", "America/New_York"])
def test_rules_start_together_so_rfc_readers_agree(tzid: str) -> None:
    """RFC 5545 readers apply a rule only from its DTSTART: both must start before the range."""
    years = range(2024, 2035)
    vtimezone = outlook_timezone(tzid, years)
    starts = {c["DTSTART"].dt.year for c in vtimezone.subcomponents}
    assert starts == {2023}
    zone = ZoneInfo(tzid)
    rfc_zone = vtimezone.to_tz()
    for month in range(1, 13):
        local = datetime(2024, month, 15, 12)
        if tzid == "Africa/Cairo" and month == 10:
            continue  # Egypt's last-Thursday rule is not Outlook-representable in 2024 (documented above)
        assert rfc_zone.utcoffset(local) == local.replace(tzinfo=zone).utcoffset(), (tzid, month)


def test_southern_hemisphere_rule() -> None:
    vtimezone = outlook_timezone("Australia/Sydney", YEARS)
    assert outlook_rule_mismatches("Australia/Sydney", YEARS) == []
    assert outlook_offset(vtimezone, datetime(2026, 1, 15, 10)) == timedelta(hours=11)
    assert outlook_offset(vtimezone, datetime(2026, 7, 15, 10)) == timedelta(hours=10)


# --------------------------------------------------------------------------------------------
# property-based
# --------------------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    tzid=st.sampled_from(ZONES),
    local=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2026, 12, 31, 23, 59, 59)),
)
def test_outlook_reading_agrees_with_zoneinfo_anywhere(tzid: str, local: datetime) -> None:
    zone = ZoneInfo(tzid)
    assume(_is_clear(zone, local))
    assume(not (tzid == "Asia/Jerusalem" and local.date() in JERUSALEM_MISMATCH_DAYS[YEARS]))
    assert outlook_offset(_vtimezone(tzid), local) == local.replace(tzinfo=zone).utcoffset()
