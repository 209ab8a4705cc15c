"""Whole expansions of short series, kept so that the next page reuses what earlier pages expanded.

A month page of a busy calendar holds about seventy series, and expanding their rules
(python-dateutil, from each series' first occurrence) was the largest part of reading a page
never read before. A series whose span is bounded (``services/series_spans.py``) and holds
few occurrences is expanded once, over its whole span, and kept with the event it was
expanded from; a page then takes the occurrences that overlap it, as :func:`expand` would
have found them. The planner keeps these under the same rule as its pages
(``services/window_reads.py``): until anything is written, so an edit is never hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cica_planner.domain.model import Event, Occurrence
from cica_planner.domain.recurrence import Expansion, expand, overlaps

#: A series with more occurrences than this is expanded page by page instead (and its whole list not kept).
MAX_KEPT_OCCURRENCES = 1000


@dataclass(frozen=True)
class KeptSeries:
    """A series' event as it was read, and all of its occurrences in start order."""

    event: Event
    occurrences: tuple[Occurrence, ...]

    def within(self, window_start: datetime, window_end: datetime) -> Expansion:
        """The occurrences overlapping the window, as ``expand(self.event, window_start, window_end)`` gives them."""
        return Expansion([o for o in self.occurrences if overlaps(o, window_start, window_end)])


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
