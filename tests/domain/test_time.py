"""Time that is right: Kazakhstan's 2024 zone change, DST zones, recurrence across offsets."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Category, Event
from cica_planner.domain.recurrence import describe_rule, occurrences

ASTANA = ZoneInfo("Asia/Almaty")
BAKU = ZoneInfo("Asia/Baku")


def timed(title: str, start: datetime, hours: float = 2, **kwargs) -> Event:
    return Event(title=title, category=Category.SOC, start=start, end=start + timedelta(hours=hours),
                 tzid=str(start.tzinfo), **kwargs)


@pytest.mark.parametrize(
    ("local", "expected_utc"),
    [
        (datetime(2024, 2, 15, 10, 0, tzinfo=ASTANA), datetime(2024, 2, 15, 4, 0, tzinfo=UTC)),
        (datetime(2024, 2, 29, 10, 0, tzinfo=ASTANA), datetime(2024, 2, 29, 4, 0, tzinfo=UTC)),
        (datetime(2024, 3, 1, 10, 0, tzinfo=ASTANA), datetime(2024, 3, 1, 5, 0, tzinfo=UTC)),
        (datetime(2024, 6, 27, 10, 0, tzinfo=ASTANA), datetime(2024, 6, 27, 5, 0, tzinfo=UTC)),
        (datetime(2024, 11, 11, 10, 0, tzinfo=BAKU), datetime(2024, 11, 11, 6, 0, tzinfo=UTC)),
        (datetime(2024, 7, 1, 10, 0, tzinfo=BAKU), datetime(2024, 7, 1, 6, 0, tzinfo=UTC)),
    ],
)
def test_venue_time_to_utc(local: datetime, expected_utc: datetime) -> None:
    assert local.astimezone(UTC) == expected_utc


@pytest.mark.parametrize(
    ("tzid", "winter", "summer"),
    [("Africa/Cairo", 2, 3), ("Asia/Jerusalem", 2, 3), ("America/New_York", -5, -4)],
)
def test_dst_zones_change_offset(tzid: str, winter: int, summer: int) -> None:
    tz = ZoneInfo(tzid)
    assert datetime(2024, 1, 15, 10, tzinfo=tz).utcoffset() == timedelta(hours=winter)
    assert datetime(2024, 7, 15, 10, tzinfo=tz).utcoffset() == timedelta(hours=summer)


def test_weekly_meeting_keeps_local_hour_across_kazakh_zone_change() -> None:
    event = timed("Weekly coordination", datetime(2024, 2, 19, 10, 0, tzinfo=ASTANA), rrule="FREQ=WEEKLY;COUNT=4")
    found = list(occurrences(event, datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 4, 1, tzinfo=UTC)))
    assert [o.start.hour for o in found] == [10, 10, 10, 10]
    assert [o.start.astimezone(UTC).hour for o in found] == [4, 4, 5, 5]
    assert found[2].start.date() == date(2024, 3, 4)


def test_monthly_meeting_in_cairo_follows_dst() -> None:
    cairo = ZoneInfo("Africa/Cairo")
    event = timed("Cairo liaison", datetime(2024, 3, 10, 9, 0, tzinfo=cairo), rrule="FREQ=MONTHLY;COUNT=3")
    found = list(occurrences(event, datetime(2024, 1, 1, tzinfo=UTC), datetime(2025, 1, 1, tzinfo=UTC)))
    assert [o.start.astimezone(UTC).hour for o in found] == [7, 7, 6]  # Egypt's DST began 26 Apr 2024


def test_exdate_leaves_out_an_occurrence() -> None:
    start = datetime(2024, 9, 2, 15, 0, tzinfo=ASTANA)
    event = timed("Briefing", start, rrule="FREQ=WEEKLY;COUNT=3", exdates=[start + timedelta(days=7)])
    found = list(occurrences(event, datetime(2024, 9, 1, tzinfo=UTC), datetime(2024, 10, 1, tzinfo=UTC)))
    assert [o.start.day for o in found] == [2, 16]


def test_all_day_recurrence_and_window_edges() -> None:
    event = Event(title="World Bicycle Day", category=Category.CULTURAL, start=date(2024, 6, 3), end=date(2024, 6, 4),
                  rrule="FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=3")
    window = (datetime(2025, 6, 2, 19, tzinfo=UTC), datetime(2026, 6, 2, 19, tzinfo=UTC))  # Astana midnights
    assert [o.start for o in occurrences(event, *window)] == [date(2025, 6, 3)]


def test_validation_messages() -> None:
    start = datetime(2024, 6, 27, 10, tzinfo=ASTANA)
    with pytest.raises(ValidationError, match="title"):
        Event(title=" ", category=Category.SOC, start=start, end=start + timedelta(hours=1)).validate()
    with pytest.raises(ValidationError, match="after the start"):
        Event(title="x", category=Category.SOC, start=start, end=start).validate()
    with pytest.raises(ValidationError, match="time zone"):
        Event(title="x", category=Category.SOC, start=start, end=start + timedelta(hours=1), tzid="Mars/Olympus").validate()
    with pytest.raises(ValidationError, match="recurrence"):
        Event(title="x", category=Category.SOC, start=start, end=start + timedelta(hours=1), rrule="FREQ=SOMETIMES").validate()


def test_rule_described_in_plain_language() -> None:
    assert describe_rule("FREQ=YEARLY;COUNT=3", date(2024, 6, 27)) == "every year on 27 June, 3 times"
    assert describe_rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE", date(2024, 6, 24)) == "every 2 weeks on Monday, Wednesday"
    assert describe_rule("FREQ=MONTHLY", date(2024, 6, 24)) == "every month on day 24"


def test_a_skipped_local_time_is_refused() -> None:
    new_york = ZoneInfo("America/New_York")
    gap = Event(title="Briefing", category=Category.BILATERAL, tzid="America/New_York",
                start=datetime(2024, 3, 10, 2, 30, tzinfo=new_york), end=datetime(2024, 3, 10, 3, 15, tzinfo=new_york))
    with pytest.raises(ValidationError, match=r"02:30 does not exist on 10 Mar 2024 .* choose 03:30 or later"):
        gap.validate()


def test_end_after_start_is_judged_by_instants_across_the_autumn_change() -> None:
    new_york = ZoneInfo("America/New_York")
    start = datetime(2024, 11, 3, 1, 30, tzinfo=new_york)  # 05:30Z, still daylight time
    end = datetime(2024, 11, 3, 1, 15, fold=1, tzinfo=new_york)  # 06:15Z, after the clocks went back
    Event(title="Night call", category=Category.BILATERAL, tzid="America/New_York", start=start, end=end).validate()
    with pytest.raises(ValidationError, match="after the start"):
        Event(title="Night call", category=Category.BILATERAL, tzid="America/New_York", start=end, end=start).validate()


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("FREQ=SECONDLY", "at most daily"),
        ("FREQ=HOURLY;COUNT=5", "at most daily"),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "never occurs"),
    ],
)
def test_rules_the_calendar_cannot_keep_are_refused(rule: str, message: str) -> None:
    event = Event(title="x", category=Category.SOC, start=date(2024, 6, 27), end=date(2024, 6, 28), rrule=rule)
    with pytest.raises(ValidationError, match=message):
        event.validate()


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("FREQ=MONTHLY;BYDAY=2TU", "every month on the second Tuesday"),
        ("FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=3", "every year on 3 June"),
        ("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "every year on the last Sunday of March"),
        ("FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20241231", "every month on the last day, until 31 December 2024"),
        ("FREQ=DAILY;INTERVAL=2;COUNT=1", "every 2 days, once"),
    ],
)
def test_rule_preview_says_what_the_rule_does(rule: str, text: str) -> None:
    assert describe_rule(rule, date(2024, 6, 27)) == text
