"""Backups that can be trusted: verified or absent, uniquely named, pruned, restorable from the CLI."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from cica_planner.domain.clock import Clock
from cica_planner.domain.errors import StorageError
from cica_planner.domain.model import Category, Event
from cica_planner.services.backups import BackupService
from cica_planner.services.planner import PlannerService
from cica_planner.services.seeding import open_database
from cica_planner.storage.backups import (
    KEEP_DAILY,
    KEEP_NEWEST,
    KEEP_WEEKLY,
    BackupKind,
    backup_events,
    enable_backups,
    list_backups,
    make_backup,
    verify_backup,
)
from cica_planner.storage.migrating import head_revision

from .conftest import make_revision_0001, row_counts
from .forks import ForkServer
from .kill_points import kill_at
from .test_migrations import fill, small_disk  # noqa: F401 - the fixture is shared

if TYPE_CHECKING:
    from tests.conftest import CliRunner

NOON = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)


@pytest.fixture
def cli(run_cli: CliRunner) -> CliRunner:
    """The command line in this process at a fixed instant (12:00 in Astana on 1 December 2026)."""
    return partial(run_cli, env={"CICA_PLANNER_NOW": "2026-12-01T07:00:00+00:00"})


def test_a_backup_is_verified_and_named_with_its_true_revision(seeded_db: Path) -> None:
    made = make_backup(seeded_db, BackupKind.MANUAL, clock=Clock.fixed(NOON))
    assert made.name == f"calendar.sqlite3.{head_revision()}-20261201-070000-000Z.manual.bak"
    assert verify_backup(made) == head_revision()
    assert row_counts(made, ("event", "country", "body", "task")) == row_counts(seeded_db, ("event", "country", "body", "task"))


def test_two_backups_in_the_same_millisecond_get_two_names(seeded_db: Path) -> None:
    clock = Clock.fixed(NOON.replace(microsecond=123_000))
    first = make_backup(seeded_db, BackupKind.IMPORT, clock=clock)
    second = make_backup(seeded_db, BackupKind.IMPORT, clock=clock)
    assert first != second
    assert "-070000-123Z" in first.name
    assert {b.path for b in list_backups(seeded_db)} == {first, second}


def test_a_backup_of_a_disk_that_fills_up_leaves_no_bak(tmp_path: Path, small_disk: Path) -> None:  # noqa: F811
    path = small_disk / "calendar.sqlite3"
    make_revision_0001(tmp_path / "template.sqlite3", events=400)
    path.write_bytes((tmp_path / "template.sqlite3").read_bytes())
    for leave in (0, 4096, 50_000, 150_000):
        filler = fill(small_disk, leave)
        with pytest.raises(StorageError, match=r"^cannot write a backup of calendar.sqlite3: [^\n]+$"):
            make_backup(path, BackupKind.MANUAL)
        assert {p.name for p in small_disk.iterdir()} <= {"calendar.sqlite3", "filler", "calendar.sqlite3-wal",
                                                           "calendar.sqlite3-shm"}
        filler.unlink()


BACKUP_ONCE = """
from pathlib import Path
from cica_planner.storage.backups import BackupKind, make_backup
stop_at(sys.argv[1])
make_backup(Path(sys.argv[2]), BackupKind.MANUAL)
"""

#: Every step of a backup: sweeping, copying, verifying, syncing, reading the revision, naming, cleaning, pruning.
BACKUP_POINTS = ["call:_sweep_temporaries:1", "c_call:backup:1", "call:_row_counts:2", "c_call:fsync:1",
                 "call:inspect_file:1", "c_call:link:1", "call:_remove:2", "call:prune:1"]


@pytest.mark.parametrize("point", BACKUP_POINTS)
def test_a_killed_backup_never_leaves_a_partial_bak(forks: ForkServer, tmp_path: Path, point: str) -> None:
    path = tmp_path / "calendar.sqlite3"
    make_revision_0001(path, events=2000)
    make_backup(path, BackupKind.MANUAL)  # one complete copy beside the one being killed
    kill_at(forks, point, BACKUP_ONCE, str(path))
    for backup in list_backups(path):
        verify_backup(backup.path)
        assert backup_events(backup.path) == 2000
    make_backup(path, BackupKind.MANUAL)  # sweeps the temporary copies of killed writers
    assert not list(tmp_path.glob(".*backup-tmp*"))


def test_rotation_keeps_fourteen_days_eight_weeks_and_the_newest(tmp_path: Path) -> None:
    path = tmp_path / "calendar.sqlite3"
    open_database(path, seed=False).dispose()
    first_day = date(2026, 6, 1)
    for offset in range(120):
        day = first_day + timedelta(days=offset)
        for hour in (4, 9):  # two copies a day: the first of the day is the one a rotation keeps
            make_backup(path, BackupKind.DAILY, clock=Clock.fixed(datetime(day.year, day.month, day.day, hour, tzinfo=UTC)))
    kept = list_backups(path)
    days = sorted({b.taken.date() for b in kept})
    last = first_day + timedelta(days=119)
    assert days[-KEEP_DAILY:] == [last - timedelta(days=n) for n in reversed(range(KEEP_DAILY))]
    weeks = sorted({b.taken.date().isocalendar()[:2] for b in kept})
    assert len(weeks) == KEEP_WEEKLY
    assert len(kept) <= KEEP_DAILY + KEEP_WEEKLY + KEEP_NEWEST
    assert all(b.taken.hour == 4 for b in kept if b.taken.date() < last - timedelta(days=2))


def test_the_cli_restores_a_backup_and_the_list_is_as_before(cli: CliRunner, seeded_db: Path, tmp_path: Path) -> None:
    before = cli("--db", str(seeded_db), "list", "--all", "--json")
    made = cli("--db", str(seeded_db), "backup")
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip().rsplit(" to ", 1)[1])
    planner = PlannerService(open_database(seeded_db))
    for event in planner.all_events()[:30]:
        planner.delete(event.uid)
    planner.create(Event(title="Added after the backup", category=Category.SOC, start=date(2026, 12, 3), end=date(2026, 12, 4)))
    planner.engine.dispose()
    assert cli("--db", str(seeded_db), "list", "--all", "--json").stdout != before.stdout
    restored = cli("--db", str(seeded_db), "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "the calendar as it was is kept in" in restored.stdout
    assert cli("--db", str(seeded_db), "list", "--all", "--json").stdout == before.stdout
    listed = json.loads(cli("--db", str(seeded_db), "backups", "--json").stdout)
    assert [entry["kind"] for entry in listed] == ["before-restore", "manual"]
    assert listed[0]["events"] == listed[1]["events"] - 29  # 30 deleted, one added
    assert all(entry["size"] > 0 for entry in listed)


def test_restore_undoes_itself_through_the_backup_it_took(seeded_db: Path) -> None:
    service = BackupService(seeded_db, Clock.fixed(NOON))
    planner = PlannerService(open_database(seeded_db))
    first = service.back_up_now()
    planner.create(Event(title="Kept by the undo", category=Category.SOC, start=date(2026, 12, 3), end=date(2026, 12, 4)))
    count = planner.count()
    restored = service.restore(first)
    assert planner.count() == count - 1  # the open engine sees the restored calendar
    assert restored.previous is not None
    service.restore(restored.previous)
    assert planner.count() == count


@pytest.mark.parametrize("kind", ["text", "foreign", "partial", "missing"])
def test_restore_refuses_what_is_not_a_backup_and_changes_nothing(cli: CliRunner, seeded_db: Path, tmp_path: Path, kind: str) -> None:
    candidate = tmp_path / f"{kind}.bak"
    if kind == "text":
        candidate.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    elif kind == "foreign":
        with sqlite3.connect(candidate) as connection:
            connection.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY)")
    elif kind == "partial":
        candidate.write_bytes(seeded_db.read_bytes())
        with sqlite3.connect(candidate) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '0001'")
    before = seeded_db.read_bytes()
    result = cli("--db", str(seeded_db), "restore", str(candidate))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "backup" in result.stderr or "not a file" in result.stderr
    assert seeded_db.read_bytes() == before
    assert list_backups(seeded_db) == []


def test_an_old_backup_is_restored_and_upgraded(seeded_db: Path, tmp_path: Path) -> None:
    old = tmp_path / "old" / "calendar.sqlite3"
    old.parent.mkdir()
    counts = make_revision_0001(old, events=12)
    BackupService(seeded_db).restore(old)
    assert row_counts(seeded_db) == counts
    assert open_database(seeded_db) is not None


def test_the_first_change_of_a_day_is_preceded_by_a_daily_copy(seeded_db: Path) -> None:
    engine = open_database(seeded_db)
    moments = iter([NOON, NOON + timedelta(hours=1), NOON + timedelta(days=1)])
    current = [next(moments)]
    enable_backups(engine, seeded_db, Clock(lambda: current[0]))
    planner = PlannerService(engine)
    count = planner.count()
    planner.all_events()  # reading takes no copy
    assert list_backups(seeded_db) == []
    planner.create(Event(title="First change", category=Category.SOC, start=date(2026, 12, 3), end=date(2026, 12, 4)))
    daily = list_backups(seeded_db)
    assert [b.kind for b in daily] == ["daily"]
    assert backup_events(daily[0].path) == count  # the state before the change
    current[0] = next(moments)
    planner.create(Event(title="Second change", category=Category.SOC, start=date(2026, 12, 3), end=date(2026, 12, 4)))
    assert len(list_backups(seeded_db)) == 1
    current[0] = next(moments)
    planner.create(Event(title="Next day", category=Category.SOC, start=date(2026, 12, 3), end=date(2026, 12, 4)))
    assert len(list_backups(seeded_db)) == 2
    engine.dispose()


def test_a_server_calendar_says_backups_are_the_servers_job(cli: CliRunner) -> None:
    with pytest.raises(StorageError, match=r"server's job \(for PostgreSQL, pg_dump"):
        BackupService("postgresql://planner@db.example/cica")
    result = cli("--db", "postgresql://planner@db.example/cica", "backups")
    assert result.returncode == 2
    assert "pg_dump" in result.stderr


def test_an_import_from_the_cli_is_preceded_by_a_backup(cli: CliRunner, seeded_db: Path, tmp_path: Path) -> None:
    source = tmp_path / "one.ics"
    source.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\nBEGIN:VEVENT\r\nUID:one@example.org\r\n"
                       b"DTSTAMP:20261201T000000Z\r\nDTSTART;VALUE=DATE:20261210\r\nSUMMARY:One\r\nEND:VEVENT\r\n"
                       b"END:VCALENDAR\r\n")
    count = backup_events(seeded_db)
    assert cli("--db", str(seeded_db), "import", str(source)).returncode == 0
    kept = list_backups(seeded_db)
    assert [b.kind for b in kept] == ["import"]  # today's copy exists, so no daily one on top
    assert backup_events(kept[0].path) == count
