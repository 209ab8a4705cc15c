"""A series' wall-clock starts become local times as before ``datetime.combine`` replaced ``replace(tzinfo=...)``.

``recurrence._localise`` and ``recurrence._naive`` are compared with the forms they replaced for
wall times around every kind of clock change (a gap, a fold, a half-hour step, a whole day
skipped), and a daily series is expanded across New York's spring gap and autumn fold.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from cica_planner.domain.model import Category, Event
from cica_planner.domain.recurrence import _localise, _naive, expand

#: Zones with a gap and a fold each year, a half-hour change, Astana's move to UTC+5, and Samoa's skipped day.
ZONES = ("America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Almaty", "Pacific/Apia", "UTC")
#: Nights when the clocks change in those zones (the wall times drawn are near them).
CHANGES = (datetime(2024, 3, 10, 2), datetime(2024, 11, 3, 1), datetime(2024, 3, 31, 2), datetime(2024, 10, 27, 2),
           datetime(2024, 4, 7, 1, 30), datetime(2024, 10, 6, 2), datetime(2024, 3, 1, 0), datetime(2011, 12, 30, 0))


def _localise_as_before(naive: datetime, tz: ZoneInfo) -> datetime:
    aware = naive.replace(tzinfo=tz)
    round_trip = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    if round_trip != naive:
        aware = (naive + timedelta(hours=1)).replace(tzinfo=tz)
    return aware


@settings(max_examples=400, deadline=None)
@given(zone_name=st.sampled_from(ZONES), near=st.sampled_from(CHANGES), minutes=st.integers(-180, 180),
       fold=st.sampled_from([0, 1]))
def test_a_wall_time_is_localised_as_before(zone_name: str, near: datetime, minutes: int, fold: int) -> None:
    tz = ZoneInfo(zone_name)
    naive = (near + timedelta(minutes=minutes)).replace(fold=fold)
    mine, before = _localise(naive, tz), _localise_as_before(naive, tz)
    assert (mine, mine.fold, mine.tzinfo, mine.utcoffset()) == (before, before.fold, before.tzinfo, before.utcoffset())
    aware = naive.replace(tzinfo=tz)
    bare = _naive(aware)
    assert (bare, bare.fold, bare.tzinfo) == (aware.replace(tzinfo=None), fold, None)


def _starts(event: Event, window_start: datetime, window_end: datetime) -> list[datetime]:
    starts = [o.start for o in expand(event, window_start, window_end).occurrences]
    return [start for start in starts if isinstance(start, datetime)]


def test_a_daily_series_across_the_gap_and_the_fold_keeps_its_wall_time() -> None:
    new_york = ZoneInfo("America/New_York")
    start = datetime(2024, 3, 8, 2, 30, tzinfo=new_york)
    spring = Event(title="Night shift", category=Category.SWG, tzid="America/New_York", start=start,
                   end=start + timedelta(minutes=45), rrule="FREQ=DAILY;COUNT=4")
    starts = _starts(spring, datetime(2024, 3, 1, tzinfo=UTC), datetime(2024, 3, 20, tzinfo=UTC))
    # 10 March 02:30 does not exist: the occurrence moves to 03:30 EDT, as Outlook moves it.
    assert [(s.day, s.hour, s.minute, s.utcoffset()) for s in starts] == [
        (8, 2, 30, timedelta(hours=-5)), (9, 2, 30, timedelta(hours=-5)), (10, 3, 30, timedelta(hours=-4)),
        (11, 2, 30, timedelta(hours=-4))]

    start = datetime(2024, 11, 2, 1, 30, tzinfo=new_york)
    autumn = Event(title="Night shift", category=Category.SWG, tzid="America/New_York", start=start,
                   end=start + timedelta(minutes=45), rrule="FREQ=DAILY;COUNT=3")
    starts = _starts(autumn, datetime(2024, 11, 1, tzinfo=UTC), datetime(2024, 11, 9, tzinfo=UTC))
    # 3 November 01:30 happens twice: the occurrence is the first of them (EDT), as before.
    assert [(s.day, s.hour, s.fold, s.astimezone(UTC).hour) for s in starts] == [(2, 1, 0, 5), (3, 1, 0, 5), (4, 1, 0, 6)]
