"""Backups of a SQLite calendar that can be trusted, listed, pruned and restored.

A backup is written with SQLite's online backup API into a hidden temporary file, verified
(``PRAGMA integrity_check`` and the row count of every table against the source, read in the
same snapshot), flushed to disk and only then given its final name. A failed or killed
backup therefore never leaves a ``.bak`` behind: at most a temporary file, which the next
backup removes once the process that wrote it is gone.

Names carry the revision the copy really has (``0001+partial`` for a half-upgraded schema),
the UTC time to the millisecond and what the copy was taken for::

    calendar.sqlite3.0002-20261201-091502-123Z.daily.bak

Rotation keeps the first copy of each of the last 14 days that have one, the first of each
of the last 8 weeks, and the 5 newest whatever their day, so an import made a minute ago can
still be undone. Copies of a broken state are never pruned.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from cica_planner.domain.clock import Clock, system_clock
from cica_planner.domain.errors import StorageError
from cica_planner.processes import is_alive
from cica_planner.storage.calendar_file import FileKind, inspect_file, read_schema
from cica_planner.storage.read_only import can_write, connect_read_only

if TYPE_CHECKING:  # copies are made with sqlite3; SQLAlchemy only for the engine's daily-copy hook
    from sqlalchemy.engine import Connection, Engine

KEEP_DAILY = 14
KEEP_WEEKLY = 8
KEEP_NEWEST = 5
TEMP_SUFFIX = ".backup-tmp"

log = logging.getLogger(__name__)


class BackupKind(StrEnum):
    DAILY = "daily"  # before the first change of a day
    MIGRATION = "migration"  # before a schema upgrade
    IMPORT = "import"  # before an import is applied
    MANUAL = "manual"  # ``cica-planner backup`` or File > Backups > Back up now
    RESTORE = "before-restore"  # the state a restore replaced
    BROKEN = "broken"  # a half-upgraded file, kept before it was restored


_NAME = re.compile(r"^(?P<calendar>.+)\.(?P<revision>[^.]+?)-(?P<stamp>\d{8}-\d{6}(?:-\d{3}Z)?)"
                   r"(?:\.(?P<kind>[a-z-]+))?(?:\.\d+)?\.bak$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime  # aware, UTC
    revision: str
    kind: str
    size: int

    @property
    def partial(self) -> bool:
        return self.revision.endswith("+partial")


def backup_name(calendar: Path, revision: str, taken: datetime, kind: BackupKind) -> str:
    stamp = taken.astimezone(UTC).strftime("%Y%m%d-%H%M%S-") + f"{taken.microsecond // 1000:03d}Z"
    return f"{calendar.name}.{revision}-{stamp}.{kind.value}.bak"


def parse_name(path: Path, calendar_name: str | None = None) -> Backup | None:
    found = _NAME.match(path.name)
    if not found or (calendar_name is not None and found["calendar"] != calendar_name):
        return None
    stamp = found["stamp"]
    if stamp.endswith("Z"):
        taken = datetime.strptime(stamp[:-1], "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
    else:  # older versions named their copies in local time, to the second
        taken = datetime.strptime(stamp, "%Y%m%d-%H%M%S").astimezone(UTC)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return Backup(path, taken, found["revision"], found["kind"] or BackupKind.MIGRATION.value, size)


def list_backups(calendar: Path) -> list[Backup]:
    """The backups of ``calendar`` in its folder, newest first."""
    folder = calendar.parent
    if not folder.is_dir():
        return []
    found = [parse_name(p, calendar.name) for p in folder.glob(f"{_glob_escape(calendar.name)}.*.bak")]
    return sorted((b for b in found if b is not None), key=_age, reverse=True)


def _age(backup: Backup) -> tuple[datetime, int]:
    # Copies named in the same millisecond (a fixed clock) are told apart by when they were written.
    try:
        return backup.taken, backup.path.stat().st_mtime_ns
    except OSError:
        return backup.taken, 0


def _glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def make_backup(calendar: Path, kind: BackupKind, *, clock: Clock | None = None, target: Path | None = None) -> Path:
    """Copy ``calendar`` into a verified backup and return its path.

    ``target`` names the file to write (``cica-planner backup FILE``); by default the copy goes
    beside the calendar under a rotation name, and old copies are pruned.

    Raises:
        StorageError: The copy could not be written or verified (nothing is left behind).
    """
    clock = clock or system_clock()
    folder = (target or calendar).parent
    _sweep_temporaries(folder)
    temp = folder / f".{(target or calendar).name}.{os.getpid()}{TEMP_SUFFIX}"
    try:
        label = _copy_and_verify(calendar, temp)
        final = target or folder / backup_name(calendar, label, clock.now(), kind)
        final = _publish(temp, final, unique=target is None)
    except sqlite3.Error as exc:
        _remove(temp)
        raise StorageError(_failure(calendar, exc)) from None
    except OSError as exc:
        _remove(temp)
        raise StorageError(f"cannot write a backup of {calendar.name}: {exc.strerror or exc}") from None
    except BaseException:
        _remove(temp)
        raise
    if target is None and kind is not BackupKind.BROKEN:
        prune(calendar, clock)
    return final


def _copy_and_verify(calendar: Path, temp: Path) -> str:
    """Copy through the backup API and check the copy; return the copy's true revision label."""
    _remove(temp)
    source = sqlite3.connect(calendar, timeout=60) if can_write(calendar) else connect_read_only(calendar)
    try:
        source.isolation_level = None
        source.execute("BEGIN")  # one snapshot for the counts and the copy
        expected = _row_counts(source)
        copy = sqlite3.connect(temp)
        try:
            source.backup(copy)
            source.execute("COMMIT")
            copy.execute("PRAGMA journal_mode=DELETE")  # a self-contained file: no -wal to carry along
            problems = copy.execute("PRAGMA integrity_check").fetchall()
            if problems != [("ok",)]:
                raise StorageError(f"the backup of {calendar.name} failed its integrity check ({problems[0][0]})")
            if _row_counts(copy) != expected:
                raise StorageError(f"the backup of {calendar.name} does not hold every row of the calendar")
        finally:
            copy.close()
    finally:
        source.close()
    with open(temp, "rb") as handle:
        os.fsync(handle.fileno())
    return inspect_file(temp).label


def _row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    return {name: connection.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0]
            for name in read_schema(connection)}


def _publish(temp: Path, final: Path, *, unique: bool) -> Path:
    candidate = final
    if not unique:
        os.replace(temp, final)
    else:
        # A hard link never replaces an existing file: two backups in the same millisecond get
        # distinct names instead of one overwriting the other.
        step = 0
        while True:
            try:
                os.link(temp, candidate)
                break
            except FileExistsError:
                step += 1
                candidate = final.with_name(final.name.replace(".bak", f".{step}.bak"))
            except OSError:  # a file system without hard links
                if candidate.exists():
                    step += 1
                    candidate = final.with_name(final.name.replace(".bak", f".{step}.bak"))
                    continue
                os.replace(temp, candidate)
                break
        _remove(temp)
    with contextlib.suppress(OSError):  # make the new name itself durable (POSIX only)
        descriptor = os.open(final.parent, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    return candidate


def _failure(calendar: Path, exc: sqlite3.Error) -> str:
    reason = str(exc).splitlines()[0]
    if "full" in reason:
        return f"cannot write a backup of {calendar.name}: the disk is full"
    return f"cannot write a backup of {calendar.name}: {reason}"


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _sweep_temporaries(folder: Path) -> None:
    """Remove temporary copies of backups whose writer was killed."""
    for temp in folder.glob(f".*{TEMP_SUFFIX}"):
        pid = temp.name[: -len(TEMP_SUFFIX)].rsplit(".", 1)[-1]
        if pid.isdigit() and not is_alive(int(pid)):
            _remove(temp)



def prune(calendar: Path, clock: Clock) -> list[Path]:
    """Delete rotation copies beyond the daily and weekly ones kept; return what was deleted."""
    backups = [b for b in list_backups(calendar) if b.kind != BackupKind.BROKEN.value]
    keep: set[Path] = {b.path for b in backups[:KEEP_NEWEST]}
    zone = _zone_info(clock.zone)  # whose days and weeks: the clock's (Astana by default)
    oldest_first = sorted(backups, key=lambda b: b.taken)
    days: dict[date, Path] = {}
    weeks: dict[tuple[int, int], Path] = {}
    for backup in oldest_first:
        day = backup.taken.astimezone(zone).date()
        days.setdefault(day, backup.path)
        weeks.setdefault(day.isocalendar()[:2], backup.path)
    keep |= {days[d] for d in sorted(days)[-KEEP_DAILY:]}
    keep |= {weeks[w] for w in sorted(weeks)[-KEEP_WEEKLY:]}
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed


def _zone_info(name: str):  # noqa: ANN202 - a tzinfo
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def backup_events(path: Path) -> int:
    """How many events a backup holds (read without writing anything beside it)."""
    with contextlib.closing(connect_read_only(path)) as connection:
        return int(connection.execute("SELECT COUNT(*) FROM event").fetchone()[0])


def verify_backup(path: Path) -> str:
    """Check that ``path`` is a whole CICA Planner calendar; return its revision.

    Raises:
        StorageError: It is not one (another file, damaged, half-upgraded or from a newer version).
    """
    if not path.is_file():
        raise StorageError(f"{path} is not a file; give the path of a backup")
    state = inspect_file(path)
    if state.kind is FileKind.NEWER:
        raise StorageError(f"{path} is a backup from a newer CICA Planner (schema {state.revision}); update CICA Planner first")
    if state.kind is not FileKind.CALENDAR or state.revision is None:
        raise StorageError(f"{path} is not a CICA Planner backup")
    if state.half_migrated:
        raise StorageError(f"{path} is a copy of a half-upgraded calendar, not a backup that can be restored")
    with contextlib.closing(connect_read_only(path)) as connection:
        if connection.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise StorageError(f"{path} is damaged (it fails SQLite's integrity check)")
    return state.revision


def restore_into(calendar: Path, backup: Path) -> None:
    """Replace the contents of ``calendar`` by those of ``backup`` in one SQLite transaction."""
    with contextlib.closing(connect_read_only(backup)) as source, \
            contextlib.closing(sqlite3.connect(calendar, timeout=120)) as destination:
        source.backup(destination)


# --- Automatic copies for the app and the command line -----------------------------------------

_ENABLED: WeakKeyDictionary[Engine, _Policy] = WeakKeyDictionary()


@dataclass
class _Policy:
    calendar: Path
    clock: Clock
    last_daily: object = None  # the day a daily copy is known to exist


def enable_backups(engine: Engine, calendar: Path, clock: Clock | None = None) -> None:
    """Take a daily copy before the first change of each day, and allow :func:`backup_before`."""
    if engine.dialect.name != "sqlite" or engine in _ENABLED:
        return
    from sqlalchemy import event

    policy = _Policy(Path(calendar), clock or system_clock())
    _ENABLED[engine] = policy

    @event.listens_for(engine, "commit")
    def _before_commit(connection: Connection) -> None:
        raw = connection.connection.driver_connection
        if getattr(raw, "in_transaction", False):  # something is being written
            _daily(policy)


def backup_before(engine: Engine, kind: BackupKind) -> Path | None:
    """Take a copy before a risky write (an import) when the engine's owner asked for copies."""
    policy = _ENABLED.get(engine)
    if policy is None or not can_write(policy.calendar):
        return None  # a read-only calendar cannot change: the write itself will say so
    return make_backup(policy.calendar, kind, clock=policy.clock)


def take_daily_backup(calendar: Path, clock: Clock) -> None:
    """The daily copy, unless one was taken today, for a write that has no engine (``storage/quick_writes.py``).

    Called inside the write's transaction, before it commits, as the engine's hook calls it.
    """
    _daily(_Policy(Path(calendar), clock))


def _daily(policy: _Policy) -> None:
    today = policy.clock.today()
    if policy.last_daily == today:
        return
    zone = _zone_info(policy.clock.zone)
    if any(b.taken.astimezone(zone).date() == today for b in list_backups(policy.calendar)):
        policy.last_daily = today
        return
    try:
        # The commit has not happened yet: the copy holds the calendar as it was before today's changes.
        make_backup(policy.calendar, BackupKind.DAILY, clock=policy.clock)
    except StorageError as exc:
        log.warning("%s", exc)  # a missing daily copy must not stop the change itself
    policy.last_daily = today
