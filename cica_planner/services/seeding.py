"""Opening the database: migrate (with a backup first) and, for a new file, load the shipped calendar."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session

from cica_planner.domain.model import Category, Event, EventStatus, Mode, PeriodPart, Precision, utc_now
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


def seed_event(item: dict) -> Event:
    """Build an event from one object of ``resources/seed/events.json`` (end day inclusive)."""
    first_day = date.fromisoformat(item["start"])
    last_day = date.fromisoformat(item["end"])
    part = item.get("part")
    return Event(
        uid=seed_uid(item["key"]),
        title=item["title"],
        category=Category.parse(item["category"]),
        start=first_day,
        end=last_day + timedelta(days=1),
        tzid=item.get("tzid") or "Asia/Almaty",
        precision=Precision(item.get("precision") or "day"),
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
        event = seed_event(item)
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
