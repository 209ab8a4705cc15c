"""The rule fields dateutil keeps private, read with their types; the span between two moments."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import dateutil.rrule
from dateutil.rrule import DAILY, WEEKLY

from cica_planner.domain import rule_fields
from cica_planner.domain.model import moment_span
from cica_planner.domain.recurrence import parse_rule
from cica_planner.domain.rule_fields import rule_count, rule_frequency, rule_times_of_day, rule_until

ASTANA = ZoneInfo("Asia/Almaty")
SOC_START = datetime(2024, 6, 27, 10, 0, tzinfo=ASTANA)


def test_count_and_frequency_of_a_weekly_rule() -> None:
    rule = parse_rule("FREQ=WEEKLY;COUNT=3", SOC_START)
    assert rule_frequency(rule) == WEEKLY
    assert rule_count(rule) == 3
    assert rule_until(rule) is None
    assert len(rule_times_of_day(rule)) == 1


def test_until_is_the_naive_wall_time_written() -> None:
    rule = parse_rule("FREQ=DAILY;UNTIL=20240630T100000", SOC_START)
    assert rule_frequency(rule) == DAILY
    assert rule_count(rule) is None
    assert rule_until(rule) == datetime(2024, 6, 30, 10, 0)


def test_the_frequencies_written_out_are_dateutils() -> None:
    """rule_fields names the frequencies without importing dateutil (the first paint of a page without series)."""
    for name in ("YEARLY", "MONTHLY", "WEEKLY", "DAILY"):
        assert getattr(rule_fields, name) == getattr(dateutil.rrule, name), name


def test_moment_span_of_dates_and_of_times_across_the_kazakh_zone_change() -> None:
    assert moment_span(date(2024, 6, 27), date(2024, 6, 29)) == timedelta(days=2)
    # Kazakhstan moved from UTC+6 to UTC+5 on 1 March 2024: 10:00 to 10:00 local is 25 hours.
    before = datetime(2024, 2, 29, 10, 0, tzinfo=ASTANA)
    after = datetime(2024, 3, 1, 10, 0, tzinfo=ASTANA)
    assert before.utcoffset() == timedelta(hours=6)
    assert after.utcoffset() == timedelta(hours=5)
    # Two times of one zone differ by their wall clocks, as Python subtracts them (a series keeps
    # its length in wall time); times of different zones differ as instants.
    assert moment_span(before, after) == after - before == timedelta(days=1)
    assert moment_span(before, after.astimezone(ZoneInfo("UTC"))) == timedelta(hours=25)
