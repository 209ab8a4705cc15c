"""The quick first-paint reads and the planner's range reads give exactly what a full load gives.

The seeded calendar file is widened with the awkward cases: all-day events, timed events in
Astana across Kazakhstan's change from UTC+6 to UTC+5 (1 March 2024) and in Baku (UTC+4), an
event ending in the first hours of a window east of UTC (its UTC date is the day before),
weekly and open-ended series, a series with an EXDATE and a changed occurrence, one with an
RDATE, history of a moved event. Every window is read three ways (the quick reader, the
planner, every event loaded and expanded here), in several display zones and with filters,
and compared whole."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cica_planner.domain.model import Category, Event, EventStatus, Override, Precision
from cica_planner.services.occurrence_lists import OccurrenceFilter, expand_window, window_bounds
from cica_planner.services.planner import PlannerService
from cica_planner.services.quick_start import PendingService, QuickCalendar
from cica_planner.storage.db import make_engine
from tests.calendar_files import copy_calendar, write_calendar

ASTANA, BAKU = ZoneInfo("Asia/Almaty"), ZoneInfo("Asia/Baku")
ZONES = ("Asia/Almaty", "Asia/Baku", "UTC", "America/New_York", "Pacific/Auckland")


def _widen(planner: PlannerService) -> None:
    made = [
        Event(title="Ends in Astana's first hours of March", category=Category.SOC, tzid="Asia/Almaty", country="KZ",
              start=datetime(2024, 2, 29, 17, tzinfo=UTC), end=datetime(2024, 2, 29, 20, tzinfo=UTC)),
        Event(title="Across the zone change", category=Category.MINISTERIAL_COUNCIL, tzid="Asia/Almaty", country="KZ",
              start=datetime(2024, 2, 29, 23, tzinfo=ASTANA), end=datetime(2024, 3, 1, 2, tzinfo=ASTANA)),
        Event(title="Baku session", category=Category.SWG, tzid="Asia/Baku", country="AZ",
              start=datetime(2024, 3, 12, 9, tzinfo=BAKU), end=datetime(2024, 3, 12, 18, tzinfo=BAKU)),
        Event(title="All-day forum", category=Category.THINK_TANK_FORUM, tzid="Asia/Baku", country="AZ",
              start=date(2024, 3, 30), end=date(2024, 4, 2)),
        Event(title="Quarter to fix", category=Category.BUSINESS_FORUM, tzid="Asia/Almaty",
              start=date(2024, 1, 1), end=date(2024, 4, 1), precision=Precision.QUARTER),
        Event(title="Weekly coordination", category=Category.SOC, tzid="Asia/Almaty",
              start=datetime(2024, 1, 8, 10, tzinfo=ASTANA), end=datetime(2024, 1, 8, 11, tzinfo=ASTANA),
              rrule="FREQ=WEEKLY;COUNT=30", exdates=[datetime(2024, 3, 4, 10, tzinfo=ASTANA)]),
        Event(title="Open-ended monthly", category=Category.SWG, tzid="Asia/Baku",
              start=datetime(2023, 11, 30, 8, tzinfo=BAKU), end=datetime(2023, 11, 30, 9, tzinfo=BAKU),
              rrule="FREQ=MONTHLY;BYMONTHDAY=-1"),
        Event(title="Yearly day, all day", category=Category.CULTURAL, tzid="Asia/Almaty",
              start=date(2020, 3, 20), end=date(2020, 3, 21), rrule="FREQ=YEARLY"),
        Event(title="Series with an extra date", category=Category.SOC, tzid="Asia/Almaty",
              start=date(2024, 2, 5), end=date(2024, 2, 6), rrule="FREQ=WEEKLY;COUNT=4", rdates=[date(2024, 3, 15)]),
    ]
    for event in made:
        planner.create(event)
    series = planner.create(Event(
        title="Changed occurrence series", category=Category.SWG, tzid="Asia/Almaty",
        start=datetime(2024, 2, 1, 15, tzinfo=ASTANA), end=datetime(2024, 2, 1, 16, tzinfo=ASTANA), rrule="FREQ=WEEKLY;COUNT=12"))
    moved = Override(recurrence_id=datetime(2024, 3, 7, 15, tzinfo=ASTANA), start=datetime(2024, 3, 8, 9, tzinfo=ASTANA),
                     end=datetime(2024, 3, 8, 10, tzinfo=ASTANA), title="Moved once", category=Category.SWG,
                     status=EventStatus.CONFIRMED)
    planner.update(replace(planner.get(series.uid), overrides=[moved]))
    session = planner.search("Baku session")[0]
    planner.reschedule(session.uid, datetime(2024, 3, 13, 9, tzinfo=BAKU), datetime(2024, 3, 13, 18, tzinfo=BAKU),
                       "the hall was taken")


@pytest.fixture(scope="module")
def _widened_file(tmp_path_factory: pytest.TempPathFactory, _seeded_template: Path) -> Path:
    """The seeded calendar widened once for the module; the tests only read it, each from its own copy."""
    with pytest.MonkeyPatch.context() as patch:  # the instant every test sees (tests/conftest.py), set before they run
        patch.setenv("CICA_PLANNER_NOW", "2026-11-30T23:30:00+00:00")
        return write_calendar(tmp_path_factory.mktemp("widened") / "calendar.sqlite3", start_from=_seeded_template,
                              fill=_widen)


@pytest.fixture
def widened_db(tmp_path: Path, _widened_file: Path) -> Path:
    return copy_calendar(_widened_file, tmp_path / "calendar.sqlite3")


@pytest.fixture
def calendar(widened_db: Path) -> Iterator[tuple[PlannerService, QuickCalendar]]:
    """A fresh planner and quick reader on a fresh copy: nothing either learned in another test is kept."""
    from cica_planner.services.seeding import open_database

    engine = open_database(widened_db)
    quick = QuickCalendar.open(widened_db)
    assert quick is not None
    yield PlannerService(engine), quick
    quick.close()
    engine.dispose()


def _months(first: date, count: int) -> list[tuple[date, date]]:
    starts = [date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1) for i in range(count + 1)]
    return list(zip(starts, starts[1:], strict=False))


def test_the_quick_range_read_matches_the_full_read_in_every_zone(calendar) -> None:
    planner, quick = calendar
    everything = planner.all_events()  # the reference: every event loaded through the ORM, expanded here
    shown = 0
    for first, end in _months(date(2023, 11, 1), 8):
        for tzid in ZONES:
            for margin in (timedelta(0), timedelta(days=6)):  # the month itself, and the grid around it
                fast = quick.occurrences(first - margin, end + margin, tzid=tzid)
                full = planner.occurrences(first - margin, end + margin, tzid=tzid)
                fresh = expand_window(everything, *window_bounds(first - margin, end + margin, tzid))
                assert fast == full == fresh, (first, tzid)
                assert fast.cut == full.cut == fresh.cut
                shown += len(fast)
    assert shown > 500  # the comparison saw real pages, not empty ones


def test_the_quick_read_has_the_awkward_cases_on_the_page(calendar) -> None:
    planner, quick = calendar
    march = quick.occurrences(date(2024, 2, 26), date(2024, 4, 8), tzid="Asia/Almaty")
    titles = [o.event.title for o in march]
    # 20:00 UTC on 29 February is 01:00 on 1 March in Astana: on March's page, both ways.
    for reader in (quick, planner):
        march_only = reader.occurrences(date(2024, 3, 1), date(2024, 4, 1), tzid="Asia/Almaty")
        assert "Ends in Astana's first hours of March" in [o.event.title for o in march_only]
    assert {"Moved once", "All-day forum", "Yearly day, all day"} <= set(titles)
    weekly = [o.start for o in march if o.event.title == "Weekly coordination"]
    assert datetime(2024, 3, 4, 10, tzinfo=ASTANA) not in weekly  # the EXDATE
    assert datetime(2024, 3, 11, 10, tzinfo=ASTANA) in weekly
    assert date(2024, 3, 15) in [o.start for o in march if o.event.title == "Series with an extra date"]
    moved = next(o for o in march if o.event.title == "Baku session")
    assert moved.start == datetime(2024, 3, 13, 9, tzinfo=BAKU)
    assert [change.reason for change in moved.event.history] == ["the hall was taken"]
    assert moved.event == planner.get(moved.uid)


def test_filters_and_unscheduled_items_apply_as_in_the_planner(calendar) -> None:
    planner, quick = calendar
    filters = [
        OccurrenceFilter(categories=frozenset({Category.SOC, Category.SWG})),
        OccurrenceFilter(countries=frozenset({"AZ"})),
        OccurrenceFilter(statuses=frozenset({EventStatus.CONFIRMED})),
        OccurrenceFilter(needs_confirming_on=date(2024, 6, 1)),
    ]
    for chosen in filters:
        for unscheduled in (True, False):
            fast = quick.occurrences(date(2024, 1, 29), date(2024, 4, 1), chosen, tzid="Asia/Almaty",
                                     include_unscheduled=unscheduled)
            full = planner.occurrences(date(2024, 1, 29), date(2024, 4, 1), chosen, tzid="Asia/Almaty",
                                       include_unscheduled=unscheduled)
            assert fast == full, (chosen, unscheduled)


def test_the_sidebar_lists_come_out_the_same(calendar) -> None:
    planner, quick = calendar
    assert quick.countries() == planner.countries()
    assert quick.event_countries() == planner.event_countries()
    assert quick.location() == planner.location()


def test_the_quick_series_query_chooses_what_the_full_stacks_query_chooses(calendar) -> None:
    """The series whose stored span reaches a window, read with sqlite3 and with SQLAlchemy, are the same rows."""
    from sqlmodel import col, select

    from cica_planner.storage import quick_reads
    from cica_planner.storage.db import session_scope
    from cica_planner.storage.event_queries import series_reaching
    from cica_planner.storage.tables import EventRow

    planner, quick = calendar
    chosen_some = 0
    for categories in ([], ["SOC", "SWG"]):
        for first, end in _months(date(2019, 12, 1), 60):
            window_start, window_end = window_bounds(first, end, "Asia/Almaty")
            with session_scope(planner.engine) as session:
                statement = select(EventRow.id, EventRow.uid).where(series_reaching(window_start, window_end))
                if categories:
                    statement = statement.where(col(EventRow.category).in_(categories))
                full = list(session.exec(statement.order_by(col(EventRow.id))).all())
            fast = quick_reads.series_in_window(quick._connection, window_start, window_end, categories)
            assert [(reach.id, reach.uid) for reach in fast] == [tuple(row) for row in full], (categories, first)
            chosen_some += len(fast)
    assert chosen_some > 100


def test_spans_kept_from_an_earlier_page_give_what_a_fresh_reader_gives(calendar, widened_db: Path) -> None:
    """Pages read one after another by one reader give what a fresh reader gives (it keeps only the window hints)."""
    planner, quick = calendar
    for first, end in _months(date(2023, 12, 1), 6):
        quick.occurrences(first, end, tzid="Asia/Almaty")  # learns the spans as it goes
    fresh = QuickCalendar.open(widened_db)
    assert fresh is not None
    try:
        for first, end in reversed(_months(date(2023, 12, 1), 6)):
            assert quick.occurrences(first, end, tzid="Asia/Almaty") == fresh.occurrences(first, end, tzid="Asia/Almaty")
    finally:
        fresh.close()


def test_only_a_calendar_file_at_this_schema_is_read_quickly(seeded_db: Path, tmp_path: Path) -> None:
    assert QuickCalendar.open("postgresql://secretariat@db.example/cica") is None
    assert QuickCalendar.open(tmp_path / "missing.sqlite3") is None
    not_sqlite = tmp_path / "notes.sqlite3"
    not_sqlite.write_bytes(b"not a database at all" * 100)
    assert QuickCalendar.open(not_sqlite) is None
    older = tmp_path / "older.sqlite3"
    older.write_bytes(seeded_db.read_bytes())
    with sqlite3.connect(older) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0005'")
    connection.close()
    assert QuickCalendar.open(older) is None  # the normal path upgrades it (with its backup) first
    quick = QuickCalendar.open(seeded_db)
    assert quick is not None
    quick.close()


def test_the_quick_reader_writes_nothing_beside_the_file(seeded_db: Path) -> None:
    before = sorted(p.name for p in seeded_db.parent.iterdir())
    quick = QuickCalendar.open(seeded_db)
    assert quick is not None
    quick.occurrences(date(2024, 3, 1), date(2024, 4, 1), tzid="Asia/Almaty")
    quick.close()
    assert sorted(p.name for p in seeded_db.parent.iterdir()) == before


def test_a_pending_service_says_what_is_not_there_yet() -> None:
    with pytest.raises(RuntimeError, match="chairmanship service is not loaded yet"):
        PendingService("chairmanship").terms()


def _titles(planner: PlannerService, first: date, end: date) -> list[str]:
    return [o.event.title for o in planner.occurrences(first, end, tzid="Asia/Almaty")]


def test_what_the_planner_keeps_between_pages_is_read_again_after_any_commit(planner: PlannerService,
                                                                             seeded_db: Path) -> None:
    """Series keys and the longest-event bounds are kept per commit: a write here or by another program is seen."""
    march, april = date(2024, 3, 1), date(2024, 4, 1)
    assert "Long retreat" not in _titles(planner, march, april)  # keeps the bounds of the calendar as it was
    planner.create(Event(title="Long retreat", category=Category.SWG, tzid="Asia/Almaty",
                         start=date(2023, 12, 1), end=date(2024, 3, 5)))  # longer than any event before it
    assert "Long retreat" in _titles(planner, march, april)
    other = PlannerService(make_engine(seeded_db))  # another program's connection to the file
    other.create(Event(title="Weekly from elsewhere", category=Category.SOC, tzid="Asia/Almaty",
                       start=datetime(2023, 1, 2, 9, tzinfo=ASTANA), end=datetime(2023, 1, 2, 10, tzinfo=ASTANA),
                       rrule="FREQ=WEEKLY"))
    assert _titles(planner, march, april).count("Weekly from elsewhere") == 4
    series = other.search("Weekly from elsewhere")[0]
    other.update(replace(series, rrule="FREQ=WEEKLY;UNTIL=20240310T000000Z"))
    assert _titles(planner, march, april).count("Weekly from elsewhere") == 1  # 4 March only
    other.delete(series.uid)
    assert "Weekly from elsewhere" not in _titles(planner, march, april)
    other.engine.dispose()
