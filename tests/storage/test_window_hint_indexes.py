"""Revision 0011: a calendar file's window hints come from two indexes and say what a scan of the table says."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from cica_planner.domain.model import Category, Event
from cica_planner.services.planner import PlannerService
from cica_planner.storage import quick_reads

#: The hints as they were read before 0011: one scan of the whole event table.
_SCAN = ("SELECT max(CASE WHEN all_day = 0 AND rrule IS NULL THEN julianday(end_utc) - julianday(start_utc) END), "
         "max(CASE WHEN all_day = 1 AND rrule IS NULL THEN julianday(end_day) - julianday(start_day) END) FROM event")


def _add_long_events(planner: PlannerService) -> None:
    """Single events longer than any of the seed's, and series longer still (series are found by their spans)."""
    almaty = ZoneInfo("Asia/Almaty")
    start = datetime(2031, 3, 2, 9, tzinfo=almaty)
    planner.create(Event(title="A forty-day exhibition", category=Category.CULTURAL, start=start,
                         end=start + timedelta(days=40), tzid="Asia/Almaty"))
    planner.create(Event(title="A four-hundred-day campaign", category=Category.YOUTH_COUNCIL, start=date(2031, 1, 1),
                         end=date(2032, 2, 5)))
    planner.create(Event(title="A yearly season", category=Category.CULTURAL, start=date(2032, 1, 1),
                         end=date(2032, 12, 1), rrule="FREQ=YEARLY;COUNT=3"))
    planner.create(Event(title="A yearly timed season", category=Category.CULTURAL, start=start,
                         end=start + timedelta(days=300), tzid="Asia/Almaty", rrule="FREQ=YEARLY;COUNT=2"))


def test_the_hints_are_read_from_their_indexes_and_agree_with_a_scan(planner: PlannerService, seeded_db: Path) -> None:
    _add_long_events(planner)
    with closing(quick_reads.connect(seeded_db)) as connection:
        for query, index in ((quick_reads._LONGEST_TIMED, "ix_event_timed_length"),
                             (quick_reads._LONGEST_DAYS, "ix_event_day_length")):
            plan = " ".join(str(step[-1]) for step in connection.execute(f"EXPLAIN QUERY PLAN {query}"))
            assert f"USING INDEX {index}" in plan, plan
        hints = quick_reads.window_hints(connection)
        timed, days = connection.execute(_SCAN).fetchone()
    assert hints == quick_reads.WindowHints(timedelta(days=timed) + timedelta(minutes=1), int(days) + 1)
    assert abs(hints.longest_timed - timedelta(days=40, minutes=1)) < timedelta(seconds=1)  # the series are left out
    assert hints.longest_days == 401


def test_a_file_without_the_indexes_gives_the_same_hints(planner: PlannerService, seeded_db: Path, tmp_path: Path) -> None:
    _add_long_events(planner)
    with closing(quick_reads.connect(seeded_db)) as connection:
        indexed = quick_reads.window_hints(connection)
    copy = tmp_path / "without.sqlite3"
    with closing(sqlite3.connect(seeded_db)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)
        target.execute("DROP INDEX ix_event_timed_length")
        target.execute("DROP INDEX ix_event_day_length")
        target.commit()
    with closing(quick_reads.connect(copy)) as connection:
        assert quick_reads.window_hints(connection) == indexed
        plan = " ".join(str(step[-1]) for step in connection.execute(f"EXPLAIN QUERY PLAN {quick_reads._LONGEST_DAYS}"))
        assert "ix_event_day_length" not in plan
