"""What the window queries of a SQLite calendar keep between reads, for as long as nothing is written.

A month switch scanned the event table for the bounds of its index ranges, which change only
when someone writes. SQLite tells that cheaply on the connection a read uses: ``PRAGMA
data_version`` changes whenever another connection has committed since, and ``total_changes``
counts this connection's own writes. The window hints (``storage/quick_reads.py``) are kept
under those two numbers and that connection, and read again when any of them differs. So are
the last pages asked for (the window reads the pages next to the one shown while the user looks
at it, so Next and Previous are answered at once), and the whole expansions of the short series
read so far (``services/series_expansions.py``), so a page never read before expands only the
series no earlier page held. So are the events read so far, by id (``storage/quick_reads.py``, ids first): a page
never read maps only the rows that no earlier page held (about three quarters of a month grid,
which shares a week or two with the month before).
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Hashable, Sequence

from cica_planner.domain.model import Event
from cica_planner.services.occurrence_lists import OccurrenceList
from cica_planner.services.series_expansions import KeptSeries
from cica_planner.storage import quick_reads

#: Pages kept: the one shown and its neighbours, under a few filters.
MAX_PAGES = 12
#: Series kept whole (each at most series_expansions.MAX_KEPT_OCCURRENCES occurrences): the oldest go first.
MAX_SERIES = 5000
#: Events kept by id: a month page holds a few hundred, and only the pages near the one shown share
#: them, so about ten pages' worth are kept (a few megabytes), the oldest going first.
MAX_EVENTS = 4000


class WindowReads:
    """The kept window hints, pages, series expansions and events of one calendar."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # The connection itself, not its id: a new connection could take the id of a closed one.
        self._seen: tuple[sqlite3.Connection, int, int] | None = None
        self._hints: quick_reads.WindowHints | None = None
        self._pages: OrderedDict[Hashable, OccurrenceList] = OrderedDict()
        self._series: dict[str, KeptSeries] = {}  # by UID, oldest first
        self._events: dict[int, Event] = {}  # by id, oldest first

    def _current(self, connection: sqlite3.Connection) -> None:
        """Forget what was kept when anything was written since (or the read uses another connection)."""
        now = (connection, quick_reads.data_version(connection), connection.total_changes)
        seen = self._seen
        if seen is None or seen[0] is not connection or seen[1:] != now[1:]:
            self._seen, self._hints = now, None
            self._pages.clear()
            self._series = {}
            self._events = {}

    def hints(self, connection: sqlite3.Connection) -> quick_reads.WindowHints:
        with self._lock:
            self._current(connection)
            if self._hints is None:
                self._hints = quick_reads.window_hints(connection)
            return self._hints

    def page(self, connection: sqlite3.Connection, key: Hashable) -> tuple[OccurrenceList | None, object]:
        """The kept occurrences of page ``key`` (None when not kept), and the state to hand back to :meth:`keep_page`."""
        with self._lock:
            self._current(connection)
            kept = self._pages.get(key)
            if kept is not None:
                self._pages.move_to_end(key)
            return kept, self._seen

    def keep_page(self, connection: sqlite3.Connection, state: object, key: Hashable, occurrences: OccurrenceList) -> None:
        """Keep a page read since :meth:`page` gave ``state``, unless something was written meanwhile."""
        with self._lock:
            self._current(connection)
            if self._seen is not state:
                return
            self._pages[key] = occurrences
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)

    def kept_series(self, connection: sqlite3.Connection, state: object, uids: Sequence[str]) -> dict[str, KeptSeries]:
        """The kept whole expansions of the series ``uids``, as of ``state`` (none when something was written since)."""
        with self._lock:
            self._current(connection)
            if self._seen is not state:
                return {}
            kept = self._series
            return {uid: found for uid in uids if (found := kept.get(uid)) is not None}

    def keep_series(self, connection: sqlite3.Connection, state: object, series: dict[str, KeptSeries]) -> None:
        """Keep whole expansions read since ``state``, unless something was written meanwhile."""
        with self._lock:
            self._current(connection)
            if self._seen is not state or not series:
                return
            self._series.update(series)
            for oldest in list(self._series)[:max(0, len(self._series) - MAX_SERIES)]:
                del self._series[oldest]

    def kept_events(self, connection: sqlite3.Connection, state: object, ids: Sequence[int]) -> dict[int, Event]:
        """The kept events of ``ids``, as of ``state`` (none when something was written since)."""
        with self._lock:
            self._current(connection)
            if self._seen is not state:
                return {}
            kept = self._events
            return {number: found for number in ids if (found := kept.get(number)) is not None}

    def keep_events(self, connection: sqlite3.Connection, state: object, events: Sequence[Event]) -> None:
        """Keep events read since ``state`` by id, unless something was written meanwhile."""
        with self._lock:
            self._current(connection)
            if self._seen is not state or not events:
                return
            kept = self._events
            for event in events:
                if event.id is not None:
                    kept[event.id] = event
            for oldest in list(kept)[:max(0, len(kept) - MAX_EVENTS)]:
                del kept[oldest]
