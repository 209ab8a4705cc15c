"""Read-only calendars, with real permissions: another user, a read-only folder, a read-only mount."""

from __future__ import annotations

import json
import os
import pwd
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from cica_planner.domain.errors import StorageError
from cica_planner.domain.model import Category, Event
from cica_planner.services.planner import PlannerService
from cica_planner.services.seeding import open_database

from .conftest import ROOT
from .forks import COMMAND_LINE, ForkServer

if TYPE_CHECKING:
    from tests.conftest import CliRunner

ICS = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:ro-test-1@example.org\r\n"
       b"DTSTAMP:20261201T000000Z\r\nDTSTART;VALUE=DATE:20261210\r\nDTEND;VALUE=DATE:20261211\r\n"
       b"SUMMARY:Written once the file is writable\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def _can_switch_user() -> bool:
    return os.geteuid() == 0 and _nobody() is not None


def _nobody() -> pwd.struct_passwd | None:
    try:
        return pwd.getpwnam("nobody")
    except KeyError:
        return None


needs_other_user = pytest.mark.skipif(not _can_switch_user(), reason="switching to another user needs root")


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder another user can reach (pytest's own temporary folders are private to their owner)."""
    folder = Path(tempfile.mkdtemp(prefix="cica-ro-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def checkpointed_copy(seeded_db: Path, folder: Path) -> Path:
    target = folder / "calendar.sqlite3"
    shutil.copy(seeded_db, target)
    with sqlite3.connect(target) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    return target


#: Runs the command line with these arguments in a process of its own.
Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def as_nobody(forks: ForkServer) -> Run:
    """Run the command line in a process of the unprivileged user ``nobody``: the kernel checks the permissions."""
    env = {"PYTHONPATH": str(ROOT), "HOME": "/nonexistent", "USER": "nobody", "LOGNAME": "nobody",
           "PATH": "/usr/local/bin:/usr/bin:/bin", "CICA_PLANNER_NOW": "2026-12-01T07:00:00+00:00"}
    return partial(forks.run, COMMAND_LINE, env=env, user="nobody")


@pytest.fixture
def as_root(run_cli: CliRunner) -> CliRunner:
    """The command line in this process, as the user running the tests, at a fixed instant."""
    return partial(run_cli, env={"CICA_PLANNER_NOW": "2026-12-01T07:00:00+00:00"})


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_size, p.stat().st_mode) for p in folder.iterdir()}


@needs_other_user
def test_a_calendar_in_a_folder_another_user_cannot_write_is_listed(as_nobody: Run, as_root: CliRunner, seeded_db: Path,
                                                                    shared_folder: Path) -> None:
    calendar = checkpointed_copy(seeded_db, shared_folder)
    expected = as_root("--db", str(seeded_db), "list", "--all", "--json")
    before = listing(shared_folder)
    listed = as_nobody("--db", str(calendar), "list", "--all", "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == json.loads(expected.stdout)
    assert as_nobody("--db", str(calendar), "list", "--from", "2024-06-01", "--to", "2024-06-30").returncode == 0
    assert as_nobody("--db", str(calendar), "backups").returncode == 0
    ics = shared_folder / "new.ics"
    ics.write_bytes(ICS)
    refused = as_nobody("--db", str(calendar), "import", str(ics))
    assert refused.returncode == 2
    assert refused.stderr.strip().endswith("is read-only; changes cannot be saved")
    ics.unlink()
    assert listing(shared_folder) == before  # no -shm, no -wal, no journal


@needs_other_user
def test_a_read_only_session_leaves_no_side_file_so_chmod_makes_it_writable(as_nobody: Run, seeded_db: Path,
                                                                           shared_folder: Path) -> None:
    nobody = _nobody()
    assert nobody is not None
    calendar = checkpointed_copy(seeded_db, shared_folder)
    os.chown(shared_folder, nobody.pw_uid, nobody.pw_gid)
    os.chown(calendar, nobody.pw_uid, nobody.pw_gid)
    calendar.chmod(0o444)
    assert as_nobody("--db", str(calendar), "list", "--all", "--json").returncode == 0
    assert sorted(p.name for p in shared_folder.iterdir()) == ["calendar.sqlite3"]
    calendar.chmod(0o644)
    ics = shared_folder / "new.ics"
    ics.write_bytes(ICS)
    imported = as_nobody("--db", str(calendar), "import", str(ics))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith("created 1,")


@needs_other_user
def test_an_unwritable_index_left_by_an_older_version_no_longer_locks_the_calendar(as_nobody: Run, seeded_db: Path,
                                                                                    shared_folder: Path) -> None:
    nobody = _nobody()
    assert nobody is not None
    calendar = checkpointed_copy(seeded_db, shared_folder)
    index = calendar.with_name(calendar.name + "-shm")
    index.write_bytes(b"\0" * 32768)
    for path in (shared_folder, calendar, index):
        os.chown(path, nobody.pw_uid, nobody.pw_gid)
    index.chmod(0o444)
    ics = shared_folder / "new.ics"
    ics.write_bytes(ICS)
    imported = as_nobody("--db", str(calendar), "import", str(ics))
    assert imported.returncode == 0, imported.stderr


@pytest.fixture
def read_only_mount(seeded_db: Path, tmp_path: Path) -> Iterator[Path]:
    """The seeded calendar on a real read-only file system (a read-only bind mount)."""
    source = tmp_path / "source"
    source.mkdir()
    checkpointed_copy(seeded_db, source)
    mount = tmp_path / "mounted"
    mount.mkdir()
    if subprocess.run(["mount", "--bind", str(source), str(mount)], capture_output=True).returncode != 0:
        pytest.skip("a read-only bind mount needs root; the other-user tests cover read-only folders")
    try:
        if subprocess.run(["mount", "-o", "remount,bind,ro", str(mount)], capture_output=True).returncode != 0:
            pytest.skip("cannot remount read-only here")
        yield mount / "calendar.sqlite3"
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_calendar_on_a_read_only_file_system_is_browsed_and_refuses_changes(as_root: CliRunner, read_only_mount: Path) -> None:
    from cica_planner.app import calendar_is_read_only

    assert calendar_is_read_only(read_only_mount)
    engine = open_database(read_only_mount)
    planner = PlannerService(engine)
    assert planner.get("e082@seed.cica-planner").title == "Senior Officials Committee meeting"
    assert planner.occurrences(date(2024, 6, 1), date(2024, 7, 1))
    assert planner.search("Senior Officials")
    with pytest.raises(StorageError, match="read-only; changes cannot be saved"):
        planner.create(Event(title="New", category=Category.SOC, start=date(2026, 12, 1), end=date(2026, 12, 2)))
    engine.dispose()
    listed = as_root("--db", str(read_only_mount), "list", "--all", "--json")
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) > 50


def test_the_app_opens_a_calendar_on_a_read_only_file_system_with_the_bar(qapp, read_only_mount: Path,
                                                                          monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from cica_planner import app as app_module
    from cica_planner.ui.main_window import MainWindow

    shown: list[MainWindow] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QApplication, "exec", lambda self=None: shown.extend(
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()) or 0)
    assert app_module.run_desktop(read_only_mount, log_dir=tmp_path / "logs") == 0
    assert shown
    assert shown[0].is_read_only()
    assert shown[0].read_only_bar.isVisibleTo(shown[0])
    app_module.configure_logging(None)
