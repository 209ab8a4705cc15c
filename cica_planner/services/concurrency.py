"""Optimistic concurrency: a save or an undo must start from the version that is stored.

Every event, task, term and template carries a version that rises with each save. A copy read
at version 3 may be saved only while the stored record is still at version 3; otherwise
someone else changed it meanwhile and the save is refused with a ConflictError carrying both
sides, so the user can compare them field by field and choose (see ui/dialogs/record_conflict).
"""

from __future__ import annotations

import weakref
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.engine import Engine

from cica_planner.domain.clock import HOME_ZONE
from cica_planner.domain.errors import ConflictError
from cica_planner.domain.model import zone


def changed_by_text(changed_by: str, changed_at: datetime | None) -> str:
    """'Aigerim (aigerim) at 14:05 on 2 Dec 2024' in Astana time, or what of it is known."""
    who = changed_by or "someone else"
    if changed_at is None:
        return who
    local = changed_at.astimezone(UTC).astimezone(zone(HOME_ZONE))
    return f"{who} at {local:%H:%M} on {local.day} {local:%b %Y} (Astana time)"


def _label(record: Any) -> str:  # an Event, Task, ChairTerm or template
    title = getattr(record, "title", "") or getattr(record, "name", "") or getattr(record, "country", "")
    return f"“{title}”" if title else "this record"


def check_version(mine: Any, stored: Any, *, expected: int | None = None, undo: bool = False) -> None:
    """Refuse to write ``mine`` over ``stored`` when ``stored`` moved on since ``mine`` was read.

    Args:
        mine: what the user wants to store (its ``version`` is the one it was read at; 0 means
            it never came from the store, as an imported file's event, and is not checked).
        stored: the record as stored now, read for the write; None when it was deleted.
        expected: the version the store must hold, when it is not ``mine.version`` (an undo
            expects the version its own change left behind).
        undo: word the message for an undo.
    """
    wanted = mine.version if expected is None else expected
    if not wanted:
        return
    action = "cannot undo: " if undo else ""
    if stored is None:
        raise ConflictError(f"{action}{_label(mine)} was deleted by someone else meanwhile", mine, None)
    if stored.version != wanted:
        who = changed_by_text(getattr(stored, "changed_by", ""), getattr(stored, "changed_at", None))
        advice = "" if undo else "; reload it and make your change again"
        raise ConflictError(f"{action}{_label(stored)} was changed by {who} since you opened it{advice}",
                            mine, stored)


# ---------------------------------------------------------------------------
# What this program wrote last: an undo may overwrite only its own latest write
# ---------------------------------------------------------------------------

_own_writes: weakref.WeakKeyDictionary[Engine, dict[tuple[str, object], int]] = weakref.WeakKeyDictionary()


def record_write(engine: Engine, kind: str, key: object, version: int) -> None:
    """Remember that this program left record ``key`` of ``kind`` at ``version``."""
    _own_writes.setdefault(engine, {})[(kind, key)] = version


def own_version(engine: Engine, kind: str, key: object) -> int | None:
    """The version this program's latest write left ``key`` at, or None if it never wrote it."""
    return _own_writes.get(engine, {}).get((kind, key))


def check_undo(engine: Engine, kind: str, key: object, mine: Any, stored: Any) -> None:
    """Refuse an undo when someone else wrote the record after this program's latest write."""
    expected = own_version(engine, kind, key)
    if expected is not None:
        check_version(mine, stored, expected=expected, undo=True)
