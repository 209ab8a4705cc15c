"""A window read in two steps (ids, then the rows not kept) gives what the one-step read gives, page after page.

The calendar is the seeded one widened with the awkward cases of ``test_quick_start.py`` (all-day
and timed events across a zone change, series with an EXDATE, an RDATE and a changed occurrence,
an event with history). Each month page is read by the two-step read and by
``quick_reads.events_in_window`` and compared whole; pages read one after another by one
planner, reusing the events earlier pages read, are compared with a fresh planner's pages.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from cica_planner.domain.model import Category
from cica_planner.services.occurrence_lists import OccurrenceFilter, window_bounds
from cica_planner.services.planner import PlannerService
from cica_planner.storage import quick_reads
from cica_planner.storage.quick_reads import event_ids_in_window, events_with_ids
from tests.services.test_quick_start import _widen


def _grids(first: date, count: int) -> list[tuple[date, date]]:
    """Month grids of six weeks from the Monday on or before each first of the month, as the month view shows them."""
    grids = []
    for index in range(count):
        month = date(first.year + (first.month - 1 + index) // 12, (first.month - 1 + index) % 12 + 1, 1)
        start = month - timedelta(days=month.weekday())
        grids.append((start, start + timedelta(days=42)))
    return grids


def test_ids_then_rows_give_the_one_step_read(planner: PlannerService, seeded_db: Path) -> None:
    _widen(planner)
    connection = sqlite3.connect(seeded_db)
    try:
        series = [number for (number,) in connection.execute("SELECT id FROM event WHERE series_first_utc IS NOT NULL")]
        assert series  # the widened calendar has plain series to ask for
        for categories in ([], [Category.SOC.value, Category.SWG.value]):
            for chosen in (series, series[::2], []):
                for first, end in _grids(date(2023, 10, 1), 10):
                    window_start, window_end = window_bounds(first, end, "Asia/Almaty")
                    one_step = quick_reads.events_in_window(connection, window_start, window_end, categories, chosen)
                    ids = event_ids_in_window(connection, window_start, window_end, categories, chosen)
                    assert ids == [event.id for event in one_step], (categories, first)
                    assert events_with_ids(connection, ids) == one_step, (categories, first)
                    half = ids[::2]
                    assert events_with_ids(connection, half) == [e for e in one_step if e.id in set(half)]
        assert events_with_ids(connection, []) == []
    finally:
        connection.close()


def _page(planner: PlannerService, first: date, end: date, filters: OccurrenceFilter | None = None) -> list[tuple]:
    return [(o.uid, o.start, o.end, o.recurrence_id, o.event) for o in planner.occurrences(first, end, filters,
                                                                                            tzid="Asia/Almaty")]


def test_pages_reusing_earlier_events_show_what_a_fresh_planner_shows(planner: PlannerService) -> None:
    _widen(planner)
    grids = _grids(date(2023, 11, 1), 8)
    soc = OccurrenceFilter(categories=frozenset({Category.SOC}))
    for filters in (None, soc):
        for first, end in [*grids, *reversed(grids)]:
            fresh = PlannerService(planner.engine)  # keeps nothing from earlier pages
            assert _page(planner, first, end, filters) == _page(fresh, first, end, filters), (filters, first)

    # Two grids that share a week share the events of that week: the second page took them as kept.
    (first_a, end_a), (first_b, end_b) = grids[3], grids[4]
    shared = end_a - timedelta(days=1)
    assert first_b <= shared
    planner = PlannerService(planner.engine)  # one that has read no page yet
    page_a = {o.event.id: o.event for o in planner.occurrences(first_a, end_a, tzid="Asia/Almaty")
              if o.recurrence_id is None}  # single events (a series' occurrences are kept as series)
    page_b = [o.event for o in planner.occurrences(first_b, end_b, tzid="Asia/Almaty")
              if o.recurrence_id is None and o.event.id in page_a]
    assert page_b
    assert [event.title for event in page_b if event is not page_a[event.id]] == []

    # A write forgets what was kept: the next page shows the event as written.
    before = page_b[0]
    planner.update(replace(planner.get(before.uid), title="Renamed after the page was read"))
    after = [o.event for o in planner.occurrences(first_b, end_b, tzid="Asia/Almaty") if o.event.id == before.id]
    assert after
    assert {event.title for event in after} == {"Renamed after the page was read"}
    assert _page(planner, first_b, end_b) == _page(PlannerService(planner.engine), first_b, end_b)
