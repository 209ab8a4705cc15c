"""Opening the database: migrate (with a backup first) and, for a new file, load the shipped calendar."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session

from cica_planner.domain.clock import HOME_ZONE
from cica_planner.domain.model import (
    UNDATED_DAY,
    Category,
    Event,
    EventChange,
    EventStatus,
    Mode,
    PeriodPart,
    Precision,
    utc_now,
)
from cica_planner.resources import load_json
from cica_planner.storage import repositories as repo
from cica_planner.storage.db import (
    current_revision,
    has_tables,
    make_engine,
    session_scope,
    upgrade,
)
from cica_planner.storage.migrating import Notify
from cica_planner.storage.opening import open_calendar_file
from cica_planner.storage.tables import BodyRow, CountryRow

SEED_UID_SUFFIX = "@seed.cica-planner"


def open_database(location: str | Path, *, seed: bool = True, notify: Notify | None = None) -> Engine:
    """Open (creating if needed) the database at ``location`` and bring its schema up to date.

    A database created by this call is filled with the shipped reference data and the
    2024–2026 calendar unless ``seed`` is false. A calendar file that cannot be written is
    opened read-only; ``notify`` hears what was repaired on the way (a restored backup).
    """
    text = str(location)
    if "://" not in text:
        opened = open_calendar_file(Path(text), notify=notify)
        if opened.created and seed:
            seed_database(opened.engine)
        return opened.engine
    engine = make_engine(text)
    is_new = current_revision(engine) is None and not has_tables(engine)
    upgrade(engine)
    if is_new and seed:
        seed_database(engine)
    return engine


def seed_uid(key: str) -> str:
    """The stable UID of a seeded item: exports of the seeded calendar keep the same UIDs."""
    return f"{key.lower()}{SEED_UID_SUFFIX}"


def seed_event(item: dict, recorded: datetime | None = None) -> Event:
    """Build an event from one object of ``resources/seed/events.json`` (end day inclusive).

    An undated item has no start or end. ``history`` lists the plans the outcome replaced
    (old day, place and format with the reason); ``recorded`` is when the calendar learnt it.
    """
    precision = Precision(item.get("precision") or "day")
    if precision is Precision.UNDATED:
        first_day = last_day = UNDATED_DAY
    else:
        first_day = date.fromisoformat(item["start"])
        last_day = date.fromisoformat(item["end"])
    part = item.get("part")
    event = Event(
        uid=seed_uid(item["key"]),
        title=item["title"],
        category=Category.parse(item["category"]),
        start=first_day,
        end=last_day + timedelta(days=1),
        tzid=item.get("tzid") or HOME_ZONE,
        precision=precision,
        period_part=PeriodPart(part) if part else None,
        city=item.get("city", ""),
        country=item.get("country", ""),
        venue=item.get("venue", ""),
        mode=Mode(item.get("mode") or "unknown"),
        status=EventStatus(item.get("status") or "planned"),
        organiser=item.get("organiser", ""),
        description=item.get("description", ""),
        rrule=item.get("rrule") or None,
    )
    event.history = [_seed_change(change, event, recorded or utc_now()) for change in item.get("history", [])]
    return event


def _seed_change(change: dict, event: Event, recorded: datetime) -> EventChange:
    """One superseded plan of a seeded event: what was planned, and why the outcome differs."""
    return EventChange(
        changed_at=recorded,
        reason=change["reason"],
        old_start=date.fromisoformat(change["old_start"]),
        old_end=date.fromisoformat(change["old_end"]) + timedelta(days=1),
        new_start=event.start,
        new_end=event.end,
        old_place=change.get("old_city", event.city),
        new_place=event.city,
        old_mode=change.get("old_mode", event.mode.value),
        new_mode=event.mode.value,
    )


def _seed_reference(session: Session) -> None:
    for country in load_json("seed", "countries.json"):
        session.add(CountryRow(**country))
    for body in load_json("seed", "bodies.json"):
        session.add(BodyRow(**body))
    session.flush()


def _seed_events(session: Session) -> None:
    events = repo.EventRepository(session)
    now = utc_now()
    for item in load_json("seed", "events.json"):
        event = seed_event(item, now)
        event.validate()
        event.created = event.last_modified = now
        events.add(event)


def seed_database(engine: Engine) -> None:
    """Load the shipped data in one transaction: a failure leaves the database empty, not half-filled.

    Order matters: the chairmanship register anchors its handover milestones to seeded
    events, and the checklists skip what the handover plan already covers.
    """
    # Imported here because both services use seed_uid() from this module.
    from cica_planner.services.chairmanship import seed_chairmanships
    from cica_planner.services.checklists import seed_checklists

    with session_scope(engine) as session:
        for step in (_seed_reference, _seed_events, seed_chairmanships, seed_checklists):
            step(session)
