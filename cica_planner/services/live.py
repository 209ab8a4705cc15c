"""Noticing changes other clients commit, so every open window can refresh within a second or two.

On PostgreSQL a listener thread waits for the notices the database sends at each commit
(LISTEN/NOTIFY; the triggers come with migration 0005). On a SQLite file, ``PRAGMA data_version``
changes whenever another connection commits, so a cheap poll suffices. Either way the caller
(the desktop app's timer) asks ``changed()``; nothing here knows about Qt.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from contextlib import suppress
from pathlib import Path

from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

NOTIFY_CHANNEL = "cica_planner_changes"
#: How long the listener waits for a notice before looking whether it should stop. Closing a
#: team window waits for the listener, so this is kept short enough not to be felt.
LISTEN_SLICE = 0.1
#: Seconds between attempts to get a lost listening connection back.
RECONNECT_AFTER = 3.0


class ChangeWatcher:
    """Tells whether someone committed a change since the last question.

    Args:
        engine: the calendar's engine (SQLite file or PostgreSQL).
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._flag = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._sqlite: sqlite3.Connection | None = None
        self._data_version: int | None = None
        #: Why the server cannot be heard right now (a lost connection), or None while all is well.
        self.problem: str | None = None

    @property
    def is_server(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def start(self) -> None:
        if self.is_server:
            self._thread = threading.Thread(target=self._listen, name="cica-planner-listen", daemon=True)
            self._thread.start()
        else:
            self._open_sqlite()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(LISTEN_SLICE * 4)
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None

    def changed(self) -> bool:
        """Whether a change was committed since the last call (by anyone, this client included)."""
        if not self.is_server:
            self._poll_sqlite()
        if self._flag.is_set():
            self._flag.clear()
            return True
        return False

    # -- SQLite ------------------------------------------------------------------------

    def _open_sqlite(self) -> None:
        database = self.engine.url.database
        if not database or database == ":memory:":
            return
        # A connection of its own: data_version only moves for commits of *other* connections.
        uri = f"{Path(database).resolve().as_uri()}?mode=ro"
        try:
            self._sqlite = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._data_version = self._read_version()
        except sqlite3.Error as exc:
            log.info("cannot watch %s for changes: %s", database, exc)
            self._sqlite = None

    def _read_version(self) -> int:
        assert self._sqlite is not None
        return int(self._sqlite.execute("PRAGMA data_version").fetchone()[0])

    def _poll_sqlite(self) -> None:
        if self._sqlite is None:
            return
        try:
            version = self._read_version()
        except sqlite3.Error as exc:
            log.info("cannot read the data version: %s", exc)
            return
        if version != self._data_version:
            self._data_version = version
            self._flag.set()

    # -- PostgreSQL --------------------------------------------------------------------

    def _connect(self):  # noqa: ANN202 - a psycopg connection
        import psycopg

        url = self.engine.url
        args = url.translate_connect_args(username="user", database="dbname")
        args.update({key: value for key, value in url.query.items() if isinstance(value, str)})
        return psycopg.connect(autocommit=True, connect_timeout=5, application_name="CICA Planner (live updates)",
                               **args)

    def _listen(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with self._connect() as connection:
                    connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    if self.problem is not None:
                        self._flag.set()  # back after a break: what happened meanwhile must be shown
                    self.problem = None
                    while not self._stop.is_set():
                        for _notice in connection.notifies(timeout=LISTEN_SLICE, stop_after=1):
                            self._flag.set()
            except psycopg.Error as exc:
                self.problem = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                log.info("live updates interrupted: %s", self.problem)
                self._stop.wait(RECONNECT_AFTER)

    def __enter__(self) -> ChangeWatcher:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        with suppress(Exception):
            self.stop()
