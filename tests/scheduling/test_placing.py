"""Putting an event on the days Find a Date chose."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from cica_planner.domain.model import Category, Country, Event, Precision
from cica_planner.services.scheduling.placing import meeting_length, moved, new_meeting

BAKU = ZoneInfo("Asia/Baku")


def test_a_timed_event_keeps_its_local_hours() -> None:
    event = Event(title="SOC", category=Category.SOC, start=datetime(2024, 11, 11, 10, tzinfo=BAKU),
                  end=datetime(2024, 11, 12, 13, tzinfo=BAKU), tzid="Asia/Baku", country="AZ")
    assert meeting_length(event) == 2
    after = moved(event, date(2025, 4, 8), date(2025, 4, 9))
    assert (after.start, after.end) == (datetime(2025, 4, 8, 10, tzinfo=BAKU), datetime(2025, 4, 9, 13, tzinfo=BAKU))
    after.validate()


def test_a_provisional_event_gets_fixed_days() -> None:
    event = Event(title="Business Forum", category=Category.BUSINESS_FORUM, start=date(2024, 10, 1),
                  end=date(2025, 1, 1), precision=Precision.QUARTER)
    assert meeting_length(event) == 1
    after = moved(event, date(2024, 11, 5), date(2024, 11, 6))
    assert (after.start, after.end, after.precision) == (date(2024, 11, 5), date(2024, 11, 7), Precision.DAY)


def test_a_new_meeting_is_in_the_host_country() -> None:
    azerbaijan = Country("AZ", "Azerbaijan", "Asia/Baku", "member")
    event = new_meeting(" SOC meeting ", Category.SOC, azerbaijan, date(2027, 3, 17), date(2027, 3, 18))
    assert (event.title, event.start, event.end, event.city, event.country, event.tzid) == (
        "SOC meeting", date(2027, 3, 17), date(2027, 3, 19), "", "AZ", "Asia/Baku")
