"""Occurrences read through the per-series spans match a fresh expansion of every event, before and after edits."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from cica_planner.domain.model import Category, Event
from cica_planner.domain.recurrence import occurrences as expand
from cica_planner.services.planner import OccurrenceFilter, PlannerService, window_bounds
from cica_planner.services.series_spans import series_span


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
        first, last = series_span(event)
        for occurrence in expand(event, far_start, far_end):
            start = occurrence.start if isinstance(occurrence.start, datetime) else datetime(
                occurrence.start.year, occurrence.start.month, occurrence.start.day, tzinfo=UTC)
            assert first <= start
            assert last is None or start + timedelta(hours=1) <= last
    assert series_span(planner.get(uids["all-day yearly, open"]))[1] is None


RULES = [
    "FREQ=WEEKLY;COUNT=10", "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=7", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU;COUNT=5",
    "FREQ=DAILY;INTERVAL=3;COUNT=20", "FREQ=MONTHLY;COUNT=5", "FREQ=YEARLY;COUNT=3", "FREQ=MONTHLY;BYDAY=-1FR;COUNT=4",
    "FREQ=DAILY;UNTIL=20250105", "FREQ=WEEKLY;UNTIL=20250301T000000Z", "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4", "FREQ=WEEKLY",
]
STARTS = [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 1), date(2024, 5, 3)]


def test_spans_read_from_the_stored_columns_hold_every_occurrence(planner: PlannerService) -> None:
    from cica_planner.services.series_spans import span_from_key
    from cica_planner.storage.db import session_scope
    from cica_planner.storage.event_queries import series_keys

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
    with session_scope(planner.engine) as session:
        keys = [key for key in series_keys(session, []) if key[0] in made]
    read = 0
    for key in keys:
        span = span_from_key(key)
        if span is None:
            continue  # expanded instead
        read += 1
        first, last = span
        for occurrence in expand(planner.get(key[0]), datetime(2020, 1, 1, tzinfo=UTC), datetime(2032, 1, 1, tzinfo=UTC)):
            end = occurrence.end if isinstance(occurrence.end, datetime) else datetime(
                occurrence.end.year, occurrence.end.month, occurrence.end.day, tzinfo=UTC)
            start = occurrence.start if isinstance(occurrence.start, datetime) else datetime(
                occurrence.start.year, occurrence.start.month, occurrence.start.day, tzinfo=UTC)
            assert first <= start, key
            assert last is None or end <= last, key
    assert read >= len(keys) // 2  # most simple rules are read without expanding
    monthly_31 = next(k for k in keys if k[1] == "FREQ=MONTHLY;COUNT=5" and (k[7] or k[5]).startswith("2024-01-31"))
    assert span_from_key(monthly_31) is None  # skips short months: expanded, not estimated


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


def test_the_ordered_spans_choose_what_testing_every_span_chooses() -> None:
    """Candidates found through the spans ordered by first day are those a test of every span finds, in key order."""
    from cica_planner.services.series_spans import SeriesSpans, span_from_key

    rules = ["FREQ=WEEKLY;COUNT=10", "FREQ=DAILY;COUNT=3", "FREQ=MONTHLY;COUNT=30", "FREQ=WEEKLY",
             "FREQ=DAILY;UNTIL=20270105", "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4", "FREQ=YEARLY;COUNT=2"]
    keys = []
    for number in range(300):
        day = date(2022, 1, 1) + timedelta(days=(number * 37) % 1500)
        rule = rules[number % len(rules)]
        if number % 3:
            keys.append((f"u{number}", rule, "", "UTC", 0, f"{day} 10:00:00.000000", f"{day} 11:00:00.000000", None, None, None))
        else:
            keys.append((f"u{number}", rule, "", "UTC", 0, None, None, day.isoformat(), (day + timedelta(days=2)).isoformat(), None))

    every_key_span = [(key[0], span_from_key(key)) for key in keys]  # a pure function of the key: computed once

    def every_span(start: datetime, end: datetime) -> list[str]:
        spans = every_key_span
        return [uid for uid, span in spans if span is None or (span[0] < end and (span[1] is None or span[1] > start))]

    spans = SeriesSpans()
    chosen_some = 0
    for offset in range(0, 1800, 11):
        start = datetime(2021, 12, 1, tzinfo=UTC) + timedelta(days=offset)
        for length in (timedelta(days=1), timedelta(days=42), timedelta(days=400)):
            expected = every_span(start, start + length)
            assert spans.candidates(keys, start, start + length) == expected, (start, length)
            chosen_some += bool(expected)
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
                span = series_span(event)
                assert span is not None
                kept = whole_series(event, span)
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
