"""Migrations that cannot brick a calendar: killed, starved of disk, raced, or given a stranger's file."""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from cica_planner.domain.errors import StorageError
from cica_planner.services.seeding import open_database
from cica_planner.storage.backups import list_backups, verify_backup
from cica_planner.storage.calendar_file import FileKind, inspect_file
from cica_planner.storage.migrating import head_revision

from .conftest import ROOT, make_revision_0001, row_counts, run_python
from .forks import ForkServer

#: Runs open_database in a child that SIGKILLs itself just before its Nth SQL statement.
KILL_AT_STATEMENT = """
import os, signal, sqlite3, sys
from pathlib import Path
kill_at, seen = int(sys.argv[2]), [0]
real_connect = sqlite3.connect
def connect(*args, **kwargs):
    connection = real_connect(*args, **kwargs)
    def trace(statement):
        seen[0] += 1
        if seen[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
    connection.set_trace_callback(trace)
    return connection
sqlite3.connect = connect
from cica_planner.services.seeding import open_database
open_database(Path(sys.argv[1])).dispose()
print(seen[0])
"""


def assert_opens_intact(path: Path, expected: dict[str, int]) -> None:
    engine = open_database(path)
    engine.dispose()
    state = inspect_file(path)
    assert state.kind is FileKind.CALENDAR
    assert state.revision == head_revision()
    assert not state.half_migrated
    assert row_counts(path) == expected
    for backup in list_backups(path):
        assert backup.size > 0
        if not backup.partial:
            verify_backup(backup.path)


def test_a_migration_killed_at_any_statement_leaves_a_calendar_that_opens(forks: ForkServer, tmp_path: Path) -> None:
    template = tmp_path / "template.sqlite3"
    expected = make_revision_0001(template)
    probe = tmp_path / "probe" / "calendar.sqlite3"
    probe.parent.mkdir()
    shutil.copy(template, probe)
    total = int(run_python(forks, KILL_AT_STATEMENT, str(probe), "0", check=True).stdout.split()[-1])
    assert total > 20
    points = sorted({1, 2, total - 1, total, *random.Random(19).sample(range(3, total - 1), 12)})
    for point in points:
        folder = tmp_path / f"kill-{point}"
        folder.mkdir()
        path = folder / "calendar.sqlite3"
        shutil.copy(template, path)
        killed = run_python(forks, KILL_AT_STATEMENT, str(path), str(point))
        assert killed.returncode == -9, (point, killed.stderr[-500:])
        assert inspect_file(path).revision in ("0001", head_revision())
        assert_opens_intact(path, expected)


@pytest.fixture
def small_disk(tmp_path: Path):  # yields the folder of a 2 MB file system
    """A real, small file system: a tmpfs mount when root may mount one."""
    mount = tmp_path / "small"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip("mounting a small tmpfs needs root; test_migration_under_a_file_size_limit covers this case")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path, leave: int) -> Path:
    """Fill the file system of ``folder`` until ``leave`` bytes are free."""
    filler = folder / "filler"
    free = shutil.disk_usage(folder).free
    with filler.open("wb") as handle:
        handle.write(b"\0" * max(0, free - leave))
    return filler


@pytest.mark.parametrize("leave", [0, 4096, 20_000, 60_000, 120_000, 200_000, 300_000, 450_000, 700_000])
def test_a_full_disk_during_migration_says_so_and_loses_nothing(tmp_path: Path, small_disk: Path, leave: int) -> None:
    template = tmp_path / "template.sqlite3"
    expected = make_revision_0001(template, events=150)
    path = small_disk / "calendar.sqlite3"
    shutil.copy(template, path)
    filler = fill(small_disk, leave)
    try:
        open_database(path).dispose()
    except StorageError as exc:
        message = str(exc)
        assert "\n" not in message
        assert "disk is full" in message or "backup" in message
        assert inspect_file(path).revision == "0001"
    assert not [p for p in small_disk.iterdir() if p.name.endswith(".bak") and p.stat().st_size == 0]
    assert not list(small_disk.glob(".*backup-tmp"))
    filler.unlink()
    assert_opens_intact(path, expected)


FILE_SIZE_LIMIT = """
import resource, signal, sys
from pathlib import Path
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from cica_planner.domain.errors import StorageError
from cica_planner.services.seeding import open_database
try:
    open_database(Path(sys.argv[1])).dispose()
except StorageError as exc:
    print("refused:", exc)
"""


@pytest.mark.parametrize("extra", [0, 8192, 65536])
def test_migration_under_a_file_size_limit(forks: ForkServer, tmp_path: Path, extra: int) -> None:
    """Where no file system can be mounted, a per-process file size limit starves the writes."""
    expected = make_revision_0001(tmp_path / "calendar.sqlite3", events=150)
    path = tmp_path / "calendar.sqlite3"
    limit = path.stat().st_size + extra
    result = run_python(forks, FILE_SIZE_LIMIT, str(path), str(limit))
    assert result.returncode == 0, result.stderr[-800:]
    if result.stdout.startswith("refused:"):
        assert len(result.stdout.strip().splitlines()) == 1
    assert not [p for p in tmp_path.glob("*.bak") if p.stat().st_size == 0]
    assert_opens_intact(path, expected)


def test_processes_starting_together_on_an_old_calendar_all_open_it(forks: ForkServer,
                                                                    old_calendar: tuple[Path, dict[str, int]]) -> None:
    path, expected = old_calendar
    code = ("import sys; from pathlib import Path; from cica_planner.services.seeding import open_database;"
            "open_database(Path(sys.argv[1])).dispose()")
    env_path = {"PYTHONPATH": str(ROOT)}
    children = [forks.start(code, str(path), env=env_path) for _ in range(4)]
    errors = [child.communicate(timeout=120)[1] for child in children]
    assert [child.returncode for child in children] == [0, 0, 0, 0], errors
    assert len([b for b in list_backups(path) if b.kind == "migration"]) == 1
    assert_opens_intact(path, expected)


def write_like_an_older_version_interrupted(path: Path) -> Path:
    """What 5 of 30 killed upgrades of the previous version left: a pre-migration copy, then half of 0002."""
    old_backup = path.with_name(f"{path.name}.0001-20261130-101500.bak")  # that version's naming, to the second
    with sqlite3.connect(path) as connection:
        connection.execute("VACUUM INTO ?", (str(old_backup),))
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE body_chair (id INTEGER NOT NULL, body_code VARCHAR NOT NULL, holder VARCHAR"
                           " NOT NULL, country VARCHAR NOT NULL, starts DATE, ends DATE, note VARCHAR NOT NULL,"
                           " PRIMARY KEY (id))")
    return old_backup


def test_a_half_migrated_calendar_is_restored_from_its_backup_and_says_so(old_calendar) -> None:
    path, expected = old_calendar
    old_backup = write_like_an_older_version_interrupted(path)
    state = inspect_file(path)
    assert state.half_migrated
    assert state.label == "0001+partial"
    heard: list[str] = []
    open_database(path, notify=heard.append).dispose()
    assert len(heard) == 1
    assert "half-upgraded" in heard[0]
    assert old_backup.name in heard[0]
    assert_opens_intact(path, expected)
    broken = [b for b in list_backups(path) if b.kind == "broken"]
    assert [b.revision for b in broken] == ["0001+partial"]


def test_a_half_migrated_calendar_without_a_backup_is_repaired_when_nothing_would_be_lost(old_calendar) -> None:
    path, expected = old_calendar
    write_like_an_older_version_interrupted(path).unlink()
    heard: list[str] = []
    open_database(path, notify=heard.append).dispose()
    assert "empty tables it had added were removed" in heard[0]
    assert_opens_intact(path, expected)


def test_a_half_migrated_calendar_with_data_and_no_backup_is_refused_clearly(old_calendar) -> None:
    path, _expected = old_calendar
    write_like_an_older_version_interrupted(path).unlink()
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO body_chair VALUES (1, 'SOC', 'Azerbaijan', 'AZ', NULL, NULL, '')")
    before = path.read_bytes()
    with pytest.raises(StorageError, match="half-upgraded .* no backup from before it was found"):
        open_database(path)
    assert path.read_bytes() == before


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def foreign_alembic_file(path: Path, revision: str) -> None:
    with sqlite3.connect(path) as connection:  # rollback-journal mode, as most applications leave it
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        connection.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
        connection.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, customer TEXT, total REAL)")
        connection.execute("INSERT INTO invoice VALUES (1, 'Acme', 12.5)")


@pytest.mark.parametrize("revision", ["0001", "0002", "3f2a1b9c"])
def test_another_alembic_applications_file_is_refused_byte_for_byte_unchanged(tmp_path: Path, revision: str) -> None:
    folder = tmp_path / "theirs"
    folder.mkdir()
    path = folder / "app.db"
    foreign_alembic_file(path, revision)
    before = snapshot(folder)
    with pytest.raises(StorageError) as refused:
        open_database(path)
    assert "is not a CICA Planner database" in str(refused.value)
    assert "newer CICA Planner" not in str(refused.value)
    assert snapshot(folder) == before  # no WAL switch, no table, no stamp, no side file


def test_a_plain_foreign_sqlite_file_is_refused_unchanged(tmp_path: Path) -> None:
    folder = tmp_path / "theirs"
    folder.mkdir()
    path = folder / "notes.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
    before = snapshot(folder)
    with pytest.raises(StorageError, match="another application's tables"):
        open_database(path)
    assert snapshot(folder) == before


def test_a_newer_calendar_in_rollback_journal_mode_is_refused_unchanged(seeded_db: Path) -> None:
    with sqlite3.connect(seeded_db) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("UPDATE alembic_version SET version_num = 'ffff0009'")
    before = snapshot(seeded_db.parent)
    with pytest.raises(StorageError, match=r"newer CICA Planner \(schema ffff0009\)"):
        open_database(seeded_db)
    assert snapshot(seeded_db.parent) == before


@pytest.mark.parametrize("content", [b"", None])
def test_an_empty_file_or_empty_sqlite_database_is_initialised(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "new.sqlite3"
    if content is None:
        sqlite3.connect(path).close()  # a SQLite file without a table
    else:
        path.write_bytes(content)
    open_database(path, seed=False).dispose()
    assert inspect_file(path).revision == head_revision()


def test_each_migration_is_one_transaction_in_the_driver() -> None:
    """Without the recipe, pysqlite would commit each CREATE TABLE on its own; here a rollback undoes DDL."""
    from cica_planner.storage.migrating import transactional_engine

    raw = sqlite3.connect(":memory:", check_same_thread=False)
    engine = transactional_engine(lambda: raw, static=True)

    def interrupted_migration() -> None:
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE made_then_undone (id INTEGER)")
            raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        interrupted_migration()
    assert raw.execute("SELECT name FROM sqlite_master").fetchall() == []
