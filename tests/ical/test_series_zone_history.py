"""A series that began under another offset of its zone stays one series, not thousands of events.

The fuzzer found a daily rule from 1950 in Asia/Baku (then UTC+3, with summer time later;
UTC+4 today) exported as 2,617 VEVENTs: every occurrence Outlook, which knows only today's
rules, would put at another hour was written apart in UTC. Now only the latest
``MAX_APART_FOR_OUTLOOK`` of them are; the rest stay in the series, where every reader that
knows the IANA zone (CICA Planner, Thunderbird, Google) puts them right.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest

from cica_planner.domain.model import Category, Event
from cica_planner.services.ical_export import ExportOptions, export_calendar
from cica_planner.services.ical_import import apply_import, plan_import
from cica_planner.services.ical_series_export import MAX_APART_FOR_OUTLOOK
from cica_planner.services.planner import PlannerService
from cica_planner.services.seeding import open_database

from .outlook_reader import outlook_instants

BAKU = ZoneInfo("Asia/Baku")


def _instants(planner: PlannerService, first: date, last: date) -> list[tuple[str, datetime, datetime]]:
    return sorted((o.event.title, o.start.astimezone(UTC), o.end.astimezone(UTC))
                  for o in planner.occurrences(first, last, tzid="UTC")
                  if isinstance(o.start, datetime) and isinstance(o.end, datetime))


@pytest.mark.parametrize("year", [1950, 2010])
def test_a_daily_series_from_another_era_of_its_zone_exports_as_one_series(empty_planner, tmp_path, year: int) -> None:
    empty_planner.create(Event(title="Daily briefing", category=Category.SOC, tzid="Asia/Baku",
                               start=datetime(year, 1, 1, 10, tzinfo=BAKU), end=datetime(year, 1, 1, 11, tzinfo=BAKU),
                               rrule="FREQ=DAILY;UNTIL=99991231T000000Z"))
    exported = export_calendar(empty_planner, ExportOptions(include_unscheduled=True))
    vevents = icalendar.Calendar.from_ical(exported).walk("VEVENT")
    uids = Counter(str(v["UID"]) for v in vevents)
    assert len(vevents) <= MAX_APART_FOR_OUTLOOK + 1
    assert max(uids.values()) == 1  # one master, and parts apart each with a UID of its own
    masters = [v for v in vevents if "RRULE" in v]
    assert len(masters) == 1

    again = PlannerService(open_database(tmp_path / "again.sqlite3", seed=False))
    apply_import(again, plan_import(again, exported))
    for first in (date(year, 1, 1), date(year + 9, 1, 1), date(2030, 1, 1)):
        last = date(first.year + 1, 12, 31)
        assert _instants(again, first, last) == _instants(empty_planner, first, last)


def test_the_parts_written_apart_are_the_latest_occurrences_outlook_would_misread(empty_planner) -> None:
    empty_planner.create(Event(title="Daily briefing", category=Category.SOC, tzid="Asia/Baku",
                               start=datetime(2010, 1, 1, 10, tzinfo=BAKU), end=datetime(2010, 1, 1, 11, tzinfo=BAKU),
                               rrule="FREQ=DAILY;UNTIL=99991231T000000Z"))
    exported = export_calendar(empty_planner, ExportOptions(include_unscheduled=True))
    apart = sorted(v.decoded("DTSTART") for v in icalendar.Calendar.from_ical(exported).walk("VEVENT") if "RRULE" not in v)
    assert len(apart) == MAX_APART_FOR_OUTLOOK
    # Written in UTC at the instant zoneinfo gives: Baku kept summer time (UTC+5) until October 2015.
    assert all(start.tzinfo is not None and start.utcoffset().total_seconds() == 0 for start in apart)
    assert apart[-1] == datetime(2015, 10, 24, 5, tzinfo=UTC)
    # Outlook reads every part apart at its true instant.
    read = outlook_instants(exported, datetime(2016, 1, 1, tzinfo=UTC))
    by_outlook = {start for pairs in read.values() for start, _ in pairs}
    assert set(apart) <= by_outlook
