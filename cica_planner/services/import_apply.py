"""Applying an import plan without overwriting what another writer stored after the preview.

The desktop app shows a plan and writes it only when the user says OK; meanwhile another
process (a colleague's import, a script) may have stored a newer version of an event, or the
same file may be imported twice at once. So the write takes the database's write lock first
(``BEGIN IMMEDIATE`` on SQLite, an advisory transaction lock on PostgreSQL) and then decides
again, item by item, with the same SEQUENCE / LAST-MODIFIED rule as the plan:

* no stored event: create it;
* the file's version is newer than the stored one: update it;
* otherwise keep the stored one (counted as unchanged, and said in a note).

A plan that said "new" for an event another import created meanwhile therefore updates or
keeps it, instead of failing on the UID's uniqueness.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from cica_planner.domain.model import Event
from cica_planner.services.ical_plan import PlannedItem, summary_text

if TYPE_CHECKING:  # this module is also the import into a calendar file through sqlite3 alone (file_import)
    from sqlmodel import Session

    from cica_planner.services.planner import DeletedEvent

#: The key of the PostgreSQL advisory lock that serialises imports ("CICA" in ASCII).
IMPORT_LOCK_KEY = 0x43494341


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote, read inside its transaction: the summary, and the receipt undo reverts."""

    created: int
    updated: int
    unchanged: int
    skipped: list[PlannedItem]
    notes: list[str]
    removed: int = 0
    ignored_deadlines: int = 0
    created_uids: list[str] = field(default_factory=list)
    #: Each event the import changed, as it was before (history included).
    replaced: list[Event] = field(default_factory=list)
    #: Each event the import removed, with its tasks.
    removed_events: list[DeletedEvent] = field(default_factory=list)

    def summary(self) -> str:
        return summary_text(self.created, self.updated, self.unchanged, len(self.skipped), self.removed,
                            self.ignored_deadlines)


def unsaved_copy(incoming: Event) -> Event:
    """A planned new event as it is written: a shallow copy (the plan's event stays as planned, for a redo),
    with no id and no history of its own yet."""
    new = copy.copy(incoming)
    new.id, new.history = None, []
    return new


class Decision(Enum):
    CREATE = "create"
    UPDATE = "update"
    KEEP = "keep"


@dataclass
class WriteLog:
    created_uids: list[str] = field(default_factory=list)
    replaced: list[Event] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)

    def notes(self) -> list[str]:
        if not self.kept:
            return []
        count = len(self.kept)
        return [f"{count} event{'s' * (count != 1)} changed in the calendar after the preview "
                f"{'were' if count != 1 else 'was'} as new as or newer than the file's and "
                f"{'were' if count != 1 else 'was'} kept"]


def lock_for_writing(session: Session) -> None:
    """Take the database's write lock now, before the first read of the transaction."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        raw = connection.connection.driver_connection
        if not getattr(raw, "in_transaction", True):
            # pysqlite would open the transaction only at the first write, after our reads.
            connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({IMPORT_LOCK_KEY})")


def recheck(incoming: Event, current: Event | None, is_newer: Callable[[Event, Event], bool] | None) -> Decision:
    """What to do with ``incoming`` given what is stored now (inside the write transaction).

    Without ``is_newer`` a stored event is always replaced (a redo the user asked for).
    """
    if current is None:
        return Decision.CREATE
    return Decision.UPDATE if is_newer is None or is_newer(incoming, current) else Decision.KEEP
