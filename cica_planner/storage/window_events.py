"""The events of a window read in two steps: which ids it holds, then the rows of the ids not read before.

A direct switch to a month page never read still shares a week or two with the page before
(a month grid is six weeks): about a quarter of its events were read a moment ago. Mapping a
row to an event, with its history and changed occurrences, is most of a page's read, so the
planner asks here for the ids of a window first (an index-only query) and reads only the rows
of the ids it does not keep (``services/window_reads.py`` keeps them until anything is
written). Together the two give exactly the events of ``quick_reads.events_in_window``, in
the same order; the tests compare them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime, timedelta

from cica_planner.domain.model import Event
from cica_planner.storage import quick_reads
from cica_planner.storage.quick_reads import _EVENT_COLUMNS, StoredEvent, _category_test, _stored_instant, _to_events


def event_ids_in_window(connection: sqlite3.Connection, window_start: datetime, window_end: datetime,
                        categories: Sequence[str], series: Sequence[str],
                        hints: quick_reads.WindowHints | None = None) -> list[int]:
    """The ids of the rows ``quick_reads.events_in_window`` reads for these arguments, in id order."""
    hints = hints or quick_reads.window_hints(connection)
    first_day = (window_start - timedelta(days=1)).date()
    last_day = (window_end + timedelta(days=1)).date()
    earliest_day = first_day - timedelta(days=hints.longest_days)
    parts = [
        "SELECT id FROM event WHERE start_utc >= ? AND start_utc < ? AND all_day = 0 AND rrule IS NULL AND end_utc > ?",
        "SELECT id FROM event WHERE start_day >= ? AND start_day <= ? AND all_day = 1 AND rrule IS NULL AND end_day >= ?",
        "SELECT value FROM json_each(?)",
    ]
    parameters: list[object] = [
        _stored_instant(window_start - hints.longest_timed), _stored_instant(window_end), _stored_instant(window_start),
        earliest_day.isoformat(), last_day.isoformat(), first_day.isoformat(),
        json.dumps(hints.always_ids),
    ]
    series_uids = list(series)
    if series_uids:  # one JSON array: a calendar may have more series than SQLite takes parameters
        parts.append("SELECT id FROM event WHERE uid IN (SELECT value FROM json_each(?))")
        parameters.append(json.dumps(series_uids))
    where, category_parameters = _category_test(categories)
    statement = f"SELECT id FROM event WHERE id IN ({' UNION '.join(parts)}){where} ORDER BY id"
    return [row[0] for row in connection.execute(statement, [*parameters, *category_parameters])]


def events_with_ids(connection: sqlite3.Connection, ids: Sequence[int]) -> list[Event]:
    """The events whose ids are ``ids``, in id order, with history and changed occurrences (as events_in_window maps them)."""
    if not ids:
        return []
    statement = f"SELECT {_EVENT_COLUMNS} FROM event WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id"
    rows = [StoredEvent.from_row(row) for row in connection.execute(statement, [json.dumps(list(ids))])]
    return _to_events(connection, rows)
