"""What a calendar view asks for and gets back: filters, occurrence lists, windows — without the database.

These plain types used to live in ``services/planner.py``; they have their own module so the
window can be built, and the first paint made, before SQLAlchemy is imported (the planner
imports them from here, and so does the quick start-up reader).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from cica_planner.domain import recurrence
from cica_planner.domain.model import Category, Event, EventStatus, Occurrence, Precision, zone
from cica_planner.domain.outcome import needs_date, needs_outcome
from cica_planner.domain.recurrence import Expansion, expand, single_occurrence


@dataclass(frozen=True)
class OccurrenceFilter:
    """What the calendar shows; empty collections mean 'everything'."""

    categories: frozenset[Category] = frozenset()
    countries: frozenset[str] = frozenset()
    statuses: frozenset[EventStatus] = frozenset()
    #: Only what needs confirming on this day: past plans with no outcome, and days still to fix.
    needs_confirming_on: date | None = None

    def accepts(self, event: Event) -> bool:
        return (
            (not self.categories or event.category in self.categories)
            and (not self.countries or event.country in self.countries)
            and (not self.statuses or event.status in self.statuses)
            and (self.needs_confirming_on is None or needs_outcome(event, self.needs_confirming_on) or needs_date(event))
        )


#: The filter that lets every event through.
_EVERYTHING = OccurrenceFilter()


class OccurrenceList(list[Occurrence]):
    """Occurrences in start order; ``cut`` names the series the per-window bound cut short."""

    def __init__(self, items: Iterable[Occurrence] = (), cut: Sequence[Event] = ()) -> None:
        super().__init__(items)
        self.cut: list[Event] = list(cut)

    def cut_notice(self) -> str:
        """One line saying which series were cut, or "" when none was."""
        if not self.cut:
            return ""
        names = ", ".join(repr(e.title) for e in self.cut[:3]) + (" and others" if len(self.cut) > 3 else "")
        return f"only the first {recurrence.MAX_OCCURRENCES} occurrences of {names} are shown; choose a shorter period"


def window_bounds(start: date | datetime, end: date | datetime, tzid: str = "UTC") -> tuple[datetime, datetime]:
    """Turn a date or datetime window into aware bounds; dates are midnights in ``tzid``."""

    def bound(value: date | datetime) -> datetime:
        if isinstance(value, datetime):
            return value if value.tzinfo else value.replace(tzinfo=zone(tzid))
        return datetime.combine(value, time(), tzinfo=zone(tzid))

    return bound(start), bound(end)


def expand_window(events: Iterable[Event], window_start: datetime, window_end: datetime,
                  filters: OccurrenceFilter | None = None, *, include_unscheduled: bool = True,
                  expand: Callable[[Event, datetime, datetime], Expansion] = expand) -> OccurrenceList:
    """The occurrences of ``events`` that the filters accept, expanded over the window, in start order.

    ``expand`` expands one series over the window (the planner passes one that reuses kept series);
    an event that is no series is its own one occurrence, taken as ``expand`` takes it, without the call
    (a page holds a hundred or more).
    """
    filters = filters or OccurrenceFilter()
    accepts = filters.accepts if filters != _EVERYTHING else None
    found: list[Occurrence] = []
    keys: list[tuple[datetime, str]] = []  # the sort keys of found, those the expansions knew taken as they are
    cut: list[Event] = []
    for event in events:
        if (accepts is not None and not accepts(event)) or not (include_unscheduled or event.precision is Precision.DAY):
            continue
        if not event.is_series:
            if (single := single_occurrence(event, window_start, window_end)) is not None:
                found.append(single)
                keys.append(single.sort_key())
            continue
        expansion = expand(event, window_start, window_end)
        found.extend(expansion.occurrences)
        keys.extend(expansion.keys if expansion.keys is not None else map(Occurrence.sort_key, expansion.occurrences))
        if expansion.cut:
            cut.append(event)
    # In the order sorted(found, key=Occurrence.sort_key) gives (both sorts are stable).
    return OccurrenceList([found[index] for index in sorted(range(len(found)), key=keys.__getitem__)], cut)
