"""The import into a calendar without events (no database stack) writes exactly what the normal path writes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from bench.outlook_file import write_outlook_calendar
from cica_planner.domain.clock import NOW_ENV_VAR
from cica_planner.domain.model import Category, Event
from cica_planner.services.ical_import import ImportService
from cica_planner.services.ical_import_file import import_into_calendar_without_events
from cica_planner.services.ical_plan import read_file
from cica_planner.services.planner import PlannerService
from cica_planner.services.seeding import open_database
from cica_planner.storage.backups import list_backups
from cica_planner.storage.event_rows import insert_into_empty_calendar

if TYPE_CHECKING:
    from tests.conftest import CliRunner

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[2]
FILES = sorted(DATA.rglob("*.ics"))


def rows_of(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in id order: what a calendar holds, byte for byte as SQLite returns it."""
    with closing(sqlite3.connect(path)) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {table: connection.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall() for table in tables}


def both_ways(data: bytes, folder: Path) -> tuple[Path, Path, object, object]:
    """Import ``data`` into a new calendar each way; the two files and the two results."""
    fast_path = folder / "fast.sqlite3"
    fast = import_into_calendar_without_events(fast_path, read_file(data), seed_new=False)
    assert fast is not None
    assert fast.created
    normal_path = folder / "normal.sqlite3"
    engine = open_database(normal_path, seed=False)
    try:
        imports = ImportService(PlannerService(engine))
        normal = imports.apply(imports.plan(read_file(data)))
    finally:
        engine.dispose()
    return fast_path, normal_path, fast.result, normal


def summary_of(result) -> tuple:
    return (result.created, result.updated, result.unchanged, result.removed, result.ignored_deadlines,
            [(item.uid, item.outcome, item.reason) for item in result.skipped], result.notes, result.created_uids,
            result.summary())


@pytest.mark.parametrize("source", FILES, ids=lambda path: str(path.relative_to(DATA)))
def test_each_sample_file_is_written_as_the_normal_path_writes_it(source: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(NOW_ENV_VAR, "2026-11-30T23:30:00+00:00")  # both paths sign the rows at the same instant
    fast_path, normal_path, fast, normal = both_ways(source.read_bytes(), tmp_path)
    assert summary_of(fast) == summary_of(normal)
    assert rows_of(fast_path) == rows_of(normal_path)


def test_an_outlook_file_of_many_series_is_written_as_the_normal_path_writes_it(tmp_path: Path,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(NOW_ENV_VAR, "2026-11-30T23:30:00+00:00")
    source = write_outlook_calendar(tmp_path / "outlook.ics", 1200)
    fast_path, normal_path, fast, normal = both_ways(source.read_bytes(), tmp_path)
    assert summary_of(fast) == summary_of(normal)
    rows = rows_of(fast_path)
    assert len(rows["event"]) == 1200
    assert any(row[19] for row in rows["event"])  # series (rrule) are among them
    assert rows == rows_of(normal_path)
    assert [backup.kind for backup in list_backups(fast_path)] == ["import"]  # copied first, as the normal path does


def test_a_calendar_holding_an_event_is_left_to_the_normal_path(tmp_path: Path, empty_planner: PlannerService,
                                                               empty_engine) -> None:
    path = Path(str(empty_engine.url.database))
    empty_planner.create(Event(uid="kept@test", title="Kept", category=Category.SOC, start=_day(1), end=_day(2)))
    before = rows_of(path)
    assert import_into_calendar_without_events(path, read_file((DATA / "outlook.ics").read_bytes()),
                                               seed_new=False) is None
    assert rows_of(path) == before


def test_the_write_checks_for_events_again_under_the_write_lock(empty_planner: PlannerService, empty_engine) -> None:
    """Another program's event written between the plan and the write: nothing is written, the caller re-plans."""
    path = Path(str(empty_engine.url.database))
    empty_planner.create(Event(uid="theirs@test", title="Theirs", category=Category.SOC, start=_day(1), end=_day(2)))
    before = rows_of(path)
    mine = Event(uid="mine@test", title="Mine", category=Category.SOC, start=_day(3), end=_day(4))
    assert insert_into_empty_calendar(path, [mine], "someone", _now()) is None
    assert rows_of(path) == before
    assert mine.id is None


def test_a_new_calendar_to_hold_the_shipped_calendar_takes_the_normal_path(tmp_path: Path) -> None:
    path = tmp_path / "seeded.sqlite3"
    assert import_into_calendar_without_events(path, read_file((DATA / "outlook.ics").read_bytes()), seed_new=True) is None
    assert not path.exists()


def test_the_command_line_imports_into_a_new_calendar_without_the_database_stack(tmp_path: Path,
                                                                                run_cli: CliRunner) -> None:
    source = write_outlook_calendar(tmp_path / "outlook.ics", 200)
    database = tmp_path / "new.sqlite3"
    code = ("import sys; from cica_planner.cli import main; code = main(sys.argv[1:]); "
            "print(sorted({name.split('.')[0] for name in sys.modules} & {'sqlalchemy', 'sqlmodel', 'pydantic', 'alembic'})); "
            "sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", code, "--db", str(database), "--no-seed", "import", str(source)],
                          capture_output=True, text=True, cwd=ROOT, check=False,
                          env={**_environment(), "PYTHONPATH": str(ROOT), "CICA_PLANNER_LOG_DIR": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["created 200, updated 0, unchanged 0, skipped 0", "[]"]
    assert f"created a new calendar {database} (empty)" in done.stderr
    # The second import needs no fresh process: what it checks is the answer, not the modules loaded.
    again = run_cli("--db", str(database), "import", str(source), cwd=ROOT, env={"CICA_PLANNER_LOG_DIR": str(tmp_path)})
    assert again.stdout.strip() == "created 0, updated 0, unchanged 200, skipped 0", again.stderr


def _environment() -> dict[str, str]:
    return dict(os.environ)


def _day(day: int) -> date:
    return date(2026, 3, day)


def _now() -> datetime:
    return datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
