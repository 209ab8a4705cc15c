"""For random series, every windowed read gives exactly the occurrences of a full expansion clipped to the window.

Series of every frequency, bounded by COUNT, UNTIL or nothing, with INTERVAL, BYDAY and EXDATEs,
all-day and timed, in zones that include Astana across its move from UTC+6 to UTC+5 on
1 March 2024, are written to a real calendar file; each window is then read three ways (the
planner's SQLite path, the quick first-paint reader, and the SQLAlchemy query the team calendar
uses), and compared with the series expanded alone (``recurrence.expand`` over the window).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given, settings, target
from hypothesis import strategies as st

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Category, Event, Occurrence
from cica_planner.domain.recurrence import expand
from cica_planner.services.occurrence_lists import expand_window, window_bounds
from cica_planner.services.planner import PlannerService
from cica_planner.services.quick_start import QuickCalendar
from cica_planner.services.seeding import open_database
from cica_planner.storage.db import session_scope
from cica_planner.storage.event_queries import events_in_window

ZONES = ("Asia/Almaty", "Asia/Baku", "UTC", "America/New_York", "Pacific/Auckland")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@st.composite
def series(draw: st.DrawFn) -> Event:
    tzid = draw(st.sampled_from(ZONES))
    day = date(2023, 12, 1) + timedelta(days=draw(st.integers(0, 150)))  # around 1 March 2024
    all_day = draw(st.booleans())
    freq = draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]))
    parts = [f"FREQ={freq}"]
    if draw(st.booleans()):
        parts.append(f"INTERVAL={draw(st.integers(1, 3))}")
    if freq == "WEEKLY" and draw(st.booleans()):
        days = draw(st.lists(st.sampled_from(WEEKDAYS), min_size=1, max_size=3, unique=True))
        parts.append("BYDAY=" + ",".join(days))
    elif freq == "MONTHLY" and draw(st.booleans()):
        parts.append("BYDAY=" + draw(st.sampled_from(["-1FR", "2TU", "1MO"])))
    bound = draw(st.sampled_from(["COUNT", "UNTIL", "open"]))
    if bound == "COUNT":
        parts.append(f"COUNT={draw(st.integers(1, 30))}")
    elif bound == "UNTIL":
        until = day + timedelta(days=draw(st.integers(0, 500)))
        parts.append(f"UNTIL={until:%Y%m%d}" if all_day else f"UNTIL={until:%Y%m%d}T{draw(st.integers(0, 23)):02d}0000Z")
    rule = ";".join(parts)
    if all_day:
        start: date | datetime = day
        end: date | datetime = day + timedelta(days=draw(st.integers(1, 3)))
    else:
        start = datetime(day.year, day.month, day.day, draw(st.integers(0, 23)), draw(st.sampled_from([0, 30])),
                         tzinfo=ZoneInfo(tzid))
        end = start + timedelta(hours=draw(st.integers(1, 30)))
    event = Event(title="Series", category=Category.SOC, tzid=tzid, start=start, end=end, rrule=rule)
    try:
        event.validate()
    except ValidationError:  # a rule that never occurs, or a wall time the clocks skip
        assume(False)
    if draw(st.booleans()):  # leave out some of its first occurrences
        first = expand(event, datetime(2023, 11, 1, tzinfo=ZoneInfo("UTC")), datetime(2025, 1, 1, tzinfo=ZoneInfo("UTC")),
                       limit=12).occurrences
        if first:
            event.exdates = draw(st.lists(st.sampled_from([o.start for o in first]), max_size=3, unique=True))
    return event


def windows(near: date) -> st.SearchStrategy[tuple[date, date, str]]:
    """Windows of a day to a quarter, in any display zone, mostly within two years of ``near`` (the series' start)."""

    @st.composite
    def window(draw: st.DrawFn) -> tuple[date, date, str]:
        first = near + timedelta(days=draw(st.one_of(st.integers(-10, 400), st.integers(-400, 1500))))
        return first, first + timedelta(days=draw(st.sampled_from([1, 7, 42, 92]))), draw(st.sampled_from(ZONES))

    return window()


@pytest.fixture(scope="module")
def calendar(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[PlannerService, Path]]:
    path = tmp_path_factory.mktemp("properties") / "calendar.sqlite3"
    engine = open_database(path, seed=False)
    yield PlannerService(engine), path
    engine.dispose()


def _pairs(occurrences: Iterable[Occurrence]) -> list[tuple[object, object]]:
    return [(o.start, o.end) for o in occurrences]


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_a_windowed_read_gives_the_full_expansion_clipped_to_the_window(
        calendar: tuple[PlannerService, Path], data: st.DataObject) -> None:
    planner, path = calendar
    made = data.draw(series())
    asked = data.draw(st.lists(windows(made.local_start_date()), min_size=4, max_size=8))
    stored = planner.create(made)
    try:
        event = planner.get(stored.uid)
        quick = QuickCalendar.open(path)
        assert quick is not None
        met = 0
        try:
            for first, end, tzid in asked:
                window_start, window_end = window_bounds(first, end, tzid)
                expected = _pairs(expand(event, window_start, window_end).occurrences)
                met += bool(expected)
                assert _pairs(planner.occurrences(first, end, tzid=tzid)) == expected, (event.rrule, first, tzid)
                assert _pairs(quick.occurrences(first, end, tzid=tzid)) == expected, (event.rrule, first, tzid)
                with session_scope(planner.engine) as session:
                    read = events_in_window(session, window_start, window_end, [])
                assert _pairs(expand_window(read, window_start, window_end)) == expected, (event.rrule, first, tzid)
        finally:
            quick.close()
        target(float(met), label="windows holding occurrences")  # steers the search towards windows that meet the series
    finally:
        planner.delete(stored.uid)
