"""An import into a calendar file that only adds events, with the standard ``sqlite3`` module alone.

An import from the command line loaded SQLAlchemy, SQLModel and pydantic (about 0.4 s) before it
read a single event: more than the import's own work on a file of 3,000 events. Most imports
into a file only add events (a new calendar, a colleague's meetings), and for those this module
does what ``ImportService.plan`` and ``apply`` do, without that stack:

- the plan is the same (``ical_plan.plan_import``), made over the file's events and countries
  read through ``storage/quick_reads.py``, which maps rows as the repositories do;
- the write is the same: a backup of the calendar first, the file's write lock before anything
  is checked, the plan's new events checked again under it, and the rows ``event_bulk`` writes
  (``storage/quick_writes.py``; the tests compare both paths' rows), in one transaction, with
  the daily copy before the commit.

Anything else is left to the full path, which plans again: a plan that updates, removes or adds
an exclusion to a stored event, a new event that someone stored between the plan and the lock,
a calendar that must be seeded, a file this program may not write or must refuse.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from cica_planner.domain.clock import Clock
from cica_planner.domain.model import Country, Event
from cica_planner.services.ical_plan import ImportPlan, Outcome, plan_import, prune_known_exdates
from cica_planner.services.import_apply import ImportResult, unsaved_copy
from cica_planner.storage import quick_reads, quick_writes
from cica_planner.storage.backups import BackupKind, make_backup, take_daily_backup
from cica_planner.storage.calendar_file import FileKind, inspect_file, refusal
from cica_planner.storage.migrating import Notify
from cica_planner.storage.opening import ready_calendar_file
from cica_planner.storage.read_only import can_write


@dataclass(frozen=True)
class FileImport:
    """What :func:`import_into_file` did: the import's result, and whether it created the calendar file."""

    #: None: the import does more than add events, or one of its new events was stored meanwhile; the full path imports it.
    result: ImportResult | None
    created: bool


class StoredFile:
    """The calendar file as a plan reads it (``ical_plan.StoredCalendar``)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def all_events(self) -> list[Event]:
        return quick_reads.all_events(self._connection)

    def countries(self) -> list[Country]:
        return quick_reads.countries(self._connection)


def import_into_file(path: Path, data: bytes | Sequence[object], *, clock: Clock, seed_new: bool,
                     notify: Notify | None = None) -> FileImport | None:
    """Import ``data`` into the calendar file ``path`` when the import only adds events.

    None when this path does not apply to the file (nothing was touched): a calendar that would
    be created and seeded (``seed_new``), a file that cannot be written or is no calendar of
    this version. The calendar is made ready as opening it does (created empty, or upgraded);
    ``notify`` hears what was repaired on the way.
    """
    path = Path(os.path.abspath(path.expanduser()))
    state = inspect_file(path)
    new = state.kind in (FileKind.MISSING, FileKind.EMPTY)
    if refusal(state) is not None or (new and seed_new) or not can_write(path):
        return None
    created = ready_calendar_file(path, notify=notify)
    connection = quick_writes.connect(path)
    try:
        plan = prune_known_exdates(plan_import(StoredFile(connection), data))
        if not _adds_only(plan):
            return FileImport(None, created)
        return FileImport(write_new_events(connection, path, plan, clock), created)
    finally:
        connection.close()


def _adds_only(plan: ImportPlan) -> bool:
    return not plan.stored_exdates and all(item.outcome not in (Outcome.UPDATED, Outcome.REMOVED) for item in plan.items)


def write_new_events(connection: sqlite3.Connection, path: Path, plan: ImportPlan, clock: Clock) -> ImportResult | None:
    """Write the plan's new events in one transaction, as ``ical_apply.apply_import`` writes them; None when
    one of them was stored by someone else since the plan (the full path then decides, event by event)."""
    fresh = [unsaved_copy(item.event) for item in plan.items if item.outcome is Outcome.NEW and item.event]
    make_backup(path, BackupKind.IMPORT, clock=clock)  # as the full path's backup_before takes it
    with quick_writes.write_transaction(connection, path):
        if quick_writes.stored_uids(connection, [event.uid for event in fresh]):
            return None  # nothing written: the transaction ends without a change
        when = clock.now().astimezone(UTC).replace(microsecond=0)
        inserted = quick_writes.insert_new(connection, fresh, quick_writes.os_user(), when)
        take_daily_backup(path, clock)  # before the commit, as the engine's hook takes it
    return ImportResult(len(inserted), 0, plan.count(Outcome.UNCHANGED), plan.skipped, list(plan.notes),
                        ignored_deadlines=plan.ignored_deadlines, created_uids=[event.uid for event in inserted])
