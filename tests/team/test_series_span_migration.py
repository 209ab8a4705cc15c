"""Revision 0010 on SQLite and PostgreSQL: the stored series of a calendar get their spans, and windows read them.

A calendar is built at revision 0009 with series of every kind written as that revision stored
them (a timed weekly series across Astana's move to UTC+5, an open all-day yearly one, a monthly
one from the 31st that must be counted out, one with an RDATE, one with a changed occurrence,
a single event), then upgraded; every row's span must be what the writers store, and month
windows must show what a fresh expansion shows. A copy between the two engines keeps them.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import select

from cica_planner.domain.recurrence import occurrences as expand
from cica_planner.domain.series_reach import UNBOUNDED_FIRST, stored_span
from cica_planner.services.occurrence_lists import window_bounds
from cica_planner.services.planner import PlannerService
from cica_planner.storage.copying import copy_calendar
from cica_planner.storage.db import make_engine, session_scope, upgrade
from cica_planner.storage.tables import EventRow

_COLUMNS = ("uid, title, category, all_day, start_utc, end_utc, start_day, end_day, tzid, precision, city, country, "
            "venue, mode, status, organiser, description, rrule, exdates, rdates, extra_rules, sequence, created, "
            "last_modified")
ROWS = [
    # uid, all_day, start_utc, end_utc, start_day, end_day, tzid, rrule, exdates, rdates
    ("weekly", False, "2024-02-05 04:00:00.000000", "2024-02-05 05:00:00.000000", None, None, "Asia/Almaty",
     "FREQ=WEEKLY;COUNT=10", "2024-02-19T04:00:00+00:00", ""),
    ("yearly-days", True, None, None, "2020-03-20", "2020-03-21", "Asia/Almaty", "FREQ=YEARLY", "", ""),
    ("monthly-31st", False, "2024-01-31 06:00:00.000000", "2024-01-31 07:00:00.000000", None, None, "Asia/Baku",
     "FREQ=MONTHLY;COUNT=5", "", ""),
    ("with-rdate", True, None, None, "2024-02-05", "2024-02-06", "Asia/Almaty", "FREQ=WEEKLY;COUNT=4", "", "2024-07-15"),
    ("with-override", False, "2024-02-01 09:00:00.000000", "2024-02-01 10:00:00.000000", None, None, "Asia/Almaty",
     "FREQ=WEEKLY;COUNT=12", "", ""),
    ("single", False, "2024-03-12 05:00:00.000000", "2024-03-12 14:00:00.000000", None, None, "Asia/Baku", None, "", ""),
]


def _calendar_at_0009(url: str) -> Engine:
    engine = make_engine(url)
    upgrade(engine, "0009")
    with engine.begin() as connection:
        for uid, all_day, start_utc, end_utc, start_day, end_day, tzid, rrule, exdates, rdates in ROWS:
            connection.execute(text(
                f"INSERT INTO event ({_COLUMNS}) VALUES (:uid, :uid, 'SOC', :all_day, :start_utc, :end_utc, :start_day, "
                ":end_day, :tzid, 'day', '', '', '', 'in person', 'planned', '', '', :rrule, :exdates, :rdates, '', 0, "
                "'2024-01-01 00:00:00.000000', '2024-01-01 00:00:00.000000')"),
                {"uid": uid, "all_day": all_day, "start_utc": start_utc, "end_utc": end_utc, "start_day": start_day,
                 "end_day": end_day, "tzid": tzid, "rrule": rrule, "exdates": exdates, "rdates": rdates})
        connection.execute(text(
            "INSERT INTO event_override (event_id, recurrence_id, this_and_future, start, \"end\", title, category, city, "
            "country, venue, mode, status, organiser, description, sequence) SELECT id, '2024-02-15T09:00:00+00:00', "
            "false, '2024-09-15T09:00:00+00:00', '2024-09-15T10:00:00+00:00', 'Moved far', 'SOC', '', '', '', "
            "'in person', 'planned', '', '', 0 FROM event WHERE uid = 'with-override'"))
    return engine


def _spans(engine: Engine) -> dict[str, tuple]:
    with session_scope(engine) as session:
        rows = session.exec(select(EventRow.uid, EventRow.series_first_utc, EventRow.series_last_utc)).all()
    return {uid: (first, last) for uid, first, last in rows}


def _assert_windows_match_a_fresh_expansion(planner: PlannerService) -> None:
    events = planner.all_events()
    for index in range(14):  # December 2023 to January 2025
        first = date(2023 + (index + 11) // 12, (index + 11) % 12 + 1, 1)
        end = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        window_start, window_end = window_bounds(first, end, "Asia/Almaty")
        fresh = sorted((o for e in events for o in expand(e, window_start, window_end)), key=lambda o: o.sort_key())
        shown = planner.occurrences(first, end, tzid="Asia/Almaty")
        assert [(o.uid, o.start) for o in shown] == [(o.uid, o.start) for o in fresh], first


def test_the_migration_gives_stored_series_their_spans(any_url: str) -> None:
    engine = _calendar_at_0009(any_url)
    upgrade(engine)
    planner = PlannerService(engine)
    spans = _spans(engine)
    for event in planner.all_events():
        assert spans[event.uid] == stored_span(event), event.uid  # what every write would store
    assert spans["single"] == (None, None)
    assert spans["with-rdate"] == spans["with-override"] == (UNBOUNDED_FIRST, None)
    assert spans["yearly-days"][1] is None
    assert spans["weekly"][1] is not None
    assert spans["monthly-31st"][1] is not None  # counted out: it skips the months without a 31st
    _assert_windows_match_a_fresh_expansion(planner)
    september = planner.occurrences(date(2024, 9, 1), date(2024, 10, 1))
    assert ("with-override", "Moved far") in {(o.uid, o.event.title) for o in september}
    engine.dispose()


def test_a_copy_between_engines_keeps_the_spans(tmp_path, pg_url: str) -> None:
    source = _calendar_at_0009(str(tmp_path / "calendar.sqlite3"))
    upgrade(source)
    target = make_engine(pg_url)
    upgrade(target)
    copy_calendar(source, target)
    assert _spans(target) == _spans(source)
    _assert_windows_match_a_fresh_expansion(PlannerService(target))
    back = make_engine(str(tmp_path / "back.sqlite3"))
    upgrade(back)
    copy_calendar(target, back)
    assert _spans(back) == _spans(source)
    for engine in (source, target, back):
        engine.dispose()
