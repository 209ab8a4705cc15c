"""Whole expansions of short series, kept so that the next page reuses what earlier pages expanded.

A month page of a busy calendar holds about seventy series, and expanding their rules
(python-dateutil, from each series' first occurrence) was the largest part of reading a page
never read before. A series whose stored span is bounded (``domain/series_reach.py``) and holds
few occurrences is expanded once, over its whole span, and kept with the event it was
expanded from; a page then takes the occurrences that overlap it, as :func:`expand` would
have found them. The planner keeps these under the same rule as its pages
(``services/window_reads.py``): until anything is written, so an edit is never hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from cica_planner.domain.model import Event, Occurrence, zone
from cica_planner.domain.recurrence import Expansion, expand, overlaps

#: A series with more occurrences than this is expanded page by page instead (and its whole list not kept).
MAX_KEPT_OCCURRENCES = 1000
#: The window's end is exclusive: its last day is the one of the instant before it.
_INSTANT = timedelta(microseconds=1)


@dataclass(frozen=True)
class KeptSeries:
    """A series' event as it was read, and all of its occurrences in start order."""

    event: Event
    occurrences: tuple[Occurrence, ...]

    def within(self, window_start: datetime, window_end: datetime) -> Expansion:
        """The occurrences overlapping the window, as ``expand(self.event, window_start, window_end)`` gives them.

        The test is :func:`overlaps`, with the window's days in the venue's zone worked out once
        for the series rather than once per occurrence (a page tests every occurrence of every
        series kept near it).
        """
        event = self.event
        days: tuple[date, date] | None = None
        found = []
        for occurrence in self.occurrences:
            start, end = occurrence.start, occurrence.end
            if isinstance(start, datetime) and isinstance(end, datetime):
                inside = start < window_end and end > window_start
            elif occurrence.event is event and not isinstance(start, datetime) and not isinstance(end, datetime):
                if days is None:
                    tz = zone(event.tzid)
                    days = window_start.astimezone(tz).date(), (window_end - _INSTANT).astimezone(tz).date()
                inside = start <= days[1] and end > days[0]
            else:
                inside = overlaps(occurrence, window_start, window_end)
            if inside:
                found.append(occurrence)
        return Expansion(found)


def whole_series(event: Event, span: tuple[datetime, datetime | None]) -> KeptSeries | None:
    """Every occurrence of ``event`` (a series of one rule, no overrides) inside ``span``, which holds them all.

    None when the span has no end or the series has more than MAX_KEPT_OCCURRENCES occurrences.
    """
    first, last = span
    if last is None:
        return None
    expansion = expand(event, first, last, limit=MAX_KEPT_OCCURRENCES)
    if expansion.cut:
        return None
    return KeptSeries(event, tuple(expansion.occurrences))
