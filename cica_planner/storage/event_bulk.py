"""Many events written in one statement: the import's new events, without an ORM object per row.

``EventRepository.add`` builds a row object, flushes it and reads its id back, event by
event; for a file of thousands of events that was most of the import's time. Here the rows
are plain column dictionaries inserted with one ``executemany`` (``INSERT … RETURNING``),
their overrides likewise, inside the caller's transaction. The columns are the ones
``repositories.event_to_row`` fills (a test keeps the two equal), and each new row is signed
like every other write (``authorship``). The columns are :mod:`cica_planner.storage.event_rows`'s,
which also writes the first events of a calendar file without SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from sqlalchemy import select
from sqlmodel import Session

from cica_planner.domain.model import Event
from cica_planner.storage.authorship import author, now_utc
from cica_planner.storage.event_rows import event_columns, override_columns
from cica_planner.storage.tables import EventRow, OverrideRow

#: UIDs per query when looking many up (well under every database's parameter limit).
CHUNK = 500

_EVENTS = EventRow.metadata.tables["event"]
_OVERRIDES = OverrideRow.metadata.tables["event_override"]


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
