"""An import that only adds events to a calendar file goes through ``sqlite3`` alone (services/file_import.py).

It must write what the full path (``ImportService`` over SQLAlchemy) writes, row for row, give the
same receipt and leave the same backups; anything more than adding events is left to the full path.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cica_planner.domain.clock import Clock
from cica_planner.services import file_import
from cica_planner.services.file_import import import_into_file
from cica_planner.services.import_apply import ImportResult
from cica_planner.storage.backups import list_backups

DATA = Path(__file__).parent / "data"
CLOCK = Clock.fixed(datetime(2026, 12, 2, 9, 30, tzinfo=UTC))
FILES = ["outlook.ics", "google.ics", "thunderbird.ics", "outlook_moved_instance.ics", "series/moved_occurrence.ics",
         "series/rrule_and_rdates.ics", "series/two_rrules.ics", "series/allday_outlook_moved.ics",
         "series/exdate_of_rdate_and_deleted_modification.ics", "series/no_uid.ics"]
TABLES = ("event", "event_override", "event_change", "country")


def _rows(path: Path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(path)
    try:
        return {table: connection.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall() for table in TABLES}
    finally:
        connection.close()


def _full_import(path: Path, data: bytes) -> ImportResult:
    """``data`` imported by the full path, as the command line opens the calendar (backups on, same clock)."""
    from cica_planner.services.ical_import import ImportService
    from cica_planner.services.planner import PlannerService
    from cica_planner.services.seeding import open_database
    from cica_planner.storage.authorship import set_clock
    from cica_planner.storage.backups import enable_backups

    engine = open_database(path, seed=False)
    set_clock(engine, CLOCK)
    enable_backups(engine, path, CLOCK)
    try:
        return ImportService(PlannerService(engine)).import_file(data)
    finally:
        engine.dispose()


def _same_result(quick: ImportResult, full: ImportResult) -> None:
    assert quick.summary() == full.summary()
    assert quick.created_uids == full.created_uids
    assert quick.notes == full.notes
    assert [(item.uid, item.reason) for item in quick.skipped] == [(item.uid, item.reason) for item in full.skipped]
    assert (quick.replaced, quick.removed_events) == ([], [])


def _backup_kinds(path: Path) -> list[str]:
    kinds = sorted(str(backup.kind) for backup in list_backups(path))
    assert "import" in kinds  # a copy before the import, on both paths
    return kinds


@pytest.mark.parametrize("name", FILES)
def test_a_new_calendar_gets_the_rows_the_full_path_writes(tmp_path: Path, name: str) -> None:
    data = (DATA / name).read_bytes()
    quick_file, full_file = tmp_path / "quick" / "calendar.sqlite3", tmp_path / "full" / "calendar.sqlite3"
    done = import_into_file(quick_file, data, clock=CLOCK, seed_new=False)
    assert done is not None
    assert done.created
    assert done.result is not None
    _same_result(done.result, _full_import(full_file, data))
    assert done.result.created > 0
    assert _rows(quick_file) == _rows(full_file)
    assert _backup_kinds(quick_file) == _backup_kinds(full_file)


def test_events_added_to_a_seeded_calendar_are_the_full_paths(tmp_path: Path, seeded_db: Path) -> None:
    data = (DATA / "outlook.ics").read_bytes()
    quick_file, full_file = tmp_path / "quick.sqlite3", tmp_path / "full.sqlite3"
    shutil.copy(seeded_db, quick_file)
    shutil.copy(seeded_db, full_file)
    done = import_into_file(quick_file, data, clock=CLOCK, seed_new=True)  # the file exists: nothing to seed
    assert done is not None
    assert not done.created
    assert done.result is not None
    _same_result(done.result, _full_import(full_file, data))
    assert _rows(quick_file) == _rows(full_file)
    # Again: every event is unchanged now, and both paths say so without writing.
    again = import_into_file(quick_file, data, clock=CLOCK, seed_new=False)
    assert again is not None
    assert again.result is not None
    _same_result(again.result, _full_import(full_file, data))
    assert again.result.created == 0
    assert _rows(quick_file) == _rows(full_file)


def test_an_update_is_left_to_the_full_path(tmp_path: Path) -> None:
    path = tmp_path / "calendar.sqlite3"
    first = (DATA / "outlook.ics").read_bytes()
    assert import_into_file(path, first, clock=CLOCK, seed_new=False) is not None
    before = _rows(path)
    newer = first.replace(b"SEQUENCE:0", b"SEQUENCE:5")
    assert newer != first
    done = import_into_file(path, newer, clock=CLOCK, seed_new=False)
    assert done is not None
    assert done.result is None  # planned again in full by the caller
    assert _rows(path) == before


def test_an_event_stored_since_the_plan_is_left_to_the_full_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Between the plan and the write lock another program stored one of the plan's new events."""
    path = tmp_path / "calendar.sqlite3"
    data = (DATA / "outlook.ics").read_bytes()
    assert import_into_file(path, data, clock=CLOCK, seed_new=False) is not None
    before = _rows(path)
    monkeypatch.setattr(file_import.StoredFile, "all_events", lambda self: [])  # the plan saw none of them
    done = import_into_file(path, data, clock=CLOCK, seed_new=False)
    assert done is not None
    assert done.result is None
    assert _rows(path) == before


def test_a_write_that_fails_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cica_planner.domain.errors import StorageError
    from cica_planner.storage import quick_writes

    path = tmp_path / "calendar.sqlite3"
    data = (DATA / "google.ics").read_bytes()
    assert import_into_file(path, (DATA / "outlook.ics").read_bytes(), clock=CLOCK, seed_new=False) is not None
    before = _rows(path)

    def failing_copy(calendar: Path, clock: Clock) -> None:  # after the rows went in, before the commit
        raise OSError("no space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(file_import, "take_daily_backup", failing_copy)
        with pytest.raises(OSError, match="no space"):
            import_into_file(path, data, clock=CLOCK, seed_new=False)
    assert _rows(path) == before
    calls = iter(range(10_000))
    real_bound = quick_writes._bound
    # SQLite refuses a value it cannot store halfway through the rows: one line, and nothing written.
    monkeypatch.setattr(quick_writes, "_bound", lambda value: object() if next(calls) == 40 else real_bound(value))
    with pytest.raises(StorageError, match=f"cannot use the calendar file {path}"):
        import_into_file(path, data, clock=CLOCK, seed_new=False)
    assert _rows(path) == before


def test_files_it_must_not_touch(tmp_path: Path) -> None:
    data = (DATA / "outlook.ics").read_bytes()
    missing = tmp_path / "new.sqlite3"
    assert import_into_file(missing, data, clock=CLOCK, seed_new=True) is None  # to be seeded: the full path
    assert not missing.exists()
    foreign = tmp_path / "other.sqlite3"
    sqlite3.connect(foreign).execute("CREATE TABLE notes (text)").connection.close()
    assert import_into_file(foreign, data, clock=CLOCK, seed_new=False) is None
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir()
        os.chmod(locked, 0o500)
        try:
            assert import_into_file(locked / "calendar.sqlite3", data, clock=CLOCK, seed_new=False) is None
        finally:
            os.chmod(locked, 0o700)


#: A fresh interpreter imports a file into a new calendar, then a newer version of it, printing the
#: top-level modules loaded after each (a JSON list per line).
PROBE = """
import json, sys
from cica_planner.cli import main

def loaded():
    print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))

main(["--db", sys.argv[1], "--no-seed", "import", sys.argv[2]])
loaded()
main(["--db", sys.argv[1], "--no-seed", "import", sys.argv[3]])
loaded()
"""


def test_the_command_line_adds_events_without_the_database_stack(tmp_path: Path) -> None:
    first = (DATA / "outlook.ics").read_bytes()
    newer = tmp_path / "newer.ics"
    newer.write_bytes(first.replace(b"SEQUENCE:0", b"SEQUENCE:5"))
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("CICA_PLANNER_DB", None)
    done = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "calendar.sqlite3"), str(DATA / "outlook.ics"),
                           str(newer)], capture_output=True, text=True, check=True, timeout=60, env=env)
    lines = done.stdout.splitlines()
    after_adding, after_updating = (set(json.loads(line)) for line in lines if line.startswith("["))
    assert after_adding.isdisjoint({"sqlalchemy", "sqlmodel", "pydantic", "alembic"}), sorted(after_adding)
    assert "sqlalchemy" in after_updating  # an update takes the full path
    summaries = [line for line in lines if not line.startswith("[")]
    assert summaries[0].startswith("created ")
    assert "updated 0" not in summaries[1]
    assert "created a new calendar" in done.stderr
