"""What the window queries of a SQLite calendar keep between reads, for as long as nothing is committed.

A month switch read the key columns of every series and scanned the event table for the
series that are always read; both change only when someone commits. SQLite tells that
cheaply: ``PRAGMA data_version`` on a connection of its own changes whenever any other
connection commits (this program's writes included, as they go through the engine's
connections). The series keys and the window hints (``storage/quick_reads.py``) are kept per
value of it and read again after any commit.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path

from cica_planner.storage import quick_reads


class WindowReads:
    """The kept series keys and window hints of one calendar file (none kept for an in-memory one)."""

    def __init__(self, path: Path | None) -> None:
        self._counter = quick_reads.ChangeCounter.open(path) if path is not None else None
        self._lock = threading.Lock()
        self._version: int | None = None
        self._hints: quick_reads.WindowHints | None = None
        self._keys: dict[tuple[str, ...], list[tuple]] = {}

    def _current(self) -> None:
        """Forget what was kept when someone committed since (or when commits cannot be told)."""
        version = self._counter.version() if self._counter is not None else None
        if version is None or version != self._version:
            self._version, self._hints, self._keys = version, None, {}

    def hints(self, connection: sqlite3.Connection) -> quick_reads.WindowHints:
        with self._lock:
            self._current()
            if self._hints is None:
                self._hints = quick_reads.window_hints(connection)
            return self._hints

    def series_keys(self, connection: sqlite3.Connection, categories: Sequence[str]) -> list[tuple]:
        with self._lock:
            self._current()
            key = tuple(categories)
            if key not in self._keys:
                self._keys[key] = quick_reads.series_keys(connection, categories)
            return self._keys[key]
