"""Calendars as older versions left them, with data in every table, and real processes to kill."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from .forks import ROOT, ForkServer


def make_revision_0001(path: Path, events: int = 300) -> dict[str, int]:
    """A calendar at revision 0001 with rows in every table; return the row counts."""
    from cica_planner.storage.migrating import upgrade_file

    upgrade_file(path, "0001")
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO country VALUES ('KZ', 'Kazakhstan', 'Astana', 'Asia/Almaty', 'member', '1992')")
        connection.execute("INSERT INTO country VALUES ('AZ', 'Azerbaijan', 'Baku', 'Asia/Baku', 'member', '1992')")
        connection.execute("INSERT INTO body VALUES ('SOC', 'Senior Officials Committee', 'organ', '', '#607d8b')")
        for number in range(events):
            connection.execute(
                "INSERT INTO event (uid, title, category, all_day, start_day, end_day, tzid, precision, city, country,"
                " venue, mode, status, organiser, description, exdates, sequence, created, last_modified) VALUES"
                " (?, ?, 'SOC', 1, '2024-06-27', '2024-06-28', 'Asia/Almaty', 'day', 'Astana', 'KZ', '', 'in person',"
                " 'held', '', ?, '', 0, '2024-01-01 00:00:00', '2024-01-01 00:00:00')",
                (f"old-{number}", f"SOC meeting {number}", "Agenda " * 40),
            )
        connection.execute(
            "INSERT INTO event_change (event_id, changed_at, reason, old_start, old_end, new_start, new_end,"
            " old_place, new_place, old_mode, new_mode) VALUES (1, '2024-02-01 00:00:00', 'moved', '2024-06-20',"
            " '2024-06-21', '2024-06-27', '2024-06-28', 'Baku', 'Astana', 'online', 'in person')"
        )
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return row_counts(path, ("country", "body", "event", "event_change"))


def row_counts(path: Path, tables: tuple[str, ...] = ("country", "body", "event", "event_change")) -> dict[str, int]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return {name: connection.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0] for name in tables}


@pytest.fixture(scope="session")
def forks() -> Iterator[ForkServer]:
    """One server per test session (per worker) that forks the children the reliability tests kill or race."""
    server = ForkServer()
    yield server
    server.close()


def run_python(forks: ForkServer, code: str, *args: str, check: bool = False) -> subprocess.CompletedProcess[str]:
    """``python -c code ARGS`` in a child process of its own, with this test's environment; output captured."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = forks.run(code, *args, env=env)
    if check:
        result.check_returncode()
    return result


@pytest.fixture
def old_calendar(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "calendar.sqlite3"
    return path, make_revision_0001(path)
