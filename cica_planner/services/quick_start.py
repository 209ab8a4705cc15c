"""The calendar's first paint before SQLAlchemy is loaded: a read-only stand-in for the planner.

A start with years of events spent most of its time importing SQLAlchemy, SQLModel and
pydantic before anything was shown. :class:`QuickCalendar` answers the few reads the main
window makes to paint itself (countries, the countries in use, the occurrences of the visible
range) from a SQLite calendar with the standard ``sqlite3`` module (``storage/quick_reads.py``).
The application shows the window over it, then loads the full stack and hands the window the
real services (``MainWindow.take_services``), which read the same rows the same way.

Only a calendar file already at this version's schema revision is read this way: a file to
create, upgrade, repair or refuse, and a team calendar on a server, take the normal path.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cica_planner.domain.errors import ValidationError
from cica_planner.domain.model import Country
from cica_planner.services.occurrence_lists import OccurrenceFilter, OccurrenceList, expand_window, window_bounds
from cica_planner.storage import quick_reads
from cica_planner.storage.locations import is_server_url
from cica_planner.storage.revisions import shipped_head

log = logging.getLogger(__name__)


class QuickCalendar:
    """The reads of the main window's first paint, on a read-only connection to a calendar file.

    Its methods answer as ``PlannerService``'s methods of the same names do.
    """

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._connection = connection
        self._hints: quick_reads.WindowHints | None = None

    @classmethod
    def open(cls, location: str | Path) -> QuickCalendar | None:
        """A quick reader of the calendar file ``location``, or None when it must take the normal path.

        None for a server address, a missing file, a file at another schema revision (to be
        created, upgraded or refused by the normal path, which explains why) or one that cannot
        be read.
        """
        if is_server_url(location):
            return None
        path = Path(location).expanduser()
        if not path.is_file():
            return None
        connection: sqlite3.Connection | None = None
        try:
            connection = quick_reads.connect(path)
            if quick_reads.schema_revision(connection) != shipped_head():
                connection.close()
                return None
        except sqlite3.Error as exc:
            log.info("the first paint of %s takes the normal path: %s", path, exc)
            if connection is not None:
                connection.close()
            return None
        return cls(path, connection)

    def close(self) -> None:
        self._connection.close()

    def location(self) -> str:
        """The calendar file's full path (as ``PlannerService.location``)."""
        return str(self.path.resolve())

    def countries(self) -> list[Country]:
        return quick_reads.countries(self._connection)

    def event_countries(self) -> set[str]:
        return quick_reads.event_countries(self._connection)

    def occurrences(self, start: date | datetime, end: date | datetime, filters: OccurrenceFilter | None = None, *,
                    tzid: str = "UTC", include_unscheduled: bool = True) -> OccurrenceList:
        """Occurrences overlapping [start, end) in start order, as ``PlannerService.occurrences``."""
        window_start, window_end = window_bounds(start, end, tzid)
        if window_end <= window_start:
            raise ValidationError("the end of the period must come after its start")
        filters = filters or OccurrenceFilter()
        names = [category.value for category in sorted(filters.categories)]
        series = quick_reads.series_in_window(self._connection, window_start, window_end, names)
        if self._hints is None:  # read once: the reader lives for the first paint only
            self._hints = quick_reads.window_hints(self._connection)
        events = quick_reads.events_in_window(self._connection, window_start, window_end, names,
                                              [reach.id for reach in series], self._hints)
        return expand_window(events, window_start, window_end, filters, include_unscheduled=include_unscheduled)


class PendingService:
    """Stands for a service the window receives with ``take_services``, right after its first paint.

    The window registers its Chairmanship, Checklists and Dashboard pages when it has their
    services, so it is given this placeholder to lay out the same toolbar and menus at once.
    Nothing may call it: the pages are built on first use, after the services have arrived.
    """

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        raise RuntimeError(f"the {self._name} service is not loaded yet (asked for {attribute!r})")
