"""Many events written in one statement: the import's new events, without an ORM object per row.

``EventRepository.add`` builds a row object, flushes it and reads its id back, event by
event; for a file of thousands of events that was most of the import's time. Here the rows
are plain column dictionaries inserted with one ``executemany`` (``INSERT … RETURNING``),
their overrides likewise, inside the caller's transaction. The columns are the ones
``repositories.event_to_row`` fills (a test keeps the two equal), and each new row is signed
like every other write (``authorship``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from cica_planner.domain.model import Event, Override
from cica_planner.storage.authorship import author, now_utc
from cica_planner.storage.row_reading import moment_to_text
from cica_planner.storage.tables import EventRow, OverrideRow

#: UIDs per query when looking many up (well under every database's parameter limit).
CHUNK = 500

_EVENTS = EventRow.metadata.tables["event"]
_OVERRIDES = OverrideRow.metadata.tables["event_override"]


def event_columns(event: Event) -> dict[str, Any]:
    """The stored columns of ``event`` (as ``event_to_row`` writes them), without id and signature."""
    start, end = event.start, event.end
    if isinstance(start, datetime) and isinstance(end, datetime):
        start_utc, end_utc, start_day, end_day = start.astimezone(UTC), end.astimezone(UTC), None, None
    else:
        start_utc = end_utc = None
        start_day, end_day = start, end
    return {
        "uid": event.uid,
        "title": event.title,
        "category": event.category.value,
        "all_day": event.all_day,
        "start_utc": start_utc,
        "end_utc": end_utc,
        "start_day": start_day,
        "end_day": end_day,
        "tzid": event.tzid,
        "precision": event.precision.value,
        "period_part": event.period_part.value if event.period_part else None,
        "city": event.city,
        "country": event.country,
        "venue": event.venue,
        "mode": event.mode.value,
        "status": event.status.value,
        "organiser": event.organiser,
        "description": event.description,
        "rrule": event.rrule or None,
        "exdates": ",".join(moment_to_text(m) for m in event.exdates),
        "rdates": ",".join(moment_to_text(m) for m in event.rdates),
        "extra_rules": "\n".join(event.extra_rules),
        "sequence": event.sequence,
        "created": event.created,
        "last_modified": event.last_modified,
    }


def override_columns(override: Override, event_id: int) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "recurrence_id": moment_to_text(override.recurrence_id),
        "this_and_future": override.this_and_future,
        "start": moment_to_text(override.start),
        "end": moment_to_text(override.end),
        "title": override.title,
        "category": override.category.value,
        "city": override.city,
        "country": override.country,
        "venue": override.venue,
        "mode": override.mode.value,
        "status": override.status.value,
        "organiser": override.organiser,
        "description": override.description,
        "sequence": override.sequence,
    }


def insert_new(session: Session, events: Sequence[Event], progress: Callable[[int], None] | None = None) -> list[Event]:
    """Insert ``events`` (no history) in one statement per chunk; return those stored, signed and with their ids.

    ``progress`` is told how many of ``events`` are written after each chunk.

    An event whose UID is stored already (another client created it this very moment) is
    left out, not an error: the caller decides what to do with it.
    """
    if not events:
        return []
    signature, when = author(session), now_utc(session)
    rows = [{**event_columns(event), "version": 1, "changed_by": signature, "changed_at": when} for event in events]
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:  # the SQLite dialect is loaded already; PostgreSQL's only when it is the one in use
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(_EVENTS).on_conflict_do_nothing(index_elements=["uid"]).returning(_EVENTS.c.id, _EVENTS.c.uid)
    ids: dict[str, int] = {}
    for start in range(0, len(rows), CHUNK):
        ids.update((uid, event_id) for event_id, uid in session.execute(statement, rows[start:start + CHUNK]))
        if progress:
            progress(min(start + CHUNK, len(rows)))
    stored = [event for event in events if event.uid in ids]
    overrides = [override_columns(override, ids[event.uid]) for event in stored for override in event.overrides]
    if overrides:
        session.execute(_OVERRIDES.insert(), overrides)
    for event in stored:
        event.id, event.version, event.changed_by, event.changed_at = ids[event.uid], 1, signature, when
    return stored


def versions(session: Session, uids: Iterable[str]) -> dict[str, int]:
    """The stored version of each of ``uids`` that is stored, in a few queries (no event is loaded)."""
    wanted = list(dict.fromkeys(uids))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        statement = select(_EVENTS.c.uid, _EVENTS.c.version).where(_EVENTS.c.uid.in_(chunk))
        found.update((uid, version) for uid, version in session.execute(statement))
    return found
