"""Revision 0004: moved occurrences stored apart (``<uid>-<yyyymmdd>``) are merged back into their series."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import text

from cica_planner.services.planner import PlannerService
from cica_planner.storage.db import make_engine, upgrade

_COLUMNS = ("uid, title, category, all_day, start_utc, end_utc, start_day, end_day, tzid, precision, city, country, "
            "venue, mode, status, organiser, description, rrule, exdates, sequence, created, last_modified")


def _insert(connection, uid: str, title: str, start: str, end: str, *, rrule: str | None = None,
            exdates: str = "") -> None:
    connection.execute(text(
        f"INSERT INTO event ({_COLUMNS}) VALUES (:uid, :title, 'Expert Meeting', 0, :start, :end, NULL, NULL, "
        "'Asia/Almaty', 'day', 'Astana', 'KZ', '', 'in person', 'planned', '', '', :rrule, :exdates, 1, "
        "'2024-01-01 00:00:00.000000', '2024-01-01 00:00:00.000000')"),
        {"uid": uid, "title": title, "start": start, "end": end, "rrule": rrule, "exdates": exdates})


def test_split_parts_join_their_series(tmp_path) -> None:
    engine = make_engine(tmp_path / "old.sqlite3")
    upgrade(engine, "0002")
    with engine.begin() as connection:
        # Weekly on Mondays 10:00 in Astana (05:00 UTC); the 13 January occurrence was moved to the 14th, 15:00.
        _insert(connection, "weekly@x", "Weekly call", "2025-01-06 05:00:00.000000", "2025-01-06 06:00:00.000000",
                rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=4", exdates="2025-01-13T05:00:00+00:00,2025-01-20T05:00:00+00:00")
        _insert(connection, "weekly@x-20250113", "Weekly call (moved)", "2025-01-14 10:00:00.000000",
                "2025-01-14 11:00:00.000000")
        # An RDATE occurrence that was stored apart: it names no occurrence of the rule.
        _insert(connection, "weekly@x-20250301", "Weekly call", "2025-03-01 05:00:00.000000",
                "2025-03-01 06:00:00.000000")
        # A part without a stored series stays as it is.
        _insert(connection, "gone@x-20250105", "Orphan part", "2025-01-05 05:00:00.000000",
                "2025-01-05 06:00:00.000000")
        connection.execute(text("INSERT INTO task (event_uid, title, owner, status, priority, notes, position, tags) "
                                "VALUES ('weekly@x-20250113', 'Book a room', '', 'to do', 'normal', '', 0, '')"))
    upgrade(engine)
    planner = PlannerService(engine)
    assert sorted(e.uid for e in planner.all_events()) == ["gone@x-20250105", "weekly@x"]
    series = planner.get("weekly@x")
    assert series.exdates == [datetime(2025, 1, 20, 5, tzinfo=UTC)]
    moved, extra = sorted(series.overrides, key=lambda o: o.recurrence_id)
    assert (moved.recurrence_id, moved.start, moved.title) == (
        datetime(2025, 1, 13, 5, tzinfo=UTC), datetime(2025, 1, 14, 10, tzinfo=UTC), "Weekly call (moved)")
    assert extra.recurrence_id == extra.start == datetime(2025, 3, 1, 5, tzinfo=UTC)
    listed = [(o.uid, o.start) for o in planner.occurrences(date(2025, 1, 1), date(2025, 4, 1))
              if o.uid.startswith("weekly")]
    assert listed == [("weekly@x", datetime(2025, 1, 6, 5, tzinfo=UTC)), ("weekly@x", datetime(2025, 1, 14, 10, tzinfo=UTC)),
                      ("weekly@x", datetime(2025, 1, 27, 5, tzinfo=UTC)), ("weekly@x", datetime(2025, 3, 1, 5, tzinfo=UTC))]
    with engine.connect() as connection:
        assert connection.execute(text("SELECT event_uid FROM task")).scalars().all() == ["weekly@x"]
