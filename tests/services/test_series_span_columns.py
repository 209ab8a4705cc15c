"""The stored span of every series (``series_first_utc``, ``series_last_utc``) stays what its event gives, after every write.

Each write path is taken once on a real calendar file, and then every row's columns are compared
with ``domain.series_reach.stored_span`` of the event as read back, and the windows around the
series with a fresh expansion: a stale span would leave occurrences out of a window.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import select

from cica_planner.domain.model import Category, Event, Override
from cica_planner.domain.recurrence import occurrences as expand
from cica_planner.domain.series_reach import UNBOUNDED_FIRST, stored_span
from cica_planner.services.ical_import import ImportService
from cica_planner.services.occurrence_lists import window_bounds
from cica_planner.services.planner import PlannerService
from cica_planner.services.series_edits import Scope, SeriesEditor
from cica_planner.storage.db import session_scope
from cica_planner.storage.tables import EventRow

ASTANA = ZoneInfo("Asia/Almaty")


def _columns(planner: PlannerService) -> dict[str, tuple[datetime | None, datetime | None]]:
    with session_scope(planner.engine) as session:
        rows = session.exec(select(EventRow.uid, EventRow.series_first_utc, EventRow.series_last_utc)).all()
    return {uid: (first, last) for uid, first, last in rows}


def assert_spans_true(planner: PlannerService) -> None:
    """Every row's span columns are those of its event, and month windows show what a fresh expansion shows."""
    stored = _columns(planner)
    events = planner.all_events()
    assert sorted(stored) == sorted(event.uid for event in events)
    for event in events:
        assert stored[event.uid] == stored_span(event), event.title
    for index in range(16):  # January 2024 to April 2025
        first = date(2024 + index // 12, index % 12 + 1, 1)
        end = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        window_start, window_end = window_bounds(first, end, "Asia/Almaty")
        fresh = sorted((o for e in events for o in expand(e, window_start, window_end)), key=lambda o: o.sort_key())
        shown = planner.occurrences(first, end, tzid="Asia/Almaty")
        assert [(o.uid, o.start) for o in shown] == [(o.uid, o.start) for o in fresh], first


def _weekly(title: str = "Weekly coordination", rule: str = "FREQ=WEEKLY;COUNT=10") -> Event:
    start = datetime(2024, 2, 5, 10, tzinfo=ASTANA)  # across Kazakhstan's move to UTC+5 on 1 March
    return Event(title=title, category=Category.SOC, tzid="Asia/Almaty", start=start, end=start + timedelta(hours=1),
                 rrule=rule)


def test_create_and_edit_keep_the_span(empty_planner: PlannerService) -> None:
    planner = empty_planner
    weekly = planner.create(_weekly())
    single = planner.create(Event(title="Single", category=Category.SOC, tzid="Asia/Almaty",
                                  start=date(2024, 3, 4), end=date(2024, 3, 5)))
    assert _columns(planner)[single.uid] == (None, None)
    first, last = _columns(planner)[weekly.uid]
    assert first is not None
    assert last is not None
    assert_spans_true(planner)

    moved = planner.update(replace(planner.get(weekly.uid), start=weekly.start + timedelta(days=60),
                                   end=weekly.end + timedelta(days=60)))
    # Moved: the span moves with it (60 days and an hour later in UTC: Astana moved from UTC+6 to UTC+5 on 1 March).
    assert _columns(planner)[weekly.uid][0] == first + timedelta(days=60, hours=1)
    assert_spans_true(planner)
    longer = planner.update(replace(moved, rrule="FREQ=WEEKLY;COUNT=40"))
    assert_spans_true(planner)
    assert planner.update(replace(longer, rrule="FREQ=MONTHLY;BYDAY=-1FR"))  # open-ended now
    assert _columns(planner)[weekly.uid][1] is None
    assert_spans_true(planner)
    planner.update(replace(planner.get(weekly.uid), rrule=None))  # no longer a series
    assert _columns(planner)[weekly.uid] == (None, None)
    back = planner.update(replace(planner.get(weekly.uid), rrule="FREQ=WEEKLY;UNTIL=20240601T000000Z"))
    planner.delete_occurrence(back.uid, planner.occurrences(date(2024, 4, 1), date(2024, 5, 1),
                                                            tzid="Asia/Almaty")[1].start)  # an EXDATE
    assert planner.get(back.uid).exdates
    assert_spans_true(planner)
    planner.update(replace(planner.get(single.uid), rrule="FREQ=DAILY;COUNT=3"))  # a single becomes a series
    assert _columns(planner)[single.uid][0] is not None
    assert_spans_true(planner)


def test_extra_dates_rules_and_changed_occurrences_reach_every_window(empty_planner: PlannerService) -> None:
    planner = empty_planner
    series = planner.create(_weekly())
    dated = planner.create(replace(_weekly("With an extra date"), rdates=[datetime(2024, 9, 2, 10, tzinfo=ASTANA)]))
    assert _columns(planner)[dated.uid] == (UNBOUNDED_FIRST, None)
    occurrence = series.start + timedelta(weeks=2)
    changed = replace(series, overrides=[Override(recurrence_id=occurrence, start=occurrence + timedelta(days=200),
                                                  end=occurrence + timedelta(days=200, hours=1), title="Moved far",
                                                  category=Category.SOC)])
    planner.update(changed)
    assert _columns(planner)[series.uid] == (UNBOUNDED_FIRST, None)  # read in every window, as its override may be
    assert_spans_true(planner)
    september = planner.occurrences(date(2024, 8, 1), date(2024, 10, 1), tzid="Asia/Almaty")
    assert (series.uid, occurrence + timedelta(days=200)) in [(o.uid, o.start) for o in september]
    planner.update(replace(planner.get(series.uid), overrides=[]))  # the change taken back: bounded again
    assert _columns(planner)[series.uid][1] is not None
    assert_spans_true(planner)


def test_series_edits_their_undo_and_redo_keep_the_span(empty_planner: PlannerService) -> None:
    planner = empty_planner
    series = planner.create(_weekly(rule="FREQ=WEEKLY;COUNT=20"))
    editor = SeriesEditor(planner)
    fifth = series.start + timedelta(weeks=4)
    edited = replace(series, start=fifth + timedelta(hours=2), end=fifth + timedelta(hours=3), title="Later hour")
    change = editor.edit(Scope.FOLLOWING, series.uid, fifth, edited)  # this and following: a split
    assert change.created is not None
    kept_last, following_last = _columns(planner)[series.uid][1], _columns(planner)[change.created.event.uid][1]
    assert kept_last is not None
    assert following_last is not None
    assert kept_last < following_last  # the first part ends sooner
    assert_spans_true(planner)
    editor.undo(change)
    assert change.created.event.uid not in _columns(planner)
    assert_spans_true(planner)
    editor.redo(change)
    assert_spans_true(planner)
    ended = editor.delete_following(series.uid, series.start + timedelta(weeks=2))
    assert_spans_true(planner)
    editor.undo(ended)
    assert_spans_true(planner)
    whole = editor.edit(Scope.ALL, series.uid, None, replace(planner.get(series.uid), rrule="FREQ=DAILY;COUNT=5"))
    assert_spans_true(planner)
    editor.undo(whole)
    assert_spans_true(planner)


def test_delete_undelete_and_restore_keep_the_span(empty_planner: PlannerService) -> None:
    planner = empty_planner
    series = planner.create(_weekly())
    snapshot = planner.delete(series.uid)
    assert series.uid not in _columns(planner)
    planner.undelete(snapshot)
    assert_spans_true(planner)
    before = planner.get(series.uid)
    planner.update(replace(before, rrule="FREQ=WEEKLY;COUNT=50"))
    planner.restore(before, undo=True)  # undo of the edit
    assert planner.get(series.uid).rrule == "FREQ=WEEKLY;COUNT=10"
    assert_spans_true(planner)


CALENDAR = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Test//Spans//EN\r
BEGIN:VEVENT\r
UID:imported-weekly@example.org\r
DTSTAMP:20240101T000000Z\r
SEQUENCE:%d\r
SUMMARY:Imported weekly\r
DTSTART;TZID=Asia/Almaty:20240205T100000\r
DTEND;TZID=Asia/Almaty:20240205T110000\r
RRULE:%s\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:imported-days@example.org\r
DTSTAMP:20240101T000000Z\r
SUMMARY:Imported yearly days\r
DTSTART;VALUE=DATE:20220320\r
DTEND;VALUE=DATE:20220321\r
RRULE:FREQ=YEARLY\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_import_its_update_undo_and_redo_keep_the_span(empty_planner: PlannerService) -> None:
    planner = empty_planner
    importing = ImportService(planner)
    importing.import_file(CALENDAR % (0, b"FREQ=WEEKLY;COUNT=4"))
    assert _columns(planner)["imported-days@example.org"] == (datetime(2022, 3, 18, tzinfo=UTC), None)
    assert_spans_true(planner)
    plan = importing.plan(CALENDAR % (1, b"FREQ=WEEKLY;COUNT=30"))  # a newer version: the stored series is replaced
    receipt = importing.apply(plan)
    assert planner.get("imported-weekly@example.org").rrule == "FREQ=WEEKLY;COUNT=30"
    assert_spans_true(planner)
    importing.undo(receipt)
    assert planner.get("imported-weekly@example.org").rrule == "FREQ=WEEKLY;COUNT=4"
    assert_spans_true(planner)
    importing.redo(plan)
    assert_spans_true(planner)
