"""Where each series' occurrences can fall, worked out once per version of the series.

Every visible range once loaded and expanded every recurring event of the calendar, even
series that ended years before. A service keeps here, per series, the span from its first
occurrence to its last (open-ended rules have none); a range then loads only the series
whose span reaches it. The span is keyed by the columns that define the series, so an edit
(or a change made by another process) is seen at the next read; nothing is invalidated by hand.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from cica_planner.domain.model import Event
from cica_planner.domain.recurrence import parse_rule, wall_time

#: Wall time lies within 14 hours of UTC; two days cover that and all-day dates in any zone.
_MARGIN = timedelta(days=2)


def series_span(event: Event) -> tuple[datetime, datetime | None]:
    """UTC bounds (widened) around all occurrences of the recurring ``event``; None: no last occurrence."""
    first = wall_time(event.start).replace(tzinfo=UTC) - _MARGIN
    rule = parse_rule(event.rrule or "", event.start)
    if rule._count is None and rule._until is None:  # noqa: SLF001 - dateutil keeps the bounds private
        return first, None
    every = list(rule)  # bounded by COUNT or UNTIL
    if not every:
        return first, first
    last = every[-1]
    duration = event.end - event.start
    return first, last.replace(tzinfo=UTC) + duration + _MARGIN


class SeriesSpans:
    """The spans of the series seen so far, by UID, with the key columns they were computed from."""

    def __init__(self) -> None:
        self._spans: dict[str, tuple[tuple, tuple[datetime, datetime | None]]] = {}

    def candidates(self, keys: list[tuple], window_start: datetime, window_end: datetime) -> list[str]:
        """UIDs of the series (rows of SERIES_KEY_COLUMNS) that may have an occurrence in the window."""
        found = []
        for key in keys:
            known = self._spans.get(key[0])
            if known is None or known[0] != key or _reaches(known[1], window_start, window_end):
                found.append(key[0])
        return found

    def learn(self, keys: list[tuple], events: list[Any]) -> None:
        """Remember the spans of the recurring ``events`` just loaded (keyed as ``keys`` read them)."""
        by_uid = {key[0]: key for key in keys}
        for event in events:
            key = by_uid.get(event.uid)
            if key is not None and event.rrule and self._spans.get(event.uid, (None,))[0] != key:
                self._spans[event.uid] = (key, series_span(event))


def _reaches(span: tuple[datetime, datetime | None], window_start: datetime, window_end: datetime) -> bool:
    first, last = span
    return first < window_end and (last is None or last > window_start)
