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

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from cica_planner.domain.model import Event, Occurrence, moment_span, zone
from cica_planner.domain.recurrence import Expansion, expand, overlaps

#: A series with more occurrences than this is expanded page by page instead (and its whole list not kept).
MAX_KEPT_OCCURRENCES = 1000
#: The window's end is exclusive: its last day is the one of the instant before it.
_INSTANT = timedelta(microseconds=1)
#: More than twice what any zone's offset ever changed by (a day, when Samoa crossed the date line): an
#: occurrence this far outside the window cannot overlap it, whether compared as instants or wall times,
#: and whether its length as instants is its wall-clock length or differs from it by an offset change.
_MARGIN = timedelta(days=3)


@dataclass(frozen=True)
class KeptSeries:
    """A series' event as it was read, and all of its occurrences in start order, with their sort keys.

    ``instants`` are the keys' instants (the occurrences' starts in UTC, an all-day one's at its
    local midnight), in order; ``longest`` is the longest occurrence from that instant to its end's.
    """

    event: Event
    occurrences: tuple[Occurrence, ...]
    keys: tuple[tuple[datetime, str], ...]
    instants: tuple[datetime, ...]
    longest: timedelta

    def within(self, window_start: datetime, window_end: datetime) -> Expansion:
        """The occurrences overlapping the window, as ``expand(self.event, window_start, window_end)`` gives them.

        The test is :func:`overlaps`, with the window's days in the venue's zone worked out once
        for the series rather than once per occurrence (a page tests every occurrence of every
        series kept near it). Only the occurrences near the window are tested: those whose start
        lies from the window's start less the longest occurrence to its end, found by bisection,
        widened by :data:`_MARGIN` on both sides. Outside that range none can overlap, even where
        times in one zone compare by their wall clocks (they differ from instants by less).
        """
        event = self.event
        instants = self.instants
        first = bisect_right(instants, window_start.astimezone(UTC) - self.longest - _MARGIN)
        last = bisect_left(instants, window_end.astimezone(UTC) + _MARGIN, first)
        days: tuple[date, date] | None = None
        found = []
        keys = []
        for index in range(first, last):
            occurrence = self.occurrences[index]
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
                keys.append(self.keys[index])
        return Expansion(found, keys=keys)


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
    occurrences = tuple(expansion.occurrences)
    keys = tuple(expansion.keys) if expansion.keys is not None else tuple(o.sort_key() for o in occurrences)
    instants = tuple(key[0] for key in keys)
    if event.overrides:  # changed occurrences may last longer: measure each
        longest = max((_instant(o.end, o.event.tzid) - instant for o, instant in zip(occurrences, instants, strict=True)),
                      default=timedelta(0))
    else:  # each lasts the event's wall-clock length; as instants they differ by an offset change at most (_MARGIN)
        longest = max(moment_span(event.start, event.end), timedelta(0))
    return KeptSeries(event, occurrences, keys, instants, longest)


def _instant(moment: date | datetime, tzid: str) -> datetime:
    """``moment`` as a UTC instant, a date at its midnight in ``tzid`` (as ``Occurrence.sort_key`` takes a start)."""
    if isinstance(moment, datetime):
        return moment.astimezone(UTC)
    return datetime(moment.year, moment.month, moment.day, tzinfo=zone(tzid)).astimezone(UTC)
