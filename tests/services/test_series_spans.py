"""Occurrences read through the stored series spans match a fresh expansion of every event, before and after edits."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from cica_planner.domain.model import Category, Event
from cica_planner.domain.recurrence import occurrences as expand
from cica_planner.domain.series_reach import Span, series_span, stored_span
from cica_planner.services.planner import OccurrenceFilter, PlannerService, window_bounds


def _span(event: Event) -> Span:
    span = series_span(event)
    assert span is not None, event.title
    return span


def _months(first: date, count: int) -> list[tuple[date, date]]:
    starts = [date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1) for i in range(count + 1)]
    return list(zip(starts, starts[1:], strict=False))


def _fresh(planner: PlannerService, first: date, end: date, tzid: str,
           events: list[Event] | None = None) -> list[tuple[str, object]]:
    """The oracle: every stored event expanded alone. Loops that change nothing pass the events read once."""
    window_start, window_end = window_bounds(first, end, tzid)
    stored = planner.all_events() if events is None else events
    found = [o for event in stored for o in expand(event, window_start, window_end)]
    return [(o.uid, o.start) for o in sorted(found, key=lambda o: o.sort_key())]


def _shown(planner: PlannerService, first: date, end: date, tzid: str) -> list[tuple[str, object]]:
    return [(o.uid, o.start) for o in planner.occurrences(first, end, tzid=tzid)]


def _series(planner: PlannerService) -> dict[str, str]:
    astana, tokyo = ZoneInfo("Asia/Almaty"), ZoneInfo("Asia/Tokyo")
    made = {
        "weekly, ten times": Event(title="Weekly coordination", category=Category.MINISTERIAL_COUNCIL, tzid="Asia/Almaty",
                                   start=datetime(2024, 2, 5, 10, tzinfo=astana), end=datetime(2024, 2, 5, 11, tzinfo=astana),
                                   rrule="FREQ=WEEKLY;COUNT=10"),
        "monthly until": Event(title="Monthly review", category=Category.MINISTERIAL_COUNCIL, tzid="Asia/Tokyo",
                               start=datetime(2024, 1, 31, 23, 30, tzinfo=tokyo), end=datetime(2024, 2, 1, 0, 30, tzinfo=tokyo),
                               rrule="FREQ=MONTHLY;UNTIL=20240930T000000Z"),
        "all-day yearly, open": Event(title="Day of the Secretariat", category=Category.CULTURAL, tzid="Asia/Almaty",
                                      start=date(2022, 5, 20), end=date(2022, 5, 21), rrule="FREQ=YEARLY"),
        "daily, until": Event(title="Daily briefing", category=Category.MINISTERIAL_COUNCIL, tzid="Asia/Almaty",
                              start=date(2024, 6, 24), end=date(2024, 6, 25), rrule="FREQ=DAILY;UNTIL=20240705"),
    }
    return {name: planner.create(event).uid for name, event in made.items()}


def test_windows_match_a_fresh_expansion(planner: PlannerService) -> None:
    _series(planner)
    stored = planner.all_events()
    for tzid in ("Asia/Almaty", "America/New_York"):
        for first, end in _months(date(2023, 12, 1), 14):
            assert _shown(planner, first, end, tzid) == _fresh(planner, first, end, tzid, stored), (tzid, first)
    assert _shown(planner, date(2030, 1, 1), date(2031, 1, 1), "UTC") == _fresh(planner, date(2030, 1, 1), date(2031, 1, 1), "UTC")


def test_an_edited_series_is_read_afresh(planner: PlannerService) -> None:
    uids = _series(planner)
    for first, end in _months(date(2024, 1, 1), 12):  # learn every span
        planner.occurrences(first, end, tzid="Asia/Almaty")
    weekly = planner.get(uids["weekly, ten times"])
    planner.update(replace(weekly, rrule="FREQ=WEEKLY;COUNT=40"))  # now reaches into the autumn
    daily = planner.get(uids["daily, until"])
    planner.update(replace(daily, start=date(2024, 6, 3), end=date(2024, 6, 4)))  # moved earlier: its old span is stale
    stored = planner.all_events()
    for first, end in _months(date(2024, 1, 1), 12):
        assert _shown(planner, first, end, "Asia/Almaty") == _fresh(planner, first, end, "Asia/Almaty", stored), first
    october = _shown(planner, date(2024, 10, 1), date(2024, 11, 1), "Asia/Almaty")
    assert any(uid == weekly.uid for uid, _start in october)


def test_the_span_holds_every_occurrence(planner: PlannerService) -> None:
    uids = _series(planner)
    far_start, far_end = datetime(1990, 1, 1, tzinfo=UTC), datetime(2040, 1, 1, tzinfo=UTC)
    for uid in uids.values():
        event = planner.get(uid)
        first, last = _span(event)
        for occurrence in expand(event, far_start, far_end):
            start = occurrence.start if isinstance(occurrence.start, datetime) else datetime(
                occurrence.start.year, occurrence.start.month, occurrence.start.day, tzinfo=UTC)
            assert first <= start
            assert last is None or start + timedelta(hours=1) <= last
    assert _span(planner.get(uids["all-day yearly, open"]))[1] is None


RULES = [
    "FREQ=WEEKLY;COUNT=10", "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=7", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU;COUNT=5",
    "FREQ=DAILY;INTERVAL=3;COUNT=20", "FREQ=MONTHLY;COUNT=5", "FREQ=YEARLY;COUNT=3", "FREQ=MONTHLY;BYDAY=-1FR;COUNT=4",
    "FREQ=DAILY;UNTIL=20250105", "FREQ=WEEKLY;UNTIL=20250301T000000Z", "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4", "FREQ=WEEKLY",
]
STARTS = [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 1), date(2024, 5, 3)]


def _stored_spans(planner: PlannerService) -> dict[str, tuple[datetime | None, datetime | None]]:
    """The span columns of every row, by UID, as stored."""
    from sqlmodel import select

    from cica_planner.storage.db import session_scope
    from cica_planner.storage.tables import EventRow

    with session_scope(planner.engine) as session:
        rows = session.exec(select(EventRow.uid, EventRow.series_first_utc, EventRow.series_last_utc)).all()
    return {uid: (first, last) for uid, first, last in rows}


def test_spans_stored_with_the_rows_hold_every_occurrence(planner: PlannerService) -> None:
    made = {}
    for rule in RULES:
        for day in STARTS:
            for timed in (False, True):
                zone = ZoneInfo("Pacific/Auckland")
                start = datetime(day.year, day.month, day.day, 23, 30, tzinfo=zone) if timed else day
                end = start + (timedelta(hours=1) if timed else timedelta(days=1))
                event = Event(title=f"{rule} from {day}", category=Category.MINISTERIAL_COUNCIL, tzid="Pacific/Auckland",
                              start=start, end=end, rrule=rule)
                made[planner.create(event).uid] = event
    stored = _stored_spans(planner)
    bounded = 0
    for uid in made:
        event = planner.get(uid)
        first, last = stored[uid]
        assert (first, last) == stored_span(event)  # what every write stores
        assert first is not None
        bounded += last is not None
        for occurrence in expand(event, datetime(2020, 1, 1, tzinfo=UTC), datetime(2032, 1, 1, tzinfo=UTC)):
            end = occurrence.end if isinstance(occurrence.end, datetime) else datetime(
                occurrence.end.year, occurrence.end.month, occurrence.end.day, tzinfo=UTC)
            start = occurrence.start if isinstance(occurrence.start, datetime) else datetime(
                occurrence.start.year, occurrence.start.month, occurrence.start.day, tzinfo=UTC)
            assert first <= start, uid
            assert last is None or end <= last, uid
    assert bounded == len(made) - 2 * len(STARTS)  # every rule but the open weekly one ends
    for event in planner.all_events():  # the seeded events too: a single event has no span, a series has one
        assert stored[event.uid] == stored_span(event)
        assert (stored[event.uid] == (None, None)) is not event.is_series, event.title


def test_series_kept_whole_give_what_a_fresh_expansion_gives(planner: PlannerService) -> None:
    """Pages read one after another reuse the series earlier pages expanded whole, and show the same occurrences."""
    zone = ZoneInfo("Pacific/Auckland")
    for rule in RULES:
        for day in STARTS:
            timed = datetime(day.year, day.month, day.day, 23, 30, tzinfo=zone)
            planner.create(Event(title="Review", category=Category.MINISTERIAL_COUNCIL, tzid="Pacific/Auckland",
                                 start=timed, end=timed + timedelta(hours=1), rrule=rule))
            planner.create(Event(title="Day", category=Category.CULTURAL, tzid="Pacific/Auckland",
                                 start=day, end=day + timedelta(days=1), rrule=rule))
    # A single event at the very start of a series' occurrence, with its title: a tie the start order must break alike.
    tie = datetime(2024, 3, 6, 23, 30, tzinfo=zone)
    planner.create(Event(title="Review", category=Category.MINISTERIAL_COUNCIL, tzid="Pacific/Auckland",
                         start=tie, end=tie + timedelta(hours=1)))
    months = _months(date(2024, 1, 1), 14)
    stored = planner.all_events()  # nothing changes until the edit below: the oracle reads the events once
    for tzid in ("Pacific/Auckland", "Asia/Almaty"):
        for first, end in [*months, *reversed(months)]:
            assert _shown(planner, first, end, tzid) == _fresh(planner, first, end, tzid, stored), (tzid, first)
    cultural = OccurrenceFilter(categories=frozenset({Category.CULTURAL}))
    cultural_uids = {event.uid for event in stored if event.category is Category.CULTURAL}
    for first, end in months:
        shown = [(o.uid, o.start) for o in planner.occurrences(first, end, cultural, tzid="Asia/Almaty")]
        assert shown == [(uid, start) for uid, start in _fresh(planner, first, end, "Asia/Almaty", stored)
                         if uid in cultural_uids], first

    def weekly_event(first: date, end: date) -> Event:
        return next(o.event for o in planner.occurrences(first, end, tzid="Pacific/Auckland")
                    if o.event.rrule == "FREQ=WEEKLY;COUNT=10" and o.event.start == datetime(2024, 3, 1, 23, 30, tzinfo=zone))

    assert weekly_event(date(2024, 4, 1), date(2024, 4, 8)) is weekly_event(date(2024, 4, 8), date(2024, 4, 15))  # kept
    before = weekly_event(date(2024, 4, 15), date(2024, 4, 22))
    planner.update(replace(before, title="Review, moved", start=before.start + timedelta(days=1),
                           end=before.end + timedelta(days=1)))
    week = _shown(planner, date(2024, 4, 15), date(2024, 4, 22), "Pacific/Auckland")
    assert week == _fresh(planner, date(2024, 4, 15), date(2024, 4, 22), "Pacific/Auckland")
    assert (before.uid, datetime(2024, 4, 20, 23, 30, tzinfo=zone)) in week  # on Saturdays now, as edited


def test_the_indexed_query_chooses_what_testing_every_stored_span_chooses(planner: PlannerService) -> None:
    """Series found by the query on ix_event_series_span are those a test of every stored span finds, in id order."""
    import sqlite3

    from cica_planner.storage import quick_reads

    rules = ["FREQ=WEEKLY;COUNT=10", "FREQ=DAILY;COUNT=3", "FREQ=MONTHLY;COUNT=30", "FREQ=WEEKLY",
             "FREQ=DAILY;UNTIL=20270105", "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4", "FREQ=YEARLY;COUNT=2"]
    for number in range(120):
        day = date(2022, 1, 1) + timedelta(days=(number * 37) % 1500)
        rule = rules[number % len(rules)]
        if number % 3:
            start = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)
            planner.create(Event(title=f"Series {number}", category=Category.SOC, tzid="UTC", start=start,
                                 end=start + timedelta(hours=1), rrule=rule))
        else:
            planner.create(Event(title=f"Days {number}", category=Category.SWG, tzid="UTC", start=day,
                                 end=day + timedelta(days=2), rrule=rule, rdates=[day + timedelta(days=3)] if number % 9 == 0 else []))
    everything = planner.all_events()
    ids = {event.uid: event.id for event in everything if event.id is not None}
    spans = sorted((ids[uid], first, last) for uid, (first, last) in _stored_spans(planner).items() if first is not None)
    assert len(spans) == 120
    assert any(first.year == 1 and last is None for _id, first, last in spans)  # those with an RDATE reach every window

    def every_span(start: datetime, end: datetime) -> list[int]:
        return [number for number, first, last in spans if first < end and (last is None or last > start)]

    url = planner.engine.url.database
    assert url is not None
    connection = sqlite3.connect(url)
    try:
        # Without statistics, and with them (they tempt SQLite towards other indexes): the plan holds either way.
        for categories, analyse in (([], False), (["SOC", "SWG"], False), ([], True), (["SOC", "SWG"], True)):
            if analyse:
                connection.execute("ANALYZE")
            plan = " ".join(str(row) for row in connection.execute(
                f"EXPLAIN QUERY PLAN {quick_reads.series_statement(len(categories))}",
                ["2024-01-01", "2024-02-01", "2024-02-01", *categories]))
            assert "ix_event_series_span" in plan, categories
            assert "SCAN event" not in plan, categories  # two index ranges, not the table
            assert "ix_event_category" not in plan, categories
        chosen_some = 0
        for offset in range(0, 1800, 11):
            start = datetime(2021, 12, 1, tzinfo=UTC) + timedelta(days=offset)
            for length in (timedelta(days=1), timedelta(days=42), timedelta(days=400)):
                expected = every_span(start, start + length)
                found = quick_reads.series_in_window(connection, start, start + length, [])
                assert [reach.id for reach in found] == expected, (start, length)
                chosen_some += bool(expected)
    finally:
        connection.close()
    assert chosen_some > 100


def test_a_kept_series_gives_what_expanding_it_gives_in_any_window() -> None:
    """``KeptSeries.within`` (the window's days worked out once) against ``expand`` on windows a day or two wide, hour by hour."""
    from cica_planner.services.series_expansions import whole_series

    zones = {"Pacific/Auckland": ZoneInfo("Pacific/Auckland"), "America/New_York": ZoneInfo("America/New_York")}
    checked = 0
    for venue, venue_zone in zones.items():
        for rule in ("FREQ=WEEKLY;COUNT=10", "FREQ=DAILY;INTERVAL=3;COUNT=20", "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4"):
            timed = datetime(2024, 2, 29, 23, 30, tzinfo=venue_zone)
            for event in (Event(title="Timed", category=Category.CULTURAL, tzid=venue, start=timed,
                                end=timed + timedelta(hours=1), rrule=rule),
                          Event(title="Days", category=Category.CULTURAL, tzid=venue, start=date(2024, 2, 29),
                                end=date(2024, 3, 2), rrule=rule)):
                kept = whole_series(event, _span(event))
                assert kept is not None
                for window_zone in ("UTC", "Asia/Almaty", "Pacific/Auckland"):
                    for hours in range(0, 24 * 160, 7):
                        window_start = datetime(2024, 2, 20, tzinfo=ZoneInfo(window_zone)) + timedelta(hours=hours)
                        window_end = window_start + timedelta(hours=30)
                        expected = expand(event, window_start, window_end)
                        assert [(o.start, o.end) for o in kept.within(window_start, window_end).occurrences] == \
                            [(o.start, o.end) for o in expected], (rule, event.title, window_start)
                        checked += bool(expected)
    assert checked > 100  # the windows met many occurrences, not only empty ones
