"""Sort keys worked out once: expansions hand them on, kept series test only the occurrences near a window.

``recurrence.expand`` gives each occurrence's ``sort_key()`` with it, ``KeptSeries.within``
bisects its kept series for the occurrences near the window, and ``expand_window`` sorts by the
keys it is given. Each is compared with the plain form: keys worked out again, ``expand`` of the
event over the window, ``sorted(..., key=Occurrence.sort_key)``, on long series across gaps,
folds and the day Samoa skipped, in windows from an hour to a quarter wide.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cica_planner.domain.model import Category, Event, Occurrence
from cica_planner.domain.recurrence import Expansion, expand
from cica_planner.domain.series_reach import series_span
from cica_planner.services.occurrence_lists import expand_window
from cica_planner.services.series_expansions import KeptSeries, whole_series

#: (zone, a night its clocks change): New York's spring gap and autumn fold, Lord Howe's half hour, Samoa's lost day.
CHANGES = [("America/New_York", datetime(2024, 3, 10)), ("America/New_York", datetime(2024, 11, 3)),
           ("Australia/Lord_Howe", datetime(2024, 4, 7)), ("Pacific/Apia", datetime(2011, 12, 30)),
           ("Asia/Almaty", datetime(2024, 3, 1))]


def _series(tzid: str, near: datetime) -> list[Event]:
    """Long daily and weekly series, timed (some at an hour the clocks skip or repeat) and all-day, around ``near``."""
    tz = ZoneInfo(tzid)
    made = []
    for hour, minutes, rule in ((1, 30, "FREQ=DAILY;COUNT=400"), (2, 30, "FREQ=DAILY;INTERVAL=2;COUNT=300"),
                                (23, 0, "FREQ=WEEKLY;COUNT=120")):
        start = datetime(near.year, near.month, near.day, hour, tzinfo=tz) - timedelta(days=100)
        made.append(Event(title=f"At {hour}", category=Category.SOC, tzid=tzid, start=start,
                          end=start + timedelta(minutes=minutes + 60 * 26), rrule=rule))
    first = (near - timedelta(days=90)).date()
    made.append(Event(title="Days", category=Category.SOC, tzid=tzid, start=first, end=first + timedelta(days=3),
                      rrule="FREQ=DAILY;COUNT=365", exdates=[first + timedelta(days=91)]))
    return made


def _kept(event: Event) -> KeptSeries:
    span = series_span(event)
    assert span is not None
    kept = whole_series(event, span)
    assert kept is not None
    return kept


@pytest.mark.parametrize(("tzid", "near"), CHANGES)
def test_a_kept_series_near_a_clock_change_gives_what_expand_gives(tzid: str, near: datetime) -> None:
    met = 0
    for event in _series(tzid, near):
        kept = _kept(event)
        assert list(kept.keys) == [occurrence.sort_key() for occurrence in kept.occurrences]
        for window_zone in (tzid, "UTC", "Asia/Almaty"):
            for hours in range(-24 * 30, 24 * 30, 17):
                for width in (timedelta(hours=1), timedelta(days=1), timedelta(days=42), timedelta(days=92)):
                    window_start = datetime(near.year, near.month, near.day, tzinfo=ZoneInfo(window_zone)) \
                        + timedelta(hours=hours)
                    window_end = window_start + width
                    expected = expand(event, window_start, window_end)
                    got = kept.within(window_start, window_end)
                    assert [(o.start, o.end, o.recurrence_id) for o in got.occurrences] == \
                        [(o.start, o.end, o.recurrence_id) for o in expected.occurrences], (event.title, window_start)
                    assert got.keys == [o.sort_key() for o in got.occurrences]
                    met += bool(expected.occurrences)
    assert met > 300


def test_an_expansion_gives_the_keys_it_sorted_by_and_cuts_as_before() -> None:
    tz = ZoneInfo("America/New_York")
    start = datetime(2024, 1, 1, 9, tzinfo=tz)
    event = Event(title="Daily", category=Category.SWG, tzid="America/New_York", start=start,
                  end=start + timedelta(hours=1), rrule="FREQ=DAILY")
    window = (datetime(2024, 1, 1, tzinfo=UTC), datetime(2025, 1, 1, tzinfo=UTC))
    whole = expand(event, *window)
    assert whole.keys == [o.sort_key() for o in whole.occurrences]
    assert whole.occurrences == sorted(whole.occurrences, key=Occurrence.sort_key)
    cut = expand(event, *window, limit=10)
    assert cut.cut
    assert cut.occurrences == whole.occurrences[:10]
    assert cut.keys == (whole.keys or [])[:10]


def test_a_page_sorted_by_handed_keys_is_ordered_as_sorting_it_anew() -> None:
    """Ties (one start, one title) keep the order the events came in, with keys handed on or worked out."""
    almaty = ZoneInfo("Asia/Almaty")
    events = []
    for number in range(30):
        start = datetime(2024, 2, 26, 9, tzinfo=almaty) + timedelta(hours=number % 4)
        title = f"Meeting {number % 3}"
        events.append(Event(title=title, category=Category.SOC, tzid="Asia/Almaty", start=start,
                            end=start + timedelta(hours=2), id=number,
                            rrule="FREQ=DAILY;COUNT=20" if number % 2 else None))
        day = date(2024, 2, 26) + timedelta(days=number % 5)
        events.append(Event(title=title, category=Category.SOC, tzid="Asia/Baku", start=day,
                            end=day + timedelta(days=1), id=100 + number))
    window_start, window_end = datetime(2024, 2, 26, tzinfo=almaty), datetime(2024, 4, 8, tzinfo=almaty)
    kept = {id(event): _kept(event) for event in events if event.rrule}

    def with_keys(event: Event, start: datetime, end: datetime) -> Expansion:
        found = kept.get(id(event))
        return found.within(start, end) if found is not None else expand(event, start, end)

    def without_keys(event: Event, start: datetime, end: datetime) -> Expansion:
        return Expansion(expand(event, start, end).occurrences)

    everything = [o for event in events for o in expand(event, window_start, window_end).occurrences]
    expected = sorted(everything, key=Occurrence.sort_key)
    assert len({o.sort_key() for o in expected}) < len(expected)  # there are ties to keep in order
    for expander in (with_keys, without_keys, expand):
        page = expand_window(events, window_start, window_end, expand=expander)
        assert [(o.event.id, o.start) for o in page] == [(o.event.id, o.start) for o in expected], expander.__name__
