"""An import into a calendar file that holds no events yet (a new calendar), without the database stack.

With nothing stored, every event the file brings is new: nothing is compared, updated, kept
or removed, so the plan needs only the stored countries and the write only inserts. This
path reads and writes the file with the standard ``sqlite3`` module
(:func:`cica_planner.storage.event_rows.insert_into_empty_calendar`) and never loads
SQLAlchemy, SQLModel or pydantic, which took a third of a small import's time. The plan is
the same :func:`~cica_planner.services.ical_plan.plan_import`; the result is what the normal
path (:mod:`cica_planner.services.ical_apply`) gives for the same file and calendar, and
a test compares the two calendars row for row.

Anything else takes the normal path: this returns None, having changed nothing but, at
most, the creation or upgrade of the file that opening it does anyway.
"""

from __future__ import annotations

import copy
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from cica_planner.domain.clock import Clock, system_clock
from cica_planner.domain.model import Event
from cica_planner.services.ical_import_result import ImportResult
from cica_planner.services.ical_plan import ImportPlan, Outcome, plan_import
from cica_planner.services.ical_reader import CalendarRecord
from cica_planner.storage import quick_reads
from cica_planner.storage.backups import BackupKind, make_backup
from cica_planner.storage.calendar_file import FileKind, can_write, inspect_file
from cica_planner.storage.event_rows import holds_events, insert_into_empty_calendar
from cica_planner.storage.machine_user import os_user
from cica_planner.storage.migrating import Notify
from cica_planner.storage.opening import ready_calendar_file

__all__ = ["FirstImport", "import_into_calendar_without_events"]


@dataclass(frozen=True)
class FirstImport:
    result: ImportResult
    #: The calendar file did not exist (or was empty) and was created for this import.
    created: bool


def import_into_calendar_without_events(path: Path, calendars: list[CalendarRecord], *, seed_new: bool,
                                        notify: Notify | None = None, clock: Clock | None = None) -> FirstImport | None:
    """Import ``calendars`` into the calendar file ``path`` if it can be written and holds no event; else None.

    The file is created when missing, upgraded when older, and copied first (an import
    backup), as the normal path does; the events are written in one transaction, signed by
    the user of this machine. A new calendar that is to hold the shipped calendar
    (``seed_new``) is left to the normal path, which fills it first.

    Raises:
        StorageError: The file is not a calendar, is newer, or cannot be created, upgraded or written.
    """
    if not can_write(path):
        return None  # the normal path says why a read-only calendar cannot take the import
    if seed_new and inspect_file(path).kind in (FileKind.MISSING, FileKind.EMPTY):
        return None
    created = ready_calendar_file(path, notify=notify)
    with closing(quick_reads.connect(path)) as connection:
        if holds_events(connection):
            return None
        countries = quick_reads.countries(connection)
    plan = plan_import(None, calendars, stored={}, countries=countries)
    if any(item.outcome not in (Outcome.NEW, Outcome.SKIPPED) for item in plan.items):
        return None  # (nothing stored: every item is new or skipped; the normal path would decide anything else)
    make_backup(path, BackupKind.IMPORT, clock=clock)
    when = (clock or system_clock()).now().astimezone(UTC).replace(microsecond=0)  # as authorship.now_utc
    written = insert_into_empty_calendar(path, _fresh(plan), os_user(), when)
    if written is None:
        return None  # someone wrote an event meanwhile: the normal path compares with it
    result = ImportResult(len(written), 0, 0, plan.skipped, list(plan.notes), ignored_deadlines=plan.ignored_deadlines,
                          created_uids=[event.uid for event in written])
    return FirstImport(result, created)


def _fresh(plan: ImportPlan) -> list[Event]:
    """Copies of the plan's new events (the plan keeps its own, for a redo), with no id or history yet."""
    fresh: list[Event] = []
    for item in plan.items:
        if item.outcome is Outcome.NEW and item.event is not None:
            new = copy.copy(item.event)
            new.id, new.history = None, []
            fresh.append(new)
    return fresh
