"""Backups as the user sees them: list, make one now, restore one safely.

Restoring never loses the present: the current calendar is copied first (a ``before-restore``
backup, itself listed and restorable), the chosen file must be a whole CICA Planner calendar,
and the copy goes in through SQLite's backup API in one transaction, so a crash leaves either
the old calendar or the restored one. An older backup is then upgraded like any calendar.

A team calendar on a server has no file here: its backups are the server's job (pg_dump).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cica_planner.domain.clock import Clock, system_clock
from cica_planner.domain.errors import StorageError, ValidationError
from cica_planner.storage import backups as store
from cica_planner.storage.calendar_file import FileKind, inspect_file
from cica_planner.storage.migrating import Notify, file_lock, prepare_calendar

SERVER_BACKUPS = ("this is a team calendar on a server: its backups are the server's job "
                  "(for PostgreSQL, pg_dump run by the server's administrator), not CICA Planner's")


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    taken: datetime  # aware, UTC
    kind: str
    revision: str
    events: int | None  # None when the copy cannot be read
    size: int

    def as_json(self, zone: str) -> dict[str, object]:
        from zoneinfo import ZoneInfo

        return {"file": str(self.path), "taken": self.taken.astimezone(ZoneInfo(zone)).isoformat(timespec="seconds"),
                "kind": self.kind, "revision": self.revision, "events": self.events, "size": self.size}


@dataclass(frozen=True)
class Restored:
    backup: Path
    events: int
    previous: Path | None  # the copy of the calendar as it was, None when there was none


def is_server_location(location: str) -> bool:
    return "://" in location and not location.startswith("sqlite")


class BackupService:
    """Backups of one calendar file."""

    def __init__(self, calendar: Path | str, clock: Clock | None = None) -> None:
        if is_server_location(str(calendar)):
            raise StorageError(SERVER_BACKUPS)
        self.calendar = Path(calendar).expanduser()
        self.clock = clock or system_clock()

    def list(self) -> list[BackupEntry]:
        """The backups beside the calendar, newest first, with what each holds."""
        entries = []
        for backup in store.list_backups(self.calendar):
            try:
                events: int | None = store.backup_events(backup.path)
            except Exception:  # a damaged copy is listed, its count unknown
                events = None
            entries.append(BackupEntry(backup.path, backup.taken, backup.kind, backup.revision, events, backup.size))
        return entries

    def preview(self, backup: Path) -> BackupEntry:
        """What restoring ``backup`` would bring back (checked to be a CICA Planner backup)."""
        revision = store.verify_backup(backup)
        parsed = store.parse_name(backup)
        taken = parsed.taken if parsed else datetime.fromtimestamp(backup.stat().st_mtime).astimezone()
        kind = parsed.kind if parsed else "file"
        return BackupEntry(backup, taken, kind, revision, store.backup_events(backup), backup.stat().st_size)

    def back_up_now(self, target: Path | None = None) -> Path:
        """Make a verified backup now: beside the calendar (rotated), or at ``target``."""
        self._require_calendar()
        if target is not None:
            from cica_planner.services.files import check_target

            target = Path(check_target(target))
            if target.resolve() == self.calendar.resolve():
                raise ValidationError("a backup cannot overwrite the calendar itself; give another file name")
        return store.make_backup(self.calendar, store.BackupKind.MANUAL, clock=self.clock, target=target)

    def restore(self, backup: Path, *, notify: Notify | None = None) -> Restored:
        """Replace the calendar by ``backup`` after keeping a copy of the present calendar."""
        backup = Path(backup).expanduser()
        if self.calendar.exists() and backup.resolve() == self.calendar.resolve():
            raise ValidationError("that is the calendar itself, not a backup of it")
        store.verify_backup(backup)
        events = store.backup_events(backup)
        previous = None
        self.calendar.parent.mkdir(parents=True, exist_ok=True)
        with file_lock(self.calendar):
            if inspect_file(self.calendar).kind is FileKind.CALENDAR:
                previous = store.make_backup(self.calendar, store.BackupKind.RESTORE, clock=self.clock)
            elif self.calendar.exists() and self.calendar.stat().st_size > 0:
                raise StorageError(f"{self.calendar} is not a CICA Planner database; it is not replaced")
            store.restore_into(self.calendar, backup)
        prepare_calendar(self.calendar, notify=notify, backups=False)  # an older backup is upgraded
        return Restored(backup, events, previous)

    def _require_calendar(self) -> None:
        if inspect_file(self.calendar).kind is not FileKind.CALENDAR:
            raise StorageError(f"there is no calendar at {self.calendar} to back up")
